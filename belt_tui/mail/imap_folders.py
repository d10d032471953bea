"""Which folders to sync, decided from the server's LIST and capabilities (pure, so it is unit-tested).

Belt needs the mail people sent the user (INBOX) and what the user sent (Sent): a thread waits on
the user until the user's own reply shows up, and that reply is in Sent. The Sent folder is found
by its SPECIAL-USE `\\Sent` flag (RFC 6154) and only then by the names common servers use.

Gmail (capability X-GM-EXT-1) is different: labels are exposed as folders, so one message with three
labels would be fetched three times. There Belt reads only "All Mail" (SPECIAL-USE `\\All`), which
holds every message once, and tells INBOX from Sent by each message's X-GM-LABELS. Configured
folders are labels on Gmail and already inside All Mail, so they are not read separately.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

INBOX = "INBOX"
SENT = "Sent"
GMAIL_CAPABILITY = b"X-GM-EXT-1"
# Names servers give the Sent folder when they do not flag it (Dovecot, Exchange, Apple, Courier).
SENT_NAMES = ("Sent", "Sent Items", "Sent Messages", "Sent Mail", "INBOX.Sent", "INBOX/Sent")
_SENT_FLAG = b"\\sent"
_ALL_FLAG = b"\\all"
_UNSELECTABLE = (b"\\noselect", b"\\nonexistent")


@dataclass(frozen=True, slots=True)
class FolderPlan:
    """One folder to read: its server name and the folder name Belt shows for its messages.

    `by_label` marks Gmail's All Mail, whose messages take their shown folder from their labels.
    """

    server_name: str
    shown_as: str
    by_label: bool = False


@dataclass(frozen=True, slots=True)
class ListedFolder:
    """One LIST response line, reduced to what folder planning needs."""

    name: str
    flags: frozenset[bytes]

    @property
    def selectable(self) -> bool:
        return not any(flag in self.flags for flag in _UNSELECTABLE)


def listed(raw: Iterable[tuple[Sequence[bytes], object, str]]) -> list[ListedFolder]:
    """imapclient's `list_folders()` triples as `ListedFolder`s with lower-cased flags."""
    return [ListedFolder(name, frozenset(flag.lower() for flag in flags)) for flags, _delim, name in raw]


def is_gmail(capabilities: Iterable[bytes]) -> bool:
    return GMAIL_CAPABILITY in {capability.upper() for capability in capabilities}


def plan_folders(
    folders: Sequence[ListedFolder], configured: Sequence[str], *, gmail: bool
) -> list[FolderPlan]:
    """INBOX, the Sent folder, then configured folders that exist; All Mail alone on Gmail."""
    if gmail:
        everything = _flagged(folders, _ALL_FLAG)
        if everything is not None:
            return [FolderPlan(everything.name, INBOX, by_label=True)]
    by_name = {folder.name: folder for folder in folders if folder.selectable}
    plans = [FolderPlan(INBOX, INBOX)]
    sent = find_sent(folders)
    if sent is not None:
        plans.append(FolderPlan(sent, SENT))
    taken = {plan.server_name for plan in plans}
    for name in configured:
        if name.upper() == INBOX or name in taken or name not in by_name:
            continue
        plans.append(FolderPlan(name, name))
        taken.add(name)
    return plans


def missing_folders(folders: Sequence[ListedFolder], configured: Sequence[str]) -> list[str]:
    """Configured folders the server does not have, for a warning (a typo should not pass silently)."""
    names = {folder.name for folder in folders if folder.selectable}
    return [name for name in configured if name.upper() != INBOX and name not in names]


def find_sent(folders: Sequence[ListedFolder]) -> str | None:
    """The Sent folder: flagged \\Sent first, then the first common name present (case-insensitive)."""
    flagged = _flagged(folders, _SENT_FLAG)
    if flagged is not None:
        return flagged.name
    by_lower = {folder.name.lower(): folder.name for folder in folders if folder.selectable}
    for name in SENT_NAMES:
        if name.lower() in by_lower:
            return by_lower[name.lower()]
    return None


def gmail_shown_folder(labels: Iterable[bytes | str]) -> str:
    """Where a Gmail message shows up in Belt: Sent if the user sent it, else INBOX."""
    normal = {label.decode("utf-8", "replace") if isinstance(label, bytes) else label for label in labels}
    return SENT if "\\Sent" in normal else INBOX


def _flagged(folders: Sequence[ListedFolder], flag: bytes) -> ListedFolder | None:
    return next((folder for folder in folders if flag in folder.flags and folder.selectable), None)

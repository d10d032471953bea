"""Read a local Maildir++ mailbox (the demo's source, and any mbsync/offlineimap copy).

Read-only by design: nothing is moved from new/ to cur/ and no flag is changed, so Belt can sit
next to a mail client without disturbing it. Listing uses os.scandir plus one stat per file
(bench/bench_mail.py compares it with mailbox.Maildir), and yields (path, size, mtime) so a cache can
skip re-parsing files that did not change. One unreadable file is logged and skipped; only an
unusable root raises.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from belt_tui.errors import SourceError
from belt_tui.mail.parse import parse_message
from belt_tui.model import Message

log = logging.getLogger(__name__)

INBOX = "INBOX"
# Maildir info letters (https://cr.yp.to/proto/maildir.html) as the IMAP flags the IMAP source reports.
MAILDIR_FLAGS = {
    "D": "\\Draft",
    "F": "\\Flagged",
    "P": "$Forwarded",
    "R": "\\Answered",
    "S": "\\Seen",
    "T": "\\Deleted",
}
_INFO = ":2,"


@dataclass(frozen=True, slots=True)
class MaildirEntry:
    """One message file, described without reading it."""

    path: Path
    folder: str
    flags: frozenset[str]
    key: str
    size: int
    mtime: float


def list_folders(root: Path) -> list[str]:
    """Folder names: "INBOX" first, then subfolders ("Sent", "Archive.2024") alphabetically."""
    return list(_available(_checked_root(root)))


def iter_maildir_files(root: Path, folders: Iterable[str] | None = None) -> Iterator[MaildirEntry]:
    """Every message file in `folders` (default: all), in folder then file-name order."""
    root = _checked_root(root)
    for folder, directory in _folder_dirs(root, folders):
        for subdir in ("cur", "new"):
            yield from _scan(directory / subdir, folder, unseen=subdir == "new")


def iter_maildir(root: Path, folders: Iterable[str] | None = None) -> Iterator[Message]:
    """Every message parsed; files that vanish or cannot be read are logged and skipped."""
    for entry in iter_maildir_files(root, folders):
        message = read_entry(entry)
        if message is not None:
            yield message


def read_entry(entry: MaildirEntry) -> Message | None:
    """One file parsed, or None (with a warning) when it cannot be read."""
    try:
        raw = entry.path.read_bytes()
    except OSError as error:
        log.warning("skipped unreadable mail file %s: %s", entry.path, error.strerror or error)
        return None
    return parse_message(raw, folder=entry.folder, source=str(entry.path), flags=entry.flags)


def parse_flags(filename: str, *, unseen: bool = False) -> frozenset[str]:
    """IMAP-style flags from a file name's ":2,FLAGS" suffix; files in new/ are never \\Seen."""
    _, found, letters = filename.partition(_INFO)
    flags = (
        frozenset(MAILDIR_FLAGS[letter] for letter in letters if letter in MAILDIR_FLAGS)
        if found
        else frozenset()
    )
    return flags - {"\\Seen"} if unseen else flags


def _checked_root(root: Path) -> Path:
    """The root as a Path, or a SourceError that names it and says what is wrong."""
    root = Path(root)
    try:
        if not root.is_dir():
            raise SourceError(f"Maildir not found: {root}")
        os.scandir(root).close()  # an unreadable directory fails here, not halfway through a scan
        if not ((root / "cur").is_dir() or (root / "new").is_dir()):
            raise SourceError(f"{root} is not a Maildir: it has no cur/ or new/ folder")
    except OSError as error:
        raise SourceError(f"Maildir {root} cannot be read: {error.strerror or error}") from None
    return root


def _subfolder_dirs(root: Path) -> dict[str, Path]:
    """Maildir++ subfolders are root/.Name (nested: .Parent.Child), each a Maildir itself."""
    found = {}
    with os.scandir(root) as entries:
        for entry in entries:
            if entry.name.startswith(".") and entry.name not in (".", "..") and entry.is_dir():
                path = Path(entry.path)
                if (path / "cur").is_dir() or (path / "new").is_dir():
                    found[_folder_name(entry.name[1:])] = path
    return found


def _folder_name(encoded: str) -> str:
    """Maildir++ stores non-ASCII folder names in IMAP's modified UTF-7 ("Entw&APw-rfe")."""
    if "&" not in encoded:
        return encoded
    from imapclient.imap_utf7 import decode  # imported only when needed: it costs ~0.1 s at start-up

    return decode(encoded.encode("ascii", "replace"))


def _available(root: Path) -> dict[str, Path]:
    subfolders = _subfolder_dirs(root)
    return {INBOX: root, **{name: subfolders[name] for name in sorted(subfolders) if name != INBOX}}


def _folder_dirs(root: Path, folders: Iterable[str] | None) -> list[tuple[str, Path]]:
    available = _available(root)
    if folders is None:
        return list(available.items())
    wanted = list(dict.fromkeys(folders))
    missing = [name for name in wanted if name not in available]
    if missing:
        raise SourceError(
            f"Maildir {root} has no folder {', '.join(missing)} (it has: {', '.join(available)})"
        )
    return [(name, available[name]) for name in wanted]


def _scan(directory: Path, folder: str, *, unseen: bool) -> Iterator[MaildirEntry]:
    try:
        with os.scandir(directory) as listing:
            files = sorted(
                (entry for entry in listing if not entry.name.startswith(".")), key=lambda entry: entry.name
            )
    except FileNotFoundError:
        return  # a Maildir may lack new/ or cur/ until something is delivered
    except OSError as error:
        log.warning("skipped unreadable mail folder %s: %s", directory, error.strerror or error)
        return
    for entry in files:
        try:
            if not entry.is_file():
                continue
            stat = entry.stat()
        except OSError as error:  # deleted or moved by a mail client since the listing
            log.warning("skipped mail file %s: %s", entry.path, error.strerror or error)
            continue
        yield MaildirEntry(
            path=Path(entry.path),
            folder=folder,
            flags=parse_flags(entry.name, unseen=unseen),
            key=entry.name.partition(":")[0],
            size=stat.st_size,
            mtime=stat.st_mtime,
        )

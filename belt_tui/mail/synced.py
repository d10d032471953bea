"""Read synced IMAP mail back as `Message`s, for the core to thread and analyse like Maildir mail.

No network: everything comes from the ledger (which copy is where, with which flags) and the mail
cache (the reduced messages, and their parse: see imap_bodies; once parsed, 10k messages are read back
in ~0.9 s instead of ~6 s). Each Message-ID is yielded once even when the mail sits in several
folders (INBOX wins, then Sent, then the rest by name), so a thread never shows a message twice.
Within a folder the copies under the UIDVALIDITY last completed are used; if a UIDVALIDITY change
left none yet (a re-sync cut short, or a folder that suddenly looked empty), the older ones stand in.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterator
from urllib.parse import quote

from belt_tui.config_schema import Account
from belt_tui.mail.imap_bodies import MailBodies
from belt_tui.mail.imap_ledger import Copy, FolderKey, Ledger
from belt_tui.mail.imap_sync import state_key
from belt_tui.model import Message
from belt_tui.paths import Paths
from belt_tui.store import Store

log = logging.getLogger(__name__)

MAIL_CACHE_FOLDER = "mail"


def mail_cache(paths: Paths) -> MailBodies:
    """Where synced mail's reduced messages live: rebuildable from the server, so under the cache dir."""
    return MailBodies(paths.cache_dir / MAIL_CACHE_FOLDER)


def iter_synced_messages(store: Store, cache: MailBodies, account: Account) -> Iterator[Message]:
    """Every synced message of `account`, parsed, once per Message-ID, with its server flags."""
    ledger = Ledger.open(store.data_dir)
    try:
        placed = [(folder, copy) for folder in _ordered(ledger.folders(account.name)) for copy in
                  _current(ledger, store, account.name, folder)]  # fmt: skip
    finally:
        ledger.close()
    parsed = cache.parsed([copy.content_hash for _folder, copy in placed])
    where = {folder: f"imap://{quote(account.name)}/{quote(folder)}" for folder, _copy in placed}
    seen: set[str] = set()
    missing = 0
    for folder, copy in placed:
        if copy.message_id in seen:
            continue
        message = parsed.get(copy.content_hash)
        if message is None:
            missing += 1
            continue
        seen.add(copy.message_id)
        source = f"{where[folder]};UID={copy.uid}"
        yield dataclasses.replace(message, folder=copy.shown_as, source=source, flags=copy.flags)
    if missing:
        log.warning(
            "%s: %d synced messages are missing from the cache; the next sync fetches them",
            account.name,
            missing,
        )


def _current(ledger: Ledger, store: Store, account: str, folder: str) -> list[Copy]:
    state = store.get_state(state_key(account, folder)) or {}
    uidvalidity = state.get("uidvalidity")
    if uidvalidity is not None:
        copies = ledger.copies_by_uid(FolderKey(account, folder, uidvalidity))
        if copies:
            return copies
    return sorted(ledger.stale_copies(FolderKey(account, folder, -1 if uidvalidity is None else uidvalidity)),
                  key=lambda copy: copy.uid)  # fmt: skip


def _ordered(folders: list[str]) -> list[str]:
    return sorted(folders, key=lambda name: (name.upper() != "INBOX", "sent" not in name.lower(), name))

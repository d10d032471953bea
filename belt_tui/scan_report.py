"""`belt scan --json`'s report, kept whole between runs so a re-scan of an unchanged Maildir is instant.

The report is a pure function of the Maildir's files, the user's addresses and the moment it is
read; only the "why" of a waiting thread ("has waited 3 days") depends on the moment. So the
cache holds each thread's JSON with that sentence left as its parts (who, which ask, since when),
under a key made of every file's name, size and mtime plus the addresses and engine version.
When nothing changed, a re-scan lists the Maildir, loads one file of plain data and words the
waits for `now`, without importing the mail parser or the ask engine. Anything else goes through
`scan_maildir` and its per-message cache.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path
from typing import Any

from belt_tui.asks.state import thread_wait, waiting_why
from belt_tui.asks.version import ENGINE_VERSION
from belt_tui.mail.maildir import MaildirEntry, iter_maildir_files
from belt_tui.model import ThreadAnalysis, ThreadState
from belt_tui.scan_cache import cache_file, load_plain, write_atomically

_REPORT_FORMAT = 1
# A thread as cached: its JSON fields but "why", then either the fixed why-text (a thread waiting
# on nobody) or (state, since ISO, who, quote, open asks) to word it as of any moment.
_Record = tuple[dict[str, Any], str | tuple[str, str, str, str, int]]


def scan_report(
    root: Path, me: frozenset[str], now: datetime, *, cache_dir: Path | None = None, workers: int = 1
) -> dict[str, list[dict[str, Any]]]:
    """`{"threads": [...]}` for the Maildir at `root`, as `belt scan --json` prints it."""
    entries = list(iter_maildir_files(root))
    me = frozenset(address.lower() for address in me)
    path = cache_file(cache_dir, root, "report") if cache_dir else None
    key = _key(entries, me)
    stored = load_plain(path)
    if isinstance(stored, dict) and stored.get("key") == key:
        records: list[_Record] = stored["threads"]
    else:
        from belt_tui.scan import scan_maildir

        result = scan_maildir(root, me, now, cache_dir=cache_dir, workers=workers, entries=entries)
        records = [_record(analysis, me) for analysis in result.analyses]
        if path is not None:
            write_atomically(path, {"key": key, "threads": records})
    return {"threads": [_worded(record, now) for record in records]}


def _key(entries: list[MaildirEntry], me: frozenset[str]) -> str:
    """Changes when any file is added, removed, renamed (flags) or rewritten, or the rules change."""
    digest = hashlib.sha256(repr((_REPORT_FORMAT, ENGINE_VERSION, sorted(me))).encode())
    for entry in entries:
        digest.update(f"\0{entry.path}\0{entry.size}\0{entry.mtime!r}".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def _record(analysis: ThreadAnalysis, me: frozenset[str]) -> _Record:
    verdict = analysis.verdict
    fields = {
        "id": analysis.thread.thread_id,
        "subject": analysis.thread.subject,
        "message_ids": list(analysis.thread.message_ids),
        "state": verdict.state.value,
        "since": verdict.since.isoformat() if verdict.since else None,
        "waiting_on": list(verdict.waiting_on),
        "asks": [
            {
                "message_id": ask.message_id,
                "text": ask.text,
                "owner": ask.owner,
                "due": ask.due.date().isoformat() if ask.due else None,
                "kind": ask.kind.value,
                "confidence": ask.confidence,
                "reason": ask.reason,
                "span": [ask.span.start, ask.span.end],
            }
            for ask in analysis.asks
        ],
    }
    wait = thread_wait(analysis.thread, analysis.messages, me)
    if wait is None:
        return fields, verdict.why
    return fields, (wait.state.value, wait.since.isoformat(), wait.who, wait.quote, wait.open_asks)


def _worded(record: _Record, now: datetime) -> dict[str, Any]:
    fields, why = record
    if not isinstance(why, str):
        state, since, who, quote, open_asks = why
        why = waiting_why(ThreadState(state), datetime.fromisoformat(since), who, quote, open_asks, now)
    return {
        "id": fields["id"],
        "subject": fields["subject"],
        "message_ids": fields["message_ids"],
        "state": fields["state"],
        "since": fields["since"],
        "why": why,
        "waiting_on": fields["waiting_on"],
        "asks": fields["asks"],
    }

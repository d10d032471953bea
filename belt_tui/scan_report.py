"""`belt scan --json`'s report, kept whole between runs so a re-scan of an unchanged Maildir is instant.

The report is a pure function of the Maildir's files, the user's addresses and the moment it is
read; only the "why" of a waiting thread ("has waited 3 days") depends on the moment. So the
cache holds each thread as JSON text with that sentence left out and kept as its parts (who,
which ask, since when), under a fingerprint of every file in the Maildir's cur/ and new/ folders
(name, size, mtime) plus the addresses and engine version. When nothing changed, a re-scan stats
the files, loads one file of plain data and words the waits for `now`: no `Path` per message, no
mail parser, no ask engine. Anything else goes through `scan_maildir` and its per-message cache.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from belt_tui.asks.version import ENGINE_VERSION
from belt_tui.asks.waits import waiting_why
from belt_tui.model import ThreadAnalysis, ThreadState
from belt_tui.scan_cache import cache_file, load_plain, write_atomically

_REPORT_FORMAT = 2
# A thread as cached: its JSON up to "why" and from the field after it, and the why-text itself
# (a thread waiting on nobody) or (state, since ISO, who, quote, open asks) to word it for any moment.
_Record = tuple[str, str, str | tuple[str, str, str, str, int]]


def scan_report(
    root: Path, me: frozenset[str], now: datetime, *, cache_dir: Path | None = None, workers: int = 1
) -> str:
    """The JSON text `belt scan --json` prints for the Maildir at `root`: `{"threads": [...]}`."""
    me = frozenset(address.lower() for address in me)
    path = cache_file(cache_dir, root, "report") if cache_dir else None
    fingerprint = _fingerprint(root, me) if path else None
    stored = load_plain(path)
    if fingerprint and isinstance(stored, dict) and stored.get("fingerprint") == fingerprint:
        records: list[_Record] = stored["threads"]
    else:
        from belt_tui.scan import scan_maildir

        result = scan_maildir(root, me, now, cache_dir=cache_dir, workers=workers)
        records = [_record(analysis, me) for analysis in result.analyses]
        if path is not None and fingerprint:
            write_atomically(path, {"fingerprint": fingerprint, "threads": records})
    return _joined(records, now)


def report_of(analyses: Sequence[ThreadAnalysis], me: frozenset[str], now: datetime) -> str:
    """The same JSON text for threads analysed elsewhere (synced IMAP mail), without a cache."""
    me = frozenset(address.lower() for address in me)
    return _joined([_record(analysis, me) for analysis in analyses], now)


def _joined(records: list[_Record], now: datetime) -> str:
    return '{"threads": [' + ", ".join(_worded(record, now) for record in records) + "]}"


def _fingerprint(root: Path, me: frozenset[str]) -> str | None:
    """A hash of every entry of the Maildir++ mail folders (root and each .Folder, cur/ and new/).

    It covers at least what `iter_maildir_files` lists, so it changes whenever the listing does:
    a file added, removed, renamed (flags) or rewritten, a folder added. None when the root cannot
    be read (the full scan then reports why).
    """
    lines = [repr((_REPORT_FORMAT, ENGINE_VERSION, sorted(me)))]
    try:
        with os.scandir(root) as entries:
            subfolders = sorted(Path(e.path) for e in entries if e.name.startswith(".") and e.is_dir())
        for folder in [root, *subfolders]:
            for sub in ("cur", "new"):
                try:
                    listing = list(os.scandir(folder / sub))
                except FileNotFoundError:
                    continue
                for entry in sorted(listing, key=lambda e: e.name):
                    stat = entry.stat()
                    lines.append(f"{entry.path}\0{stat.st_size}\0{stat.st_mtime_ns}")
    except OSError:
        return None
    return hashlib.sha256("\n".join(lines).encode("utf-8", "surrogateescape")).hexdigest()


def _record(analysis: ThreadAnalysis, me: frozenset[str]) -> _Record:
    """The thread's JSON around "why"; field order and spacing are those of `json.dumps`."""
    verdict = analysis.verdict
    before = {
        "id": analysis.thread.thread_id,
        "subject": analysis.thread.subject,
        "message_ids": list(analysis.thread.message_ids),
        "state": verdict.state.value,
        "since": verdict.since.isoformat() if verdict.since else None,
    }
    after = {
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
    head = json.dumps(before, ensure_ascii=False)[:-1] + ', "why": '
    tail = ", " + json.dumps(after, ensure_ascii=False)[1:]
    if verdict.state is ThreadState.NONE:  # the verdict found no wait: no need to replay the thread again
        return head, tail, verdict.why
    from belt_tui.asks.state import thread_wait  # the engine's rules: not imported by a re-scan

    wait = thread_wait(analysis.thread, analysis.messages, me)
    if wait is None:
        return head, tail, verdict.why
    return head, tail, (wait.state.value, wait.since.isoformat(), wait.who, wait.quote, wait.open_asks)


def _worded(record: _Record, now: datetime) -> str:
    head, tail, why = record
    if not isinstance(why, str):
        state, since, who, quote, open_asks = why
        why = waiting_why(ThreadState(state), datetime.fromisoformat(since), who, quote, open_asks, now)
    return head + json.dumps(why, ensure_ascii=False) + tail

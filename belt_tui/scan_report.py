"""`belt scan --json`'s report, kept whole between runs so a re-scan of an unchanged Maildir is instant.

The report is a pure function of the Maildir's files, the user's addresses and the moment it is
read; only the "why" of a waiting thread ("has waited 3 days") depends on the moment. So the
cache holds the report as JSON text cut at each such sentence, whose parts (who, which ask, since
when) are kept instead, under a fingerprint of every file in the Maildir's cur/ and new/ folders
(name, size, mtime) plus the addresses and engine version. When nothing changed, a re-scan stats
the files, loads one file of plain data, words the waits for `now` and joins the pieces: no `Path`
per message, no mail parser, no ask engine, no per-thread JSON. Anything else goes through
`scan_maildir` and its per-message cache.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from datetime import datetime
from json.encoder import JSONEncoder, encode_basestring
from pathlib import Path

from belt_tui.asks.version import ENGINE_VERSION
from belt_tui.asks.waits import waiting_why
from belt_tui.model import ThreadAnalysis, ThreadState
from belt_tui.scan_cache import cache_file, load_plain, write_atomically

_REPORT_FORMAT = 3
# What json.dumps(value, ensure_ascii=False) writes, without building an encoder for every call.
_to_json = JSONEncoder(ensure_ascii=False).encode
# A waiting thread's why as cached: (state, since ISO, who, quote, open asks), to word it for any moment.
_Wait = tuple[str, str, str, str, int]
# A thread as cached: its JSON up to "why" and from the field after it, and the why-text itself
# (a thread waiting on nobody) or the wait to word.
_Record = tuple[str, str, str | _Wait]


def scan_report(
    root: Path, me: frozenset[str], now: datetime, *, cache_dir: Path | None = None, workers: int = 1
) -> str:
    """The JSON text `belt scan --json` prints for the Maildir at `root`: `{"threads": [...]}`."""
    me = frozenset(address.lower() for address in me)
    path = cache_file(cache_dir, root, "report") if cache_dir else None
    fingerprint = _fingerprint(root, me) if path else None
    stored = load_plain(path)
    if fingerprint and isinstance(stored, dict) and stored.get("fingerprint") == fingerprint:
        texts: list[str] = stored["texts"]
        waits: list[_Wait] = stored["waits"]
    else:
        from belt_tui.scan import scan_maildir

        result = scan_maildir(root, me, now, cache_dir=cache_dir, workers=workers)
        texts, waits = _pieces([_record(analysis, me) for analysis in result.analyses])
        if path is not None and fingerprint:
            write_atomically(path, {"fingerprint": fingerprint, "texts": texts, "waits": waits})
    return _interleaved(texts, waits, now)


def report_of(analyses: Sequence[ThreadAnalysis], me: frozenset[str], now: datetime) -> str:
    """The same JSON text for threads analysed elsewhere (synced IMAP mail), without a cache."""
    me = frozenset(address.lower() for address in me)
    return _joined([_record(analysis, me) for analysis in analyses], now)


def _joined(records: list[_Record], now: datetime) -> str:
    return _interleaved(*_pieces(records), now)


def _pieces(records: list[_Record]) -> tuple[list[str], list[_Wait]]:
    """The report's text cut at each wait to word: texts[0], wait 0, texts[1], ..., texts[-1]."""
    texts: list[str] = []
    waits: list[_Wait] = []
    current = ['{"threads": [']
    for index, (head, tail, why) in enumerate(records):
        current.append(", " + head if index else head)
        if isinstance(why, str):
            current.append(encode_basestring(why))
        else:
            texts.append("".join(current))
            waits.append(why)
            current = []
        current.append(tail)
    current.append("]}")
    texts.append("".join(current))
    return texts, waits


def _interleaved(texts: list[str], waits: list[_Wait], now: datetime) -> str:
    """The report as of `now`: the fixed texts with each wait worded between them."""
    parts = [texts[0]]
    for (state, since, who, quote, open_asks), text in zip(waits, texts[1:], strict=True):
        why = waiting_why(ThreadState(state), datetime.fromisoformat(since), who, quote, open_asks, now)
        parts.append(encode_basestring(why))  # a JSON string, as _to_json writes it
        parts.append(text)
    return "".join(parts)


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
    head = _to_json(before)[:-1] + ', "why": '
    tail = ", " + _to_json(after)[1:]
    if verdict.state is ThreadState.NONE:  # the verdict found no wait: no need to replay the thread again
        return head, tail, verdict.why
    from belt_tui.asks.state import thread_wait  # the engine's rules: not imported by a re-scan

    wait = thread_wait(analysis.thread, analysis.messages, me)
    if wait is None:
        return head, tail, verdict.why
    return head, tail, (wait.state.value, wait.since.isoformat(), wait.who, wait.quote, wait.open_asks)

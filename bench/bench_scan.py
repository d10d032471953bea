"""Scan speed: a 10k-message Maildir built from the dev corpus, cold and re-scanned with nothing changed.

Each copy of the corpus gets fresh Message-IDs (and matching In-Reply-To/References), so threads
stay separate and nothing is deduplicated, and fresh MIME boundaries, as every real message has its
own (the stdlib parser's cost depends on it); addresses stay as they are, so threads wait on the user
as in the corpus. Both timings run `belt scan --json` in a subprocess,
start-up included, with BELT_HOME in a temp dir so the cache starts empty. Each figure is the
median of `--runs` runs (a fresh cache for every cold run); CPU seconds (user + system of the
subprocess and its workers) are printed beside wall seconds because a busy machine inflates only
the wall time; the load average is printed with each figure, as the machine is shared.
`--stages` adds an in-process breakdown of one cold scan (one process, CPU seconds per stage), the
evidence that does not depend on how busy the machine is.
Usage: python bench/bench_scan.py [--messages 10000] [--runs 3] [--stages]
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import os
import pickle
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from bytecode import compile_belt

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev" / "mail"
ME = "dana.whitfield@harborlaw.com"
NOW = "2026-01-09T09:00:00-05:00"
_T = TypeVar("_T")
_ID = re.compile(rb"<([^<>@\s]+)@([^<>\s]+)>")
_ID_HEADERS = (b"message-id:", b"in-reply-to:", b"references:")
_HEADER_END = b"\n\n"
_BOUNDARY = re.compile(rb'boundary="?([^"\s;]+)', re.IGNORECASE)


def corpus_files() -> list[tuple[str, bytes]]:
    files = []
    for folder in (DEV, DEV / ".Sent"):
        for sub in ("cur", "new"):
            directory = folder / sub
            if directory.is_dir():
                prefix = ".Sent/" if folder != DEV else ""
                files += [(f"{prefix}{sub}", p.read_bytes()) for p in sorted(directory.iterdir())]
    return files


def build(root: Path, count: int) -> None:
    """Write `count` messages: copies of the corpus with ids rewritten per copy."""
    for folder in ("", ".Sent/"):
        for sub in ("cur", "new", "tmp"):
            (root / f"{folder}{sub}").mkdir(parents=True, exist_ok=True)
    (root / ".Sent" / "maildirfolder").touch()
    source = corpus_files()
    written = 0
    copy = 0
    while written < count:
        for where, raw in source:
            if written >= count:
                break
            head, sep, body = raw.partition(_HEADER_END)
            head = _fresh_ids(head, copy)
            head, body = _fresh_boundaries(head + sep + body, copy).partition(_HEADER_END)[::2]
            name = f"{1700000000 + written}.M{written}P{copy}.bench"
            suffix = ":2,S" if where.endswith("cur") else ""
            (root / where / f"{name}{suffix}").write_bytes(head + sep + body)
            written += 1
        copy += 1


def _fresh_ids(head: bytes, copy: int) -> bytes:
    """Rewrite the ids in Message-ID, In-Reply-To and References (continuation lines included),
    leaving addresses alone so the user's own mail is still recognised."""
    lines = head.split(b"\n")
    in_id_header = False
    for index, line in enumerate(lines):
        if line[:1] not in (b" ", b"\t"):
            in_id_header = line.lower().startswith(_ID_HEADERS)
        if in_id_header:
            lines[index] = _ID.sub(lambda m: b"<%s.c%d@%s>" % (m.group(1), copy, m.group(2)), line)
    return b"\n".join(lines)


def _fresh_boundaries(raw: bytes, copy: int) -> bytes:
    """Each MIME boundary of the message made unique to this copy."""
    for boundary in sorted(set(_BOUNDARY.findall(raw)), key=len, reverse=True):
        raw = raw.replace(boundary, b"%s.c%d" % (boundary, copy))
    return raw


def timed_scan(maildir: Path, home: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one `belt scan --json` subprocess."""
    env = {**os.environ, "BELT_HOME": str(home)}
    belt = Path(sys.executable).with_name("belt")
    command = [
        str(belt),
        "scan",
        "--maildir",
        str(maildir),
        "--me",
        ME,
        "--now",
        NOW,
        "--json",
    ]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def stages(maildir: Path) -> list[tuple[str, float]]:
    """CPU seconds of each stage of one cold scan in this process, as a worker and the parent run them
    (no pool: each stage alone; cyclic GC paused as `scan_maildir` does)."""
    from belt_tui.asks.engine import analyse_thread, read_message
    from belt_tui.asks.owners import NameDirectory
    from belt_tui.mail.maildir import iter_maildir_files
    from belt_tui.mail.parse import parse_message
    from belt_tui.mail.threads import build_threads
    from belt_tui.scan import _dumps
    from belt_tui.scan_report import _joined, _record

    me, now = frozenset({ME}), datetime.fromisoformat(NOW)
    timings: dict[str, float] = {}

    def timed(label: str, work: Callable[[], _T]) -> _T:
        started = time.process_time()
        result = work()
        timings[label] = timings.get(label, 0.0) + time.process_time() - started
        return result

    gc.collect()
    gc.disable()
    entries = timed("list the Maildir", lambda: list(iter_maildir_files(maildir)))
    raws = timed("read files", lambda: [entry.path.read_bytes() for entry in entries])
    timed("content hashes", lambda: [hashlib.sha256(raw).hexdigest() for raw in raws])
    messages = []
    for index, (entry, raw) in enumerate(zip(entries, raws, strict=True)):
        messages.append(
            timed("parse MIME", lambda e=entry, r=raw: parse_message(r, folder=e.folder, flags=e.flags))
        )
        if index % 50 == 49:
            gc.collect(0)  # the parser's cycles, as the scan collects them
    readings = timed("read asks and dates", lambda: [read_message(message) for message in messages])
    blobs = timed("pickle (worker)", lambda: [_dumps(pair) for pair in zip(messages, readings, strict=True)])
    timed("unpickle (parent)", lambda: [pickle.loads(blob) for blob in blobs])
    threads = timed("thread", lambda: build_threads(messages))
    by_id = {reading.message_id: reading for reading in readings}
    people = timed("analyse threads", lambda: NameDirectory.from_messages(messages))
    analyses = timed("analyse threads", lambda: [analyse_thread(t, me, now, by_id, people) for t in threads])
    timed("report JSON", lambda: _joined([_record(analysis, me) for analysis in analyses], now))
    gc.enable()
    return list(timings.items())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--stages", action="store_true", help="add an in-process per-stage breakdown")
    args = parser.parse_args()
    compile_belt()
    cold: list[tuple[float, float]] = []
    again: list[tuple[float, float]] = []
    loads: list[float] = []
    with tempfile.TemporaryDirectory(prefix="belt-bench-scan-") as temp:
        maildir = Path(temp) / "mail"
        build(maildir, args.messages)
        for run in range(args.runs):
            home = Path(temp) / f"home{run}"
            cold.append(timed_scan(maildir, home))
            again.append(timed_scan(maildir, home))
            loads.append(os.getloadavg()[0])
        breakdown = stages(maildir) if args.stages else []
        stage_load = os.getloadavg()[0]
    print(f"{args.messages:,} messages, median of {args.runs} runs on {os.cpu_count()} CPUs")
    print(f"load average (1 min) after each run: {', '.join(f'{load:.1f}' for load in loads)}")
    print(f"{'scan':<28}{'wall s':>8}{'CPU s':>8}{'messages/s':>12}   target")
    for label, runs, target in (
        ("cold (incl. start-up)", cold, "<= 5 s"),
        ("re-scan, nothing changed", again, "<= 0.3 s"),
    ):
        wall = statistics.median(w for w, _ in runs)
        cpu = statistics.median(c for _, c in runs)
        print(f"{label:<28}{wall:>8.2f}{cpu:>8.2f}{args.messages / wall:>12,.0f}   {target}")
    if breakdown:
        print(f"\nstages of one cold scan in one process (load {stage_load:.1f})")
        print(f"{'stage':<28}{'CPU s':>8}{'ms/message':>12}")
        for label, seconds in breakdown:
            print(f"{label:<28}{seconds:>8.2f}{1000 * seconds / args.messages:>12.3f}")
        total = sum(seconds for _, seconds in breakdown)
        print(f"{'total':<28}{total:>8.2f}{1000 * total / args.messages:>12.3f}")


if __name__ == "__main__":
    main()

"""Scan speed: a 10k-message Maildir built from the dev corpus, cold and re-scanned with nothing changed.

Each copy of the corpus gets fresh Message-IDs (and matching In-Reply-To/References), so threads
stay separate and nothing is deduplicated; addresses stay as they are, so threads wait on the user
as in the corpus. Both timings run `belt scan --json` in a subprocess,
start-up included, with BELT_HOME in a temp dir so the cache starts empty. Each figure is the
median of `--runs` runs (a fresh cache for every cold run); CPU seconds (user + system of the
subprocess and its workers) are printed beside wall seconds because a busy machine inflates only
the wall time.
Usage: python bench/bench_scan.py [--messages 10000] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev" / "mail"
ME = "dana.whitfield@harborlaw.com"
_ID = re.compile(rb"<([^<>@\s]+)@([^<>\s]+)>")
_ID_HEADERS = (b"message-id:", b"in-reply-to:", b"references:")
_HEADER_END = b"\n\n"


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
        "2026-01-09T09:00:00-05:00",
        "--json",
    ]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    cold: list[tuple[float, float]] = []
    again: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory(prefix="belt-bench-scan-") as temp:
        maildir = Path(temp) / "mail"
        build(maildir, args.messages)
        for run in range(args.runs):
            home = Path(temp) / f"home{run}"
            cold.append(timed_scan(maildir, home))
            again.append(timed_scan(maildir, home))
    print(f"{args.messages:,} messages, median of {args.runs} runs on {os.cpu_count()} CPUs")
    print(f"{'scan':<28}{'wall s':>8}{'CPU s':>8}{'messages/s':>12}   target")
    for label, runs, target in (
        ("cold (incl. start-up)", cold, "<= 5 s"),
        ("re-scan, nothing changed", again, "<= 0.3 s"),
    ):
        wall = statistics.median(w for w, _ in runs)
        cpu = statistics.median(c for _, c in runs)
        print(f"{label:<28}{wall:>8.2f}{cpu:>8.2f}{args.messages / wall:>12,.0f}   {target}")


if __name__ == "__main__":
    main()

"""Scan speed: a 10k-message Maildir built from the dev corpus, cold and re-scanned with nothing changed.

Each copy of the corpus gets fresh Message-IDs (and matching In-Reply-To/References), so threads
stay separate and nothing is deduplicated. Both timings run `belt scan --json` in a subprocess,
start-up included, with BELT_HOME in a temp dir so the cache starts empty.
Usage: python bench/bench_scan.py [--messages 10000]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev" / "mail"
ME = "dana.whitfield@harborlaw.com"
_ID = re.compile(rb"<([^<>@\s]+)@([^<>\s]+)>")
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
            head = _ID.sub(lambda m, c=copy: b"<%s.c%d@%s>" % (m.group(1), c, m.group(2)), head)
            name = f"{1700000000 + written}.M{written}P{copy}.bench"
            suffix = ":2,S" if where.endswith("cur") else ""
            (root / where / f"{name}{suffix}").write_bytes(head + sep + body)
            written += 1
        copy += 1


def timed_scan(maildir: Path, home: Path) -> float:
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
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="belt-bench-scan-") as temp:
        maildir, home = Path(temp) / "mail", Path(temp) / "home"
        build(maildir, args.messages)
        cold = timed_scan(maildir, home)
        again = timed_scan(maildir, home)
    print(f"{'scan':<28}{'seconds':>9}{'messages/s':>12}   target")
    print(f"{'cold (incl. start-up)':<28}{cold:>9.2f}{args.messages / cold:>12,.0f}   <= 5 s")
    print(f"{'re-scan, nothing changed':<28}{again:>9.2f}{args.messages / again:>12,.0f}   <= 0.3 s")


if __name__ == "__main__":
    main()

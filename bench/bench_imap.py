"""IMAP sync speed and memory: Belt against mbsync on the same local Dovecot, in one run.

A throw-away Dovecot (tests/servers_dovecot.py) is filled with MESSAGES messages built from
../shared/corpus/dev (fresh Message-IDs, 15% in Sent) plus ATTACHMENTS messages carrying a ~1 MB PDF.
Then, in each of --runs rounds, each as a separate process over plaintext IMAP on 127.0.0.1 (mbsync
1.4 cannot verify a certificate issued to an IP address, and TLS would add the same cost to both
sides): `belt sync` (initial, into a fresh Belt home), `belt sync` twice more (no-op), `mbsync` full
pull into an empty Maildir, `mbsync` twice more (no-op). The no-op runs twice because mbsync's first
re-run after a full pull is often slow (measured: 1.2-1.4 s in 3 of 5 tries, 0.24-0.30 s when run again;
not dirty pages, a `sync` in between does not help): the second run is the steady state that a
periodic sync meets, and the targets are judged on it. Which of the two goes first alternates by
round: the first pull after seeding meets a cold server (Dovecot builds its cache of BODYSTRUCTUREs
and headers while the page cache fills), and that cost should not always fall on the same side.
After the last round Belt reads the synced mail back as Messages twice (`iter_synced_messages`: the
first read parses and keeps the parses, the second uses them). Wall time, CPU time (user + system:
steadier than wall on a shared machine) and peak RSS come from wait4() on each child; the table
gives medians over rounds (and each round's wall time). Targets, on the medians: Belt initial <= 0.5x
mbsync's, Belt no-op <= 0.5x mbsync's no-op.
What differs between the two: mbsync pulls whole messages (attachments included) and fsyncs each
file it writes, so its initial pull is bound by the disk and swings with other load; Belt fetches
header fields and one text part capped at 64 KB, in batches of 1000 messages per SQLite
transaction. mbsync's no-op is a C process (~0.03 s CPU) that reads every UID's flags; Belt's is one
STATUS per folder, and its time is mostly the Python interpreter starting and importing (~0.18 s
CPU on a quiet machine, of which 0.13 s is Python with the libraries Belt syncs with, imapclient
0.03 s of that: measured by importing them alone). So the last round also times what a no-op costs
where users meet it, inside the running app (`r`, periodic sync): five `sync_account` calls in one
process, the median printed.

Run: .venv/bin/python bench/bench_imap.py [--messages N] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from email import policy
from email.parser import BytesParser
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from bytecode import compile_belt  # noqa: E402
from servers_dovecot import DovecotServer, find_program  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "dev" / "mail"
MESSAGES = 10_000
ATTACHMENTS = 50
ATTACHMENT_BYTES = 1_000_000
SENT_SHARE = 0.15


def corpus_messages() -> list[bytes]:
    files = sorted(
        path for path in CORPUS.rglob("*") if path.is_file() and path.parent.name in ("cur", "new")
    )
    if not files:
        raise SystemExit(f"no corpus messages under {CORPUS}")
    return [path.read_bytes() for path in files]


def fresh_copy(raw: bytes, index: int) -> bytes:
    """The corpus message with a new Message-ID, so 10k copies are 10k distinct messages."""
    head, sep, body = raw.partition(b"\n\n")
    lines = [line for line in head.split(b"\n") if not line.lower().startswith(b"message-id:")]
    lines.append(f"Message-ID: <bench.{index}.{uuid.uuid4().hex}@corpus.test>".encode())
    return b"\n".join(lines) + sep + body


def with_attachment(raw: bytes, index: int) -> bytes:
    message = BytesParser(policy=policy.default).parsebytes(raw)
    payload = random.Random(index).randbytes(ATTACHMENT_BYTES)
    message.add_attachment(payload, maintype="application", subtype="pdf", filename=f"exhibit-{index}.pdf")
    return bytes(message)


def build_maildir(root: Path, count: int) -> int:
    """Write the Maildir++ (INBOX and .Sent) directly; returns its size in bytes."""
    sources = corpus_messages()
    total = 0
    for folder in (root, root / ".Sent"):
        for sub in ("cur", "new", "tmp"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
    attach_every = max(count // ATTACHMENTS, 1)
    for index in range(count):
        raw = fresh_copy(sources[index % len(sources)], index)
        if index % attach_every == attach_every - 1:
            raw = with_attachment(raw, index)
        folder = root / ".Sent" if (index * 7919) % 100 < SENT_SHARE * 100 else root
        flags = "S" if index % 3 else ""
        (folder / "cur" / f"{1767600000 + index}.M{index}P1.bench:2,{flags}").write_bytes(raw)
        total += len(raw)
    return total


READ_SYNCED = """
from belt_tui.config import load_config
from belt_tui.mail.synced import iter_synced_messages, mail_cache
from belt_tui.paths import Paths
from belt_tui.store import Store
paths = Paths.discover(None)
[account] = load_config(paths.config_file).accounts
with Store.open(paths.data_dir) as store:
    print(sum(1 for _ in iter_synced_messages(store, mail_cache(paths), account)), "messages read")
"""


IN_APP_RESYNC = """
import time
from belt_tui.config import load_config
from belt_tui.mail.imap_sync import sync_account
from belt_tui.mail.synced import mail_cache
from belt_tui.paths import Paths
from belt_tui.store import Store
paths = Paths.discover(None)
[account] = load_config(paths.config_file).accounts
with Store.open(paths.data_dir) as store:
    seconds = []
    for _ in range(5):
        started = time.perf_counter()
        report = sync_account(account, store, mail_cache(paths))
        seconds.append(time.perf_counter() - started)
        assert report.new == 0, report
print(sorted(seconds)[2])
"""


LABELS = (
    "belt sync (initial)",
    "belt sync (no-op)",
    "belt sync (no-op again)",
    "mbsync pull (initial)",
    "mbsync pull (no-op)",
    "mbsync pull (no-op again)",
    "belt read synced (1st)",
    "belt read synced (2nd)",
)
BELT_RUNS, MBSYNC_RUNS, READER_RUNS = LABELS[0:3], LABELS[3:6], LABELS[6:]
IN_APP_LABEL = "belt no-op in the app"


def run_child(command: list[str], env: dict[str, str]) -> tuple[float, float, float, str]:
    """Wall seconds, CPU seconds, peak RSS in MB, and output of one child process (exit status checked)."""
    started = time.monotonic()
    child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    assert child.stdout is not None
    output = child.stdout.read().decode(errors="replace")
    _pid, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.monotonic() - started
    if child.returncode != 0:
        raise SystemExit(f"{command[0]} failed ({child.returncode}):\n{output[-2000:]}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, output


def mbsync_config(server: DovecotServer, target: Path, password_file: Path) -> str:
    return f"""
IMAPAccount bench
Host {server.host}
Port {server.port}
User {server.user}
PassCmd "cat {password_file}"
SSLType None
AuthMechs LOGIN

IMAPStore remote
Account bench

MaildirStore local
Path {target}/
Inbox {target}/INBOX
SubFolders Verbatim

Channel bench
Far :remote:
Near :local:
Patterns INBOX Sent
Create Near
Sync Pull
SyncState *
"""


def belt_config(server: DovecotServer) -> str:
    return f"""
[me]
addresses = ["associate@firm.test"]
[work]
time_zone = "America/New_York"
[[accounts]]
name = "bench"
kind = "imap"
host = "{server.host}"
port = {server.port}
tls = "none"
username = "{server.user}"
password_env = "BELT_BENCH_IMAP_PASSWORD"
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=MESSAGES)
    parser.add_argument(
        "--runs", type=int, default=3, help="rounds of the four sync runs; medians are compared"
    )
    args = parser.parse_args()
    compile_belt()
    mbsync = find_program("mbsync")
    if mbsync is None:
        raise SystemExit(
            "mbsync is not installed (Debian package isync); `python3 tasks.py test` installs it"
        )
    work = Path(tempfile.mkdtemp(prefix="belt-bench-imap-"))
    server = DovecotServer.start()
    try:
        source = work / "source"
        size = build_maildir(source, args.messages)
        server.seed(source)
        password_file = work / "password"
        password_file.write_text(str(server.password))
        password_file.chmod(0o600)
        env = {**os.environ, "BELT_BENCH_IMAP_PASSWORD": str(server.password), "PYTHONPATH": str(REPO)}
        samples: dict[str, list[tuple[float, float, float, str]]] = {label: [] for label in LABELS}
        for round_index in range(args.runs):
            belt_home = work / f"belt-{round_index}"
            belt_home.mkdir()
            (belt_home / "config.toml").write_text(belt_config(server))
            maildir = work / f"mbsync-maildir-{round_index}"
            maildir.mkdir()
            rc = work / f"mbsyncrc-{round_index}"
            rc.write_text(mbsync_config(server, maildir, password_file))
            belt = ([sys.executable, "-m", "belt_tui", "sync"], {**env, "BELT_HOME": str(belt_home)})
            mbsync_run = ([mbsync, "-c", str(rc), "-q", "bench"], env)
            pairs = [(BELT_RUNS, belt), (MBSYNC_RUNS, mbsync_run)]
            # Who goes first alternates: the first pull after seeding meets a cold server (Dovecot
            # builds its cache, the page cache fills), which should not always fall on the same side.
            for labels, (command, child_env) in pairs if round_index % 2 == 0 else pairs[::-1]:
                for label in labels:
                    seconds, cpu, rss, output = run_child(command, child_env)
                    samples[label].append((seconds, cpu, rss, _last_line(output)))
            if round_index == args.runs - 1:
                read_synced = ([sys.executable, "-c", READ_SYNCED], {**env, "BELT_HOME": str(belt_home)})
                for label in READER_RUNS:
                    seconds, cpu, rss, output = run_child(*read_synced)
                    samples[label].append((seconds, cpu, rss, _last_line(output)))
                in_app = ([sys.executable, "-c", IN_APP_RESYNC], {**env, "BELT_HOME": str(belt_home)})
                in_app_seconds = float(_last_line(run_child(*in_app)[3]))
            shutil.rmtree(maildir, ignore_errors=True)
        where = "on a local Dovecot, plaintext on 127.0.0.1"
        print(f"\n{args.messages:,} messages, {size / 1e6:.0f} MB Maildir {where}, {args.runs} rounds\n")
        print(f"{'run (median)':<24}{'wall s':>9}{'cpu s':>8}{'peak RSS MB':>13}  wall s of each round")
        for label, runs in samples.items():
            walls = [run[0] for run in runs]
            cpu, rss = statistics.median(run[1] for run in runs), max(run[2] for run in runs)
            each = " ".join(f"{wall:.2f}" for wall in walls)
            print(f"{label:<24}{statistics.median(walls):>9.2f}{cpu:>8.2f}{rss:>13.0f}  {each}")
        print(f"{IN_APP_LABEL:<24}{in_app_seconds:>9.2f}  (median of 5 syncs in one process, as `r` does)")
        print(
            f"\nlast lines: belt: {samples[LABELS[0]][-1][3][:70]!r}; reader: {samples[LABELS[7]][-1][3]!r}"
        )
        print(f"load average (1 min) after the runs: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
        median = {label: statistics.median(run[0] for run in runs) for label, runs in samples.items()}
        initial, first, again = (median[b] / median[m] for b, m in zip(BELT_RUNS, MBSYNC_RUNS, strict=True))
        print(f"Belt/mbsync initial: {initial:.2f}x (target <= 0.5x)")
        print(f"Belt/mbsync no-op, first after the pull: {first:.2f}x   again (steady state): {again:.2f}x")
        print("  (target <= 0.5x; the steady state is the honest one: see the docstring)")
        in_app_noop = in_app_seconds / median[MBSYNC_RUNS[2]]
        print(f"Belt no-op inside the running app / mbsync steady no-op: {in_app_noop:.2f}x")
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)


def _last_line(output: str) -> str:
    lines = output.strip().splitlines()
    return lines[-1] if lines else ""


if __name__ == "__main__":
    main()

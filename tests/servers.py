"""Process plumbing shared by the real test servers (Dovecot, Radicale).

The servers run as child processes on 127.0.0.1 and free ports, keep their logs in temp files, and are stopped
by PID. Their passwords are random per session and never printed: a start-up failure shows the log with the
password redacted.
"""

from __future__ import annotations

import ctypes
import secrets
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Sequence
from pathlib import Path

LOOPBACK = "127.0.0.1"
START_TIMEOUT_SECONDS = 30.0
STOP_TIMEOUT_SECONDS = 10.0
LOG_TAIL_CHARS = 4000


class Secret(str):
    """A password that redacts itself wherever pytest or a traceback shows values with repr()."""

    def __repr__(self) -> str:
        return "'***'"


class ServerStartError(RuntimeError):
    """A test server did not come up; the message carries its (redacted) log so the cause is visible."""


def random_password() -> Secret:
    return Secret(secrets.token_urlsafe(18))


def free_port() -> int:
    """A port that was free a moment ago: good enough on a CI box where nothing else races for ports."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((LOOPBACK, 0))
        return probe.getsockname()[1]


def _die_with_parent() -> None:
    """Linux PR_SET_PDEATHSIG: if pytest itself is killed, the kernel stops the server too."""
    pr_set_pdeathsig = 1
    ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


def redact(text: str, secret: str) -> str:
    return text.replace(secret, "***") if secret else text


class ServerProcess:
    """A server child process whose output goes to a log file in its throw-away directory."""

    def __init__(self, name: str, command: Sequence[str | Path], log_path: Path, secret: str) -> None:
        self.name = name
        self.log_path = log_path
        self._secret = secret
        with log_path.open("ab") as log:
            self._popen = subprocess.Popen(
                [str(part) for part in command],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                preexec_fn=_die_with_parent,
            )

    @property
    def pid(self) -> int:
        return self._popen.pid

    def running(self) -> bool:
        return self._popen.poll() is None

    def log_tail(self, extra_logs: Sequence[Path] = ()) -> str:
        parts = []
        for path in (self.log_path, *extra_logs):
            if path.exists():
                text = path.read_text(errors="replace")[-LOG_TAIL_CHARS:]
                parts.append(f"--- {path.name} ---\n{redact(text, self._secret)}")
        return "\n".join(parts) or "(no log output)"

    def start_error(self, reason: str, extra_logs: Sequence[Path] = ()) -> ServerStartError:
        return ServerStartError(f"{self.name} did not start: {reason}\n{self.log_tail(extra_logs)}")

    def wait_until(self, ready: Callable[[], bool], what: str, extra_logs: Sequence[Path] = ()) -> None:
        """Poll `ready` until it holds; fail fast if the process dies, with its log as the explanation."""
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while not ready():
            if not self.running():
                raise self.start_error(f"exited with code {self._popen.returncode}", extra_logs)
            if time.monotonic() > deadline:
                self.stop()
                raise self.start_error(f"{what} within {START_TIMEOUT_SECONDS:.0f} s", extra_logs)
            time.sleep(0.05)

    def stop(self) -> None:
        """Terminate by PID, escalating to SIGKILL so a stuck server never outlives the test session."""
        if not self.running():
            return
        self._popen.terminate()
        try:
            self._popen.wait(timeout=STOP_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            self._popen.kill()
            self._popen.wait(timeout=STOP_TIMEOUT_SECONDS)


def port_accepts(port: int) -> bool:
    try:
        with socket.create_connection((LOOPBACK, port), timeout=1):
            return True
    except OSError:
        return False

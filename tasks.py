#!/usr/bin/env python3
"""Developer commands for Belt, runnable on a fresh Debian machine that has nothing but python3.

    python3 tasks.py demo [ARGS...]   set up .venv, then run `belt demo ARGS...`
    python3 tasks.py test [ARGS...]   set up .venv with the test extra and Dovecot, lint, then pytest ARGS...
    python3 tasks.py lint             ruff check + ruff format --check
    python3 tasks.py bench            run every bench/bench_*.py in turn

Standard library only, because this file is what creates the environment everything else lives in.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
VENV_BIN = VENV / "bin"
VENV_PYTHON = VENV_BIN / "python"
# Lives inside the venv so that deleting the venv also forgets what was installed into it.
STAMP = VENV / ".tasks-stamp"
TEST_SYSTEM_PACKAGES = ("dovecot-imapd", "isync", "openssl")
POLICY_RC_D = Path("/usr/sbin/policy-rc.d")


class TaskFailed(Exception):
    """A set-up step failed; carries the exit code to return and what to tell the user."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def say(message: str) -> None:
    print(f"tasks: {message}", flush=True)


def shown(part: str | Path) -> str:
    """Paths inside the repo are echoed relative to it, to keep the log short."""
    if isinstance(part, Path) and part.is_relative_to(ROOT):
        return str(part.relative_to(ROOT))
    return str(part)


def run(command: Sequence[str | Path], env: dict[str, str] | None = None) -> int:
    """Run a command in the repo root, echoing it first; return its exit code."""
    say("$ " + " ".join(shown(part) for part in command))
    return subprocess.call([str(part) for part in command], cwd=ROOT, env=env)


def check(command: Sequence[str | Path], env: dict[str, str] | None = None) -> None:
    code = run(command, env)
    if code != 0:
        raise TaskFailed(f"command failed with exit code {code}", code)


def is_root() -> bool:
    return os.geteuid() == 0


def apt_env() -> dict[str, str]:
    return {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}


def apt_install(packages: Sequence[str]) -> None:
    """Install Debian packages without prompts and without letting their services start.

    A policy-rc.d that answers 101 is Debian's documented way to stop maintainer scripts from starting
    daemons; a system Dovecot on ports 143/993 would otherwise linger long after the tests.
    """
    env = apt_env()
    added_policy = not POLICY_RC_D.exists()
    if added_policy:
        POLICY_RC_D.write_text("#!/bin/sh\n# Added by belt tasks.py during apt-get install.\nexit 101\n")
        POLICY_RC_D.chmod(0o755)
    try:
        check(["apt-get", "update", "-qq"], env)
        check(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages], env)
    finally:
        if added_policy:
            POLICY_RC_D.unlink(missing_ok=True)
    if Path("/run/systemd/system").is_dir():
        # Under systemd, units may be enabled by socket activation even when not started now.
        run(["systemctl", "disable", "--now", "dovecot.service", "dovecot.socket"])


def venv_python_works() -> bool:
    return VENV_PYTHON.exists() and subprocess.call([VENV_PYTHON, "-c", "import pip"], cwd=ROOT) == 0


def can_make_venv() -> bool:
    """Debian ships the venv module but strips ensurepip into python3-venv; probe for both."""
    probe = [sys.executable, "-c", "import ensurepip, venv"]
    return subprocess.call(probe, stderr=subprocess.DEVNULL) == 0


def ensure_venv() -> None:
    if venv_python_works():
        return
    if not can_make_venv():
        version = f"python{sys.version_info.major}.{sys.version_info.minor}-venv"
        if not is_root():
            raise TaskFailed(f"python3 cannot create virtualenvs; run: sudo apt-get install -y {version}")
        say(f"installing {version} so python3 can create virtualenvs")
        apt_install([version])
    say(f"creating {VENV.relative_to(ROOT)}")
    check([sys.executable, "-m", "venv", "--clear", VENV])


def pyproject_hash() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def installed_extras() -> set[str] | None:
    """Extras installed for the current pyproject.toml, or None if the install is missing or stale."""
    try:
        digest, *extras = STAMP.read_text().split()
    except (FileNotFoundError, ValueError):
        return None
    return set(extras) if digest == pyproject_hash() else None


def ensure_installed(extras: Sequence[str] = ()) -> None:
    """Create the venv and install Belt editable, but only when pyproject.toml changed since last time."""
    ensure_venv()
    byte_compile()
    have = installed_extras()
    if have is not None and have.issuperset(extras):
        return
    wanted = sorted(set(extras) | (have or set()))
    target = f".[{','.join(wanted)}]" if wanted else "."
    say(f"installing belt-tui{target[1:]} (editable) into .venv")
    check([VENV_PYTHON, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-e", target])
    STAMP.write_text(" ".join([pyproject_hash(), *wanted]) + "\n")


def byte_compile() -> None:
    """Write Belt's bytecode, as pip does for an installed package; an editable install never does.

    Where PYTHONDONTWRITEBYTECODE is set, every `belt` process would otherwise compile its own
    sources again (~0.1 s per start). Only changed files are compiled (~0.08 s when none are)."""
    check([VENV_PYTHON, "-m", "compileall", "-q", ROOT / "belt_tui"])


def ensure_dovecot() -> None:
    """The IMAP tests run against a real Dovecot; install it (with mbsync, openssl) when missing."""
    # Debian keeps /usr/sbin (where dovecot lives) off a normal user's PATH.
    if shutil.which("dovecot", path=os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/sbin"])):
        return
    packages = " ".join(TEST_SYSTEM_PACKAGES)
    if not is_root():
        raise TaskFailed(
            "Dovecot is needed by the IMAP tests and is not installed; run:\n"
            f"    sudo apt-get update && sudo apt-get install -y {packages}\n"
            "  (or run `python3 tasks.py test` as root, which does it for you)"
        )
    say(f"installing {packages} for the IMAP tests")
    apt_install(TEST_SYSTEM_PACKAGES)


def run_steps(steps: Sequence[Callable[[], int]]) -> int:
    """Run every step even after a failure, so one report shows everything; return the first failure."""
    first_failure = 0
    for step in steps:
        code = step()
        if code != 0 and first_failure == 0:
            first_failure = code
    return first_failure


def lint_steps() -> list[Callable[[], int]]:
    ruff = VENV_BIN / "ruff"
    return [lambda: run([ruff, "check", "."]), lambda: run([ruff, "format", "--check", "."])]


def task_demo(args: Sequence[str]) -> int:
    ensure_installed()
    belt = VENV_BIN / "belt"
    say(f"$ {belt.relative_to(ROOT)} demo {' '.join(args)}".rstrip())
    os.chdir(ROOT)
    os.execv(belt, [str(belt), "demo", *args])


def task_test(args: Sequence[str]) -> int:
    ensure_installed(["test"])
    try:
        ensure_dovecot()
        dovecot_code = 0
    except TaskFailed as failure:
        # Keep going: lint and the tests that need no server still report, and the IMAP fixtures fail loudly.
        say(str(failure))
        dovecot_code = failure.code
    pytest = [VENV_PYTHON, "-m", "pytest", *args]
    return run_steps([lambda: dovecot_code, *lint_steps(), lambda: run(pytest)])


def task_lint(args: Sequence[str]) -> int:
    ensure_installed(["test"])
    return run_steps(lint_steps())


def task_bench(args: Sequence[str]) -> int:
    ensure_installed(["test"])
    scripts = sorted((ROOT / "bench").glob("bench_*.py"))
    if not scripts:
        say("no bench/bench_*.py scripts yet")
    return run_steps([lambda script=script: run([VENV_PYTHON, script, *args]) for script in scripts])


TASKS: dict[str, Callable[[Sequence[str]], int]] = {
    "demo": task_demo,
    "test": task_test,
    "lint": task_lint,
    "bench": task_bench,
}


def main(argv: Sequence[str]) -> int:
    if not argv or argv[0] not in TASKS:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    name, *args = argv
    try:
        return TASKS[name](args)
    except TaskFailed as failure:
        say(f"{name} failed: {failure}")
        return failure.code
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Belt's bytecode written before a bench times any process, as it is for a user's installed copy.

pip byte-compiles a package it installs; an editable install never does. Where PYTHONDONTWRITEBYTECODE
is set (it is on our CI machines), every timed `belt` process would otherwise compile Belt's sources
again, ~0.1 s per start that no user pays. Only files changed since the last run are compiled.
"""

from __future__ import annotations

import compileall
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "belt_tui"


def compile_belt() -> None:
    if not compileall.compile_dir(PACKAGE, quiet=1):
        raise SystemExit(f"could not byte-compile {PACKAGE}")

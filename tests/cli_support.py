"""Run the real `belt` command in a child process, with its home (config, data, cache) in a scratch folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def belt(*args: str, home: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "belt_tui", *args],
        env={**os.environ, "BELT_HOME": str(home)},
        capture_output=True,
        text=True,
        timeout=60,
    )

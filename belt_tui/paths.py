"""Where Belt keeps its files: the XDG locations from platformdirs, or everything under `BELT_HOME`.

`BELT_HOME` puts config, data, cache, state and log in one folder, so tests and the demo never
touch the user's real files. `belt --config FILE` replaces only the config file.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path

import platformdirs

APP_NAME = "belt"
HOME_VARIABLE = "BELT_HOME"


@dataclass(frozen=True, slots=True)
class Paths:
    """Every file and folder Belt reads or writes outside the package."""

    config_file: Path
    """The TOML config (see config.example.toml)."""
    data_dir: Path
    """The user's data: the store of follow-ups and synced mail state."""
    cache_dir: Path
    """Things that can be rebuilt, such as parsed-message caches."""
    state_dir: Path
    """Run-time state worth keeping across runs but not backing up: lock files, history."""
    log_file: Path
    """The log; never contains mail bodies or secrets."""
    user_themes_dir: Path
    """Extra theme files the user adds, next to the config."""

    @classmethod
    def discover(cls, config_file: Path | None = None, environ: Mapping[str, str] | None = None) -> Paths:
        """This user's paths: under `BELT_HOME` if set, else platformdirs; `config_file` wins if given."""
        environ = os.environ if environ is None else environ
        home = environ.get(HOME_VARIABLE, "").strip()
        if home:
            root = Path(home).expanduser().absolute()
            paths = cls(
                config_file=root / "config.toml",
                data_dir=root / "data",
                cache_dir=root / "cache",
                state_dir=root / "state",
                log_file=root / "state" / "belt.log",
                user_themes_dir=root / "themes",
            )
        else:
            config_dir = platformdirs.user_config_path(APP_NAME)
            paths = cls(
                config_file=config_dir / "config.toml",
                data_dir=platformdirs.user_data_path(APP_NAME),
                cache_dir=platformdirs.user_cache_path(APP_NAME),
                state_dir=platformdirs.user_state_path(APP_NAME),
                log_file=platformdirs.user_log_path(APP_NAME) / "belt.log",
                user_themes_dir=config_dir / "themes",
            )
        if config_file is None:
            return paths
        return cls(**{**paths.as_dict(), "config_file": config_file.expanduser().absolute()})

    def as_dict(self) -> dict[str, Path]:
        """Field name to path, in declaration order (the order `belt paths` prints)."""
        return {field.name: getattr(self, field.name) for field in fields(self)}

    def ensure_dirs(self) -> None:
        """Create the writable folders, private to the user (0700), before the first write."""
        for folder in (self.data_dir, self.cache_dir, self.state_dir, self.log_file.parent):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)


def example_config() -> Path:
    """The documented example config: inside the package when installed, at the repo root in a checkout."""
    package = Path(__file__).resolve().parent
    installed = package / "config.example.toml"
    return installed if installed.is_file() else package.parent / "config.example.toml"

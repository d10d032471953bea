"""Where Belt keeps its files: XDG locations, BELT_HOME for one folder, --config, `belt paths`."""

from __future__ import annotations

import argparse
import stat
from pathlib import Path

import pytest

from belt_tui.cli import paths as paths_command
from belt_tui.paths import Paths

NAMES = ["config_file", "data_dir", "cache_dir", "state_dir", "log_file", "user_themes_dir"]


def test_belt_home_puts_everything_under_one_folder(tmp_path: Path) -> None:
    paths = Paths.discover(environ={"BELT_HOME": str(tmp_path)})
    assert list(paths.as_dict()) == NAMES
    assert all(tmp_path in path.parents for path in paths.as_dict().values())
    assert paths.config_file == tmp_path / "config.toml"


def test_without_belt_home_the_xdg_folders_are_used(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(variable, str(tmp_path / variable.lower()))
    paths = Paths.discover(environ={})
    assert paths.config_file == tmp_path / "xdg_config_home" / "belt" / "config.toml"
    assert paths.user_themes_dir == tmp_path / "xdg_config_home" / "belt" / "themes"
    assert paths.data_dir == tmp_path / "xdg_data_home" / "belt"
    assert paths.cache_dir == tmp_path / "xdg_cache_home" / "belt"
    assert paths.state_dir == tmp_path / "xdg_state_home" / "belt"


def test_config_option_replaces_only_the_config_file(tmp_path: Path) -> None:
    chosen = tmp_path / "elsewhere" / "belt.toml"
    paths = Paths.discover(config_file=chosen, environ={"BELT_HOME": str(tmp_path / "home")})
    assert paths.config_file == chosen
    assert paths.data_dir == tmp_path / "home" / "data"


def test_writable_folders_are_created_private(tmp_path: Path) -> None:
    paths = Paths.discover(environ={"BELT_HOME": str(tmp_path / "home")})
    paths.ensure_dirs()
    for folder in (paths.data_dir, paths.cache_dir, paths.state_dir, paths.log_file.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def run_paths_command(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="belt")
    parser.add_argument("--config", type=Path)
    paths_command.register(parser.add_subparsers(dest="command"))
    return paths_command.run(parser.parse_args(argv))


def test_belt_paths_prints_one_name_and_path_per_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("BELT_HOME", str(tmp_path))
    assert run_paths_command(["paths"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(": ", 1)[0] for line in lines] == NAMES
    assert lines[0] == f"config_file: {tmp_path / 'config.toml'}"


def test_belt_paths_honours_config(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("BELT_HOME", str(tmp_path))
    assert run_paths_command(["--config", str(tmp_path / "other.toml"), "paths"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == f"config_file: {tmp_path / 'other.toml'}"

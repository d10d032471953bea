"""The `belt` command itself: help, version, usage errors, and a helpful first run."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from cli_support import belt

from belt_tui import __version__
from belt_tui.cli import COMMANDS


def test_help_lists_every_subcommand(tmp_path):
    result = belt("--help", home=tmp_path)
    assert result.returncode == 0
    for name in COMMANDS:
        assert f"    {name}" in result.stdout


@pytest.mark.parametrize("name", COMMANDS)
def test_every_subcommand_has_help(tmp_path, name):
    result = belt(name, "--help", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: belt")


def test_version(tmp_path):
    assert belt("--version", home=tmp_path).stdout.strip() == f"belt {__version__}"


def test_bad_arguments_exit_2_with_usage(tmp_path):
    result = belt("slot", "--week", "someday", home=tmp_path)
    assert result.returncode == 2
    assert "usage: belt slot" in result.stderr


def test_the_first_run_without_config_shows_how_to_copy_the_example(tmp_path):
    result = belt(home=tmp_path)
    assert result.returncode == 1
    assert "belt demo" in result.stderr
    example = result.stderr.split("cp ", 1)[1].split()[0]
    assert example.endswith("config.example.toml") and os.path.isfile(example)


def test_a_named_subcommand_imports_only_its_own_module():
    code = (
        "import sys; from belt_tui.cli import build_parser, COMMANDS; "
        "args = build_parser(['--config', 'scan', 'paths']).parse_args(['--config', 'scan', 'paths']); "
        "print(args.command, sorted(n for n in COMMANDS if f'belt_tui.cli.{n}' in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.split() == ["paths", "['paths']"], result.stderr


def test_help_before_a_subcommand_still_lists_them_all(tmp_path):
    result = belt("--help", "sync", home=tmp_path)
    assert result.returncode == 0
    for name in COMMANDS:
        assert f"    {name}" in result.stdout


def test_an_unknown_subcommand_is_refused_with_the_list_of_choices(tmp_path):
    result = belt("snyc", home=tmp_path)
    assert result.returncode == 2
    assert "invalid choice: 'snyc'" in result.stderr
    assert all(name in result.stderr for name in COMMANDS)

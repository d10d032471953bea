"""Themes are data files: every bundled one loads, and every broken one is reported, never fatal."""

from pathlib import Path

import pytest

from belt_tui.themes import (
    BELT_KEYS,
    DEFAULT_THEME,
    bundled_themes_dir,
    choose_theme,
    load_themes,
    theme_from_toml,
)

GOOD = """
name = "paper"
dark = false
[colors]
primary = "#112233"
[belt]
overdue = "#ff0000"
needs-reply = "#ffaa00"
waiting = "#00aaff"
mine = "#00ff00"
theirs = "#aa00ff"
ask = "#333300"
highlight = "#003366"
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_bundled_themes_include_dark_light_high_contrast_and_one_more():
    loaded = load_themes([bundled_themes_dir()])
    names = {theme.name for theme in loaded.themes}
    assert loaded.errors == ()
    assert {"belt-dark", "belt-light", "belt-high-contrast"} <= names
    assert len(names) >= 4
    assert DEFAULT_THEME in names


def test_every_bundled_theme_defines_every_belt_colour_as_a_css_variable():
    for theme in load_themes([bundled_themes_dir()]).themes:
        assert {f"belt-{key}" for key in BELT_KEYS} <= set(theme.variables), theme.name


def test_a_valid_file_becomes_a_textual_theme(tmp_path):
    theme = theme_from_toml(write(tmp_path, "paper.toml", GOOD))
    assert theme.name == "paper"
    assert theme.dark is False
    assert theme.variables["belt-overdue"] == "#ff0000"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (GOOD.replace('overdue = "#ff0000"\n', ""), "[belt] is missing 'overdue'"),
        (GOOD.replace('primary = "#112233"', 'primary = "#zzzzzz"'), "is not a colour"),
        (GOOD.replace('name = "paper"', ""), "'name' is missing"),
        (GOOD + "\nsparkle = 1\n", "unknown key 'sparkle'"),
        (GOOD.replace('mine = "#00ff00"', "mine = 5"), "must be a colour string"),
        ("name = [", "not valid TOML"),
    ],
)
def test_a_broken_file_is_reported_with_file_and_key(tmp_path, text, message):
    path = write(tmp_path, "broken.toml", text)
    with pytest.raises(ValueError, match=r"broken\.toml") as raised:
        theme_from_toml(path)
    assert message in str(raised.value)


def test_loading_skips_broken_files_and_keeps_the_good_ones(tmp_path):
    write(tmp_path, "good.toml", GOOD)
    write(tmp_path, "bad.toml", "name = [")
    loaded = load_themes([tmp_path])
    assert [theme.name for theme in loaded.themes] == ["paper"]
    assert len(loaded.errors) == 1
    assert "bad.toml" in loaded.errors[0]


def test_a_user_theme_overrides_a_bundled_one_of_the_same_name(tmp_path):
    write(tmp_path, "mine.toml", GOOD.replace('name = "paper"', f'name = "{DEFAULT_THEME}"'))
    loaded = load_themes([bundled_themes_dir(), tmp_path])
    chosen = next(theme for theme in loaded.themes if theme.name == DEFAULT_THEME)
    assert chosen.primary == "#112233"


def test_an_unknown_theme_name_falls_back_with_a_message():
    name, message = choose_theme("neon", ["belt-dark", "belt-light"])
    assert name == DEFAULT_THEME
    assert "neon" in message and "belt-light" in message


def test_a_known_theme_name_is_kept():
    assert choose_theme("belt-light", ["belt-dark", "belt-light"]) == ("belt-light", None)

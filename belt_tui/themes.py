"""Themes as data: TOML files turned into Textual `Theme` objects.

Bundled themes live in the top-level `themes/` folder (shipped in the wheel as `belt_tui/themes`); users
add their own in the config directory. A broken file never crashes the app: it is skipped and reported
as one clear message, and the app falls back to the default theme. Format: see `themes/README.md`.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from textual.color import Color, ColorParseError
from textual.theme import Theme

DEFAULT_THEME = "belt-dark"

# Textual's own palette slots a theme file may set; `primary` is the only required one.
PALETTE_KEYS = (
    "primary",
    "secondary",
    "accent",
    "foreground",
    "background",
    "surface",
    "panel",
    "success",
    "warning",
    "error",
    "boost",
)

# Belt's own colours, exposed to CSS as `$belt-<key>`; every theme must define all of them so that
# the meaning of a colour (overdue, someone else's) never silently disappears.
BELT_KEYS = ("overdue", "needs-reply", "waiting", "mine", "theirs", "ask", "highlight")

TOP_LEVEL_KEYS = {"name", "dark", "colors", "belt"}


@dataclass(frozen=True)
class ThemeLoad:
    """The themes that loaded, and one message per file that did not."""

    themes: tuple[Theme, ...] = ()
    errors: tuple[str, ...] = field(default=())


def bundled_themes_dir() -> Path:
    """Where the shipped themes are: inside the package when installed, beside it in a checkout."""
    package = Path(__file__).resolve().parent
    installed = package / "themes"
    return installed if installed.is_dir() else package.parent / "themes"


def theme_from_toml(path: Path) -> Theme:
    """Parse one theme file; raise ValueError naming the file and the offending key."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ValueError(f"{path}: cannot read theme file ({error})") from None
    except tomllib.TOMLDecodeError as error:
        raise ValueError(f"{path}: not valid TOML ({error})") from None

    unknown = sorted(set(data) - TOP_LEVEL_KEYS)
    if unknown:
        raise ValueError(f"{path}: unknown key {unknown[0]!r}; expected one of {sorted(TOP_LEVEL_KEYS)}")
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"{path}: 'name' is missing; expected a non-empty string")
    dark = data.get("dark", True)
    if not isinstance(dark, bool):
        raise ValueError(f"{path}: 'dark' must be true or false")

    colors = _colour_table(path, data, "colors", PALETTE_KEYS, required=("primary",))
    belt = _colour_table(path, data, "belt", BELT_KEYS, required=BELT_KEYS)
    return Theme(
        name=name.strip(),
        dark=dark,
        variables={f"belt-{key}": value for key, value in belt.items()},
        **colors,
    )


def _colour_table(
    path: Path, data: dict, table: str, allowed: tuple[str, ...], required: tuple[str, ...]
) -> dict[str, str]:
    values = data.get(table, {})
    if not isinstance(values, dict):
        raise ValueError(f"{path}: [{table}] must be a table")
    for key in required:
        if key not in values:
            raise ValueError(f"{path}: [{table}] is missing {key!r}")
    for key, value in values.items():
        if key not in allowed:
            raise ValueError(f"{path}: [{table}] has unknown key {key!r}; expected one of {list(allowed)}")
        if not isinstance(value, str):
            raise ValueError(f'{path}: [{table}].{key} must be a colour string like "#1e90ff"')
        try:
            Color.parse(value)
        except ColorParseError:
            raise ValueError(f"{path}: [{table}].{key} = {value!r} is not a colour") from None
    return dict(values)


def load_themes(directories: Iterable[Path]) -> ThemeLoad:
    """Load every `*.toml` in the given folders, later folders overriding earlier names."""
    themes: dict[str, Theme] = {}
    errors: list[str] = []
    for directory in directories:
        if not directory.is_dir():
            continue
        for path in sorted(directory.glob("*.toml")):
            try:
                theme = theme_from_toml(path)
            except ValueError as error:
                errors.append(str(error))
                continue
            themes[theme.name] = theme
    return ThemeLoad(themes=tuple(themes.values()), errors=tuple(errors))


def choose_theme(wanted: str | None, available: Iterable[str]) -> tuple[str, str | None]:
    """The theme to use, and a message when the wanted one does not exist."""
    names = set(available)
    if not wanted or wanted in names:
        return (wanted or DEFAULT_THEME), None
    listed = ", ".join(sorted(names))
    return DEFAULT_THEME, f"theme {wanted!r} not found; using {DEFAULT_THEME!r} (available: {listed})"

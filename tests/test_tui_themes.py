"""Themes in the app: the choice is kept across restarts, and broken theme files cost one notification."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_support import SIZE, open_demo, open_review, seed_followups, settle
from textual.color import Color

from belt_tui.themes import DEFAULT_THEME, bundled_themes_dir, load_themes
from belt_tui.tui.app import BeltApp
from belt_tui.tui.widgets.thread_list import ThreadList

BUNDLED = sorted(theme.name for theme in load_themes([bundled_themes_dir()]).themes)


def notifications(app: BeltApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_a_theme_picked_in_the_app_is_kept_across_a_restart(tmp_path: Path):
    root = tmp_path / "demo"
    with open_demo(root) as belt:
        app = BeltApp(belt, theme="belt-dark")
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            commands = {c.title: c.callback for c in app.get_system_commands(app.screen)}
            assert {f"theme: {name}" for name in BUNDLED} <= set(commands)
            assert not any(title.startswith("theme: textual") for title in commands), "only Belt's themes"
            commands["theme: belt-light"]()
            await pilot.pause()
            assert app.theme == "belt-light"
    with open_demo(root) as belt:
        app = BeltApp(belt, theme="belt-dark")
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert app.theme == "belt-light"
    with open_demo(root) as belt:
        app = BeltApp(belt, theme="belt-solarized")
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert app.theme == "belt-solarized", "a theme named in the config since then wins"


async def test_broken_theme_files_give_one_notification_and_the_default_theme(tmp_path: Path):
    themes = tmp_path / "themes"
    themes.mkdir()
    (themes / "broken.toml").write_text('name = "paper"\n[colors]\nprimary = "#zzzzzz"\n', encoding="utf-8")
    (themes / "torn.toml").write_text("name = [", encoding="utf-8")
    with open_demo(tmp_path / "demo") as belt:
        app = BeltApp(belt, theme="paper", theme_dirs=(themes,))
        async with app.run_test(size=SIZE) as pilot:
            await settle(app, pilot)
            assert app.theme == DEFAULT_THEME
            theme_notes = [n for n in app._notifications if n.title == "Theme"]
            assert len(theme_notes) == 1
            text = str(theme_notes[0].message)
            assert "broken.toml" in text and "torn.toml" in text and "'paper' not found" in text
            assert app.screen.query("KeyFooter"), "the app runs on"


@pytest.mark.parametrize("theme", BUNDLED)
def test_the_review_in_each_bundled_theme(snap_compare, tmp_path: Path, theme: str):
    async def run_before(pilot) -> None:
        await open_review(pilot.app, pilot)

    with open_demo(tmp_path / "demo") as belt:
        seed_followups(belt)
        app = BeltApp(belt, theme=theme, subtitle=belt.label)
        assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def contrast(one: Color, other: Color) -> float:
    """WCAG contrast ratio of two opaque colours (1 = none, 21 = black on white)."""

    def luminance(colour: Color) -> float:
        channels = [c / 255 for c in (colour.r, colour.g, colour.b)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("theme", BUNDLED)
async def test_dim_list_text_stays_readable_in_each_bundled_theme(tmp_path: Path, theme: str):
    """Line-API rows paint component styles themselves; an "auto" colour there once came out near white
    on the light theme. Dim text must keep a readable contrast (>= 3:1) on its own list's background."""
    with open_demo(tmp_path / "demo") as belt:
        app = BeltApp(belt, theme=theme)
        async with app.run_test(size=SIZE) as pilot:
            await settle(app, pilot)
            thread_list = app.screen.query_one(ThreadList)
            background = thread_list.background_colors[1]
            style = thread_list.rich_style + thread_list.component_style("thread-list--dim")  # as painted
            assert contrast(Color.from_rich_color(style.color), background) >= 3.0

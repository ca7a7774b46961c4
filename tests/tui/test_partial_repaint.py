"""What the terminal shows while someone types in a long quote is what a full repaint shows.

The quote field repaints only the lines a key changes (widgets/steady_area.py), and the findings
list waits while hidden (widgets/findings_panel.py). Both would be wrong in the way a user sees:
a cursor left behind, a line of old words. So the frames the editor sends are played into a VT
emulator (pyte), as a terminal would show them, and after each key the field on that screen is
compared with the field drawn again from scratch.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from pressdesk.model import Quote, Speaker
from pressdesk.store import save
from pressdesk.tui.app import make_app
from pressdesk.tui.widgets.prose_field import ProseField

from .tui_helpers import click, field, full_release, type_here
from .vt_screen import Terminal

SIZE = (100, 30)
WORDS = (
    "Rents across the county rose again this year while wages stayed flat and the waiting "
    "list for public housing grew longer by the month, so member groups are asking for a "
)
QUOTE = "quote"


@pytest.fixture
def long_quote(tmp_path: Path) -> Path:
    base = full_release()
    paragraphs = tuple(WORDS * 3 + f"freeze number {n}." for n in range(4))
    quote = Quote(paragraphs, Speaker("Ana Soto", "Director", "Tenants United"))
    path = tmp_path / "release.toml"
    save(path, replace(base, body=(quote, *base.body[1:])))
    return path


async def test_typing_moving_selecting_and_undoing_in_a_long_quote_shows_what_a_repaint_shows(
    long_quote: Path,
) -> None:
    app = make_app(long_quote, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        terminal = Terminal(app, SIZE)
        await pilot.press("f4")
        await app.screen.step_ready.wait()
        prose = field(pilot, "body[0].paragraphs")
        assert isinstance(prose, ProseField)
        await click(pilot, prose)
        steps: list[tuple[str, list[str]]] = [
            ("home", ["ctrl+home"]),
            ("typed at the start", [*"So "]),
            ("moved down", ["down", "down", "end"]),
            ("typed mid-paragraph", [*" and soon"]),
            ("deleted", ["backspace"] * 3),
            ("moved left", ["left"] * 4),
            ("moved up", ["up"]),
            ("selected", ["shift+left"] * 3),
            ("typed over the selection", [*"rent"]),
            ("undone", ["ctrl+z"]),
            ("a new paragraph", ["enter", *"Next."]),
            (
                "an aside over two lines",
                [*" (an aside that runs on and on, well past the end of the line it starts on)"],
            ),
            ("on its closing bracket", ["left"]),
            ("off it", ["right", "home"]),
            ("emptied: the placeholder shows", ["ctrl+u"]),
            ("typed into the empty field", [*"Go"]),
            ("emptied again by backspace", ["backspace"] * 2),
        ]
        for what, keys in steps:
            for n, key in enumerate(keys):
                if len(key) == 1:
                    await type_here(pilot, key)
                else:
                    await pilot.press(key)
                await pilot.pause()
                shown = terminal.cells(prose)
                assert shown == await terminal.as_repainted(pilot, prose), f"{what}, key {n + 1}"
        # The frames did reach the emulator: the emptied quote shows its placeholder again.
        assert "What they said, without quote marks" in "".join(terminal.lines())


async def test_findings_that_come_while_the_list_is_hidden_show_when_it_does(
    long_quote: Path,
) -> None:
    app = make_app(long_quote, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:  # 100 columns: the findings are hidden
        await pilot.press("f4")
        await app.screen.step_ready.wait()
        await click(pilot, field(pilot, "body[0].paragraphs"))
        await type_here(pilot, "TK ")  # a placeholder the checks flag
        checker = app.screen.desk.checker
        while checker.last is None or "TK" not in str(checker.last.release.body[0]):
            await pilot.pause()
        await pilot.pause()
        await pilot.press("f7")  # the findings, shown
        await pilot.pause()
        listed = app.screen.query_one("#findings-list")
        prompts = [str(listed.get_option_at_index(i).prompt) for i in range(listed.option_count)]
        assert any("TK" in prompt for prompt in prompts), prompts

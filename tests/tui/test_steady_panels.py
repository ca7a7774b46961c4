"""The preview and the findings change in place as the staffer types: the new words show, a
longer preview grows to show all of it, and the findings list keeps its cursor on the finding
whose words changed. (That neither is laid out again on a key is measured in
bench/bench_typing.py.)"""

from __future__ import annotations

import time

from textual.app import App, ComposeResult
from textual.pilot import Pilot
from textual.widgets import OptionList, Static, TextArea
from textual.widgets.option_list import Option

from pressdesk.library import Library
from pressdesk.tui.widgets.findings_list import FindingsList

from .desk_app import DeskApp, sample_release
from .desk_helpers import settle
from .vt_screen import Terminal


def lede_field(app: DeskApp) -> TextArea:
    return next(w for w in app.editor.query(TextArea) if getattr(w, "path", "") == "body[0].text")


async def until_shown(pilot: Pilot[None], preview: Static, text: str) -> str:
    """What the preview shows, once it shows `text` (it follows once typing pauses)."""
    deadline = time.monotonic() + 10
    while text not in (shown := str(preview.render())):
        assert time.monotonic() < deadline, f"the preview never showed {text!r}: {shown}"
        await pilot.pause()
    return shown


def panel_lines(app: DeskApp) -> list[str]:
    options = app.panel.query_one(OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def test_a_finding_whose_words_change_is_updated_where_it_stands(library: Library) -> None:
    app = DeskApp(sample_release(), library=library)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.press("f4")
        await settle(app, pilot)
        (count,) = app.findings_for("word-count")
        words = int(count.message.split()[1])
        options = app.panel.query_one(OptionList)
        at = next(i for i, line in enumerate(panel_lines(app)) if "word-count" in line)
        options.highlighted = at
        field = lede_field(app)
        field.focus()
        field.move_cursor(field.document.end)
        await pilot.press("space", "N", "o", "w", ".")
        await settle(app, pilot)
        lines = panel_lines(app)
        assert f"body {words + 1} words" in lines[at]  # the line reads the new count
        assert f"body {words} words" not in "\n".join(lines)
        assert options.highlighted == at  # and the cursor stayed on it


async def test_the_preview_shows_each_change_and_grows_with_the_text(library: Library) -> None:
    app = DeskApp(sample_release(), library=library)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.press("f4")
        await settle(app, pilot)
        preview = app.editor.query_one("#preview-text", Static)
        height = preview.size.height
        field = lede_field(app)
        field.focus()
        field.move_cursor(field.document.end)
        await pilot.press("space", "Y", "e", "s", ".")  # a few letters: the same lines
        await until_shown(pilot, preview, "its members said. Yes.")
        more = " Tenants from every ward came to the hearing to speak." * 6
        field.insert(more)  # a paste's worth: the paragraph wraps to more lines
        shown = await until_shown(pilot, preview, "hearing to speak. Tenants")
        await settle(app, pilot)
        assert shown.count("came to the hearing") == 6
        assert preview.size.height > height  # laid out again: every line of it has room


async def test_a_reworded_finding_shows_on_the_terminal_as_the_whole_list_drawn_again(
    library: Library,
) -> None:
    # The list repaints only the finding whose words changed (widgets/findings_list.py): a line
    # of old words left on the terminal, or another finding's line drawn stale, would show here.
    size = (140, 40)
    app = DeskApp(sample_release(), library=library)
    async with app.run_test(size=size) as pilot:
        terminal = Terminal(app, size)
        await pilot.press("f4")
        await settle(app, pilot)
        options = app.panel.query_one(FindingsList)
        at = next(i for i, line in enumerate(panel_lines(app)) if "word-count" in line)
        option = options.get_option_at_index(at)
        field = lede_field(app)
        field.focus()
        field.move_cursor((0, 0))
        for word in ("today", "and", "again"):
            (count,) = app.findings_for("word-count")
            words = int(count.message.split()[1]) + 1
            await pilot.press(*word, "space")
            await settle(app, pilot)
            assert options.get_option_at_index(at) is option  # changed in place, not rebuilt
            shown = terminal.cells(options)
            assert f"body {words} words" in "".join(c[0] for row in shown for c in row)
            # From scratch: the public way, which forgets every option's drawing.
            options.replace_option_prompt_at_index(at, option.prompt)
            await pilot.pause()
            assert shown == terminal.cells(options), f"after typing {word!r}"


class _ListApp(App[None]):
    CSS = "FindingsList { border: none; padding: 0; width: 26; }"  # as in the findings panel

    def compose(self) -> ComposeResult:
        yield FindingsList(*(Option(f"finding {n}", id=f"f{n}") for n in range(3)))


async def test_a_reworded_option_that_takes_more_lines_moves_the_ones_under_it() -> None:
    size = (30, 10)
    app = _ListApp()
    async with app.run_test(size=size) as pilot:
        terminal = Terminal(app, size)
        options = app.query_one(FindingsList)
        await pilot.pause()
        options.reword(1, "finding 1, now with words enough to wrap onto more lines")
        await pilot.pause()
        shown = terminal.lines()
        assert [line.strip() for line in shown[:5]] == [
            "finding 0",
            "finding 1, now with words",
            "enough to wrap onto more",
            "lines",
            "finding 2",
        ]
        options.replace_option_prompt_at_index(1, options.get_option_at_index(1).prompt)
        await pilot.pause()
        assert terminal.lines() == shown

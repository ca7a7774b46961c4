"""The choice field (release line, house style, quote style): every value in view, picked by key or
click, and a change posted only for the staffer's own picks."""

from __future__ import annotations

from textual.app import App, ComposeResult

from pressdesk.tui.widgets.choice import ChoiceField

OPTIONS = [("Coalition", "coalition"), ("AP style", "ap"), ("Wire service", "wire")]


class OneChoice(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.picked: list[str] = []

    def compose(self) -> ComposeResult:
        yield ChoiceField(OPTIONS, value="coalition", id="profile")

    def on_choice_field_changed(self, event: ChoiceField.Changed) -> None:
        self.picked.append(event.value)


async def test_keys_step_through_the_values_and_wrap_round() -> None:
    app = OneChoice()
    async with app.run_test() as pilot:
        choice = app.query_one(ChoiceField)
        choice.focus()
        await pilot.press("right", "space", "right", "left")
        assert choice.value == "wire"
        assert app.picked == ["ap", "wire", "coalition", "wire"]


async def test_a_click_picks_the_value_under_the_pointer() -> None:
    app = OneChoice()
    async with app.run_test() as pilot:
        choice = app.query_one(ChoiceField)
        text = choice.render().plain
        assert text == "◉ Coalition  ○ AP style  ○ Wire service"
        await pilot.click(choice, offset=(text.index("Wire"), 0))
        assert choice.value == "wire"
        await pilot.click(choice, offset=(text.index("AP"), 0))
        assert choice.value == "ap"
        await pilot.click(choice, offset=(0, 0))
        assert choice.value == "coalition"
        assert app.picked == ["wire", "ap", "coalition"]


async def test_loading_a_value_shows_it_without_posting_a_change() -> None:
    app = OneChoice()
    async with app.run_test() as pilot:
        choice = app.query_one(ChoiceField)
        choice.load("ap")
        await pilot.pause()
        assert choice.value == "ap"
        assert "◉ AP style" in choice.render().plain
        assert app.picked == []

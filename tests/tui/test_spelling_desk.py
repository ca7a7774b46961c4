"""Spelling in the editor: a misspelling in the findings panel with its suggestions one by one
and "add to the coalition's words" beside them; a chosen word replaces the misspelling in its
field, one ctrl+z takes it back, and an added word is in the library's words.txt and flagged no
more."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList, TextArea

from pressdesk import store
from pressdesk.cli import main as cli
from pressdesk.findings import Finding, Severity
from pressdesk.library import Library
from pressdesk.model import Paragraph, Release
from pressdesk.tui.spelling_choices import named_word, suggestion_fix

from .desk_app import DeskApp, sample_release
from .desk_helpers import settle
from .test_desk_commands import run_command

LEDE = "The Harbor Coalition will recieve the board's ruling with the tenent union on Tuesday."


def misspelt() -> Release:
    release = sample_release()
    return release.replace(body=(Paragraph(LEDE), *release.body[1:]))


def panel_lines(app: DeskApp) -> list[str]:
    options = app.panel.query_one(OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def choose(app: DeskApp, pilot: Pilot[None], label: str) -> None:
    """Arrow down the panel, as a user does, to the line that reads `label`, then enter."""
    options = app.panel.query_one(OptionList)
    options.focus()
    await pilot.pause()
    for _ in range(options.option_count + 1):
        option = options.highlighted_option
        if option is not None and label in str(option.prompt):
            await pilot.press("enter")
            await settle(app, pilot)
            return
        await pilot.press("down")
    raise AssertionError(f"no {label!r} in the panel: {panel_lines(app)}")


def lede_field(app: DeskApp) -> TextArea:
    return next(w for w in app.editor.query(TextArea) if getattr(w, "path", "") == "body[0].text")


async def test_a_misspelling_offers_its_suggestions_and_the_chosen_one_replaces_it(
    library: Library,
) -> None:
    app = DeskApp(misspelt(), library=library)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        lines = panel_lines(app)
        at = next(i for i, line in enumerate(lines) if "“recieve” is not in the dictionary" in line)
        assert "▲ warning spelling" in lines[at]
        # Its choices are the lines under it: the suggestion, then the word for the library.
        assert lines[at + 1].strip() == "→ replace with “receive”"
        assert lines[at + 2] == "   + add “recieve”\n     to the coalition's words"
        assert app.panel.highlighted_finding is None or app.panel.highlighted_finding.fix is None

        await choose(app, pilot, "replace with “receive”")
        assert app.release.body[0] == Paragraph(LEDE.replace("recieve", "receive"))
        assert not [f for f in app.findings_for("spelling") if "recieve" in f.message]
        await pilot.press("f4")  # the Story step shows the field as it now reads
        await settle(app, pilot)
        assert "will receive the board's" in lede_field(app).text
        assert app.editor.save_now()
        assert "will receive the board's" in store.load(app.editor.path).body[0].text  # type: ignore[union-attr]

        app.panel.query_one(OptionList).focus()
        await pilot.press("ctrl+z")  # one undo takes the word back
        await settle(app, pilot)
        assert app.release.body[0] == Paragraph(LEDE)
        assert "will recieve the board's" in lede_field(app).text
        assert [f for f in app.findings_for("spelling") if "recieve" in f.message]


async def test_add_to_the_coalitions_words_saves_the_word_and_its_finding_goes(
    library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    app = DeskApp(misspelt(), library=library)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        assert [f for f in app.findings_for("spelling") if "“tenent”" in f.message]
        await choose(app, pilot, "add “tenent”")
        await settle(app, pilot)
        assert not [f for f in app.findings_for("spelling") if "“tenent”" in f.message]
        assert [f for f in app.findings_for("spelling") if "“recieve”" in f.message]
        assert any("Added “tenent”" in note for note in app.notes)
        assert app.release.body[0] == Paragraph(LEDE)  # the text is left as typed
    words = (library.path / "words.txt").read_text("utf-8").splitlines()
    assert "tenent" in words
    # The same list `pressdesk library words` shows.
    capsys.readouterr()
    assert cli(["library", "words", "--library", str(library.path)]) == 0
    assert "tenent" in capsys.readouterr().out


def test_a_suggestion_is_refused_when_the_text_changed_there_since_the_check() -> None:
    checked = misspelt()
    start = LEDE.index("recieve")
    finding = Finding(
        "spelling",
        Severity.WARNING,
        "“recieve” is not in the dictionary: did you mean “receive”?",
        "body[0].text",
        start,
        start + len("recieve"),
        suggestions=("receive",),
    )
    assert named_word(finding) == "recieve"
    fixed = suggestion_fix(checked, checked, finding, "receive")
    assert fixed is not None and fixed.fix is not None
    assert (fixed.fix.start, fixed.fix.end, fixed.fix.replacement) == (start, start + 7, "receive")
    typed_since = checked.replace(body=(Paragraph("We " + LEDE), *checked.body[1:]))
    assert suggestion_fix(checked, typed_since, finding, "receive") is None
    assert suggestion_fix(checked, checked.replace(body=()), finding, "receive") is None


async def test_the_palette_offers_the_same_choices(library: Library) -> None:
    app = DeskApp(misspelt(), library=library)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        found = [command.title for command in app.editor.palette_commands()]
        assert "spell: “recieve” → “receive” (Story)" in found
        assert "spell: add “tenent” to the coalition's words" in found
        await run_command(app, pilot, "spell: “recieve” → “receive”")
        assert app.release.body[0] == Paragraph(LEDE.replace("recieve", "receive"))


async def type_keys(pilot: Pilot[None], text: str) -> None:
    await pilot.press(*[{" ": "space"}.get(ch, ch) for ch in text])


async def test_a_word_being_typed_is_not_called_misspelt_until_it_is_left(
    library: Library,
) -> None:
    """Typing "recieve", the checks see "rec", "reci"… on the way: the word the cursor is in waits
    until a space (or another field) ends it, as a word processor's spelling does."""
    app = DeskApp(sample_release(), library=library)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.press("f4")
        await settle(app, pilot)
        field = lede_field(app)
        field.focus()
        field.move_cursor(field.document.end)
        await type_keys(pilot, " They recieve")
        await settle(app, pilot)
        assert app.release.body[0].text.endswith("said. They recieve")  # type: ignore[union-attr]
        assert not [f for f in app.findings_for("spelling") if "recieve" in f.message]
        assert not [line for line in panel_lines(app) if "recieve" in line]

        await pilot.press("space")  # the word is done: now it is a misspelling
        await settle(app, pilot)
        assert [f for f in app.findings_for("spelling") if "“recieve”" in f.message]
        assert [line for line in panel_lines(app) if "“recieve” is not in the dictionary" in line]

        await type_keys(pilot, "tenent")  # the next word, left by moving to another field
        await settle(app, pilot)
        assert not [f for f in app.findings_for("spelling") if "tenent" in f.message]
        await pilot.press("tab")
        await settle(app, pilot)
        assert [f for f in app.findings_for("spelling") if "“tenent”" in f.message]

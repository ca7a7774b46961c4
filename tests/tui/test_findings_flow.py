"""Findings appear while typing, take you to the spot, fix safely, undo, and follow the profile."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Select

from pressdesk.findings import Severity
from pressdesk.model import Quote
from pressdesk.tui.checking import FindingsReady

from .desk_app import DeskApp, sample_release, to_quote
from .desk_helpers import settle


async def highlight(app: DeskApp, pilot: Pilot[None], rule: str) -> None:
    """Move through the panel with the arrow keys, as a user would, until `rule` is highlighted."""
    app.panel.query_one(OptionList).focus()
    await pilot.pause()
    for _ in range(len(app.panel.findings) + 1):
        current = app.panel.highlighted_finding
        if current is not None and current.rule == rule:
            return
        await pilot.press("down")
    raise AssertionError(f"{rule} is not in the panel: {[f.rule for f in app.panel.findings]}")


def panel_text(app: DeskApp) -> str:
    options = app.panel.query_one(OptionList)
    return "\n".join(
        str(options.get_option_at_index(i).prompt) for i in range(options.option_count)
    )


async def test_typing_an_all_caps_headline_brings_its_finding_unasked() -> None:
    app = DeskApp(sample_release().replace(headline=""))
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(app, pilot)
        assert not app.findings_for("headline-all-caps")
        await pilot.click("#headline")
        await pilot.press(*"HARBOR COALITION WELCOMES RENT BOARD VOTE")
        await settle(app, pilot)
        (found,) = app.findings_for("headline-all-caps")
        assert found.severity is Severity.WARNING  # the coalition profile's level
        assert "headline-all-caps" in panel_text(app)
        assert "the headline is in capitals" in panel_text(app)


async def test_selecting_a_finding_focuses_its_field_with_the_span_selected() -> None:
    app = DeskApp(sample_release().replace(headline="HARBOR COALITION WELCOMES RENT BOARD VOTE"))
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(app, pilot)
        await highlight(app, pilot, "headline-all-caps")
        await pilot.press("enter")
        await pilot.pause()
        assert app.steps_visited[-1] == "release"
        headline = app.query_one("#headline", Input)
        assert app.focused is headline
        assert headline.selection == (0, len("HARBOR COALITION WELCOMES RENT BOARD VOTE"))


async def test_selecting_a_finding_in_a_later_quote_paragraph_selects_it_in_the_text_area() -> None:
    release = sample_release()
    quote = release.body[1]
    assert isinstance(quote, Quote)
    two = Quote(("This vote is a start.", "Rents are  too high."), quote.speaker, approved=True)
    app = DeskApp(release.replace(body=(release.body[0], two)))
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(app, pilot)
        await highlight(app, pilot, "whitespace")
        assert app.panel.highlighted_finding is not None
        assert app.panel.highlighted_finding.field == "body[1].paragraphs[1]"
        await pilot.press("enter")
        await pilot.pause()
        area = app.quote_area()
        assert app.focused is area
        # The text area holds both paragraphs, a blank line apart: the double space is on row 2.
        assert area.selection.start == (2, len("Rents are"))
        assert area.selected_text == "  "


async def test_a_finding_whose_words_moved_as_you_typed_selects_them_where_they_are_now() -> None:
    release = sample_release()
    quote = release.body[1]
    assert isinstance(quote, Quote)
    spaced = Quote(("Rents are  too high.",), quote.speaker, approved=True)
    app = DeskApp(release.replace(body=(release.body[0], spaced)))
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(app, pilot)
        area = await to_quote(app, pilot)
        await pilot.press("ctrl+home", *["right"] * len("Rents"), "comma")
        await settle(app, pilot)
        assert app.release.body[1].paragraphs == ("Rents, are  too high.",)  # type: ignore[union-attr]
        # The panel's words are as they were; the double space is one character further on.
        await highlight(app, pilot, "whitespace")
        await pilot.press("enter")
        await pilot.pause()
        assert app.focused is area
        assert area.selection.start == (0, len("Rents, are"))
        assert area.selected_text == "  "


async def test_fixing_from_the_panel_changes_the_field_clears_the_finding_and_undoes() -> None:
    app = DeskApp(sample_release().replace(dateline="WASHINGTON, D.C."))
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(app, pilot)
        await highlight(app, pilot, "dateline-standalone-city")
        await pilot.press("f")
        await settle(app, pilot)
        assert app.query_one("#dateline", Input).value == "WASHINGTON"
        assert app.release.dateline == "WASHINGTON"
        assert not app.findings_for("dateline-standalone-city")
        # The cursor stays where the fixed finding was: on the one that took its place.
        assert app.panel.highlighted_finding is not None
        assert app.panel.highlighted_finding.rule == "word-count"

        await pilot.press("ctrl+z")  # undo the fix
        await settle(app, pilot)
        assert app.query_one("#dateline", Input).value == "WASHINGTON, D.C."
        assert app.findings_for("dateline-standalone-city")


async def test_f_on_a_finding_without_a_safe_fix_changes_nothing() -> None:
    app = DeskApp(sample_release().replace(headline="HARBOR COALITION WELCOMES RENT BOARD VOTE"))
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(app, pilot)
        await highlight(app, pilot, "headline-all-caps")
        before = app.release
        assert not app.panel.check_action("fix", ())
        await pilot.press("f")
        await settle(app, pilot)
        assert app.release == before


async def test_switching_the_profile_re_levels_the_findings() -> None:
    app = DeskApp(sample_release().replace(headline="HARBOR COALITION WELCOMES RENT BOARD VOTE"))
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(app, pilot)
        assert app.findings_for("headline-all-caps")[0].severity is Severity.WARNING
        switcher = app.panel.query_one(Select)
        switcher.focus()
        await pilot.press("enter")  # open the list: coalition, ap, wire
        await pilot.press("down", "enter")
        await settle(app, pilot)
        assert app.release.profile == "ap"
        assert app.findings_for("headline-all-caps")[0].severity is Severity.ERROR


async def test_the_panel_counts_findings_per_step() -> None:
    app = DeskApp(sample_release().replace(headline="HARBOR COALITION WELCOMES RENT BOARD VOTE"))
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(app, pilot)
        counts = app.panel.counts_by_step()
        assert counts["release"].warnings >= 1  # the capitals
        assert counts["story"].total >= 1  # Ana Ruiz has not approved her quote
        assert sum(c.total for c in counts.values()) == len(app.panel.findings)
        # The host's step list is given the same counts with every new set of findings.
        assert app.step_counts == {step: c.total for step, c in counts.items()}


async def test_a_burst_of_keystrokes_is_checked_once_after_it_stops() -> None:
    checked: list[str] = []

    def counting_check(release, setup):  # type: ignore[no-untyped-def]
        checked.append(release.headline)
        return ()

    ready: list[FindingsReady] = []
    app = DeskApp(sample_release().replace(headline=""), debounce=1.0, check=counting_check)
    async with app.run_test(
        size=(140, 36),
        message_hook=lambda m: ready.append(m) if isinstance(m, FindingsReady) else None,
    ) as pilot:
        await settle(app, pilot)
        assert checked == [""]
        await pilot.click("#headline")
        await pilot.press(*"Rent vote")
        await settle(app, pilot)
        # One check for the whole burst, of the text as it stood when typing stopped.
        assert checked == ["", "Rent vote"]
        assert {m.generation for m in ready} == {1, 10}


async def test_an_older_result_never_replaces_a_newer_one() -> None:
    app = DeskApp(check=lambda release, setup: ())
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(app, pilot)
        newer = sample_release()
        from pressdesk.findings import Finding

        fresh = (Finding("fresh", Severity.INFO, "newer", "headline"),)
        stale = (Finding("stale", Severity.INFO, "older", "headline"),)
        app.panel.show(fresh, generation=7)
        app.panel.show(stale, generation=6)
        assert [f.rule for f in app.panel.findings] == ["fresh"]
        message = FindingsReady(newer, fresh, generation=8, requested_at=0, check_seconds=0)
        assert message.can_replace(
            FindingsReady(newer, (), generation=9, requested_at=0, check_seconds=0)
        )


async def test_a_rule_that_crashes_is_reported_and_typing_goes_on() -> None:
    def broken(release, setup):  # type: ignore[no-untyped-def]
        raise RuntimeError("rule exploded")

    app = DeskApp(check=broken)
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(app, pilot)
        await pilot.click("#headline")
        await pilot.press("end", "!")
        await settle(app, pilot)
        assert app.release.headline.endswith("!")
        assert any("rule exploded" in note for note in app.notes)


async def test_a_broken_settings_file_is_said_once_and_the_defaults_apply(tmp_path: Path) -> None:
    (tmp_path / "pressdesk.toml").write_text("colour = 1\n", "utf-8")
    release = sample_release().replace(headline="HARBOR COALITION WELCOMES RENT BOARD VOTE")
    app = DeskApp(release, path=tmp_path / "release.toml")
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(app, pilot)
        await pilot.click("#headline")
        await pilot.press("end", "S")
        await settle(app, pilot)
        assert app.findings_for("headline-all-caps")
    told = [note for note in app.notes if "unknown setting 'colour'" in note]
    assert len(told) == 1
    assert "checking with the defaults" in told[0]


async def test_f7_takes_the_cursor_to_the_findings_from_any_field() -> None:
    app = DeskApp(sample_release().replace(dateline="WASHINGTON, D.C."))
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(app, pilot)
        await to_quote(app, pilot)  # a text area, which binds F7 itself
        await pilot.press("f7")
        assert app.focused is app.panel.query_one(OptionList)
        assert app.panel.highlighted_finding is not None

"""The Textual-free parts of the desk: fixes with undo, the check setup, pieces of a text area."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressdesk.findings import Finding, Fix, Severity
from pressdesk.model import set_text
from pressdesk.tui.checking import CheckSetup, check_release
from pressdesk.tui.fixing import FixError, FixHistory
from pressdesk.tui.spans import piece_starts

from .desk_app import sample_release


def dateline_finding() -> Finding:
    release = sample_release().replace(dateline="WASHINGTON, D.C.")
    (found,) = [
        f
        for f in check_release(release, CheckSetup().context(release))
        if f.rule == "dateline-standalone-city"
    ]
    return found


def test_a_fix_then_its_undo_gives_back_the_release_exactly() -> None:
    release = sample_release().replace(dateline="WASHINGTON, D.C.")
    history = FixHistory()
    fixed = history.apply(release, dateline_finding())
    assert fixed.dateline == "WASHINGTON"
    assert history.can_undo
    restored, undone = history.undo(fixed)
    assert restored == release
    assert undone.finding.rule == "dateline-standalone-city"
    assert not history.can_undo


def test_undo_keeps_what_was_typed_elsewhere_since_the_fix() -> None:
    release = sample_release().replace(dateline="WASHINGTON, D.C.")
    history = FixHistory()
    fixed = history.apply(release, dateline_finding())
    typed = fixed.replace(headline="A New Headline Typed After The Fix")
    restored, _ = history.undo(typed)
    assert restored.dateline == "WASHINGTON, D.C."
    assert restored.headline == "A New Headline Typed After The Fix"


def test_undo_refuses_when_the_fixed_field_was_edited_since() -> None:
    release = sample_release().replace(dateline="WASHINGTON, D.C.")
    history = FixHistory()
    fixed = history.apply(release, dateline_finding())
    with pytest.raises(FixError, match="edited since"):
        history.undo(set_text(fixed, "dateline", "BOSTON"))


def test_a_finding_without_a_fix_or_with_a_stale_one_is_refused_in_words() -> None:
    release = sample_release()
    history = FixHistory()
    with pytest.raises(FixError, match="no safe fix"):
        history.apply(release, Finding("headline-all-caps", Severity.WARNING, "caps", "headline"))
    stale = Finding(
        "dateline-standalone-city",
        Severity.WARNING,
        "x",
        "dateline",
        10,
        16,
        Fix("dateline", 10, 16, ""),
    )
    with pytest.raises(FixError, match="nothing to fix"):
        history.apply(release, stale)  # the dateline is BOSTON: the span no longer fits
    with pytest.raises(FixError, match="no fix to undo"):
        history.undo(release)


def test_the_profile_follows_the_cli_file_key_first_then_the_project(tmp_path: Path) -> None:
    (tmp_path / "pressdesk.toml").write_text('profile = "wire"\n', "utf-8")
    setup = CheckSetup(folder=tmp_path)
    release = sample_release()  # profile "coalition", the default
    assert setup.profile_for(release, profile_in_file=False) == "wire"
    assert setup.profile_for(release.replace(profile="ap"), profile_in_file=True) == "ap"


def test_project_settings_apply_under_the_releases_profile(tmp_path: Path) -> None:
    (tmp_path / "pressdesk.toml").write_text('[rules]\nquote-approved = "off"\n', "utf-8")
    release = sample_release()
    rules = {f.rule for f in check_release(release, CheckSetup(folder=tmp_path).context(release))}
    assert "quote-approved" not in rules
    assert "quote-approved" in {
        f.rule for f in check_release(release, CheckSetup().context(release))
    }


def test_a_broken_project_file_falls_back_to_the_defaults_and_says_why(tmp_path: Path) -> None:
    (tmp_path / "pressdesk.toml").write_text("colour = 1\n", "utf-8")
    setup = CheckSetup(folder=tmp_path)
    release = sample_release()
    assert check_release(release, setup.context(release))
    assert "unknown setting 'colour'" in setup.problem


def test_pieces_of_a_text_area_start_where_the_editor_splits_them() -> None:
    text = "First paragraph.\n\n  Second one.\n \nThird."
    starts = piece_starts(text, "paragraphs")
    assert [text[s : s + 5] for s in starts] == ["First", "Secon", "Third"]
    items = "- apples\n* pears\n\nplums"
    assert [items[s:].split("\n")[0] for s in piece_starts(items, "items")] == [
        "apples",
        "pears",
        "plums",
    ]

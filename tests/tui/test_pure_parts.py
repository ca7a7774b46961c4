"""The Textual-free parts of the editor: fixes and removals with undo, the check setup, pieces of a
text area."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressdesk.findings import Finding, Fix, Severity
from pressdesk.model import Release, set_text
from pressdesk.tui.checking import CheckSetup, check_release
from pressdesk.tui.edits import Move, Remove, SetField
from pressdesk.tui.fixing import FixError, apply_fix
from pressdesk.tui.history import CannotUndo, History, describe
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


def fixed_with_history(release: Release) -> tuple[Release, History]:
    """`release` with the dateline fix applied, remembered for undo as the editor does."""
    _fixed, applied = apply_fix(release, dateline_finding())
    edit = SetField(applied.field, applied.after)
    history = History()
    history.record("fixed dateline-standalone-city", edit, release, 1)
    return edit.apply(release), history


def test_a_fix_then_its_undo_gives_back_the_release_exactly() -> None:
    release = sample_release().replace(dateline="WASHINGTON, D.C.")
    fixed, history = fixed_with_history(release)
    assert fixed.dateline == "WASHINGTON"
    restored, undone = history.undo(fixed, 2)
    assert restored == release
    assert undone.said == "fixed dateline-standalone-city"
    assert history.newest() == -1
    again, _ = history.redo(restored, 3)
    assert again == fixed


def test_undo_keeps_what_was_typed_elsewhere_since_the_fix() -> None:
    release = sample_release().replace(dateline="WASHINGTON, D.C.")
    fixed, history = fixed_with_history(release)
    typed = fixed.replace(headline="A New Headline Typed After The Fix")
    restored, _ = history.undo(typed, 2)
    assert restored.dateline == "WASHINGTON, D.C."
    assert restored.headline == "A New Headline Typed After The Fix"


def test_undo_refuses_when_the_fixed_field_was_edited_since() -> None:
    release = sample_release().replace(dateline="WASHINGTON, D.C.")
    fixed, history = fixed_with_history(release)
    with pytest.raises(CannotUndo, match="edited since"):
        history.undo(set_text(fixed, "dateline", "BOSTON"), 2)


def test_a_finding_without_a_fix_or_with_a_stale_one_is_refused_in_words() -> None:
    release = sample_release()
    with pytest.raises(FixError, match="no safe fix"):
        apply_fix(release, Finding("headline-all-caps", Severity.WARNING, "caps", "headline"))
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
        apply_fix(release, stale)  # the dateline is BOSTON: the span no longer fits
    with pytest.raises(CannotUndo, match="nothing to take back"):
        History().undo(release, 1)


def test_a_removal_comes_back_with_its_text_and_a_move_goes_back() -> None:
    release = sample_release()
    history = History()
    removal = Remove("body", 1)
    history.record(describe(removal, release), removal, release, 1)
    removed = removal.apply(release)
    assert describe(removal, release) == "removed the quote of Ana Ruiz"
    restored, _ = history.undo(removed, 2)
    assert restored == release
    move = Move("body", 1, -1)
    history.record(describe(move, release), move, release, 3)
    moved, _ = history.undo(move.apply(release), 4)
    assert moved == release


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

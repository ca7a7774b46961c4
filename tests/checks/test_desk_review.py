"""Rules re-read against real releases (issue 15): the shapes that set off wrong findings, invented.

Each case is the shape of a finding a desk editor would not agree with, on invented organisations
and people (example.org, 555 numbers), beside the near miss the rule must keep catching.
"""

from __future__ import annotations

from checkcases import Case, closing


def said(case: Case) -> list[tuple[str, str, str | None]]:
    """What a user sees of the case's findings: level, message and the field it points at."""
    return [(f.severity.value, f.message, f.field) for f in case.findings()]


# --- whitespace on a typed text ------------------------------------------------------------------


def test_a_text_with_spaces_inside_sentences_hears_it_once_with_a_count() -> None:
    text = "Tenants  from the east side  met on  Tuesday. The board  listened."
    case = Case("scraped spacing", "whitespace", closing(text), imported=True)
    assert said(case) == [
        (
            "info",
            "4 double spaces inside sentences: import the text and `check --fix` closes them",
            "body[4].text",
        )
    ]
    assert [(f.start, f.end) for f in case.findings()] == [(7, 9)]


def test_two_spaces_after_a_full_stop_in_a_text_are_a_habit_not_a_slip() -> None:
    text = "The board meets soon.  Tenants will attend.  “We will be there.”  Doors open at 6."
    assert said(Case("typewriter spacing", "whitespace", closing(text), imported=True)) == []


def test_a_tab_after_a_bullet_and_a_web_heading_gap_are_layout() -> None:
    text = "•\tA march from the county building\u00a0 Organizers expect a crowd"
    assert said(Case("bullet and heading", "whitespace", closing(text), imported=True)) == []


def test_a_release_file_still_hears_each_double_space_with_its_fix() -> None:
    text = "The board meets soon.  Tenants  will attend."
    found = Case("release file", "whitespace", closing(text)).findings()
    assert [(f.message, f.start) for f in found] == [("a double space", 21), ("a double space", 30)]
    assert all(f.fix is not None for f in found)

"""The layout findings the importer reports itself, each with the line and column at fault."""

from __future__ import annotations

from pressdesk.findings import Severity
from pressdesk.importer import import_text

from .helpers import FIXTURES

TOP = (
    "For Immediate Release: June 9, 2026\n"
    "Media Contact: Jane Doe, jane@example.org, 202-555-0100\n"
    "Valley Coalition Welcomes New Rules\n"
)


def _found(text: str, fmt: str = "text") -> list[tuple[str, int, int, Severity]]:
    return [
        (f.rule, f.line or 0, f.column or 0, f.severity)
        for f in import_text(text, fmt=fmt).findings
    ]


def test_embargo_zone_that_contradicts_the_date() -> None:
    text = "EMBARGOED UNTIL 12:01 a.m. EST, Tuesday, June 9, 2026\n" + TOP.split("\n", 1)[1]
    text += "WASHINGTON — The coalition welcomed the rules.\n###\n"
    assert ("embargo-dst", 1, 28, Severity.ERROR) in _found(text)


def test_end_marks_of_two_styles_and_none_at_all() -> None:
    body = "WASHINGTON — The coalition welcomed the rules.\n"
    two = _found(TOP + body + "###\nValley Coalition is a group of tenants.\n-30-\n")
    assert ("end-mark-style", 7, 1, Severity.WARNING) in two
    none = _found(TOP + body)
    assert ("end-mark-present", 4, len(body), Severity.ERROR) in none


def test_body_text_after_the_end_mark() -> None:
    text = (
        TOP + "WASHINGTON — The coalition welcomed the rules.\n###\nOne more thing to say here.\n"
    )
    rules = _found(text)
    assert [r for r in rules if r[0] == "end-mark-position"][0][:2] == ("end-mark-position", 6)


def test_straight_marks_among_curly_ones() -> None:
    text = (FIXTURES / "12-new-york-mixed-marks.txt").read_text(encoding="utf-8")
    assert ("quote-marks-consistent", 10, 1, Severity.WARNING) in _found(text)


def test_stray_closing_mark_on_a_paragraph_the_quote_continues_after() -> None:
    text = TOP + (
        "WASHINGTON — The coalition welcomed the rules.\n"
        "Ana Ruiz, Director, Valley Coalition\n"
        "“The rules are a start.”\n"
        "Now the county must enforce them.”\n"
        "###\n"
    )
    found = _found(text)
    assert ("quote-continuation", 6, 24, Severity.WARNING) in found  # the ” that should go
    assert ("quote-continuation", 7, 1, Severity.ERROR) in found  # the “ that is missing
    release = import_text(text).release
    assert release.body[1].paragraphs == (  # type: ignore[union-attr]
        "The rules are a start.",
        "Now the county must enforce them.",
    )


def test_a_quote_that_never_closes_is_one_finding_and_the_text_after_stays_text() -> None:
    text = TOP + (
        "WASHINGTON — The coalition welcomed the rules.\n"
        "Ana Ruiz, Director, Valley Coalition\n"
        "“The rules are a start.\n"
        "The county meets again in May.\n"
        "###\n"
    )
    assert _found(text) == [("quote-balanced", 6, 24, Severity.WARNING)]
    body = import_text(text).release.body
    assert body[1].paragraphs == ("The rules are a start.",)  # type: ignore[union-attr]
    assert body[2].text == "The county meets again in May."  # type: ignore[union-attr]


def test_a_paragraph_that_closes_an_open_quote_continues_it() -> None:
    text = TOP + (
        "WASHINGTON — The coalition welcomed the rules.\n"
        "Ana Ruiz, Director, Valley Coalition\n"
        "“The rules are a start.\n"
        "The county must enforce them.”\n"
        "###\n"
    )
    assert ("quote-continuation", 7, 1, Severity.ERROR) in _found(text)
    body = import_text(text).release.body
    assert body[1].paragraphs == (  # type: ignore[union-attr]
        "The rules are a start.",
        "The county must enforce them.",
    )


def test_lines_between_headline_and_dateline() -> None:
    text = (
        TOP + "A first line\nA second line\nWASHINGTON — The coalition welcomed the rules.\n###\n"
    )
    result = import_text(text)
    assert result.release.subheadline == ""
    unplaced = [(f.line, f.message) for f in result.findings if f.rule == "import-unplaced"]
    assert unplaced == [
        (
            4,
            "lines 4–5: could not tell whether these are subheadlines or part of the body; "
            "kept above the lede",
        )
    ]
    assert result.release.lede is not None
    assert result.release.lede.text == "The coalition welcomed the rules."
    assert result.release.dateline == "WASHINGTON"


def test_markdown_findings_point_into_the_markdown_file() -> None:
    text = (
        "**For Immediate Release: June 9, 2026**\n\n"
        "# Valley Coalition Welcomes New Rules\n\n"
        "WASHINGTON – The coalition welcomed the rules.\n\n"
        "\\###\n"
    )
    assert ("dateline-dash", 5, 12, Severity.INFO) in _found(text, "markdown")


def test_page_markers_from_a_paged_document_are_left_out() -> None:
    text = TOP + (
        "WASHINGTON — The coalition welcomed the rules.\n"
        "Ana Ruiz, Director, Valley Coalition\n"
        "“The rules are a start.\n"
        "-more-\n"
        "“Now the county must enforce them.”\n"
        "###\n"
    )
    result = import_text(text)
    assert result.release.body[1].paragraphs == (  # type: ignore[union-attr]
        "The rules are a start.",
        "Now the county must enforce them.",
    )
    assert [(f.rule, f.line) for f in result.findings] == [("structure-more-marker", 7)]

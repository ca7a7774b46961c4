"""A release in the shape of the coalition reference statement: 29 lines, scraped emails, flaws."""

from __future__ import annotations

import re

from pressdesk.importer import import_text
from pressdesk.model import Paragraph, Quote
from pressdesk.render import render_text

from .helpers import FIXTURES

PATH = FIXTURES / "01-coalition-reference-shape.txt"
TEXT = PATH.read_text(encoding="utf-8")


def _result():  # type: ignore[no-untyped-def]
    return import_text(TEXT, fmt="text", name=PATH.name)


def test_top_of_the_release() -> None:
    release = _result().release
    assert release.line == "immediate"
    assert release.date.isoformat() == "2026-03-04"
    assert release.headline.startswith("Riverbend Coalition Statement: County Pauses")
    assert release.dateline == "WASHINGTON, D.C."
    assert [(c.name, c.email, c.phone) for c in release.contacts] == [
        ("Dana Whitfield", "[email protected]", "202-555-0143"),
        ("Marco Ruiz", "[email protected]", "202-555-0178"),
    ]


def test_body_blocks() -> None:
    release = _result().release
    lede = release.body[0]
    assert isinstance(lede, Paragraph)
    assert lede.text.startswith("In response to the county’s decision")
    quotes = [b for b in release.body if isinstance(b, Quote)]
    assert len(quotes) == 6
    speakers = [q.speaker for q in quotes]
    assert sum(s is not None for s in speakers) == 5
    assert [(s.name, s.title, s.org) for s in speakers if s is not None] == [
        ("Priya Natarajan", "Policy Director", "Tenants United"),
        ("Owen Castellano", "Deputy Director", "Fair Rent Now"),
        ("Hana Okafor", "Staff Attorney", "Valley Legal Aid"),
        ("Luis Ferreira", "Organizer", "Eastside Renters and Open Homes Project"),
        ("Grace Liang", "Campaign Manager", "Open Homes Project"),
    ]
    orphan = quotes[2]
    assert orphan.speaker is None and len(orphan.paragraphs) == 3
    # Enclosing marks go, inner marks stay.
    assert all(not p.startswith("“") and not p.endswith("”") for q in quotes for p in q.paragraphs)
    assert "He also said: “If we learn" in orphan.paragraphs[1]
    closing = release.body[-2:]
    assert all(isinstance(b, Paragraph) for b in closing)
    assert release.end_mark == "###"
    assert [b.org for b in release.boilerplate] == ["Riverbend Coalition"]


def test_layout_findings_point_at_lines() -> None:
    found = {(f.rule, f.line) for f in _result().findings}
    assert ("dateline-dash", 4) in found
    # Continuing paragraphs typed without their opening mark (AP wants one on each).
    for line in (7, 8, 11, 13, 14, 17, 18, 21, 24):
        assert ("quote-continuation", line) in found
    # The orphan: a new quote with no speaker line right after a closed one.
    assert ("quote-continuation", 12) in found
    dash = next(f for f in _result().findings if f.rule == "dateline-dash")
    assert TEXT.split("\n")[3][dash.column - 1] == "–"


def test_contact_emails_have_source_positions_for_checks() -> None:
    result = _result()
    origin = result.source["contacts[1].email"]
    line = TEXT.split("\n")[origin.line - 1]
    assert line[origin.column - 1 :].startswith("[email protected], 202-555-0178")


def _house(line: str) -> str:
    # What house style sets: curly/straight/single quote marks and the dateline dash.
    return re.sub(r"[“”‘’\"']", "", line).replace(" – ", " — ")


def test_text_export_reproduces_the_29_lines() -> None:
    exported = render_text(_result().release).rstrip("\n").split("\n")
    original = TEXT.rstrip("\n").split("\n")
    assert len(original) == 29
    assert len(exported) == 29
    assert [_house(x) for x in exported] == [_house(x) for x in original]
    # The house marks: each continuing paragraph opens with “, the dateline takes an em dash.
    assert exported[3].startswith("WASHINGTON, D.C. — In response")
    assert exported[6].startswith("“Renters should never")

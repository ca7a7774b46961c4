"""The library rules: boilerplate drift and the speaker checks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from pressdesk.checks import Context, Settings, apply_fixes, run_checks
from pressdesk.findings import Finding, Fix, Severity
from pressdesk.library import Library
from pressdesk.model import Boilerplate, Quote, Release, Speaker

WriteOrg = Callable[[str, str], Path]
LIBRARY_RULES = (
    "boilerplate-drift",
    "speaker-library-title",
    "speaker-library-org",
    "speaker-not-member",
)

COALITION = """\
name = "Harbor City Housing Coalition"
short_name = "HCHC"
kind = "coalition"
members = ["the-tenants-union", "ninos-unidos", "eastside-legal-aid"]

[boilerplate]
text = "HCHC unites 30 groups for safe, affordable homes."

[[boilerplate.earlier]]
replaced = 2026-03-01
text = "HCHC unites 25 groups for homes."

[[boilerplate.earlier]]
replaced = 2025-02-01
text = "HCHC unites 12 groups."
"""
TENANTS = """\
name = "The Tenants' Union"

[[people]]
name = "Jane Doe"
title = "Executive Director"
"""


@pytest.fixture
def library(write_org: WriteOrg, library_dir: Path) -> Library:
    write_org("harbor-city-housing-coalition", COALITION)
    write_org("the-tenants-union", TENANTS)
    write_org(
        "ninos-unidos",
        'name = "Niños Unidos"\n\n[[people]]\nname = "Luis Peña"\ntitle = "Organizer"\n',
    )
    write_org(
        "grace-church", 'name = "Grace Church"\n\n[[people]]\nname = "Kim Park"\ntitle = "Pastor"\n'
    )
    return Library.open(library_dir)


def _findings(release: Release, library: Library | None) -> list[Finding]:
    ctx = Context(
        settings=Settings.for_profile("coalition"), today=date(2026, 11, 24), library=library
    )
    return [f for f in run_checks(release, ctx) if f.rule in LIBRARY_RULES]


def _release(
    *quotes: Quote,
    text: str = "HCHC unites 30 groups for safe, affordable homes.",
    slug: str = "harbor-city-housing-coalition",
) -> Release:
    return Release(
        date=date(2026, 11, 24),
        headline="HCHC Statement: Council Passes Rent Freeze",
        body=quotes,
        boilerplate=(Boilerplate("Harbor City Housing Coalition", text, library=slug),),
    )


def test_current_boilerplate_is_clean(library: Library) -> None:
    quote = Quote(("q",), Speaker("Jane Doe", "Executive Director", "Tenants Union"))
    assert _findings(_release(quote), library) == []


def test_no_library_no_findings() -> None:
    assert _findings(_release(text="Something else."), None) == []


def test_drift_against_an_earlier_version(library: Library) -> None:
    old = "HCHC unites 25 groups for homes."
    findings = _findings(_release(text=old), library)
    assert findings == [
        Finding(
            "boilerplate-drift",
            Severity.INFO,
            "this is the 2025 boilerplate of HCHC; it was replaced on 2026-03-01 (the fix brings in the current one)",
            field="boilerplate[0].text",
            start=0,
            end=len(old),
            fix=Fix(
                "boilerplate[0].text",
                0,
                len(old),
                "HCHC unites 30 groups for safe, affordable homes.",
            ),
        )
    ]
    fixed, applied = apply_fixes(_release(text=old), findings)
    assert applied == findings
    assert fixed.boilerplate[0].text == "HCHC unites 30 groups for safe, affordable homes."
    assert _findings(fixed, library) == []


def test_drift_against_the_oldest_version_has_no_year(library: Library) -> None:
    [finding] = _findings(_release(text="HCHC unites 12 groups."), library)
    assert finding.message.startswith(
        "this is an earlier boilerplate of HCHC; it was replaced on 2025-02-01"
    )


def test_drift_from_an_edited_text(library: Library) -> None:
    [finding] = _findings(
        _release(text="HCHC unites 31 groups for safe, affordable homes."), library
    )
    assert finding.message == "this boilerplate differs from HCHC's current one in the library"
    assert finding.fix is not None


def test_drift_found_by_organisation_name_without_a_slug(library: Library) -> None:
    [finding] = _findings(_release(text="HCHC unites 12 groups.", slug=""), library)
    assert finding.rule == "boilerplate-drift"


def test_spacing_and_quote_styles_are_not_drift(library: Library) -> None:
    assert (
        _findings(_release(text="HCHC  unites 30 groups for safe,\naffordable homes."), library)
        == []
    )


def test_a_broken_library_file_is_reported_when_a_block_needs_it(
    library: Library, write_org: WriteOrg, library_dir: Path
) -> None:
    path = write_org("harbor-city-housing-coalition", COALITION + "founded = 1990\n")
    findings = _findings(_release(), Library.open(library_dir))
    assert [(f.rule, f.severity, f.field) for f in findings] == [
        ("boilerplate-drift", Severity.INFO, "boilerplate[0].text")
    ]
    assert f"cannot compare with the library: {path}:" in findings[0].message


def test_speaker_title_differs(library: Library) -> None:
    quote = Quote(("q",), Speaker("jane doe", "Director", "The Tenants' Union"))
    [finding] = _findings(_release(quote), library)
    assert finding == Finding(
        "speaker-library-title",
        Severity.WARNING,
        "the library has Jane Doe as 'Executive Director' at The Tenants' Union (here: 'Director')",
        field="body[0].speaker.title",
        start=0,
        end=8,
    )


def test_speaker_organisation_differs(library: Library) -> None:
    quote = Quote(("q",), Speaker("Luis Peña", "Organizer", "Eastside Legal Aid"))
    assert [(f.rule, f.message, f.field) for f in _findings(_release(quote), library)] == [
        (
            "speaker-library-org",
            "the library has Luis Peña at Niños Unidos (here: 'Eastside Legal Aid')",
            "body[0].speaker.org",
        )
    ]


def test_speaker_from_an_organisation_the_coalition_does_not_list(library: Library) -> None:
    quotes = (
        Quote(("q",), Speaker("Kim Park", "Pastor", "Grace Church")),
        Quote(("q",), Speaker("Ana Ruiz", "Organizer", "Ninos Unidos and Riverside Watch")),
        Quote(("q",), Speaker("Amy Li", "Director", "Eastside Legal Aid")),  # listed; file missing
        Quote(("q",), Speaker("Rosa Delgado", "Chair", "HCHC")),  # the coalition itself
    )
    assert [(f.rule, f.message, f.field) for f in _findings(_release(*quotes), library)] == [
        (
            "speaker-not-member",
            "Grace Church is not among HCHC's members in the library",
            "body[0].speaker.org",
        )
    ]


def test_member_check_needs_a_library_coalition(library: Library) -> None:
    release = _release(Quote(("q",), Speaker("Kim Park", "Pastor", "Grace Church"))).replace(
        boilerplate=(
            Boilerplate("Grace Church", "Grace Church serves Harbor City.", library="grace-church"),
        )
    )
    assert _findings(release, library) == []


def test_a_renamed_library_file_is_still_found_by_name(library: Library) -> None:
    [finding] = _findings(_release(text="HCHC unites 12 groups.", slug="old-slug"), library)
    assert finding.rule == "boilerplate-drift"


def test_placeholder_speakers_are_left_to_placeholder_left(library: Library) -> None:
    quotes = (
        Quote(("q",), Speaker("[FULL NAME]", "[TITLE]", "[MEMBER GROUP A]")),
        Quote(("q",), Speaker("Jane Doe", "[TITLE]", "The Tenants' Union")),
    )
    assert _findings(_release(*quotes), library) == []

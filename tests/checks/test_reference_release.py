"""A coalition statement with the flaws of a real scraped release: each is found at the right place,
and `fix_all` repairs what it safely can without changing a word."""

from __future__ import annotations

import re
from datetime import date

from checkcases import TODAY

from pressdesk.ap import AP_MONTH_ABBR
from pressdesk.checks import Context, Settings, apply_fixes, fix_all, run_checks
from pressdesk.model import (
    Boilerplate,
    Contact,
    Paragraph,
    Quote,
    Release,
    Speaker,
    get_text,
    text_fields,
)

FILLER = (
    "The county has spent years promising renters relief, and the members of this coalition "
    "have documented how each delay pushes more families toward eviction and debt. "
)


def flawed_release() -> Release:
    """Invented groups and people; the layout and the flaws follow the scraped statement."""
    speaker = Speaker("Nia Brooks", "Campaign Director", "Housing Justice Now")
    return Release(
        date=TODAY,
        headline="Tenant Alliance Statement: County Temporarily Halts Rent Relief Program",
        dateline="WASHINGTON, D.C.",
        contacts=(
            Contact("Lena Park", "[email protected]", "(207) 555-0142"),
            Contact("Omar Haddad", "[email protected]", "347.555.0190"),
        ),
        body=(
            Paragraph(
                "In response to the county's pledge to pause its rent relief program, the Tenant "
                "Alliance released the following statements from member groups Housing Justice Now, "
                "Renters Rising, Barrio Unido and Fair Homes Project:"
            ),
            Quote(
                (
                    "Housing Justice Now has fought this for years. " + FILLER * 6,
                    "Their “solidarity” posts and a one-year pause are not going to change that. "
                    + FILLER * 6,
                ),
                speaker,
                approved=True,
            ),
            Quote(
                (
                    "Nothing in this statement about whether: 2) the county will stop filing "
                    "evictions; 2) the sheriff will stop lockouts; 3) no commitment on fees. "
                    "Let's hold off celebrating just yet.",
                    FILLER * 5,
                ),
                None,
            ),
            Quote(
                (FILLER * 6,), Speaker("Tom Reyes", "Organizer", "Renters Rising"), approved=True
            ),
            Quote(
                (FILLER * 6,),
                Speaker("Ada Cruz", "Policy Lead", "Fair Homes Project"),
                approved=True,
            ),
            Paragraph(FILLER * 8),
        ),
        boilerplate=(
            Boilerplate(
                "Tenant Alliance",
                "The Tenant Alliance is a force of renters and organizers in 50+ groups.",
            ),
        ),
    )


def ctx(**kw: object) -> Context:
    return Context(Settings(), TODAY, **kw)  # type: ignore[arg-type]


def spans(findings: list, rule: str) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    r = flawed_release()
    return [
        (f.field, get_text(r, f.field)[f.start : f.end] if f.start is not None else "")
        for f in findings
        if f.rule == rule
    ]


def test_each_flaw_is_found_at_its_field_and_span() -> None:
    found = run_checks(flawed_release(), ctx())
    assert spans(found, "contact-email-valid") == [
        ("contacts[0].email", "[email protected]"),
        ("contacts[1].email", "[email protected]"),
    ]
    assert spans(found, "quote-attributed") == [
        ("body[2].paragraphs[0]", get_text(flawed_release(), "body[2].paragraphs[0]"))
    ]
    assert spans(found, "lede-members-quoted") == [("body[0].text", "Barrio Unido")]
    assert ("body[2].paragraphs[0]", "2)") in spans(found, "list-numbering")
    repeat = next(f for f in found if f.rule == "list-numbering" and "repeats" in f.message)
    text = get_text(flawed_release(), "body[2].paragraphs[0]")
    assert repeat.start == text.index("2) the sheriff")
    assert spans(found, "quote-nested") == [("body[1].paragraphs[1]", "“solidarity”")]
    assert spans(found, "dateline-standalone-city") == [("dateline", ", D.C.")]
    assert [f.field for f in found if f.rule == "word-count"] == ["body"]
    assert "over 800" in next(f.message for f in found if f.rule == "word-count")
    assert {f.field for f in found if f.rule == "contact-phone-format"} == {
        "contacts[0].phone",
        "contacts[1].phone",
    }


def _words(release: Release) -> list[str]:
    """Every word a reader reads, ignoring punctuation, quote marks, case and AP's month forms."""
    short = {abbr.rstrip(".").lower(): name.lower() for name, abbr in AP_MONTH_ABBR.items()}
    out: list[str] = []
    for path, text in text_fields(release):
        if path == "dateline":
            text = text.split(",")[0]  # the stand-alone-city fix drops the state, by design
        for w in re.findall(r"[^\W_]+", text.lower()):
            w = re.sub(r"^(\d+)(?:st|nd|rd|th)$", r"\1", w)
            out.append(short.get(w, w))
    return out


def test_fix_all_repairs_the_safe_flaws_and_keeps_every_word() -> None:
    before = flawed_release()
    fixed, applied = fix_all(before, ctx())
    assert {f.rule for f in applied} >= {
        "contact-phone-format",
        "quote-nested",
        "dateline-standalone-city",
    }
    again = run_checks(fixed, ctx())
    for f in applied:
        assert not any(g.rule == f.rule and g.field == f.field for g in again), f
    assert fixed.dateline == "WASHINGTON"
    assert [c.phone for c in fixed.contacts] == ["207-555-0142", "347-555-0190"]
    assert "‘solidarity’" in get_text(fixed, "body[1].paragraphs[1]")
    assert _words(fixed) == _words(before)


def test_fixes_that_touch_one_field_apply_right_to_left() -> None:
    release = flawed_release().replace(headline="Rally on Sept 4th  at 9:00 AM")
    found = [f for f in run_checks(release, ctx()) if f.field == "headline" and f.fix]
    fixed, applied = apply_fixes(release, found)
    assert fixed.headline == "Rally on Sept. 4 at 9 a.m."
    assert len(applied) == 4


def test_overlapping_fixes_wait_for_the_next_round() -> None:
    release = flawed_release()
    text = get_text(release, "body[1].paragraphs[1]")
    from pressdesk.findings import Finding, Fix, Severity

    a = Finding(
        "x",
        Severity.INFO,
        "a",
        "body[1].paragraphs[1]",
        0,
        5,
        Fix("body[1].paragraphs[1]", 0, 5, "THEIR"),
    )
    b = Finding(
        "y",
        Severity.INFO,
        "b",
        "body[1].paragraphs[1]",
        3,
        8,
        Fix("body[1].paragraphs[1]", 3, 8, "zzzzz"),
    )
    fixed, applied = apply_fixes(release, [b, a])
    assert applied == [a]
    assert get_text(fixed, "body[1].paragraphs[1]") == "THEIR" + text[5:]


def test_final_makes_unapproved_quotes_and_placeholders_errors() -> None:
    release = flawed_release().replace(subheadline="TK")
    final = run_checks(release, ctx(final=True))
    assert {
        f.severity.value for f in final if f.rule in ("quote-approved", "placeholder-left")
    } == {"error"}


def test_findings_come_in_reading_order() -> None:
    found = run_checks(flawed_release(), ctx())
    fields = [f.field for f in found]
    assert fields.index("contacts[0].email") < fields.index("headline") < fields.index("dateline")
    assert (
        fields.index("dateline")
        < fields.index("body[0].text")
        < fields.index("body[2].paragraphs[0]")
    )


def test_old_release_date_is_reported() -> None:
    release = flawed_release().replace(date=date(2020, 6, 11))
    assert [f.field for f in run_checks(release, ctx()) if f.rule == "date-year-sanity"] == ["date"]

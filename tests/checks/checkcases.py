"""A clean coalition statement to plant defects in, and a `run` helper for the rule tests."""

from __future__ import annotations

from datetime import date

from pressdesk.checks import Context, Settings, run_checks
from pressdesk.findings import Finding
from pressdesk.model import Boilerplate, Contact, Paragraph, Quote, Release, Speaker

TODAY = date(2026, 11, 24)

LEDE = (
    "In response to the county's decision to pause its rent relief program, the Riverside "
    "Housing Coalition released the following statements from member groups Tenants United, "
    "Fair Rent Now and the Valley Legal Aid Society:"
)
CLOSING = (
    "The county program paid back rent for more than 4,000 households last year, according to "
    "figures the county published in October. Member groups say the pause leaves families in "
    "the middle of applications with no answer and no clear date for one. Tenant organizers "
    "plan to attend the board's next public meeting on Dec. 8 at 9 a.m. to ask supervisors to "
    "restore the program before the winter holidays."
)
CLOSING_2 = (
    "The coalition has asked the county to publish the number of pending applications, the "
    "amount of money left in the fund and the date on which staff expect to resume payments. "
    "Legal aid lawyers say eviction filings in the county rose for the third month in a row."
)


def quote_paragraphs(org: str) -> tuple[str, ...]:
    return (
        f"Families at {org} have waited months for help that the county promised them. Pausing "
        "the program now, with winter coming, means more evictions and more children changing "
        "schools in the middle of the year.",
        "The county has the money to keep this program running. What it needs is the will to "
        "spend it on the people it was meant for, and the board should restore it at once.",
    )


def clean_release(**changes: object) -> Release:
    """A statement that passes every rule in every profile (today is 2026-11-24)."""
    release = Release(
        date=TODAY,
        headline="Riverside Coalition Responds to County Rent Relief Pause",
        dateline="RIVERSIDE, Calif.",
        contacts=(
            Contact(
                "Dana Whitfield", "dana@example.org", "202-555-0143", "Riverside Housing Coalition"
            ),
            Contact("Marco Ruiz", "marco@example.org", "202-555-0178", "Tenants United"),
        ),
        body=(
            Paragraph(LEDE),
            Quote(
                quote_paragraphs("Tenants United"),
                Speaker("Ana Lopez", "Director", "Tenants United"),
                approved=True,
            ),
            Quote(
                quote_paragraphs("Fair Rent Now"),
                Speaker("Sam Okafor", "Organizer", "Fair Rent Now"),
                approved=True,
            ),
            Quote(
                quote_paragraphs("Valley Legal Aid"),
                Speaker("Ruth Chen", "Staff Attorney", "Valley Legal Aid Society"),
                approved=True,
            ),
            Paragraph(CLOSING),
            Paragraph(CLOSING_2),
        ),
        boilerplate=(
            Boilerplate(
                "Riverside Housing Coalition",
                "The Riverside Housing Coalition is an alliance of 40 tenant, legal aid and faith "
                "groups working for safe, affordable homes across Riverside County.",
            ),
        ),
    )
    return release.replace(**changes)


def run(
    release: Release,
    profile: str = "coalition",
    *,
    final: bool = False,
    settings: Settings | None = None,
) -> list[Finding]:
    s = (settings or Settings()).with_profile(profile)
    return run_checks(release, Context(s, TODAY, final))

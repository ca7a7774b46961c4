"""A clean coalition statement to plant defects in, and a `run` helper for the rule tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta, timezone

from pressdesk.checks import Context, Settings, run_checks
from pressdesk.findings import Finding
from pressdesk.library import Library
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
    imported: bool = False,
    guessed: frozenset[str] = frozenset(),
    library: Library | None = None,
) -> list[Finding]:
    s = (settings or Settings()).with_profile(profile)
    ctx = Context(s, TODAY, final, library, imported=imported, guessed=guessed)
    return run_checks(release, ctx)


EDT = timezone(timedelta(hours=-4))
EST = timezone(timedelta(hours=-5))


def lede(text: str, **changes: object) -> Release:
    r = clean_release(**changes)
    return r.replace(body=(Paragraph(text),) + r.body[1:])


def closing(text: str, **changes: object) -> Release:
    """The release with its first closing paragraph (body[4]) replaced."""
    r = clean_release(**changes)
    return r.replace(body=r.body[:4] + (Paragraph(text),) + r.body[5:])


def quote_text(*paragraphs: str, **changes: object) -> Release:
    """The release with the first quote block's paragraphs replaced."""
    r = clean_release(**changes)
    q = r.body[1]
    assert isinstance(q, Quote)
    return r.replace(body=(r.body[0], Quote(paragraphs, q.speaker, approved=True)) + r.body[2:])


def block(index: int, new: object, **changes: object) -> Release:
    r = clean_release(**changes)
    body = list(r.body)
    body[index] = new  # type: ignore[call-overload]
    return r.replace(body=tuple(body))


def contact(**fields: str) -> Release:
    r = clean_release()
    first = Contact(
        **{
            "name": "Dana Whitfield",
            "email": "dana@example.org",
            "phone": "202-555-0143",
            "org": "Riverside Housing Coalition",
            **fields,
        }
    )
    return r.replace(contacts=(first,) + r.contacts[1:])


@dataclass
class Case:
    id: str
    rule: str
    release: Release
    field: str | None = None  # the field it must point at (None: must not fire)
    span: str | None = None  # the text of the span it must point at
    severity: str | None = None
    profile: str = "coalition"
    final: bool = False
    profiles: tuple[str, ...] = ("coalition", "ap", "wire")  # near misses: where it must stay quiet
    imported: bool = False  # read from a typed text, as `check release.txt` does
    guessed: frozenset[str] = frozenset()  # fields the importer guessed
    library: Library | None = None

    def findings(self, profile: str | None = None) -> list[Finding]:
        """This case's findings of its rule, in `profile` (default: the case's own)."""
        found = run(
            self.release,
            profile or self.profile,
            final=self.final,
            imported=self.imported,
            guessed=self.guessed,
            library=self.library,
        )
        return [f for f in found if f.rule == self.rule]

"""Cases for the rules that read the library, with a library held in memory (rules do no I/O)."""

from __future__ import annotations

from pathlib import Path

from checkcases import Case, clean_release

from pressdesk.library import Library, Organisation, Person
from pressdesk.model import Boilerplate, Quote, Speaker

COALITION = Organisation(
    "riverside-housing-coalition",
    "Riverside Housing Coalition",
    kind="coalition",
    boilerplate="The coalition unites 40 groups for safe, affordable homes.",
    members=("tenants-united",),
)
TENANTS = Organisation(
    "tenants-united", "Tenants United", people=(Person("Ana Lopez", "Director"),)
)
LIBRARY = Library(Path("library"), {o.slug: o for o in (COALITION, TENANTS)}, {})


def with_library(*quotes: Quote, text: str = COALITION.boilerplate) -> Case:
    release = clean_release(
        body=quotes,
        boilerplate=(Boilerplate(COALITION.name, text, library=COALITION.slug),),
    )
    return Case("", "", release, library=LIBRARY)


def case(id: str, rule: str, base: Case, field: str | None = None) -> Case:
    return Case(id, rule, base.release, field, library=base.library)


def _quote(name: str, title: str, org: str) -> Quote:
    return Quote(("Families need the fund.",), Speaker(name, title, org), approved=True)


FIRES = [
    case(
        "an edited boilerplate",
        "boilerplate-drift",
        with_library(text="The coalition unites 12 groups."),
        "boilerplate[0].text",
    ),
    case(
        "a title that differs",
        "speaker-library-title",
        with_library(_quote("Ana Lopez", "Organizer", "Tenants United")),
        "body[0].speaker.title",
    ),
    case(
        "an organisation that differs",
        "speaker-library-org",
        with_library(_quote("Ana Lopez", "Director", "Fair Rent Now")),
        "body[0].speaker.org",
    ),
    case(
        "a speaker from outside the coalition",
        "speaker-not-member",
        with_library(_quote("Kim Park", "Pastor", "Grace Church")),
        "body[0].speaker.org",
    ),
]

NEAR_MISSES = [
    case("the library's boilerplate", "boilerplate-drift", with_library()),
    case(
        "the saved title",
        "speaker-library-title",
        with_library(_quote("Ana Lopez", "Director", "Tenants United")),
    ),
    case(
        "the saved organisation",
        "speaker-library-org",
        with_library(_quote("Ana Lopez", "Director", "Tenants United")),
    ),
    case(
        "a member's speaker",
        "speaker-not-member",
        with_library(_quote("Ana Lopez", "Director", "Tenants United")),
    ),
]

"""Releases built in code for the export tests: invented organisations, people and words.

Imported by name (`from render_samples import statement`): `conftest.py` puts this folder on
sys.path. The name is unique across the suite on purpose.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from pressdesk.model import Boilerplate, Contact, Paragraph, Quote, Release, Speaker

EDT = timezone(timedelta(hours=-4))


def statement() -> Release:
    """The reference release's shape: a lede, six quote blocks (one with no speaker), two closing
    paragraphs and one boilerplate between two end marks, with invented words throughout."""

    def speaker(name: str, title: str, org: str) -> Speaker:
        return Speaker(name, title, org)

    return Release(
        date=date(2026, 9, 4),
        headline="Harbor Coalition Statement: Port Authority Pauses Tenant Evictions",
        dateline="BALTIMORE",
        contacts=(
            Contact("Dana Whitfield", "dana@example.org", "202-555-0143"),
            Contact("Marco Ruiz", "marco@example.org", "202-555-0178"),
        ),
        body=(
            Paragraph(
                "In response to the Port Authority's decision to pause evictions, the Harbor "
                "Coalition released the following statements from member groups Tenants United, "
                "Dockside Neighbors, Fair Rent Now, Bay Legal Aid and Green Streets:"
            ),
            Quote(
                (
                    "Tenants United has fought for this pause for two years.",
                    "But a pause is not a promise, and families need a promise.",
                    "We will keep organizing until the policy is permanent.",
                ),
                speaker("Ana Lee", "Executive Director", "Tenants United"),
            ),
            Quote(
                (
                    "We're glad the board listened -- finally.",
                    "Now it must publish every eviction filed since March.",
                ),
                speaker("Bo Kim", "Lead Organizer", "Dockside Neighbors"),
            ),
            Quote(
                (
                    'Nobody told us the "review" would take a year.',
                    "The board owes residents an explanation.",
                    "Until then, this is a pause and nothing more.",
                ),
            ),
            Quote(
                (
                    "Rents at the port rose by a third in five years.",
                    "A pause does nothing about that.",
                    "We need a cap, not a press conference.",
                ),
                speaker("Cleo Park", "Campaign Manager", "Fair Rent Now"),
            ),
            Quote(
                (
                    "Our clinic saw 400 eviction cases last winter.",
                    "Each one was a family that did everything right.",
                ),
                speaker("Dev Rao", "Staff Attorney", "Bay Legal Aid"),
            ),
            Quote(
                (
                    "Green streets need people living on them.",
                    "Keep the neighbors in their homes.",
                ),
                speaker("Eli Stone", "Director", "Green Streets"),
            ),
            Paragraph("The Port Authority board meets again on Oct. 6 to vote on the policy."),
            Paragraph("The coalition will hold a tenants' meeting before the vote."),
        ),
        boilerplate=(
            Boilerplate(
                "Harbor Coalition",
                "The Harbor Coalition is an alliance of 30 tenant, legal aid and neighborhood "
                "groups working for safe, affordable homes around the Port of Baltimore.",
            ),
        ),
    )


def embargoed() -> Release:
    return statement().replace(
        line="embargoed",
        embargo=datetime(2026, 6, 9, 0, 1, tzinfo=EDT),
        zone="America/New_York",
        date=date(2026, 6, 9),
    )

"""A statement issued by an organisation, not a person, is attributed to the organisation."""

from __future__ import annotations

from checkcases import clean_release, run

from pressdesk.model import Quote, Release, Speaker

STATEMENT = "We stand with every tenant facing eviction this winter."


def with_organisation_statement(approved: bool = True) -> Release:
    release = clean_release()
    quote = Quote((STATEMENT,), Speaker("", org="Eastside Faith Network"), approved=approved)
    return release.replace(body=(*release.body[:4], quote, *release.body[4:]))


def test_an_organisation_statement_is_not_an_orphan_quote() -> None:
    found = run(with_organisation_statement())
    assert [f for f in found if f.rule in ("quote-attributed", "speaker-header-format")] == []


def test_an_unapproved_organisation_statement_names_the_organisation() -> None:
    found = [
        f for f in run(with_organisation_statement(approved=False)) if f.rule == "quote-approved"
    ]
    assert [(f.message, f.field) for f in found] == [
        ("Eastside Faith Network has not approved this quote", "body[4].speaker.org")
    ]


def test_an_organisation_with_no_statement_is_reported_at_its_name() -> None:
    release = clean_release()
    empty = Quote((), Speaker("", org="Eastside Faith Network"), approved=True)
    release = release.replace(body=(*release.body, empty))
    found = [f for f in run(release) if f.rule == "speaker-has-quote"]
    assert [(f.message, f.field, f.start, f.end) for f in found] == [
        ("Eastside Faith Network has no quote", f"body[{len(release.body) - 1}].speaker.org", 0, 22)
    ]

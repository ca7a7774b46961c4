"""The library at hand in the editor: what the pickers offer, and saving what was typed back to it.

Textual-free. Saving goes through the library's own `save_from` (loose matching, no duplicates,
the library's lock), fed a one-item release, with `update` on: the staffer asked for this save.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pressdesk.library import Library, Organisation, Person, SaveReport, save_from
from pressdesk.model import Boilerplate, Contact, Quote, Release, Speaker

# --- reading the library --------------------------------------------------------------------


def coalition_of(library: Library, release: Release | None = None) -> Organisation | None:
    """The coalition the release speaks for: its first library boilerplate's, else the only one."""
    coalitions = [org for org in library.orgs.values() if org.kind == "coalition"]
    if release is not None:
        for block in release.boilerplate:
            org = library.orgs.get(block.library) or library.match(block.org)
            if org is not None and org.kind == "coalition":
                return org
    return coalitions[0] if len(coalitions) == 1 else None


def organisations_in_order(library: Library, coalition: Organisation | None) -> list[Organisation]:
    """The coalition first, then its members in its order, then every other organisation by name."""
    first: list[Organisation] = []
    if coalition is not None:
        first = [coalition, *library.members_of(coalition)]
    seen = {org.slug for org in first}
    rest = sorted(
        (org for org in library.orgs.values() if org.slug not in seen),
        key=lambda org: org.name.casefold(),
    )
    return first + rest


def contact_from(org: Organisation, person: Person) -> Contact:
    """A release's media contact for a saved person."""
    return Contact(
        name=person.name, email=person.email, phone=person.phone, org=org.name, title=person.title
    )


def speaker_from(org: Organisation, person: Person) -> Speaker:
    """A quote's speaker for a saved spokesperson: name, title and organisation filled in."""
    return Speaker(name=person.name, title=person.title, org=org.name)


def boilerplate_from(org: Organisation) -> Boilerplate:
    """The organisation's current boilerplate, remembering where it came from (for drift checks)."""
    return Boilerplate(
        org=org.name, text=org.boilerplate, heading=org.boilerplate_heading, library=org.slug
    )


def organisation_names(library: Library) -> list[str]:
    """Every organisation's name and short name, for suggestions."""
    names: list[str] = []
    for org in library.orgs.values():
        names.append(org.name)
        if org.short_name:
            names.append(org.short_name)
    return names


def people_names(library: Library, org_name: str = "") -> list[str]:
    """Every saved person's name, or only those of the organisation `org_name` names."""
    org = library.match(org_name) if org_name.strip() else None
    orgs = [org] if org is not None else list(library.orgs.values())
    return [person.name for o in orgs for person in o.people]


# --- saving what was typed ------------------------------------------------------------------


def _just(today: date, **parts: object) -> Release:
    # save_from harvests from a release; this one carries only the thing being saved.
    return Release(date=today, headline="", **parts)  # type: ignore[arg-type]


def save_speaker(
    folder: Path, speaker: Speaker, *, today: date, dry_run: bool = False
) -> SaveReport:
    """Save a quote's speaker as a person of their organisation (created if new)."""
    if not speaker.name.strip() or not speaker.org.strip():
        raise ValueError("a speaker needs a name and an organisation to be saved")
    release = _just(today, body=(Quote(("",), speaker),))
    return save_from(folder, release, today=today, update=True, dry_run=dry_run)


def save_contact(
    folder: Path, contact: Contact, *, today: date, dry_run: bool = False
) -> SaveReport:
    """Save a media contact as a person (marked media contact) of their organisation."""
    if not contact.name.strip() or not contact.org.strip():
        raise ValueError("a contact needs a name and an organisation to be saved")
    release = _just(today, contacts=(contact,))
    return save_from(folder, release, today=today, update=True, dry_run=dry_run)


def save_boilerplate(
    folder: Path, boilerplate: Boilerplate, *, today: date, dry_run: bool = False
) -> tuple[SaveReport, Boilerplate]:
    """Make this the organisation's current boilerplate (the old one is kept as an earlier version).

    Returns the report and the block with `library` set to the organisation's slug.
    """
    if not boilerplate.org.strip() or not boilerplate.text.strip():
        raise ValueError("a boilerplate needs an organisation and its text to be saved")
    release = _just(today, boilerplate=(boilerplate,))
    report = save_from(folder, release, today=today, update=True, dry_run=dry_run)
    org = Library.open(folder).match(boilerplate.org)
    slug = org.slug if org is not None else boilerplate.library
    return report, Boilerplate(boilerplate.org, boilerplate.text, boilerplate.heading, slug)


def save_organisation(folder: Path, name: str, *, today: date, dry_run: bool = False) -> SaveReport:
    """Save an organisation by name alone (nothing happens if the library knows it already)."""
    if not name.strip():
        raise ValueError("an organisation needs a name to be saved")
    release = _just(today, boilerplate=(Boilerplate(org=name.strip(), text=""),))
    return save_from(folder, release, today=today, update=True, dry_run=dry_run)


def report_lines(report: SaveReport) -> list[str]:
    """What a save did, for the staffer: the lines added and left alone, or 'nothing new'."""
    lines = [*report.added, *report.kept]
    return lines or ["The library already had all of this."]

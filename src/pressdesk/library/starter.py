"""`pressdesk new FILE --coalition ORG`: a starter release filled in from the coalition's library file."""

from __future__ import annotations

from pressdesk.library.folder import Library
from pressdesk.library.orgs import Organisation
from pressdesk.model import Block, Boilerplate, Contact, Paragraph, Release


def start_release(base: Release, library: Library, coalition: str) -> Release:
    """`base` (a starter template) with the coalition's media contacts, boilerplate and members.

    The coalition is found by slug or loosely by name; a missing or malformed file raises a
    one-line `PressdeskError`. The members are put at hand in the lede, inside an `[ADD …]`
    placeholder the staffer trims to the groups actually quoted (`placeholder-left` keeps it from
    going out unedited).
    """
    org = library.lookup(coalition)
    contacts = tuple(
        Contact(name=p.name, email=p.email, phone=p.phone, org=org.name, title=p.title)
        for p in org.media_contacts
    )
    return base.replace(
        contacts=contacts or base.contacts,
        boilerplate=_boilerplate(base, org),
        body=_with_lede(base, members_lede(org, library)),
    )


def members_lede(org: Organisation, library: Library) -> str:
    """A lede naming the coalition and, in a placeholder, the members to choose from."""
    names = [m.name for m in library.members_of(org)]
    if not names:
        return f"[ADD what happened], {org.name} said:"
    return (
        f"[ADD what happened], {org.name} released the following statements from member groups "
        f"[ADD the members quoted, from: {join_names(names)}]:"
    )


def join_names(names: list[str]) -> str:
    """A, B and C (AP style: no serial comma)."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _boilerplate(base: Release, org: Organisation) -> tuple[Boilerplate, ...]:
    if org.boilerplate:
        block = Boilerplate(
            org=org.name, text=org.boilerplate, heading=org.boilerplate_heading, library=org.slug
        )
        return (block,)
    if base.boilerplate:  # nothing saved yet: keep the template's placeholder, under the right name
        first = base.boilerplate[0]
        return (
            Boilerplate(org=org.name, text=first.text, heading=first.heading),
            *base.boilerplate[1:],
        )
    return ()


def _with_lede(base: Release, text: str) -> tuple[Block, ...]:
    body: list[Block] = list(base.body)
    for i, block in enumerate(body):
        if isinstance(block, Paragraph):
            body[i] = Paragraph(text)
            return tuple(body)
    return (Paragraph(text), *body)

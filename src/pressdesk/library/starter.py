"""`pressdesk new FILE --coalition ORG`: a starter release filled in from the coalition's library file."""

from __future__ import annotations

from pressdesk.library.folder import Library
from pressdesk.library.orgs import Organisation
from pressdesk.model import Block, Boilerplate, Contact, Paragraph, Release, set_text, text_fields

# The starters' stand-in for the coalition's name ("[COALITION] Statement: …").
COALITION_TOKEN = "[COALITION]"


def start_release(base: Release, library: Library, coalition: str) -> Release:
    """`base` (a starter template) with the coalition's media contacts, boilerplate and members.

    The coalition is found by slug or loosely by name; a missing or malformed file raises a
    one-line `PressdeskError`. `[COALITION]` in any text becomes its name. The members are put at
    hand in a placeholder paragraph after the lede, which the staffer deletes once the quotes are
    in (`placeholder-left` keeps it from going out).
    """
    org = library.lookup(coalition)
    release = _named(base, org.name)
    contacts = tuple(
        Contact(name=p.name, email=p.email, phone=p.phone, org=org.name, title=p.title)
        for p in org.media_contacts
    )
    return release.replace(
        contacts=contacts or release.contacts,
        boilerplate=_boilerplate(release, org),
        body=_with_members(release.body, members_note(org, library)),
    )


def members_note(org: Organisation, library: Library) -> str:
    """A placeholder paragraph listing the coalition's members ("" when it lists none).

    Worded so `lede-members-quoted` does not take it for the lede's list of quoted groups.
    """
    names = [m.name for m in library.members_of(org)]
    if not names:
        return ""
    return (
        "[ADD a quote block for each member group speaking, then delete this paragraph. "
        f"{org.name} members in the library: {'; '.join(names)}]"
    )


def _named(release: Release, name: str) -> Release:
    for path, text in list(text_fields(release)):
        if COALITION_TOKEN in text:
            release = set_text(release, path, text.replace(COALITION_TOKEN, name))
    return release


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


def _with_members(body: tuple[Block, ...], note: str) -> tuple[Block, ...]:
    """The body with the members note right after the lede (or first, when there is no lede)."""
    if not note:
        return body
    blocks: list[Block] = list(body)
    lede = next((i for i, b in enumerate(blocks) if isinstance(b, Paragraph)), -1)
    blocks.insert(lede + 1, Paragraph(note))
    return tuple(blocks)

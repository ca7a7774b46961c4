"""The library's values: an organisation, its people and its boilerplate versions."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import Literal, TypeAlias, get_args

from pressdesk.library.names import loose_key, same_name, same_text

OrgKind: TypeAlias = Literal["coalition", "member"]
ORG_KINDS: tuple[str, ...] = get_args(OrgKind)


@dataclass(frozen=True)
class Person:
    """Someone who speaks for an organisation, or answers reporters' calls for it."""

    name: str
    title: str = ""
    email: str = ""
    phone: str = ""
    media_contact: bool = False


@dataclass(frozen=True)
class EarlierBoilerplate:
    """A boilerplate that was current once: its text and the day it was replaced."""

    text: str
    replaced: date
    since: date | None = None  # when it came into use, where known


@dataclass(frozen=True)
class Organisation:
    """One library file: a coalition or a member organisation."""

    slug: str  # the file name without `.toml`; releases and coalitions refer to it
    name: str
    kind: OrgKind = "member"
    short_name: str = ""
    website: str = ""
    boilerplate: str = ""  # the current text ("" when none is saved)
    boilerplate_heading: str = ""  # e.g. "About the Harbor City Housing Coalition"
    boilerplate_since: date | None = None
    earlier: tuple[EarlierBoilerplate, ...] = ()
    people: tuple[Person, ...] = ()
    members: tuple[str, ...] = ()  # slugs of member organisations (coalitions only)
    logo: str = ""  # an image for the PDF export, relative to the library folder

    def replace(self, **changes: object) -> Organisation:
        """A copy with some fields changed."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    @property
    def media_contacts(self) -> tuple[Person, ...]:
        return tuple(p for p in self.people if p.media_contact)

    def answers_to(self, name: str) -> bool:
        """Whether `name` loosely names this organisation (its name, short name or slug)."""
        key = loose_key(name)
        if not key:
            return False
        return key in (loose_key(self.name), loose_key(self.short_name), loose_key(self.slug))

    def person(self, name: str) -> Person | None:
        """The saved person with this name, loosely matched."""
        for person in self.people:
            if same_name(person.name, name):
                return person
        return None

    def earlier_version(self, text: str) -> EarlierBoilerplate | None:
        """The earlier boilerplate whose text this is, if any (the most recent one wins)."""
        for version in sorted(self.earlier, key=lambda v: v.replaced, reverse=True):
            if same_text(version.text, text):
                return version
        return None

    def began(self, version: EarlierBoilerplate) -> date | None:
        """When an earlier boilerplate came into use: its own `since`, else when its predecessor went."""
        if version.since is not None:
            return version.since
        before = [v.replaced for v in self.earlier if v.replaced < version.replaced]
        return max(before) if before else None

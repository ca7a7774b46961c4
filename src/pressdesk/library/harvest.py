"""`library save-from`: harvest organisations, people and boilerplate from a release into the library.

Matching is loose (case, accents, punctuation, a leading "The"), so nothing is saved twice. What the
library already knows wins: a differing title, phone or boilerplate is reported and left alone,
unless `update` is set.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pressdesk.library.folder import Library
from pressdesk.library.names import (
    loose_key,
    org_parts,
    same_name,
    same_phone,
    same_text,
    usable_email,
)
from pressdesk.library.orgs import EarlierBoilerplate, Organisation, OrgKind, Person
from pressdesk.model import Release, encodable
from pressdesk.placeholders import PLACEHOLDER, has_placeholder


@dataclass
class SaveReport:
    """What `save-from` did: lines for what it added or changed, and what it left alone."""

    added: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)


def coalition_name(release: Release) -> str:
    """The coalition a release speaks for, or "" when it does not read as a coalition statement.

    The first boilerplate's organisation is the coalition when the release also quotes or carries
    the boilerplate of at least one *other* organisation: those are its members.
    """
    if not release.boilerplate:
        return ""
    first = release.boilerplate[0].org
    if has_placeholder(first):
        return ""
    others = [q.speaker.org for q in release.quotes if q.speaker and q.speaker.org]
    others += [b.org for b in release.boilerplate[1:]]
    return first if any(o and not same_name(o, first) for o in others) else ""


def save_from(
    folder: Path, release: Release, *, today: date, update: bool = False, dry_run: bool = False
) -> SaveReport:
    """Merge what `release` knows into the library at `folder`, holding the library's lock."""
    release = encodable(release)  # a lone surrogate from a broken paste cannot be written
    if dry_run:  # nothing is written, so nothing (not even the folder) is created or locked
        return _merged(Library.open(folder), release, today, update).finish()
    with Library.locked(folder) as library:
        merge = _merged(library, release, today, update)
        report = merge.finish()
        for slug in merge.changed:
            report.written.append(library.save(merge.orgs[slug]))
    return report


def _merged(library: Library, release: Release, today: date, update: bool) -> _Merge:
    merge = _Merge(library, today=today, update=update)
    merge.release(release)
    return merge


class _Merge:
    """Applies a release's facts one by one to a working copy of the library."""

    def __init__(self, library: Library, *, today: date, update: bool) -> None:
        self.library = library
        self.today = today
        self.update = update
        self.orgs = dict(library.orgs)
        self.new: list[str] = []  # slugs created by this merge, in order
        self.changed: list[str] = []
        self.report = SaveReport()
        self.named: list[str] = []  # every organisation the release names, each on its own
        self.joint: list[str] = []  # slugs named beside another in a joint line: members too

    def release(self, release: Release) -> None:
        coalition = coalition_name(release)
        self.named = _organisations_named(release)
        members = self.boilerplates(release, coalition) + self.speakers(release, coalition)
        self.contacts(release, coalition)
        if coalition:
            self.members(coalition, members + self.joint)

    def boilerplates(self, release: Release, coalition: str) -> list[str]:
        """Save each block's text under its organisation; the members' slugs."""
        members = []
        for block in release.boilerplate:
            if self.placeholder(block.org, "a boilerplate"):
                continue
            kind = "coalition" if coalition and same_name(block.org, coalition) else "member"
            slug = self.organisation(block.org, kind)
            if slug:
                if not self.placeholder(block.text, f"{block.org}'s boilerplate"):
                    self.boilerplate(slug, block.text, block.heading)
                if kind == "member":
                    members.append(slug)
        return members

    def speakers(self, release: Release, coalition: str) -> list[str]:
        """Save each speaker under their organisation; the members' slugs."""
        members = []
        for quote in release.quotes:
            speaker = quote.speaker
            if speaker is None or not speaker.who:
                continue
            if self.placeholder(f"{speaker.name} {speaker.title} {speaker.org}", "a speaker"):
                continue
            if not speaker.name.strip():  # an organisation's own statement: the member, no person
                is_coalition = bool(coalition) and same_name(speaker.org, coalition)
                slug = self.organisation(speaker.org, "coalition" if is_coalition else "member")
                if slug and not is_coalition:
                    members.append(slug)
                continue
            if not speaker.org.strip():
                self.report.kept.append(
                    f"left out {speaker.name}: the release gives no organisation"
                )
                continue
            is_coalition = bool(coalition) and same_name(speaker.org, coalition)
            slug = self.organisation(speaker.org, "coalition" if is_coalition else "member")
            if slug:
                self.person(slug, Person(speaker.name.strip(), title=speaker.title.strip()))
                if not is_coalition:
                    members.append(slug)
        return members

    def contacts(self, release: Release, coalition: str) -> None:
        """Save each media contact under their organisation, else the coalition's."""
        home = coalition or (release.boilerplate[0].org if release.boilerplate else "")
        home = "" if has_placeholder(home) else home
        for contact in release.contacts:
            fields = (contact.name, contact.title, contact.email, contact.phone, contact.org)
            if not contact.name.strip() or self.placeholder(" ".join(fields), "a contact"):
                continue
            org_name = contact.org.strip() or home
            if not org_name or self.placeholder(org_name, "a contact"):
                self.report.kept.append(
                    f"left out contact {contact.name}: no organisation to save them under"
                )
                continue
            kind = "coalition" if coalition and same_name(org_name, coalition) else "member"
            slug = self.organisation(org_name, kind)
            if slug:
                email = contact.email.strip()
                if email and not usable_email(email):
                    self.report.kept.append(
                        f"left out {contact.name.strip()}'s email '{email}': not a real address "
                        "(type the right one in the release, then save again)"
                    )
                    email = ""
                person = Person(
                    contact.name.strip(),
                    title=contact.title.strip(),
                    email=email,
                    phone=contact.phone.strip(),
                    media_contact=True,
                )
                self.person(slug, person)

    def placeholder(self, text: str, what: str) -> bool:
        """Whether `text` still holds a placeholder (`[NAME]`, `TK` …): never saved, but said."""
        found = PLACEHOLDER.search(text)
        if found:
            self.report.kept.append(f"left out {what} with the placeholder {found.group(0)!r}")
        return found is not None

    # --- organisations ----------------------------------------------------------------------

    def organisation(self, name: str, kind: str) -> str:
        """The slug of the organisation `name` names, creating what the library lacks.

        A joint line ("Tenants First and Fair Rent Now") is split only when every part is an
        organisation the library or the release already knows; each part is then saved (the
        others as members, in `self.joint`) and the first is returned. Otherwise the whole line is
        one organisation's name, "and" and all ("Legal Aid and Defender Society").
        """
        name = name.strip()
        if not name:
            return ""
        whole, *pieces = org_parts(name)
        found = self._lookup(whole)
        if found is not None:
            return found and self._kind(self.orgs[found], kind)
        if pieces and all(self._known(p) for p in pieces):
            slugs = [self.organisation(p, kind) for p in pieces]
            self.joint.extend(s for s in slugs[1:] if s)
            return slugs[0]
        broken = self.library.broken_for(name)
        if broken is not None:
            self.report.kept.append(f"left {name} alone: {broken}")
            return ""
        slug = self.library.free_slug(name, taken=self.orgs)
        new_kind: OrgKind = "coalition" if kind == "coalition" else "member"
        self.orgs[slug] = Organisation(slug=slug, name=name, kind=new_kind)
        self.new.append(slug)
        self._changed(slug)
        return slug

    def _lookup(self, name: str) -> str | None:
        """The slug answering to `name`; "" when several do (said in the report); None if none."""
        found = [o for o in self.orgs.values() if o.answers_to(name)]
        if len(found) > 1:
            slugs = ", ".join(o.slug for o in found)
            self.report.kept.append(f"left {name} alone: it matches several files ({slugs})")
            return ""
        return found[0].slug if found else None

    def _known(self, name: str) -> bool:
        """Whether `name` is an organisation the library has or the release names on its own."""
        if any(o.answers_to(name) for o in self.orgs.values()):
            return True
        return any(same_name(name, other) for other in self.named)

    def _kind(self, org: Organisation, kind: str) -> str:
        if kind == "coalition" and org.kind != "coalition":
            if self.update:
                self._set(org.slug, kind="coalition")
                self.report.added.append(f"made {org.name} a coalition")
            else:
                self.report.kept.append(
                    f"kept {org.name} as a member organisation (the release reads as its "
                    "coalition statement; --update makes it a coalition)"
                )
        return org.slug

    def members(self, coalition: str, slugs: list[str]) -> None:
        org = next((o for o in self.orgs.values() if o.answers_to(coalition)), None)
        if org is None or org.kind != "coalition":
            return
        added = [s for s in dict.fromkeys(slugs) if s not in org.members and s != org.slug]
        if not added:
            return
        self._set(org.slug, members=org.members + tuple(added))
        if org.slug not in self.new:
            names = ", ".join(self.orgs[s].name for s in added)
            self.report.added.append(f"added to {org.name}'s members: {names}")

    def boilerplate(self, slug: str, text: str, heading: str) -> None:
        org = self.orgs[slug]
        if heading and not org.boilerplate_heading:
            self._set(slug, boilerplate_heading=heading)
        if not text.strip():
            return
        if not org.boilerplate:
            self._set(slug, boilerplate=text)
            self._say(slug, f"added the boilerplate of {org.name}")
        elif same_text(org.boilerplate, text):
            return
        elif (version := org.earlier_version(text)) is not None:
            self.report.kept.append(
                f"kept {org.name}'s current boilerplate (the release has the one replaced on "
                f"{version.replaced.isoformat()})"
            )
        elif self.update:
            old = EarlierBoilerplate(
                org.boilerplate, replaced=self.today, since=org.boilerplate_since
            )
            self._set(
                slug, boilerplate=text, boilerplate_since=self.today, earlier=(old, *org.earlier)
            )
            self.report.added.append(
                f"replaced {org.name}'s boilerplate (the old one is kept as an earlier version)"
            )
        else:
            self.report.kept.append(
                f"kept {org.name}'s saved boilerplate (the release's differs; --update replaces it)"
            )

    # --- people -----------------------------------------------------------------------------

    def person(self, slug: str, incoming: Person) -> None:
        org = self.orgs[slug]
        if not loose_key(incoming.name):
            # No letter or digit (`](`, `…`): it could never be found again, and a second save
            # would add it twice to a file that then could not be read.
            self.report.kept.append(f"left out {incoming.name!r}: not a name")
            return
        saved = org.person(incoming.name)
        if saved is None:
            self._set(slug, people=(*org.people, incoming))
            role = " as a media contact" if incoming.media_contact else ""
            title = f" ({incoming.title})" if incoming.title else ""
            self._say(slug, f"added {incoming.name}{title} to {org.name}{role}")
            return
        changes: dict[str, object] = {}
        for key, label in (("title", "title"), ("email", "email"), ("phone", "phone")):
            new, old = getattr(incoming, key), getattr(saved, key)
            if not new or _same(key, old, new):
                continue
            if not old:
                changes[key] = new
                self._say(slug, f"added {saved.name}'s {label} {new!r}")
            elif self.update:
                changes[key] = new
                self._say(slug, f"updated {saved.name}'s {label} to {new!r} (was {old!r})")
            else:
                self.report.kept.append(
                    f"kept {saved.name}'s saved {label} {old!r} (release says {new!r})"
                )
        if incoming.media_contact and not saved.media_contact:
            changes["media_contact"] = True
            self._say(slug, f"marked {saved.name} as a media contact of {org.name}")
        if changes:
            updated = dataclasses.replace(saved, **changes)  # type: ignore[arg-type]
            self._set(slug, people=tuple(updated if p is saved else p for p in org.people))

    # --- bookkeeping ------------------------------------------------------------------------

    def _set(self, slug: str, **changes: object) -> None:
        self.orgs[slug] = self.orgs[slug].replace(**changes)
        self._changed(slug)

    def _changed(self, slug: str) -> None:
        if slug not in self.changed:
            self.changed.append(slug)

    def _say(self, slug: str, line: str) -> None:
        # A new organisation is summed up in one line at the end instead.
        if slug not in self.new:
            self.report.added.append(line)

    def finish(self) -> SaveReport:
        summary = []
        for slug in self.new:
            org = self.orgs[slug]
            parts = []
            if org.boilerplate:
                parts.append("boilerplate")
            if org.people:
                names = ", ".join(p.name for p in org.people)
                parts.append(
                    f"{len(org.people)} {'person' if len(org.people) == 1 else 'people'} ({names})"
                )
            if org.members:
                parts.append(f"{len(org.members)} members")
            what = f": {'; '.join(parts)}" if parts else ""
            summary.append(f"added {org.kind} {org.name} ({slug}.toml){what}")
        self.report.added[:0] = summary
        return self.report


def _organisations_named(release: Release) -> list[str]:
    """The organisation names a release gives: boilerplates, contacts' and speakers' organisations."""
    names = [b.org for b in release.boilerplate]
    names += [c.org for c in release.contacts]
    names += [q.speaker.org for q in release.quotes if q.speaker is not None]
    return [n.strip() for n in names if n.strip()]


def _same(key: str, old: str, new: str) -> bool:
    if key == "phone":
        return same_phone(old, new)
    if key == "email":
        return old.strip().casefold() == new.strip().casefold()
    return same_name(old, new)

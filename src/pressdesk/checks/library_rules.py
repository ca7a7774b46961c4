"""Checks against the saved library: stale boilerplate, speakers' titles and organisations, members.

Each rule yields nothing when there is no library (`ctx.library is None`) or when the library
does not know the organisation or person in question. The library's code is imported only when
there is a library: a check without one never loads it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from pressdesk.checks.context import Context
from pressdesk.checks.registry import rule
from pressdesk.findings import Finding, Fix, Severity
from pressdesk.model import Boilerplate, Quote, Release, Speaker
from pressdesk.placeholders import has_placeholder

if TYPE_CHECKING:
    from pressdesk.library import Library, Organisation

SOURCE = "HQ-TPL, FINANS, WSU (a boilerplate that stays the same across releases)"


def _org_of_block(library: Library, block: Boilerplate) -> Organisation | Finding | None:
    """The library organisation a boilerplate block came from (or names), or why it is unusable."""
    if block.library:
        if block.library in library.orgs:
            return library.orgs[block.library]
        broken = library.broken.get(block.library)
        if broken is not None:
            return Finding(
                "boilerplate-drift",
                Severity.INFO,
                f"cannot compare with the library: {broken}",
            )
    # Typed by hand, or its file was renamed: the organisation's name may still find it.
    return library.match(block.org) if block.org.strip() else None


@rule(
    "boilerplate-drift",
    Severity.INFO,
    "A boilerplate differs from the library's current text for that organisation.",
    SOURCE,
)
def boilerplate_drift(release: Release, ctx: Context) -> Iterator[Finding]:
    library = ctx.library
    if library is None:
        return
    from pressdesk.library.names import same_text

    for i, block in enumerate(release.boilerplate):
        found = _org_of_block(library, block)
        path = f"boilerplate[{i}].text"
        if isinstance(found, Finding):
            yield Finding(found.rule, found.severity, found.message, field=path)
            continue
        if found is None or not found.boilerplate or same_text(block.text, found.boilerplate):
            continue
        yield Finding(
            "boilerplate-drift",
            Severity.INFO,
            drift_message(found, block.text),
            field=path,
            start=0,
            end=len(block.text),
            fix=Fix(path, 0, len(block.text), found.boilerplate),
        )


def drift_message(org: Organisation, text: str) -> str:
    """Says how the text differs: an earlier version (and when it went), or a changed one."""
    name = org.short_name or org.name
    version = org.earlier_version(text)
    if version is None:
        return f"this boilerplate differs from {name}'s current one in the library"
    began = org.began(version)
    which = f"the {began.year} boilerplate" if began else "an earlier boilerplate"
    return (
        f"this is {which} of {name}; it was replaced on {version.replaced.isoformat()}"
        " (the fix brings in the current one)"
    )


def _speakers(release: Release) -> Iterator[tuple[int, Speaker]]:
    # A starter's "[FULL NAME]" or "[MEMBER GROUP A]" is placeholder-left's business, not ours.
    for i, block in enumerate(release.body):
        speaker = block.speaker if isinstance(block, Quote) else None
        if speaker is None or not speaker.name.strip():
            continue
        if not has_placeholder(f"{speaker.name} {speaker.title} {speaker.org}"):
            yield i, speaker


def _speakers_and_library(release: Release, ctx: Context) -> Iterator[tuple[Library, int, Speaker]]:
    """The speakers to compare with the library, with it; none when there is no library."""
    if ctx.library is not None:
        for i, speaker in _speakers(release):
            yield ctx.library, i, speaker


@rule(
    "speaker-library-title",
    Severity.WARNING,
    "A speaker's title differs from the one saved in the library (a promotion, or a typo).",
    "library",
)
def speaker_library_title(release: Release, ctx: Context) -> Iterator[Finding]:
    for library, i, speaker in _speakers_and_library(release, ctx):
        org = library.match_speaker_org(speaker.org) if speaker.org.strip() else None
        person = org.person(speaker.name) if org else None
        if org is None or person is None or not person.title:
            continue
        from pressdesk.library.names import same_name

        if same_name(person.title, speaker.title):
            continue
        said = f"the library has {person.name} as {person.title!r} at {org.name}"
        yield _on_speaker("speaker-library-title", said, i, "title", speaker.title)


@rule(
    "speaker-library-org",
    Severity.WARNING,
    "A speaker the library knows is given a different organisation from the saved one.",
    "library",
)
def speaker_library_org(release: Release, ctx: Context) -> Iterator[Finding]:
    for library, i, speaker in _speakers_and_library(release, ctx):
        known = library.people_named(speaker.name)
        if not known:
            continue
        saved_orgs = [org for org, _ in known]
        if speaker.org.strip() and any(_names_org(speaker.org, org) for org in saved_orgs):
            continue
        names = " and ".join(org.name for org in saved_orgs)
        said = f"the library has {known[0][1].name} at {names}"
        org_given = speaker.org if speaker.org.strip() else ""
        yield _on_speaker("speaker-library-org", said, i, "org", org_given)


def _on_speaker(rule_id: str, said: str, index: int, key: str, value: str) -> Finding:
    """A warning on the speaker's `key` as given here, or on the whole speaker when it is empty."""
    if not value:
        return Finding(
            rule_id, Severity.WARNING, f"{said} (none here)", field=f"body[{index}].speaker"
        )
    return Finding(
        rule_id,
        Severity.WARNING,
        f"{said} (here: {value!r})",
        field=f"body[{index}].speaker.{key}",
        start=0,
        end=len(value),
    )


def _names_org(text: str, org: Organisation) -> bool:
    from pressdesk.library.names import org_parts

    return any(org.answers_to(part) for part in org_parts(text))


def release_coalition(release: Release, library: Library) -> Organisation | None:
    """The library coalition the release speaks for: its first boilerplate's organisation."""
    if not release.boilerplate:
        return None
    found = _org_of_block(library, release.boilerplate[0])
    if found is None or isinstance(found, Finding):
        return None
    return found if found.kind == "coalition" else None


@rule(
    "speaker-not-member",
    Severity.WARNING,
    "A quote from an organisation the coalition's library file does not list as a member.",
    "library",
)
def speaker_not_member(release: Release, ctx: Context) -> Iterable[Finding]:
    library = ctx.library
    if library is None:
        return []
    coalition = release_coalition(release, library)
    if coalition is None:
        return []
    members = library.members_of(coalition)
    out = []
    for i, speaker in _speakers(release):
        org = speaker.org.strip()
        if not org or _names_org(org, coalition):
            continue
        if any(_names_org(org, m) for m in members) or _slug_listed(org, coalition):
            continue
        out.append(
            Finding(
                "speaker-not-member",
                Severity.WARNING,
                f"{org} is not among {coalition.short_name or coalition.name}'s members in the library",
                field=f"body[{i}].speaker.org",
                start=0,
                end=len(speaker.org),
            )
        )
    return out


def _slug_listed(org: str, coalition: Organisation) -> bool:
    # A member listed by slug whose own file is missing still counts as listed.
    from pressdesk.library.names import loose_key, org_parts

    listed = {loose_key(slug) for slug in coalition.members}
    return any(loose_key(part) in listed for part in org_parts(org))

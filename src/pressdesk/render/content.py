"""What a release says, in reading order, before any layout: the core's half of every export.

The release line and its AP date, the contact line, quote marks per paragraph, the said-style
attribution and the dateline dash are decided here once; the templates only lay the result out.
Each export passes two converters: one for release text (which may carry inline Markdown) and one
for plain data such as contact details and the release line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

from pressdesk import ap
from pressdesk.model import BulletList, Heading, Paragraph, Quote, Release, Speaker
from pressdesk.render.typography import DOUBLE, EM_DASH, smarten

T = TypeVar("T")
BlockKind = Literal["paragraph", "quote", "heading", "list"]

# The reference release labels two contacts "Media Contact:" too; imports must reproduce it.
CONTACT_LABEL = "Media Contact"
DATELINE_DASH = f" {EM_DASH} "


@dataclass(frozen=True)
class Block(Generic[T]):
    """One body block as it will be shown: a paragraph, a quote, a heading or a list."""

    kind: BlockKind
    text: T | None = None  # paragraph and heading
    header: T | None = None  # a statement-style quote's "Name, Title, Organization" line
    paragraphs: tuple[T, ...] = ()  # a quote's paragraphs, quote marks included
    items: tuple[T, ...] = ()  # a list's items


@dataclass(frozen=True)
class Boiler(Generic[T]):
    heading: T | None
    text: T


@dataclass(frozen=True)
class Content(Generic[T]):
    """Everything an export template needs, already worded."""

    release_line: T
    contact_label: str
    contacts: tuple[T, ...]
    headline: T
    subheadline: T | None
    blocks: tuple[Block[T], ...]
    end_mark: str
    boilerplate: tuple[Boiler[T], ...]


def release_line(release: Release) -> str:
    """`For Immediate Release: June 11, 2020` or `EMBARGOED UNTIL 12:01 a.m. EDT, Tuesday, June 9, 2020`."""
    if release.line == "embargoed":
        if release.embargo is None:
            return f"EMBARGOED UNTIL {ap.ap_date(release.date, weekday=True)}"
        return f"EMBARGOED UNTIL {ap.ap_embargo(release.embargo, release.zone)}"
    return f"For Immediate Release: {ap.ap_date(release.date)}"


def contact_entry(name: str, title: str, org: str, email: str, phone: str) -> str:
    """`Name, Title, Organization, email, phone`, leaving out what is empty."""
    return ", ".join(part.strip() for part in (name, title, org, email, phone) if part.strip())


def speaker_header(speaker: Speaker) -> str:
    """The statement-style header line: `Name, Title, Organization`."""
    return ", ".join(p.strip() for p in (speaker.name, speaker.title, speaker.org) if p.strip())


def attribution(speaker: Speaker) -> str:
    """The said-style attribution: `said Name, Title of Organization`, or `said Organization`."""
    if not speaker.name.strip():
        return f"said {speaker.org.strip()}"
    words = f"said {speaker.name.strip()}"
    title, org = speaker.title.strip(), speaker.org.strip()
    if title:
        words += f", {title}"
    if org:
        words += f" of {org}"
    return words


def quote_paragraphs(quote: Quote) -> tuple[str, ...]:
    """The quote's paragraphs with AP marks: each opens with “, only the last of a run closes with ”.

    Said style puts the attribution after the first paragraph (`“…,” said Name, Title of Org.`),
    which closes that quotation; the paragraphs after it are a new run.
    """
    paras = [smarten(p.strip(), level=1) for p in quote.paragraphs]
    if not paras:
        return ()
    if quote.style == "said" and quote.speaker is not None and _can_say(quote.speaker):
        first = _with_attribution_comma(paras[0])
        opened = f"{DOUBLE[0]}{first}{DOUBLE[1]} {attribution(quote.speaker)}."
        return (opened, *_run(paras[1:]))
    return _run(paras)


def _can_say(speaker: Speaker) -> bool:
    # Said style needs someone to say it: a person, or an organisation on its own. A title with no
    # name (`said Director of …`) cannot, so that quote keeps its header line.
    return bool(speaker.name.strip() or (speaker.org.strip() and not speaker.title.strip()))


def _run(paras: list[str]) -> tuple[str, ...]:
    last = len(paras) - 1
    return tuple(f"{DOUBLE[0]}{p}{DOUBLE[1] if i == last else ''}" for i, p in enumerate(paras))


def _with_attribution_comma(text: str) -> str:
    # AP: a quoted sentence before "said" ends in a comma, unless it asks or exclaims.
    if text.endswith("."):
        return text[:-1] + ","
    if text.endswith(("?", "!", ",", EM_DASH)):
        return text
    return text + ","


def build(release: Release, text: Callable[[str], T], data: Callable[[str], T]) -> Content[T]:
    """The release worded for one export: `text` converts release text, `data` plain data."""

    def t(value: str, level: int = 0) -> T:
        return text(smarten(value.strip(), level=level))

    return Content(
        release_line=data(release_line(release)),
        contact_label=CONTACT_LABEL,
        contacts=tuple(
            data(contact_entry(c.name, c.title, c.org, c.email, c.phone))
            for c in release.contacts
            if contact_entry(c.name, c.title, c.org, c.email, c.phone)
        ),
        headline=t(release.headline),
        subheadline=t(release.subheadline) if release.subheadline.strip() else None,
        blocks=_blocks(release, text),
        end_mark=release.end_mark,
        boilerplate=tuple(
            Boiler(t(b.heading) if b.heading.strip() else None, t(b.text))
            for b in release.boilerplate
        ),
    )


def _blocks(release: Release, text: Callable[[str], T]) -> tuple[Block[T], ...]:
    blocks: list[Block[T]] = []
    dateline = smarten(release.dateline.strip())
    paragraphs = [i for i, b in enumerate(release.body) if isinstance(b, Paragraph)]
    lede = paragraphs[0] if paragraphs else None
    if dateline and lede is None:
        blocks.append(Block("paragraph", text=text(dateline)))
    for index, block in enumerate(release.body):
        if isinstance(block, Paragraph):
            words = smarten(block.text.strip())
            if index == lede and dateline:
                words = f"{dateline}{DATELINE_DASH}{words}"
            blocks.append(Block("paragraph", text=text(words)))
        elif isinstance(block, Heading):
            blocks.append(Block("heading", text=text(smarten(block.text.strip()))))
        elif isinstance(block, BulletList):
            items = tuple(text(smarten(i.strip())) for i in block.items)
            blocks.append(Block("list", items=items))
        else:
            # Said style without a name to say it falls back to the header line.
            said = block.style == "said" and block.speaker and _can_say(block.speaker)
            header = block.speaker and not said and speaker_header(block.speaker)
            blocks.append(
                Block(
                    "quote",
                    header=text(smarten(header)) if header else None,
                    paragraphs=tuple(text(p) for p in quote_paragraphs(block)),
                )
            )
    return tuple(blocks)


def subject(release: Release, plain: Callable[[str], str]) -> str:
    """The email subject: the headline, after `EMBARGOED until …:` for an embargoed release."""
    headline = plain(smarten(release.headline.strip()))
    if release.line == "embargoed":
        when = release_line(release).removeprefix("EMBARGOED UNTIL ")
        return f"EMBARGOED until {when}: {headline}"
    return headline

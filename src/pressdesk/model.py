"""The one model of a press release: immutable values that every part of pressdesk shares.

The file format (docs/file-format.md) maps onto these classes one to one; `store` reads and writes them,
`checks` judges them, `render` lays them out, `importer` builds them and the TUI edits them.
Text fields hold what the staffer typed: no enclosing quote marks, no hand-made dashes.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal, TypeAlias, TypeVar, get_args

_T = TypeVar("_T")

Kind: TypeAlias = Literal["statement", "announcement", "advisory"]
ReleaseLine: TypeAlias = Literal["immediate", "embargoed"]
EndMark: TypeAlias = Literal["###", "-30-"]
Profile: TypeAlias = Literal["coalition", "ap", "wire"]
QuoteStyle: TypeAlias = Literal["statement", "said"]

KINDS: tuple[str, ...] = get_args(Kind)
RELEASE_LINES: tuple[str, ...] = get_args(ReleaseLine)
END_MARKS: tuple[str, ...] = get_args(EndMark)
PROFILES: tuple[str, ...] = get_args(Profile)
QUOTE_STYLES: tuple[str, ...] = get_args(QuoteStyle)


@dataclass(frozen=True)
class Contact:
    """A media contact: who a reporter calls or writes to."""

    name: str
    email: str = ""
    phone: str = ""
    org: str = ""
    title: str = ""


@dataclass(frozen=True)
class Speaker:
    """Who a quote is attributed to: a person, or an organisation issuing a statement.

    A statement from an organisation has no name (`Speaker(name="", org="Mijente")`); a speaker
    with neither a name nor an organisation says nothing and is treated as no speaker.
    """

    name: str
    title: str = ""
    org: str = ""

    @property
    def who(self) -> str:
        """What a reader is told said it: the person's name, else the organisation's."""
        return self.name.strip() or self.org.strip()


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of body text (the first one in the body is the lede)."""

    text: str


@dataclass(frozen=True)
class Quote:
    """A quote block: one speaker's quoted paragraphs, stored without their quote marks."""

    paragraphs: tuple[str, ...]
    speaker: Speaker | None = None
    style: QuoteStyle = "statement"
    approved: bool = False


@dataclass(frozen=True)
class Heading:
    """A subheading inside the body."""

    text: str


@dataclass(frozen=True)
class BulletList:
    """A bulleted list inside the body."""

    items: tuple[str, ...]


Block: TypeAlias = Paragraph | Quote | Heading | BulletList


@dataclass(frozen=True)
class Boilerplate:
    """An "About …" block after the end mark.

    `library` is the slug of the library organisation the text came from, so drift from the
    library's current boilerplate can be reported; empty when it was typed by hand.
    """

    org: str
    text: str
    heading: str = ""
    library: str = ""


@dataclass(frozen=True)
class Release:
    """A whole press release."""

    date: date
    headline: str
    kind: Kind = "statement"
    line: ReleaseLine = "immediate"
    embargo: datetime | None = None
    zone: str = ""
    subheadline: str = ""
    dateline: str = ""
    end_mark: EndMark = "###"
    profile: Profile = "coalition"
    contacts: tuple[Contact, ...] = ()
    body: tuple[Block, ...] = ()
    boilerplate: tuple[Boilerplate, ...] = field(default=())

    def replace(self, **changes: object) -> Release:
        """A copy with some fields changed."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    @property
    def lede(self) -> Paragraph | None:
        """The first body paragraph, which the dateline opens."""
        for block in self.body:
            if isinstance(block, Paragraph):
                return block
        return None

    @property
    def quotes(self) -> tuple[Quote, ...]:
        return tuple(b for b in self.body if isinstance(b, Quote))


# --- field paths -------------------------------------------------------------------------------
# A field path names one text field of a release, as findings and fixes do (docs/cli.md, "Field paths"):
# `headline`, `contacts[0].email`, `body[3].paragraphs[1]`, `body[3].speaker.org`,
# `body[2].text`, `body[4].heading`, `body[5].items[0]`, `boilerplate[0].text`.

_STEP = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")


class FieldPathError(ValueError):
    """A field path that does not name a text field of this release."""


def _steps(path: str) -> list[tuple[str, int | None]]:
    steps: list[tuple[str, int | None]] = []
    for part in path.split("."):
        m = _STEP.fullmatch(part)
        if not m:
            raise FieldPathError(f"bad field path {path!r}")
        steps.append((m.group(1), int(m.group(2)) if m.group(2) is not None else None))
    return steps


def _attr_name(obj: object, name: str) -> str:
    # The file calls a heading block's text `heading`; the class calls it `text`.
    if isinstance(obj, Heading) and name == "heading":
        return "text"
    return name


def get_text(release: Release, path: str) -> str:
    """The text of the field at `path` ("" for dates and other non-text fields)."""
    obj: object = release
    for name, index in _steps(path):
        try:
            obj = getattr(obj, _attr_name(obj, name))
            if index is not None:
                obj = obj[index]  # type: ignore[index]
        except (AttributeError, IndexError, TypeError) as exc:
            raise FieldPathError(f"no field {path!r} in this release") from exc
    if obj is None:
        return ""
    if isinstance(obj, str):
        return obj
    if isinstance(obj, (date, datetime)):
        return obj.isoformat()
    raise FieldPathError(f"{path!r} is not a text field")


def _set(
    obj: object, steps: list[tuple[str, int | None]], value: object, *, text_only: bool = True
) -> object:
    name, index = steps[0]
    attr = _attr_name(obj, name)
    try:
        current = getattr(obj, attr)
    except AttributeError as exc:
        raise FieldPathError(f"no field {name!r}") from exc
    if index is None:
        target = current
    else:
        items = list(current)
        if not 0 <= index < len(items):
            raise FieldPathError(f"no item {index} in {name!r}")
        target = items[index]
    if len(steps) == 1 and text_only and not isinstance(target, str):
        raise FieldPathError(f"{name!r} is not a text field")
    replaced = value if len(steps) == 1 else _set(target, steps[1:], value, text_only=text_only)
    if index is None:
        new = replaced
    else:
        items[index] = replaced
        new = tuple(items)
    return dataclasses.replace(obj, **{attr: new})  # type: ignore[type-var]


def set_text(release: Release, path: str, value: str) -> Release:
    """A copy of the release with the text field at `path` set to `value`."""
    result = _set(release, _steps(path), value)
    assert isinstance(result, Release)
    return result


def set_value(release: Release, path: str, value: object) -> Release:
    """A copy of the release with the field at `path` set to `value` of any kind (a date, a flag,
    a quote's paragraphs, a whole speaker): what the editor's fields change. No checks on `value`."""
    result = _set(release, _steps(path), value, text_only=False)
    assert isinstance(result, Release)
    return result


def text_fields(release: Release) -> Iterator[tuple[str, str]]:
    """Every text field of the release as (field path, text), in reading order."""
    yield "headline", release.headline
    if release.subheadline:
        yield "subheadline", release.subheadline
    if release.dateline:
        yield "dateline", release.dateline
    for i, c in enumerate(release.contacts):
        for name in ("name", "title", "org", "email", "phone"):
            value = getattr(c, name)
            if value:
                yield f"contacts[{i}].{name}", value
    for i, block in enumerate(release.body):
        yield from block_text_fields(block, f"body[{i}]")
    for i, b in enumerate(release.boilerplate):
        if b.heading:
            yield f"boilerplate[{i}].heading", b.heading
        yield f"boilerplate[{i}].text", b.text


def block_text_fields(block: Block, prefix: str) -> Iterator[tuple[str, str]]:
    """The text fields of one body block, with paths under `prefix` (e.g. `body[3]`)."""
    if isinstance(block, Paragraph):
        yield f"{prefix}.text", block.text
    elif isinstance(block, Heading):
        yield f"{prefix}.heading", block.text
    elif isinstance(block, BulletList):
        for j, item in enumerate(block.items):
            yield f"{prefix}.items[{j}]", item
    else:
        if block.speaker is not None:
            for name in ("name", "title", "org"):
                value = getattr(block.speaker, name)
                if value:
                    yield f"{prefix}.speaker.{name}", value
        for j, para in enumerate(block.paragraphs):
            yield f"{prefix}.paragraphs[{j}]", para


_SURROGATE = re.compile("[\ud800-\udfff]")


def encodable(value: _T) -> _T:
    """`value` (a release, a block, any part) with every lone surrogate as U+FFFD.

    A lone surrogate is not text: a broken paste can carry one, and no file can hold it (UTF-8
    refuses it), so saving or exporting would fail. Everything else is returned as it is, the
    same object when nothing changed.
    """
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)  # type: ignore[return-value]
    if isinstance(value, tuple):
        items = tuple(encodable(v) for v in value)
        same = all(a is b for a, b in zip(items, value, strict=True))
        return value if same else items  # type: ignore[return-value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in dataclasses.fields(value):
            old = getattr(value, f.name)
            new = encodable(old)
            if new is not old and new != old:
                changes[f.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    return value

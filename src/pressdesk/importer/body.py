"""The body: the lede after its dateline, paragraphs, quote blocks, headings and lists."""

from __future__ import annotations

import re

from pressdesk.findings import Origin, Severity
from pressdesk.importer.builder import Builder
from pressdesk.importer.contacts import label_match
from pressdesk.importer.dateline import dateline_at, starts_dateline
from pressdesk.importer.front import advisory_label
from pressdesk.importer.lines import END_MARK, LIST_ITEM, Unit
from pressdesk.importer.quotes import parse_said, speaker_from_header, strip_marks
from pressdesk.importer.words import closes_quote, is_name, opens_quote, plain
from pressdesk.model import BulletList, Heading, Paragraph, Quote, QuoteStyle, Speaker

ABOUT = re.compile(r"^(?:\*\*|__)?About\s+(?P<org>(?:the\s+)?[A-Z0-9].{0,80}?)\s*:?(?:\*\*|__)?$")
_W_LABELS = {"WHO", "WHAT", "WHEN", "WHERE", "WHY"}


def is_tail_start(unit: Unit) -> bool:
    """Where the body ends even without an end mark: an `About X` heading or a contact label."""
    text = plain(unit.text)
    return bool(
        END_MARK.match(text)
        or (ABOUT.match(unit.text) and len(text.split()) <= 10)
        or label_match(unit.text)
    )


def read_lede(b: Builder, units: list[Unit], i: int) -> int:
    """The dateline opening the first paragraph (or standing on its own line before it); returns
    the index after what it used, or `i` when there is no dateline (the lede is then added)."""
    placed = dateline_at(units, i)
    if placed is None:
        return i
    dl = placed.dateline
    b.dateline = dl.place
    b.source["dateline"] = placed.unit.origin
    dash = dl.dash.strip()
    if dash in ("–", "-", ":") or (dash == "—" and dl.dash != " — "):
        b.note(
            "dateline-dash", Severity.INFO,
            f"the dateline ends with {dash!r}; AP style is a spaced em dash ( — )",
            placed.dash_unit, dl.dash_start + len(dl.dash) - len(dl.dash.lstrip()),
        )  # fmt: skip
    if dl.date is not None:
        if b.date is None:
            b.date = dl.date
            b.source["date"] = placed.unit.origin
        elif dl.date != b.date and b.line == "immediate":
            b.note(
                "dateline-date", Severity.ERROR,
                f"the dateline says {dl.date:%B} {dl.date.day}, {dl.date.year} but the release line says "
                f"{b.date:%B} {b.date.day}, {b.date.year}",
                placed.unit,
            )  # fmt: skip
    if placed.lede is not None and placed.lede.text:
        b.add_block(Paragraph(placed.lede.text), {"text": placed.lede.origin})
    return placed.next


def read_body(b: Builder, units: list[Unit], i: int, fmt: str) -> int:
    """Body blocks from `units[i]` to the end mark (or the boilerplate); returns where it stopped."""
    i = _before_dateline(b, units, i)
    if i < len(units) and not is_tail_start(units[i]):
        i = read_lede(b, units, i)
    labels = 0
    last_closed_quote: Unit | None = None
    while i < len(units):
        unit = units[i]
        text = plain(unit.text)
        if is_tail_start(unit):
            break
        closed_before, last_closed_quote = last_closed_quote, None
        label = advisory_label(unit.text)
        if label is not None and unit.hint in ("", "strong", "heading"):
            labels += label.group("label").upper() in _W_LABELS
            _add_label(b, unit, label)
            i += 1
        elif unit.hint == "heading":
            b.add_block(Heading(text), {"heading": unit.origin})
            i += 1
        elif unit.hint == "item" or (fmt == "text" and LIST_ITEM.match(unit.text)):
            i = _read_list(b, units, i)
        elif (speaker := _header(units, i)) is not None:
            i, closed = read_quote(b, units, i + 1, speaker, header=unit)
            last_closed_quote = closed
        elif opens_quote(text) or unit.hint == "quote" or _said_before(text):
            said = parse_said(text)
            if said is None and closed_before is not None and unit.hint != "quote":
                b.note(
                    "quote-continuation", Severity.INFO,
                    f"a new quote with no speaker line; if it continues the quote above, "
                    f"remove the closing mark at the end of line {closed_before.line}",
                    unit,
                )  # fmt: skip
            i, closed = read_quote(b, units, i, None, header=None)
            last_closed_quote = closed
        elif fmt == "text" and _looks_like_heading(units, i):
            b.add_block(Heading(text), {"heading": unit.origin})
            i += 1
        else:
            b.add_block(Paragraph(unit.text), {"text": unit.origin})
            i += 1
    if labels >= 2:
        b.kind = "advisory"
    return i


def _before_dateline(b: Builder, units: list[Unit], i: int) -> int:
    """Lines between the headline block and a dateline a line or two further down."""
    if b.dateline or i >= len(units) or starts_dateline(units, i):
        return i
    for j in range(i + 1, min(i + 3, len(units))):
        if is_tail_start(units[j]) or opens_quote(plain(units[j].text)):
            return i
        if starts_dateline(units, j):
            break
    else:
        return i
    for unit in units[i:j]:
        # Kept as a heading so the paragraph after the dateline stays the lede.
        b.add_block(Heading(plain(unit.text)), {"heading": unit.origin})
        b.note(
            "import-unplaced", Severity.INFO,
            f"line {unit.line}: could not tell whether this is a subheadline or part of the body; "
            "kept as a heading above the lede",
            unit,
        )  # fmt: skip
    return j


def _said_before(text: str) -> bool:
    said = parse_said(text)
    return said is not None and not opens_quote(text)


def _add_label(b: Builder, unit: Unit, label: re.Match[str]) -> None:
    start = label.start("label")
    b.add_block(Heading(label.group("label")), {"heading": unit.origin_at(start)})
    if label.group("rest"):
        rest = unit.cut(label.start("rest"))
        b.add_block(Paragraph(rest.text), {"text": rest.origin})


def _header(units: list[Unit], i: int) -> Speaker | None:
    unit = units[i]
    if unit.hint not in ("", "strong") or i + 1 >= len(units):
        return None
    nxt = units[i + 1]
    if not (opens_quote(plain(nxt.text)) or nxt.hint == "quote"):
        return None
    return speaker_from_header(unit.text)


def _looks_like_heading(units: list[Unit], i: int) -> bool:
    """A short line with no closing punctuation, in plain text: a subheading."""
    text = plain(units[i].text)
    words = text.split()
    if not words or len(words) > 12 or text[-1] in '.!?:;,”"’)' or opens_quote(text):
        return False
    return i + 1 < len(units) and not END_MARK.match(plain(units[i + 1].text)) and not is_name(text)


def _read_list(b: Builder, units: list[Unit], i: int) -> int:
    first = units[i]
    items: list[str] = []
    origins: dict[str, Origin] = {}
    while i < len(units):
        unit = units[i]
        if first.hint == "item":
            if unit.hint != "item" or unit.group != first.group:
                break
            piece = unit
        else:
            m = LIST_ITEM.match(unit.text) if unit.hint == "" else None
            if m is None:
                break
            piece = unit.cut(m.end())
        origins[f"items[{len(items)}]"] = piece.origin
        items.append(piece.text)
        i += 1
    b.add_block(BulletList(tuple(items)), origins)
    return i


def _speaker_origins(header: Unit, speaker: Speaker) -> dict[str, Origin]:
    origins: dict[str, Origin] = {"speaker": header.origin}
    pos = 0
    for key in ("name", "title", "org"):
        value = getattr(speaker, key)
        if not value:
            continue
        found = header.text.find(value, pos)
        if found >= 0:
            origins[f"speaker.{key}"] = header.origin_at(found)
            pos = found + len(value)
        else:
            origins[f"speaker.{key}"] = header.origin
    return origins


def read_quote(
    b: Builder, units: list[Unit], j: int, speaker: Speaker | None, header: Unit | None
) -> tuple[int, Unit | None]:
    """A quote block from `units[j]`; returns the next index and the unit that closed it (if any)."""
    first = units[j]
    said = parse_said(plain(first.text)) if header is None else None
    paragraphs: list[str] = []
    origins: dict[str, Origin] = {}
    if header is not None and speaker is not None:
        origins.update(_speaker_origins(header, speaker))
    k = j
    if said is not None:
        speaker = said.speaker
        text = said.quoted + (" " + said.rest if said.rest else "")
        origins["paragraphs[0]"] = first.origin_at(said.quoted_start)
        origins["speaker"] = first.origin
        after = said.quoted_start + len(said.quoted)
        for key in ("name", "title", "org"):
            value = getattr(speaker, key)
            if value:
                at = first.text.find(value, after)
                at = first.text.find(value) if at < 0 else at
                origins[f"speaker.{key}"] = first.origin_at(at) if at >= 0 else first.origin
        paragraphs.append(text)
        k += 1
        if (
            k < len(units)
            and opens_quote(plain(units[k].text))
            and parse_said(plain(units[k].text)) is None
        ):
            more, k, closer = _run(b, units, k)
        else:
            more, closer = [], first
    else:
        more, k, closer = _run(b, units, k)
    for text, origin in more:
        origins[f"paragraphs[{len(paragraphs)}]"] = origin
        paragraphs.append(text)
    style: QuoteStyle = "said" if said is not None else "statement"
    b.add_block(Quote(tuple(paragraphs), speaker, style), origins)
    return k, closer


def _run(
    b: Builder, units: list[Unit], j: int
) -> tuple[list[tuple[str, Origin]], int, Unit | None]:
    """Quote paragraphs from `units[j]`: AP continuation, or the marks of a hand-typed release."""
    out: list[tuple[str, Origin]] = []
    unmarked: list[Unit] = []
    open_ = False
    k = j
    prev: Unit | None = None
    while k < len(units):
        unit = units[k]
        text = plain(unit.text) if unit.hint == "strong" else unit.text
        if prev is not None:
            if _ends_run(b, units, k, text):
                break
            if not _continues(b, unit, prev, text, open_, unmarked):
                break
        body, opened, closed = strip_marks(text)
        lead = len(text) - len(text.lstrip()) + (1 if opened else 0)
        out.append((body, unit.cut(lead).origin))
        open_ = not closed
        prev = unit
        k += 1
    if open_ and prev is not None and prev.hint != "quote":
        b.note(
            "quote-balanced", Severity.WARNING, "this quote is never closed", prev, len(prev.text)
        )
        for unit in unmarked:
            b.note(
                "import-unplaced", Severity.INFO,
                f"line {unit.line}: could not tell whether this is a quote or a paragraph", unit,
            )  # fmt: skip
    return out, k, (prev if not open_ else None)


def _ends_run(b: Builder, units: list[Unit], k: int, text: str) -> bool:
    """A unit that can't continue a quote: a heading, list, end mark, header or said quote."""
    unit = units[k]
    if is_tail_start(unit) or unit.hint in ("heading", "item") or _header(units, k):
        return True
    return bool(b.fmt == "text" and LIST_ITEM.match(text)) or parse_said(plain(text)) is not None


def _continues(
    b: Builder, unit: Unit, prev: Unit, text: str, open_: bool, unmarked: list[Unit]
) -> bool:
    """Whether `unit` continues the quote `prev` belongs to, noting the marks it lacks."""
    starts = opens_quote(text)
    same_block = unit.hint == "quote" and prev.hint == "quote" and unit.group == prev.group
    if open_ or same_block:
        if not starts and unit.hint != "quote":
            unmarked.append(unit)
            b.note(
                "quote-continuation", Severity.ERROR,
                "a continuing quote paragraph opens without a quotation mark", unit,
            )  # fmt: skip
        return True
    if not starts and closes_quote(text) and not strip_marks(text)[1]:
        # `“… a start.”` then `Now the county … them.”`: one closing mark too many before.
        b.note(
            "quote-continuation", Severity.WARNING,
            "a closing quotation mark on a paragraph the quote continues after",
            prev, len(prev.text) - 1,
        )  # fmt: skip
        b.note(
            "quote-continuation", Severity.ERROR,
            "a continuing quote paragraph opens without a quotation mark", unit,
        )  # fmt: skip
        return True
    return False

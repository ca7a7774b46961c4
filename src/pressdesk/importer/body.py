"""The body: the lede after its dateline, paragraphs, quote blocks, headings and lists."""

from __future__ import annotations

import re

from pressdesk.findings import Origin, Severity
from pressdesk.importer.about import about_at
from pressdesk.importer.builder import Builder
from pressdesk.importer.contacts import label_match, sentence_contact
from pressdesk.importer.dateline import dateline_at, starts_dateline
from pressdesk.importer.front import advisory_label
from pressdesk.importer.lines import END_MARK, LIST_ITEM, Unit
from pressdesk.importer.quote_blocks import header_speaker, read_quote, read_said
from pressdesk.importer.said import said_pieces
from pressdesk.importer.words import is_name, opens_quote, plain
from pressdesk.model import BulletList, Heading, Paragraph

_W_LABELS = {"WHO", "WHAT", "WHEN", "WHERE", "WHY"}
_QUOTE_MARK = re.compile(r"[“”\"„«»]")


def is_tail_start(unit: Unit) -> bool:
    """Where the body ends even without an end mark: an `About X` heading or a contact label."""
    text = plain(unit.text)
    return bool(END_MARK.match(text) or about_at(text) is not None or label_match(unit.text))


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
    spaced = dl.dash.replace("\u00a0", " ") == " — "  # a no-break space is a space here
    if dash in ("–", "-", ":") or (dash == "—" and not spaced):
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
        # The lede's words stand in for their unit: the body reads them as its first paragraph.
        units[placed.next - 1] = placed.lede
        return placed.next - 1
    return placed.next


def read_body(b: Builder, units: list[Unit], i: int, fmt: str) -> int:
    """Body blocks from `units[i]` to the end mark (or the boilerplate); returns where it stopped."""
    i = _before_dateline(b, units, i)
    lede = -1
    if i < len(units) and not is_tail_start(units[i]):
        j = read_lede(b, units, i)
        lede, i = (j if b.dateline and j < len(units) else -1), j
    closed: Unit | None = None
    while i < len(units) and not is_tail_start(units[i]):
        if i == lede:  # the words after the dateline: a paragraph, whatever they look like
            i, closed = read_said(b, units, i, is_tail_start)
        else:
            i, closed = _body_block(b, units, i, closed)
    if b.advisory_labels >= 2:
        b.kind = "advisory"
    return i


def read_more_body(b: Builder, units: list[Unit], i: int) -> int:
    """Body that goes on after something that looked like its end (a contact block between the
    headline and the story); returns where it stops."""
    closed: Unit | None = None
    start = i
    while i < len(units) and (i == start or not is_tail_start(units[i])):
        i, closed = _body_block(b, units, i, closed)
    return i


def _body_block(
    b: Builder, units: list[Unit], i: int, closed_before: Unit | None
) -> tuple[int, Unit | None]:
    """One block of the body from `units[i]`: the index after it, and the unit that closed a
    quote it ended with (for a new quote straight after)."""
    unit = units[i]
    text = plain(unit.text)
    label = advisory_label(unit.text)
    if label is not None and unit.hint in ("", "strong", "heading"):
        return _add_label(b, units, i, label), None
    if unit.hint == "heading":
        b.add_block(Heading(text), {"heading": unit.origin})
        return i + 1, None
    if unit.hint == "item" or (b.fmt == "text" and LIST_ITEM.match(unit.text)):
        return _read_list(b, units, i), None
    if (speaker := header_speaker(units, i)) is not None:
        return read_quote(b, units, i + 1, speaker, unit, is_tail_start)
    if unit.hint == "quote" or _QUOTE_MARK.search(text):
        if closed_before is not None and _new_orphan(text, unit):
            b.note(
                "quote-continuation", Severity.INFO,
                f"a new quote with no speaker line; if it continues the quote above, "
                f"remove the closing mark at the end of line {closed_before.line}",
                unit,
            )  # fmt: skip
        return read_said(b, units, i, is_tail_start)
    if b.fmt == "text" and _looks_like_heading(units, i):
        b.add_block(Heading(text), {"heading": unit.origin})
    elif (contact := sentence_contact(unit)) is not None:
        b.add_contact(contact, len(b.contacts))  # `For interviews, email Jo Lee at jo@…`
    else:
        b.add_block(Paragraph(unit.text), {"text": unit.origin})
    return i + 1, None


def _before_dateline(b: Builder, units: list[Unit], i: int) -> int:
    """Lines between the headline block and a dateline further down: a line or two, or the
    summary points some releases list there. One finding says they could not be placed."""
    if b.dateline or i >= len(units) or starts_dateline(units, i):
        return i
    j = _dateline_ahead(units, i)
    if j is None:
        return i
    between = units[i:j]
    if all(_is_item(b, u) for u in between):
        _read_list(b, units, i)
        what = "summary points"
    else:
        for unit in between:  # headings, so the paragraph after the dateline stays the lede
            b.add_block(Heading(plain(unit.text)), {"heading": unit.origin})
        what = "a subheadline" if len(between) == 1 else "subheadlines"
    lines = (
        f"line {between[0].line}"
        if len(between) == 1
        else f"lines {between[0].line}–{between[-1].line}"
    )
    b.note(
        "import-unplaced", Severity.INFO,
        f"{lines}: could not tell whether {'this is' if len(between) == 1 else 'these are'} "
        f"{what} or part of the body; kept above the lede",
        between[0],
    )  # fmt: skip
    return j


def _dateline_ahead(units: list[Unit], i: int) -> int | None:
    """Where a dateline stands a few lines on: two lines at most, or a list of points."""
    for j in range(i + 1, min(i + 9, len(units))):
        if is_tail_start(units[j]) or opens_quote(plain(units[j].text)):
            return None
        if starts_dateline(units, j):
            return j
        if j - i >= 2 and not LIST_ITEM.match(units[j].text) and units[j].hint != "item":
            return None
    return None


def _is_item(b: Builder, unit: Unit) -> bool:
    return unit.hint == "item" or (b.fmt == "text" and LIST_ITEM.match(unit.text) is not None)


def _new_orphan(text: str, unit: Unit) -> bool:
    """A paragraph that opens a quotation naming no one (straight after another quote)."""
    if unit.hint == "quote" or not opens_quote(text):
        return False
    pieces = said_pieces(text)
    return pieces is None or pieces.quotes[0].who is None


def _add_label(b: Builder, units: list[Unit], i: int, label: re.Match[str]) -> int:
    """An advisory's label with its value: on the same line, or alone on the next."""
    unit = units[i]
    b.advisory_labels += label.group("label").upper() in _W_LABELS
    start = label.start("label")
    b.add_block(Heading(label.group("label")), {"heading": unit.origin_at(start)})
    if label.group("rest"):
        rest = unit.cut(label.start("rest"))
        b.add_block(Paragraph(rest.text), {"text": rest.origin})
        return i + 1
    nxt = units[i + 1] if i + 1 < len(units) else None
    if nxt is None or nxt.hint or is_tail_start(nxt) or advisory_label(nxt.text):
        return i + 1
    b.add_block(Paragraph(nxt.text), {"text": nxt.origin})  # `WHO:` over `Jo Lee, Mayor`
    return i + 2


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

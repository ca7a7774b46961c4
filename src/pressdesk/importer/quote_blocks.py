"""Quote blocks: under a speaker header line, in said style inside a paragraph, and the
paragraphs a quotation runs on into (AP continuation: each opens with a mark, only the last
closes)."""

from __future__ import annotations

from collections.abc import Callable

from pressdesk.findings import Origin, Severity
from pressdesk.importer.attribution import after
from pressdesk.importer.builder import Builder
from pressdesk.importer.lines import LIST_ITEM, Unit
from pressdesk.importer.names import resolve
from pressdesk.importer.quotes import speaker_from_header, strip_marks
from pressdesk.importer.said import Quoted, said_pieces
from pressdesk.importer.spans import quote_spans
from pressdesk.importer.words import closes_quote, opens_quote, plain
from pressdesk.model import Paragraph, Quote, QuoteStyle, Speaker

TailTest = Callable[[Unit], bool]
_LOOKAHEAD = 4  # unmarked paragraphs an open quotation may run on through before it closes


def header_speaker(units: list[Unit], i: int) -> Speaker | None:
    """The speaker of a `Name, Title, Organization` line directly over a quote paragraph."""
    unit = units[i]
    if unit.hint not in ("", "strong") or i + 1 >= len(units):
        return None
    nxt = units[i + 1]
    if not (opens_quote(plain(nxt.text)) or nxt.hint == "quote"):
        return None
    return speaker_from_header(unit.text)


def read_quote(
    b: Builder, units: list[Unit], j: int, speaker: Speaker | None, header: Unit | None,
    tail: TailTest,
) -> tuple[int, Unit | None]:  # fmt: skip
    """A statement-style quote block from `units[j]` (under its header line, if any); returns the
    next index and the unit that closed it (if any)."""
    origins: dict[str, Origin] = {}
    if header is not None and speaker is not None:
        origins.update(_speaker_origins(header, speaker))
    more, k, closer = _run(b, units, j, tail)
    paragraphs: list[str] = []
    for text, origin in more:
        origins[f"paragraphs[{len(paragraphs)}]"] = origin
        paragraphs.append(text)
    b.add_block(Quote(tuple(paragraphs), speaker, "statement"), origins)
    return k, closer


def read_said(b: Builder, units: list[Unit], i: int, tail: TailTest) -> tuple[int, Unit | None]:
    """A paragraph holding quotations: its narrative as paragraphs, each attributed quotation as
    a quote block; a quotation left open runs on into the paragraphs after. Returns the next
    index and the unit that closed the last quote (if it closed)."""
    unit = units[i]
    text = plain(unit.text) if unit.hint == "strong" else unit.text
    if not _within_budget(b, unit):
        b.add_block(Paragraph(unit.text), {"text": unit.origin})
        return i + 1, None
    pieces = said_pieces(text, b.person)
    if pieces is None and unit.hint == "quote":  # a Markdown block quote typed without marks
        return read_quote(b, units, i, None, None, tail)
    if pieces is None:
        b.add_block(Paragraph(unit.text), {"text": unit.origin})
        return i + 1, None
    k, closer = i + 1, None
    for item in pieces.items:
        if isinstance(item, tuple):
            piece = unit.cut(*item)
            if any(ch.isalnum() for ch in piece.text):
                b.add_block(Paragraph(piece.text), {"text": piece.origin})
            continue
        k, closer = _said_block(b, units, i, text, item, tail)
    return k, closer


QUOTE_PARAGRAPHS = 2_000  # a long release quotes a few dozen times


def _within_budget(b: Builder, unit: Unit) -> bool:
    """Whether quotation marks in `unit` are still read for who said what: past the first
    QUOTE_PARAGRAPHS paragraphs with marks they are kept as text, which one finding says (it
    keeps a text of endless quotations to its time limit)."""
    b.quote_paragraphs += 1
    if b.quote_paragraphs == QUOTE_PARAGRAPHS + 1:
        b.note(
            "import-unplaced", Severity.INFO,
            f"line {unit.line}: from here on, quotation marks are kept as text: the release has "
            f"more than {QUOTE_PARAGRAPHS:,} paragraphs with quotations", unit,
        )  # fmt: skip
    return b.quote_paragraphs <= QUOTE_PARAGRAPHS


def _said_block(
    b: Builder, units: list[Unit], i: int, text: str, q: Quoted, tail: TailTest
) -> tuple[int, Unit | None]:
    unit = units[i]
    speaker, guess = _speaker(b, q)
    paragraph, start = _first_paragraph(text, q)
    origins: dict[str, Origin] = {"paragraphs[0]": unit.origin_at(start)}
    if speaker is not None:
        at = q.said_at or (0, 0)  # a speaker read from the sentence before: the paragraph's start
        origins.update(_attribution_origins(unit, speaker, at))
    paragraphs = [paragraph]
    said = q.who is not None or bool(q.intro)  # an attribution names the speaker
    k, closer = i + 1, unit if not q.open else None
    b.guess = speaker.who if speaker is not None and guess else ""
    if q.open:
        more, k, closer = _run(b, units, i + 1, tail, prev=unit)
        for line, origin in more:
            origins[f"paragraphs[{len(paragraphs)}]"] = origin
            paragraphs.append(line)
        if speaker is None and b.closing_who is not None:
            who, where, said_from = b.closing_who
            speaker, guess = resolve(who, b.names(), b.last_speaker, "")
            if speaker is not None:
                origins.update(_attribution_origins(where, speaker, (said_from, said_from)))
            said = True
    elif q.who is not None and k < len(units) and _continues_said(units[k]):
        more, k, closer = _run(b, units, k, tail)
        for line, origin in more:
            origins[f"paragraphs[{len(paragraphs)}]"] = origin
            paragraphs.append(line)
    b.closing_who, b.guess = None, ""
    style: QuoteStyle = "said" if speaker is not None and said else "statement"
    index = b.add_block(Quote(tuple(paragraphs), speaker, style), origins)
    if speaker is not None:
        b.last_speaker = speaker
        if guess:
            b.guesses[index] = speaker.who
    if q.who is not None and q.who.left_out:
        b.note(
            "import-unplaced", Severity.INFO,
            f"line {unit.line}: left out of the attribution: “{q.who.left_out}” (a release file "
            "keeps the speaker's name, title and organisation)", unit, q.said_at[0] if q.said_at else 0,
        )  # fmt: skip
    return k, closer


def _continues_said(unit: Unit) -> bool:
    """A paragraph after a said quote that goes on with it: it opens a quotation and names no one."""
    text = plain(unit.text)
    if not opens_quote(text):
        return False
    pieces = said_pieces(text)
    return (
        pieces is not None
        and len(pieces.quotes) == 1
        and pieces.quotes[0].who is None
        and (len(pieces.items) == 1)
    )


def _speaker(b: Builder, q: Quoted) -> tuple[Speaker | None, bool]:
    if q.who is not None:
        return resolve(q.who, b.names(), b.last_speaker, q.before)
    if q.intro:
        return Speaker(q.intro), True
    return None, False


def _first_paragraph(text: str, q: Quoted) -> tuple[str, int]:
    """The quoted words of the paragraph as one text (a comma before `said` back to its period)."""
    words: list[str] = []
    for n, span in enumerate(q.spans):
        s, e = span.inner
        piece = text[max(s, 0) : e].strip()
        before_said = q.said_at is not None and q.said_at[0] >= span.end and n == 0
        if before_said and q.joiner != "," and piece.endswith(","):
            piece = piece[:-1].rstrip() + "."
        words.append(piece)
    start = q.spans[0].start + 1
    start += len(text[start:]) - len(text[start:].lstrip())
    return " ".join(w for w in words if w), start


def _attribution_origins(unit: Unit, speaker: Speaker, at: tuple[int, int]) -> dict[str, Origin]:
    origins: dict[str, Origin] = {"speaker": unit.origin_at(at[0])}
    for key in ("name", "title", "org"):
        value = getattr(speaker, key)
        if value:
            found = unit.text.find(value, at[0])
            found = unit.text.find(value) if found < 0 else found
            origins[f"speaker.{key}"] = unit.origin_at(found) if found >= 0 else unit.origin
    return origins


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


def _run(
    b: Builder, units: list[Unit], j: int, tail: TailTest, prev: Unit | None = None
) -> tuple[list[tuple[str, Origin]], int, Unit | None]:
    """Quote paragraphs from `units[j]`: AP continuation, or the marks of a hand-typed release.
    `prev`: the paragraph whose quotation was left open (the run continues it)."""
    out: list[tuple[str, Origin]] = []
    open_ = prev is not None
    k = j
    while k < len(units):
        unit = units[k]
        text = plain(unit.text) if unit.hint == "strong" else unit.text
        if prev is not None and (_ends_run(b, units, k, text, tail)
                                 or not _continues(b, units, k, prev, text, open_, tail)):  # fmt: skip
            break
        body, opened, closed, cut = _closing(b, unit, text, open_ and prev is not None)
        lead = len(text) - len(text.lstrip()) + (1 if opened else 0)
        out.append((body, unit.cut(lead).origin))
        open_ = not closed
        prev = unit
        k += 1
        if cut:
            break
    if open_ and prev is not None and prev.hint != "quote":
        b.note(
            "quote-balanced", Severity.WARNING, _guessed(b, "this quote is never closed"),
            prev, len(prev.text),
        )  # fmt: skip
    return out, k, (prev if not open_ else None)


def _closing(b: Builder, unit: Unit, text: str, inside: bool) -> tuple[str, bool, bool, bool]:
    """The paragraph's quoted words; whether it opened and closed the quotation; and whether an
    attribution after the closing mark ends the run (`… hospital." says Jo Lee.`)."""
    if inside and not opens_quote(text):
        spans = quote_spans(text, inside=True)
        if spans and spans[0].start < 0 and spans[0].closed and spans[0].end < len(text) - 1:
            said = after(text, spans[0].end + 1)
            if said is not None:
                b.closing_who = (said.who, unit, said.start)
                return text[: spans[0].end].strip(), False, True, True
    body, opened, closed = strip_marks(text)
    return body, opened, closed, False


def _ends_run(b: Builder, units: list[Unit], k: int, text: str, tail: TailTest) -> bool:
    """A unit that can't continue a quote: a heading, list, end mark, header or said quote."""
    unit = units[k]
    if tail(unit) or unit.hint in ("heading", "item") or header_speaker(units, k):
        return True
    if b.fmt == "text" and LIST_ITEM.match(text):
        return True
    pieces = said_pieces(plain(text))  # a paragraph with an attribution of its own starts anew
    return pieces is not None and any(q.who is not None for q in pieces.quotes)


def _continues(
    b: Builder, units: list[Unit], k: int, prev: Unit, text: str, open_: bool, tail: TailTest
) -> bool:
    """Whether `units[k]` continues the quote `prev` belongs to, noting the marks it lacks."""
    unit = units[k]
    starts = opens_quote(text)
    same_block = unit.hint == "quote" and prev.hint == "quote" and unit.group == prev.group
    if same_block or (open_ and (starts or unit.hint == "quote")):
        return True
    if open_:
        if not _closes_ahead(units, k, tail):
            return False  # never closed: the quote ends here (`quote-balanced` says so once)
        b.note(
            "quote-continuation", Severity.ERROR,
            _guessed(b, "a continuing quote paragraph opens without a quotation mark"), unit,
        )  # fmt: skip
        return True
    if not starts and closes_quote(text) and not strip_marks(text)[1]:
        # `“… a start.”` then `Now the county … them.”`: one closing mark too many before.
        b.note(
            "quote-continuation", Severity.WARNING,
            _guessed(b, "a closing quotation mark on a paragraph the quote continues after"),
            prev, len(prev.text) - 1,
        )  # fmt: skip
        b.note(
            "quote-continuation", Severity.ERROR,
            _guessed(b, "a continuing quote paragraph opens without a quotation mark"), unit,
        )  # fmt: skip
        return True
    return False


def _closes_ahead(units: list[Unit], k: int, tail: TailTest) -> bool:
    """Whether an open quotation closes within the next few unmarked paragraphs from `units[k]`."""
    for unit in units[k : k + _LOOKAHEAD]:
        text = plain(unit.text)
        if tail(unit) or unit.hint in ("heading", "item") or opens_quote(text):
            return False
        spans = quote_spans(text, inside=True)
        if spans and spans[0].start < 0 and spans[0].closed:
            return True
    return False


def _guessed(b: Builder, message: str) -> str:
    """A finding about a quote whose speaker was a guess says so."""
    return f"if this is a quote by {b.guess}, {message}" if b.guess else message

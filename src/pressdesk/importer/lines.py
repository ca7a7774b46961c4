"""Source lines and the units the importer reads: one paragraph, heading or list item each.

Plain text and Markdown both become a list of `Unit`s, so one parser serves both formats.
A unit remembers where its text came from, line by line, for findings and the source map.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pressdesk.findings import Origin

# A line that is only an end mark (`###`, `# # #`, `-30-`, `-END-`, `– end –`), maybe escaped in
# Markdown; some offices close with `#` or `#####`.
END_MARK = re.compile(
    r"^\s*(?:\\?#(?:\s*\\?#){0,5}|-\s*30\s*-|[-–—]+\s*(?i:end)\s*[-–—]+|[-–—]*\s*ENDS?\s*[-–—]*)\s*$"
)
LIST_ITEM = re.compile(r"^(?:[-*•–+]|\d{1,3}[.)])\s+(?=\S)")
EMAIL_LIKE = re.compile(r"@|\[email\s*protected\]|\[\s*at\s*\]|\(at\)", re.IGNORECASE)
PHONE_ONLY = re.compile(
    r"^(?:(?:phone|tel|cell|mobile|office|m|o|p|t)\.?:?\s*)?[+(]?\d[\d\s().\-–/x]{6,}(?:\s*(?:ext\.?|x)\s*\d+)?$",
    re.IGNORECASE,
)
# `MEDIA ADVISORY`, `NEWS RELEASE`, `STATEMENT`: a banner over the release, not part of it.
BANNER = re.compile(
    r"^(?P<advisory>(?:media|news|press|photo|tv|broadcast)\s+advisory|advisory)"
    r"|^(?:news|press)\s+release|^for\s+planning\s+purposes(?:\s+only)?|^statement$",
    re.IGNORECASE,
)
# Lines that always stand alone, even inside a block of lines with no blank line between them.
STANDALONE_START = re.compile(
    r"^(?i:for immediate release|embargoed|hold for release|(?:media |press )?contacts?:)",
)


@dataclass(frozen=True)
class SourceLine:
    """One line of the input: its text (without the newline) and where that text starts."""

    text: str
    number: int  # 1-based line number in the file
    column: int = 1  # 1-based column where `text` starts


@dataclass(frozen=True)
class Unit:
    """One paragraph-sized piece of the input, as joined text plus where each piece started.

    `hint` carries what Markdown said about it: "heading" (with `level`), "quote" (a block quote),
    "item" (a list item; `ordered` for numbered lists), "strong"/"emph" (a whole-line emphasis) or "".
    `gap_before` tells whether a blank line (or a new Markdown block) came before it.
    """

    text: str
    line: int
    column: int
    breaks: tuple[int, ...] = ()
    indent: int = 0
    hint: str = ""
    level: int = 0
    ordered: bool = False
    gap_before: bool = True
    group: int = 0  # Markdown: units of one block quote or one list share a group number

    @property
    def origin(self) -> Origin:
        return Origin(self.line, self.column, self.breaks, self.indent)

    def origin_at(self, offset: int) -> Origin:
        """Where the text from character `offset` on begins (for a field cut out of this unit)."""
        line, column = self.origin.position(offset)
        later = tuple(b - offset for b in self.breaks if b > offset)
        return Origin(line, column, later, self.indent)

    def joined(self, more: Unit) -> Unit:
        """This unit and the one on the next line(s) as one, keeping where each line began."""
        at = len(self.text) + 1
        return Unit(
            f"{self.text} {more.text}", self.line, self.column,
            (*self.breaks, at, *(at + b for b in more.breaks)), more.column - 1, self.hint,
            self.level, self.ordered, self.gap_before, self.group,
        )  # fmt: skip

    def position(self, offset: int) -> tuple[int, int]:
        return self.origin.position(offset)

    def cut(self, start: int, end: int | None = None) -> Unit:
        """The unit for `text[start:end]`, stripped, keeping positions right."""
        stop = len(self.text) if end is None else end
        piece = self.text[start:stop]
        lead = len(piece) - len(piece.lstrip())
        start += lead
        piece = piece.strip()
        origin = self.origin_at(start)
        return Unit(
            piece, origin.line, origin.column, tuple(b for b in origin.breaks if b < len(piece)),
            self.indent, self.hint, self.level, self.ordered, self.gap_before, self.group,
        )  # fmt: skip


def split_lines(text: str) -> list[SourceLine]:
    """The file's lines as an editor numbers them (only `\\n` ends a line; `\\r` is dropped)."""
    out: list[SourceLine] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.rstrip("\r")
        stripped = line.lstrip()
        out.append(SourceLine(stripped.rstrip(), number, 1 + len(line) - len(stripped)))
    return out


def _first_word(text: str) -> str:
    return text.split(" ", 1)[0]


def _stands_alone(line: str) -> bool:
    return bool(END_MARK.match(line) or PHONE_ONLY.match(line)) or (
        bool(EMAIL_LIKE.search(line)) and " " not in line.strip()
    )


_NUMBERED = re.compile(r"^\d{1,3}[.)]\s")


def _starts_anew(line: str, prev: str) -> bool:
    """Whether `line` must begin a new unit even when the line before was filled to the width.

    A phone number or address alone on the line may be the tail of a wrapped contact line, so
    only list items, end marks and the release and contact keywords start anew.
    """
    if _NUMBERED.match(line) and not LIST_ITEM.match(prev) and not prev.endswith(":"):
        # `… the data; 2) how long …`: a wrapped inline enumeration, not a numbered list.
        return bool(STANDALONE_START.match(line))
    return bool(LIST_ITEM.match(line) or STANDALONE_START.match(line) or END_MARK.match(line))


def wrap_width(chunks: list[list[SourceLine]]) -> int:
    """The width the text is hard-wrapped at (a line longer than it less its next word was
    broken by the wrap), or 0 when its paragraphs run on one line each.

    Wrapped text has most of its prose lines close to one width and none far past it; a text with
    one line per paragraph has lines of every length, many of them long. Blocks of short lines
    (addresses, contact blocks) are not prose and say nothing about the width.
    """
    # Lines followed by another line of the same block that a wrap could have pushed down.
    inner = [
        line.text
        for chunk in chunks
        for line, nxt in zip(chunk, chunk[1:], strict=False)
        if not _starts_anew(nxt.text, line.text)
    ]
    every = [len(line.text) for chunk in chunks for line in chunk]
    if not inner:
        return 0
    overlong = sum(1 for n in every if n > 100)
    if overlong > max(1, len(every) // 10):  # a few long lines (list items, links) in wrapped text
        return 0
    prose = sorted(len(t) for t in inner if t.count(" ") >= 3 and not _stands_alone(t))
    if not prose:
        return 0
    # The width most lines reach: hand-wrapped text has a few lines past it.
    width = max((n for n in prose[: len(prose) * 9 // 10 + 1] if n <= 100), default=0)
    if width < 20:
        return 0
    if len(prose) < 3 and max(every) > width + max(15, width // 3):
        # Too few lines to see a width, and a line runs past it: a headline over its
        # subheadline, a contact over its email, not wrapped prose.
        return 0
    near = sum(1 for n in prose if n >= width - max(10, width // 4))
    if near * 2 < len(prose):
        return 0
    # Text wrapped by hand or by a web page's source breaks a little short of its longest lines;
    # with enough lines to show it, a line that comes close counts as filled.
    return width - width // 8 if len(prose) >= 5 else width


def _short_block(chunk: list[SourceLine], width: int) -> bool:
    """A block of short lines (a contact block, an address) rather than a wrapped paragraph:
    most of its line breaks came before the width was reached."""
    if len(chunk) < 3:
        return False
    pairs = [
        (p, line)
        for p, line in zip(chunk, chunk[1:], strict=False)
        if not _starts_anew(line.text, p.text) and not _stands_alone(p.text)
    ]
    if len(pairs) < 2:
        return False
    unforced = sum(1 for p, line in pairs if not _fills(p.text, line.text, width))
    return unforced * 2 > len(pairs)


def _fills(line: str, nxt: str, width: int) -> bool:
    """Whether `line` was broken because `nxt`'s first word did not fit the width."""
    return len(line) + 1 + len(_first_word(nxt)) > width


@dataclass(frozen=True)
class _Hints:
    """What Markdown said about a block, for every unit cut from it."""

    hint: str = ""
    level: int = 0
    ordered: bool = False
    group: int = 0


def chunk_units(
    chunk: list[SourceLine], width: int, *, hint: str = "", level: int = 0,
    ordered: bool = False, group: int = 0, item_lines: bool = True, continues: bool = False,
) -> list[Unit]:  # fmt: skip
    """Turn a block of consecutive lines into units, joining the lines of a wrapped paragraph.

    A line continues the one before when that one was broken only because the next word did not
    fit the wrap width (what `textwrap` and editors do); short lines (addresses, contact blocks,
    a release line over its date) stay apart.
    """
    hints = _Hints(hint, level, ordered, group)
    units: list[Unit] = []
    parts: list[SourceLine] = []
    short_block = width > 0 and _short_block(chunk, width)
    for line in chunk:
        if parts and not _joins(
            parts[-1].text, line.text, width, short_block, item_lines, continues
        ):
            units.append(_unit_of(parts, hints, first_in_chunk=not units))
            parts = []
        parts.append(line)
    if parts:
        units.append(_unit_of(parts, hints, first_in_chunk=not units))
    return units


def _joins(
    prev: str, line: str, width: int, short_block: bool, item_lines: bool, continues: bool
) -> bool:
    """Whether `line` goes on with the paragraph `prev` ended a line of."""
    # In wrapped text a line going on in lower case continues the sentence, however short the
    # line before it broke.
    filled = (
        width > 0
        and not short_block
        and (_fills(prev, line, width) or (line[:1].islower() and not _stands_alone(line)))
    )
    if filled and not _stands_alone(prev) and not (item_lines and _starts_anew(line, prev)):
        return True
    # A line ending in a comma or slash goes on (a wrapped contact line in a short text).
    if not (continues and prev.endswith((",", "/"))) or END_MARK.match(line):
        return False
    return not (item_lines and (LIST_ITEM.match(line) or STANDALONE_START.match(line)))


def _unit_of(parts: list[SourceLine], hints: _Hints, *, first_in_chunk: bool) -> Unit:
    """The unit for lines that make one paragraph, remembering where each line began."""
    breaks: list[int] = []
    length = len(parts[0].text)
    for p in parts[1:]:
        length += 1
        breaks.append(length)
        length += len(p.text)
    text = parts[0].text if len(parts) == 1 else " ".join(p.text for p in parts)
    indent = parts[1].column - 1 if len(parts) > 1 else 0
    return Unit(
        text, parts[0].number, parts[0].column, tuple(breaks), indent, hints.hint, hints.level,
        hints.ordered, first_in_chunk, hints.group,
    )  # fmt: skip


_SENTENCE_RUN = re.compile(r"[.!?”\"]\s{2,}(?=[A-Z“\"])")
_ANY_RUN = re.compile(r"(?<=\S)\s{2,}(?=\S)")
_PARAGRAPH_RUN = re.compile(r"(?<=\S)\s{2,}(?=[A-Z“\"])")


def _flattened(line: SourceLine) -> list[SourceLine] | None:
    """A whole release flattened onto one line, its paragraphs parted by runs of spaces (a
    copy that lost its line breaks), taken apart again; None for any other line.

    Runs of spaces part paragraphs only when nearly every run follows a sentence's end: text
    typed with two spaces here and there (`Teen pop star  Rebecca Black`) stays one paragraph.
    """
    text = line.text
    if not 300 <= len(text) <= 100_000:  # longer is no release flattened, but one long line
        return None
    sentences = len(_SENTENCE_RUN.findall(text))
    if sentences < 3 or sentences * 4 < len(_ANY_RUN.findall(text)) * 3:
        return None
    pieces: list[SourceLine] = []
    pos = 0
    for m in _PARAGRAPH_RUN.finditer(text):
        pieces.append(SourceLine(text[pos : m.start()], line.number, line.column + pos))
        pos = m.end()
    pieces.append(SourceLine(text[pos:], line.number, line.column + pos))
    return pieces


def text_units(text: str) -> list[Unit]:
    """The units of a plain-text release."""
    chunks: list[list[SourceLine]] = []
    current: list[SourceLine] = []
    for line in split_lines(text):
        pieces = _flattened(line) if line.text else None
        if pieces is not None:  # each flattened paragraph a block of its own
            if current:
                chunks.append(current)
                current = []
            chunks.extend([piece] for piece in pieces)
        elif line.text:
            current.append(line)
        elif current:
            chunks.append(current)
            current = []
    if current:
        chunks.append(current)
    # One block with no blank line anywhere is one paragraph per line, never hard-wrapped text.
    width = wrap_width(chunks) if len(chunks) > 1 else 0
    units: list[Unit] = []
    for chunk in chunks:
        units.extend(chunk_units(chunk, width, continues=len(chunks) > 1))
    return units

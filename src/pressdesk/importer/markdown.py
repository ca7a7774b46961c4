"""Markdown input: markdown-it-py's block tokens turned into the importer's units.

Headings, block quotes and list items keep what Markdown says about them as a unit hint; the
inline text stays as typed (emphasis, links), since release text fields hold inline Markdown.
"""

from __future__ import annotations

import dataclasses
import re

from markdown_it import MarkdownIt

from pressdesk.importer.lines import SourceLine, Unit, chunk_units, wrap_width

_HARD_BREAK = re.compile(r"(?:\\| {2,})$")


class _Source:
    """The file's lines, found by where each starts (no copy of every line is kept)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0]
        find = text.find
        at = find("\n")
        while at >= 0:
            self.starts.append(at + 1)
            at = find("\n", at + 1)

    def column_of(self, number: int, piece: str) -> int:
        """The 1-based column where `piece` starts on line `number` (1 when it can't be found)."""
        if not 0 < number <= len(self.starts):
            return 1
        start = self.starts[number - 1]
        end = self.starts[number] - 1 if number < len(self.starts) else len(self.text)
        found = self.text.find(piece, start, end)
        return found - start + 1 if found >= 0 else 1


def _content_lines(content: str, first: int, source: _Source) -> list[SourceLine]:
    """The lines of a token's inline content, each with its line number and column in the file."""
    out: list[SourceLine] = []
    for k, piece in enumerate(content.split("\n")):
        number = first + k
        text = piece.strip()
        if text:
            out.append(SourceLine(text, number, source.column_of(number, text)))
    return out


def _strip_hard_break(lines: list[SourceLine]) -> tuple[list[SourceLine], bool]:
    hard = False
    out = []
    for line in lines:
        if _HARD_BREAK.search(line.text):
            hard = True
            line = SourceLine(_HARD_BREAK.sub("", line.text).rstrip(), line.number, line.column)
        out.append(line)
    return out, hard


def _joined(lines: list[SourceLine], **hints: object) -> Unit:
    text = lines[0].text
    breaks: list[int] = []
    for line in lines[1:]:
        text += " "
        breaks.append(len(text))
        text += line.text
    indent = lines[1].column - 1 if len(lines) > 1 else 0
    return Unit(text, lines[0].number, lines[0].column, tuple(breaks), indent, **hints)  # type: ignore[arg-type]


_Block = tuple[str, int, bool, int, list[SourceLine]]  # hint, level, ordered, group, lines


def markdown_units(text: str) -> list[Unit]:
    """The units of a Markdown release, one per heading, paragraph or list item."""
    blocks = _blocks(text)
    width = wrap_width([b[4] for b in blocks if not b[0]])
    units: list[Unit] = []
    for hint, level, ordered, grp, lines in blocks:
        lines, hard = _strip_hard_break(lines)
        if hint in ("item", "quote", "heading"):
            units.append(_joined(lines, hint=hint, level=level, ordered=ordered, group=grp))
        elif hard:
            units.extend(chunk_units([line], 0)[0] for line in lines)
        else:
            units.extend(chunk_units(lines, width, group=grp))
    return _mark_emphasis([_undo_block_escape(u) for u in units])


def _blocks(text: str) -> list[_Block]:
    """Markdown's blocks, each with what Markdown says about it and its lines in the file."""
    source = _Source(text)
    # Only the block structure is needed: inline text stays as typed, so skip inline parsing.
    tokens = MarkdownIt("commonmark").disable("inline").parse(text)
    blocks: list[_Block] = []
    quote_depth = 0
    lists: list[bool] = []  # ordered? for each open list
    group = 0
    pending: tuple[str, int] | None = None
    for tok in tokens:
        kind = tok.type
        if kind == "blockquote_open":
            quote_depth += 1
            group += 1
        elif kind == "blockquote_close":
            quote_depth -= 1
        elif kind in ("bullet_list_open", "ordered_list_open"):
            lists.append(kind == "ordered_list_open")
            group += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind in ("heading_open", "paragraph_open"):
            hint = (
                "heading"
                if kind == "heading_open"
                else "item"
                if lists
                else "quote"
                if quote_depth
                else ""
            )
            pending = (hint, int(tok.tag[1:]) if hint == "heading" else 0)
        elif kind == "inline" and pending is not None and tok.map is not None:
            lines = _inline_lines(tok.content, tok.map[0] + 1, pending[0], source)
            if lines:
                blocks.append((pending[0], pending[1], bool(lists and lists[-1]), group, lines))
            pending = None
        elif kind in ("fence", "code_block", "html_block") and tok.map is not None:
            lines = _content_lines(tok.content, tok.map[0] + 1, source)
            if lines:
                blocks.append(("", 0, False, group, lines))
    return blocks


def _inline_lines(content: str, first: int, hint: str, source: _Source) -> list[SourceLine]:
    lines = _content_lines(content, first, source)
    if hint == "heading" and not lines:
        return [SourceLine("###", first, 1)]  # `###` on its own is an empty heading: the end mark
    if hint == "heading" and re.fullmatch(r"[#\s]*", content):
        return [SourceLine("# # #", first, 1)]
    return lines


# The Markdown export escapes a paragraph that would otherwise open a block (`\# 1`, `1\. …`).
_LEADING_ESCAPE = re.compile(r"^\\(?=[#>|+*=`~\[-])")
_ORDERED_ESCAPE = re.compile(r"^(\d{1,9})\\([.)])")


def _undo_block_escape(unit: Unit) -> Unit:
    text = unit.text
    if _LEADING_ESCAPE.match(text):
        return dataclasses.replace(
            unit, text=text[1:], column=unit.column + 1, breaks=tuple(b - 1 for b in unit.breaks)
        )
    if _ORDERED_ESCAPE.match(text):
        return dataclasses.replace(unit, text=_ORDERED_ESCAPE.sub(r"\1\2", text, count=1))
    return unit


_STRONG = re.compile(r"^(\*\*|__)(?P<t>[^*_].*?)\1$")
_EMPH = re.compile(r"^([*_])(?P<t>[^*_].*?)\1$")


def _mark_emphasis(units: list[Unit]) -> list[Unit]:
    out = []
    for u in units:
        if not u.hint and _STRONG.match(u.text):
            u = dataclasses.replace(u, hint="strong")
        elif not u.hint and _EMPH.match(u.text):
            u = dataclasses.replace(u, hint="emph")
        out.append(u)
    return out

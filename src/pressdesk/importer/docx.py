"""A Word document (.docx, which is also what Google Docs downloads) in, a release out.

The document is turned into the typed release the importer already reads, then `import_text`
does the rest, so a `.docx` is understood exactly as the same words typed in a `.txt` or `.md`:

- a document that uses Word's structure (Title or Heading styles, Subtitle, real lists) becomes
  Markdown: headings as `#`/`##`, lists as `- item`, the subtitle in italics;
- a document typed line by line in Normal style becomes plain text, one line per paragraph, so
  the importer's guesses for headings and typed lists apply as they would to the same `.txt`.

Bold and italic become inline Markdown (`**bold**`, `*italic*`), and a web or mail link
`[label](url)`, as release text fields hold them. A line break inside a paragraph starts a new
line. Tables are read cell by cell; headers, footers, comments and pictures are left out.
"""

from __future__ import annotations

import dataclasses
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pressdesk.importer.reader import ImportResult, NotAReleaseError, import_text

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

TypedFormat = Literal["text", "markdown"]
LINK_SCHEMES = ("http:", "https:", "mailto:")
# A Normal paragraph typed as a list item (`- item`, `• item`), as the text importer reads one.
_TYPED_BULLET = re.compile(r"^[-*•–+]\s+(?=\S)")
_HEADING_STYLE = re.compile(r"^heading (\d)$")
# What would open a block in Markdown if a paragraph started with it; the importer removes the
# backslash this puts in front (importer/markdown.py).
_BLOCK_START = re.compile(
    r"^(?:#{1,6}(?=\s|$)|[>|]|[-+*](?=\s|$)|(?:[-*]\s*){3,}$|```|~~~|=+\s*$|\[[^\]]*\]:)"
)
_NAMED_LINE = re.compile(r"\bline (\d+)\b")
_ORDERED_START = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")


@dataclass(frozen=True)
class _Span:
    text: str
    bold: bool = False
    italic: bool = False
    link: str = ""


@dataclass(frozen=True)
class _Line:
    """One paragraph (or one line of it) and what Word says it is."""

    spans: tuple[_Span, ...]
    heading: int = 0  # 1 for Title and Heading 1, 2 for Heading 2, …
    subtitle: bool = False
    item: bool = False

    @property
    def structured(self) -> bool:
        return bool(self.heading or self.subtitle or self.item)


def read_docx(path: Path | str) -> ImportResult:
    """Import the Word document at `path`; a missing, folder or damaged file is one-line error."""
    from pressdesk.fileio import DOCX_LIMIT, read_bytes

    path = Path(path)
    return import_docx(read_bytes(path, "Word document", limit=DOCX_LIMIT), name=str(path))


def import_docx(data: bytes, *, name: str = "<docx>") -> ImportResult:
    """Import a Word document given as bytes, through the same importer as text.

    Places in findings count the document's paragraphs (line 5 is the fifth non-empty one).
    """
    text, fmt = docx_to_typed(data, name=name)
    result = import_text(text, fmt=fmt, name=name)
    if fmt == "text":
        return result  # one line per paragraph already
    # The Markdown has a blank line between paragraphs: line 2n-1 is the n-th paragraph, in the
    # findings' places and in messages that name a line.
    return ImportResult(
        result.release,
        [
            dataclasses.replace(
                f,
                line=(f.line + 1) // 2 if f.line else f.line,
                message=_NAMED_LINE.sub(lambda m: f"line {(int(m[1]) + 1) // 2}", f.message),
            )
            for f in result.findings
        ],
        {
            key: dataclasses.replace(o, line=(o.line + 1) // 2, breaks=())
            for key, o in result.source.items()
        },
    )


def docx_to_typed(data: bytes, *, name: str = "<docx>") -> tuple[str, TypedFormat]:
    """The document as a typed release: Markdown when Word marks its structure, else plain text."""
    lines = list(_lines(_open(data, name)))
    if any(line.structured for line in lines):
        return "\n\n".join(_markdown(line) for line in lines) + "\n", "markdown"
    return "\n".join(_inline(line.spans) for line in lines) + "\n", "text"


def _open(data: bytes, name: str) -> WordDocument:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if not data.strip():
        raise NotAReleaseError(f"{name}: the file is empty")
    _refuse_zip_bomb(data, name)
    try:
        return docx.Document(BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise NotAReleaseError(
            f"{name}: not a Word document (.docx) that can be read ({exc.__class__.__name__})"
        ) from None
    except Exception as exc:  # noqa: BLE001 - lxml and zip raise many kinds on a damaged file
        raise NotAReleaseError(f"{name}: a damaged Word document ({exc})") from None


# What a Word document's parts may unpack to: a long release with pictures is a few megabytes; a
# "zip bomb" of a few kilobytes can unpack to gigabytes and would fill the memory.
UNPACKED_LIMIT = 200 * 1024 * 1024


def _refuse_zip_bomb(data: bytes, name: str) -> None:
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return  # not a zip at all: python-docx says so in its own words below
    if unpacked > UNPACKED_LIMIT:
        raise NotAReleaseError(
            f"{name}: unpacks to more than {UNPACKED_LIMIT // (1024 * 1024)} MB, too big for a "
            "release; nothing was read"
        )


class _Styles:
    """The document's styles by id, read once: python-docx looks each one up by scanning them all."""

    def __init__(self, document: WordDocument) -> None:
        self.names: dict[str, str] = {}
        self.looks: dict[str, tuple[bool, bool]] = {}
        for style in document.styles:
            if style.style_id:
                self.names[style.style_id] = (style.name or "").strip().lower()
                font = getattr(style, "font", None)
                self.looks[style.style_id] = (
                    bool(font and font.bold),
                    bool(font and font.italic),
                )

    def paragraph_style(self, para: Paragraph) -> str:
        style_id = para._p.style
        return self.names.get(style_id, "") if style_id else "normal"

    def run_looks(self, style_id: str | None) -> tuple[bool, bool]:
        return self.looks.get(style_id, (False, False)) if style_id else (False, False)


def _lines(document: WordDocument) -> Iterator[_Line]:
    from docx.table import Table

    styles = _Styles(document)
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    for para in cell.paragraphs:
                        yield from _paragraph_lines(para, styles)
        else:
            yield from _paragraph_lines(block, styles)


def _paragraph_lines(para: Paragraph, styles: _Styles) -> Iterator[_Line]:
    style = styles.paragraph_style(para)
    heading = 1 if style == "title" else 0
    found = _HEADING_STYLE.match(style)
    if found:
        heading = min(int(found.group(1)), 6)
    numbered = para._p.pPr is not None and para._p.pPr.numPr is not None
    item = not heading and (numbered or style.startswith("list"))
    for spans in _split_lines(_spans(para, styles)):
        if "".join(s.text for s in spans).strip():
            yield _Line(spans, heading, style == "subtitle", item)


def _spans(para: Paragraph, styles: _Styles) -> list[_Span]:
    from docx.text.hyperlink import Hyperlink

    spans: list[_Span] = []
    for piece in para.iter_inner_content():
        if isinstance(piece, Hyperlink):
            address = piece.address if piece.address.lower().startswith(LINK_SCHEMES) else ""
            spans.extend(_run_span(run, address, styles) for run in piece.runs)
        else:
            spans.append(_run_span(piece, "", styles))
    return spans


def _run_span(run: Run, link: str, styles: _Styles) -> _Span:
    # Bold or italic set on the run wins; left unset, the run's character style (Strong,
    # Emphasis) decides.
    style_bold, style_italic = styles.run_looks(run._r.style)
    bold = run.bold if run.bold is not None else style_bold
    italic = run.italic if run.italic is not None else style_italic
    return _Span(run.text.replace("\t", " "), bool(bold), bool(italic), link)


def _split_lines(spans: list[_Span]) -> Iterator[tuple[_Span, ...]]:
    """A paragraph's spans, cut at each line break (Shift+Enter) into one line each."""
    line: list[_Span] = []
    for span in spans:
        parts = span.text.split("\n")
        for i, part in enumerate(parts):
            if i:
                yield tuple(line)
                line = []
            if part:
                line.append(_Span(part, span.bold, span.italic, span.link))
    yield tuple(line)


def _markdown(line: _Line) -> str:
    words = _inline(line.spans)
    if line.heading:
        return f"{'#' * line.heading} {words}"
    if line.item:
        return f"- {words}"
    typed = _TYPED_BULLET.match(words)
    if typed:
        return f"- {words[typed.end() :]}"
    if line.subtitle and not words.startswith("*"):
        return f"*{words}*"
    if _ORDERED_START.match(words):
        return _ORDERED_START.sub(r"\1\\\2", words, count=1)
    return "\\" + words if _BLOCK_START.match(words) else words


def _inline(spans: tuple[_Span, ...]) -> str:
    """Spans as one line of inline Markdown; Word's arbitrary run splits are merged first."""
    merged: list[_Span] = []
    for span in spans:
        last = merged[-1] if merged else None
        if last and (last.bold, last.italic, last.link) == (span.bold, span.italic, span.link):
            merged[-1] = _Span(last.text + span.text, span.bold, span.italic, span.link)
        else:
            merged.append(span)
    out: list[str] = []
    for span in merged:
        out.append(_marked(span))
    return re.sub(r"\s+", " ", "".join(out)).strip()


def _marked(span: _Span) -> str:
    # Emphasis marks must touch the words: `** bold**` would not be bold, so spaces go outside.
    core = span.text.strip()
    if not core:
        return span.text
    lead = span.text[: len(span.text) - len(span.text.lstrip())]
    trail = span.text[len(span.text.rstrip()) :]
    if span.italic:
        core = f"*{core}*"
    if span.bold:
        core = f"**{core}**"
    if span.link:
        core = f"[{core}]({span.link})"
    return lead + core + trail

"""The Word export: the house layout in Word's built-in styles, so a partner edits it as usual.

Headline in Heading 1, subheadline in Subtitle, body and boilerplate headings in Heading 2, lists
in List Bullet, everything else in Normal: Word's navigation pane, style gallery and "Clear
formatting" all behave as in any document. The words come from `pressdesk.render.content`, as in
every export; this module only lays them out (docs/exports.md).

The file is the same bytes for the same release: python-docx stamps each zip entry with the time
of saving, so the package is rewritten with the release's date on every entry.
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime, time
from typing import TYPE_CHECKING

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from pressdesk.model import Release
from pressdesk.render import content
from pressdesk.render.formats import Paper
from pressdesk.render.runs import Run, Runs, plain_runs, runs_text, to_runs

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.text.paragraph import Paragraph

# Page sizes and margins in millimetres: US Letter with 1-inch margins, or A4 with 25 mm.
PAGE_MM: dict[str, tuple[float, float, float]] = {
    "letter": (215.9, 279.4, 25.4),
    "a4": (210.0, 297.0, 25.0),
}
BLACK = RGBColor(0, 0, 0)
LINK_BLUE = RGBColor(0x1A, 0x0D, 0xAB)


def render_docx(release: Release, paper: Paper = "letter") -> bytes:
    """The release as a Word document (.docx), the same bytes every time."""
    worded = content.build(release, to_runs, plain_runs)
    document = Document()
    _set_up(document, release, paper, runs_text(worded.headline))
    _write(document, worded)
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_timestamps(buffer.getvalue(), _stamp(release))


def _stamp(release: Release) -> datetime:
    # The release date, not the time of export: the same release gives the same file.
    return datetime.combine(release.date, time(0, 0), tzinfo=UTC)


def _set_up(document: WordDocument, release: Release, paper: Paper, title: str) -> None:
    width, height, margin = PAGE_MM[paper]
    for section in document.sections:
        section.page_width, section.page_height = Mm(width), Mm(height)
        section.left_margin = section.right_margin = Mm(margin)
        section.top_margin = section.bottom_margin = Mm(margin)
    styles = document.styles
    normal = styles["Normal"]
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(8)
    # Headings in the house's black rather than the template's blue; still Word's own styles.
    for name, size in (("Heading 1", 16), ("Heading 2", 13), ("Subtitle", 12)):
        style = styles[name]
        style.font.color.rgb = BLACK
        style.font.size = Pt(size)
    styles["Subtitle"].font.italic = True
    if "Hyperlink" not in [s.name for s in styles]:
        link = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
        link.font.color.rgb = LINK_BLUE
        link.font.underline = True
    props = document.core_properties
    props.title = title
    props.subject = "Press release"
    props.author = props.last_modified_by = props.comments = props.keywords = ""
    props.category = ""
    props.revision = 1
    props.created = props.modified = _stamp(release).replace(tzinfo=None)
    _drop_thumbnail(document)


def _drop_thumbnail(document: WordDocument) -> None:
    # The template carries a preview picture of someone else's document; a file browser would
    # show it for the release.
    package = document.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RELATIONSHIP_TYPE.THUMBNAIL:
            del package.rels[rel_id]


def _write(document: WordDocument, c: content.Content[Runs]) -> None:
    _add(document, c.release_line, bold=True)
    if c.contacts:
        para = _add(document, (Run(f"{c.contact_label}: ", bold=True),))
        for i, contact in enumerate(c.contacts):
            _add_runs(para, ((Run(" / "),) if i else ()) + contact)
    _add(document, c.headline, style="Heading 1")
    if c.subheadline:
        _add(document, c.subheadline, style="Subtitle")
    for block in c.blocks:
        if block.kind == "quote":
            if block.header:
                # The speaker line stays on the page of the words it introduces.
                _add(document, block.header, bold=True).paragraph_format.keep_with_next = True
            for words in block.paragraphs:
                _add(document, words)
        elif block.kind == "list":
            for item in block.items:
                _add(document, item, style="List Bullet")
        elif block.kind == "heading" and block.text:
            _add(document, block.text, style="Heading 2")
        elif block.text:
            _add(document, block.text)
    _end_mark(document, c.end_mark)
    for boiler in c.boilerplate:
        if boiler.heading:
            _add(document, boiler.heading, style="Heading 2")
        _add(document, boiler.text)
    if c.boilerplate:
        _end_mark(document, c.end_mark)


def _end_mark(document: WordDocument, mark: str) -> None:
    _add(document, (Run(mark),)).alignment = WD_ALIGN_PARAGRAPH.CENTER


def _add(
    document: WordDocument, runs: Runs, *, style: str | None = None, bold: bool = False
) -> Paragraph:
    para = document.add_paragraph(style=style)
    _add_runs(
        para, tuple(Run(r.text, True, r.italic, r.code, r.link) for r in runs) if bold else runs
    )
    return para


def _add_runs(para: Paragraph, runs: Runs) -> None:
    for run in runs:
        if run.link:
            _add_link(para, run)
            continue
        word_run = para.add_run(run.text)
        word_run.bold = run.bold or None
        word_run.italic = run.italic or None
        if run.code:
            word_run.font.name = "Courier New"


def _add_link(para: Paragraph, run: Run) -> None:
    # python-docx reads hyperlinks but has no call to write one: the element is built here, with
    # the target as an external relationship, as Word itself writes it.
    rel_id = para.part.relate_to(run.link, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    word_run = para.add_run(run.text, style="Hyperlink")
    word_run.bold = run.bold or None
    word_run.italic = run.italic or None
    link.append(word_run._r)
    para._p.append(link)


def _fixed_timestamps(package: bytes, stamp: datetime) -> bytes:
    """The same zip with every entry dated `stamp`, in the same order and compression."""
    # A zip cannot date anything before 1980 or after 2107.
    when = max((stamp.year, stamp.month, stamp.day, 0, 0, 0), (1980, 1, 1, 0, 0, 0))
    when = min(when, (2107, 12, 31, 0, 0, 0))
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(package)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for entry in source.infolist():
            fixed = zipfile.ZipInfo(entry.filename, date_time=when)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            target.writestr(fixed, source.read(entry.filename))
    return out.getvalue()

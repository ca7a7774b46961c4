"""The Word export, read back with python-docx as Word would open it: the house layout in Word's
built-in styles, every word in order, and the same bytes for the same release."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm
from render_samples import statement

from pressdesk.model import Boilerplate, BulletList, Heading, Paragraph, Quote, Speaker
from pressdesk.render import output_name, render
from pressdesk.store import load

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
RELEASES = sorted(EXAMPLES.glob("*.toml"))


def opened(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def styled(data: bytes) -> list[tuple[str, str]]:
    """Each paragraph of the document as (style name, text)."""
    return [(p.style.name if p.style else "", p.text) for p in opened(data).paragraphs]


@pytest.mark.parametrize("path", RELEASES, ids=[p.stem for p in RELEASES])
def test_an_example_reads_back_line_for_line_as_its_text_export(path: Path) -> None:
    release = load(path)
    document = (path.parent / output_name(release, "docx")).read_bytes()
    # The committed plain-text export has one line per paragraph, in reading order.
    lines = (path.parent / output_name(release, "text")).read_text(encoding="utf-8").splitlines()
    paragraphs = styled(document)
    assert [text for _, text in paragraphs] == lines
    assert [text for style, text in paragraphs if style == "Heading 1"] == [release.headline]
    marks = [p for p in opened(document).paragraphs if p.text == release.end_mark]
    assert len(marks) == 2
    assert all(p.alignment == WD_ALIGN_PARAGRAPH.CENTER for p in marks)


def test_the_house_layout_in_words_built_in_styles() -> None:
    release = statement().replace(
        subheadline="Members want the pause made permanent",
        body=(
            Paragraph("The board voted on Tuesday."),
            Heading("What happens next"),
            BulletList(("A hearing on Oct. 6", "A vote in November")),
            Quote(("We will be there.",), Speaker("Ana Lee", "Director", "Tenants United")),
        ),
        boilerplate=(
            Boilerplate("Harbor Coalition", "The coalition has 30 members.", "About Harbor"),
        ),
    )
    assert styled(render(release, "docx")) == [
        ("Normal", "For Immediate Release: Sept. 4, 2026"),
        (
            "Normal",
            "Media Contact: Dana Whitfield, dana@example.org, 202-555-0143 / "
            "Marco Ruiz, marco@example.org, 202-555-0178",
        ),
        ("Heading 1", "Harbor Coalition Statement: Port Authority Pauses Tenant Evictions"),
        ("Subtitle", "Members want the pause made permanent"),
        ("Normal", "BALTIMORE \u2014 The board voted on Tuesday."),
        ("Heading 2", "What happens next"),
        ("List Bullet", "A hearing on Oct. 6"),
        ("List Bullet", "A vote in November"),
        ("Normal", "Ana Lee, Director, Tenants United"),
        ("Normal", "\u201cWe will be there.\u201d"),
        ("Normal", "###"),
        ("Heading 2", "About Harbor"),
        ("Normal", "The coalition has 30 members."),
        ("Normal", "###"),
    ]


def test_the_speaker_line_is_bold_and_stays_with_its_quote() -> None:
    release = statement().replace(
        body=(Quote(("We will be there.",), Speaker("Ana Lee", "Director", "Tenants United")),)
    )
    speaker = next(
        p for p in opened(render(release, "docx")).paragraphs if p.text.startswith("Ana")
    )
    assert all(run.bold for run in speaker.runs)
    assert speaker.paragraph_format.keep_with_next is True


def test_bold_italic_and_links_become_word_formatting() -> None:
    release = statement().replace(
        body=(
            Paragraph(
                "The vote is **final** and *binding*; see [the minutes](https://example.org/m) "
                "or [this](javascript:alert(1))."
            ),
        )
    )
    document = opened(render(release, "docx"))
    lede = next(p for p in document.paragraphs if p.text.startswith("BALTIMORE"))
    assert lede.text == (
        "BALTIMORE \u2014 The vote is final and binding; see the minutes "
        "or [this](javascript:alert(1))."
    )
    looks = {run.text: (run.bold, run.italic) for run in lede.runs}
    assert looks["final"] == (True, None)
    assert looks["binding"] == (None, True)
    assert [(link.text, link.address) for link in lede.hyperlinks] == [
        ("the minutes", "https://example.org/m")
    ]


def test_the_same_release_gives_the_same_bytes() -> None:
    first = render(statement(), "docx")
    assert render(statement(), "docx") == first
    with zipfile.ZipFile(io.BytesIO(first)) as package:
        assert {entry.date_time for entry in package.infolist()} == {(2026, 9, 4, 0, 0, 0)}
        # No preview picture of another document for a file browser to show.
        assert not any("thumbnail" in name for name in package.namelist())


def test_document_properties_name_the_release_not_the_tool() -> None:
    props = opened(render(statement(), "docx")).core_properties
    assert props.title == "Harbor Coalition Statement: Port Authority Pauses Tenant Evictions"
    assert props.author == ""
    assert props.created is not None and props.created.date().isoformat() == "2026-09-04"


@pytest.mark.parametrize(("paper", "width", "height"), [("letter", 215.9, 279.4), ("a4", 210, 297)])
def test_the_paper_size_follows_the_setting(paper: str, width: float, height: float) -> None:
    from pressdesk.render import ExportOptions

    data = render(statement(), "docx", options=ExportOptions(paper=paper))  # type: ignore[arg-type]
    section = opened(data).sections[0]
    assert section.page_width is not None and section.page_height is not None
    assert abs(section.page_width - Mm(width)) < Mm(0.5)
    assert abs(section.page_height - Mm(height)) < Mm(0.5)

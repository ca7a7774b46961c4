"""Importing a Word document (.docx): typed line by line it is the same release as the text; Word's
own structure (Title, headings, lists, bold, italic, links) is kept; a bad file is one line."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings

from pressdesk.cli import main
from pressdesk.errors import PressdeskError
from pressdesk.importer import import_text
from pressdesk.importer.docx import docx_to_typed, import_docx
from pressdesk.model import BulletList, Heading, Paragraph, Quote, Release, Speaker
from pressdesk.render import render
from pressdesk.store import load

from .helpers import differences
from .strategies import releases
from .test_round_trip import RELEASES, _carried, _normalised

TYPED = """\
FOR IMMEDIATE RELEASE: Oct. 14, 2026
Media Contact: Priya Shah, priya@riverbend.example.org, 614-555-0121
Riverbend Parents Alliance Statement: School Board Restores Bus Routes
COLUMBUS, Ohio — The Riverbend Parents Alliance welcomed the school board's vote on Tuesday to restore 14 bus routes cut last spring, and released the following statements from member groups:
Luis Ortega, Chair, Westside Parents Council
"Our kids walked two miles along roads with no sidewalks. Tonight the board listened."
"We will watch every route to make sure the buses run on time."
What the vote does
- Restores 14 routes by Nov. 2
- Adds two routes for the new middle school
Grace Okafor, Director, Families for Safe Streets
"Safe streets start with a safe ride to school."
###
The Riverbend Parents Alliance is a coalition of 22 parent groups in central Ohio.
###
"""


def word_document(lines: list[tuple[str, str]]) -> bytes:
    """A .docx with one paragraph per (style, text), as someone typing in Word makes it."""
    document = docx.Document()
    for style, text in lines:
        document.add_paragraph(text, style=style)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def saved(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_document_typed_line_by_line_is_the_same_release_as_the_text() -> None:
    data = word_document([("Normal", line) for line in TYPED.splitlines()])
    from_text = import_text(TYPED, fmt="text")
    from_word = import_docx(data)
    assert from_word.release == from_text.release
    assert [(f.rule, f.line) for f in from_word.findings] == [
        (f.rule, f.line) for f in from_text.findings
    ]
    # The typed heading and dash list are read as the text importer reads them.
    assert Heading("What the vote does") in from_word.release.body
    assert BulletList(
        ("Restores 14 routes by Nov. 2", "Adds two routes for the new middle school")
    ) in (from_word.release.body)


def test_words_structure_is_kept() -> None:
    document = docx.Document()
    document.add_paragraph("For Immediate Release: Oct. 14, 2026")
    document.add_paragraph("Media Contact: Priya Shah, priya@riverbend.example.org, 614-555-0121")
    document.add_paragraph("School Board Restores Bus Routes", style="Title")
    document.add_paragraph("Fourteen routes return by November", style="Subtitle")
    lede = document.add_paragraph("COLUMBUS, Ohio — The board voted ")
    lede.add_run("unanimously").bold = True
    lede.add_run(" on Tuesday to restore ")
    lede.add_run("every").italic = True
    lede.add_run(" route; see ")
    _hyperlink(lede, "the minutes", "https://riverbend.example.org/minutes")
    lede.add_run(".")
    document.add_paragraph("What the vote does", style="Heading 2")
    document.add_paragraph("Restores 14 routes", style="List Bullet")
    document.add_paragraph("Adds two routes", style="List Bullet")
    speaker = document.add_paragraph()
    speaker.add_run("Luis Ortega, Chair, Westside Parents Council").bold = True
    document.add_paragraph("\u201cTonight the board listened.\u201d")
    document.add_paragraph("###")
    document.add_paragraph("The Riverbend Parents Alliance has 22 member groups.")
    document.add_paragraph("###")

    release = import_docx(saved(document)).release
    assert release.headline == "School Board Restores Bus Routes"
    assert release.subheadline == "Fourteen routes return by November"
    assert release.dateline == "COLUMBUS, Ohio"
    assert release.body[0] == Paragraph(
        "The board voted **unanimously** on Tuesday to restore *every* route; see "
        "[the minutes](https://riverbend.example.org/minutes)."
    )
    assert release.body[1:3] == (
        Heading("What the vote does"),
        BulletList(("Restores 14 routes", "Adds two routes")),
    )
    quote = release.body[3]
    assert isinstance(quote, Quote)
    assert quote.speaker == Speaker("Luis Ortega", "Chair", "Westside Parents Council")
    assert quote.paragraphs == ("Tonight the board listened.",)
    assert [b.text for b in release.boilerplate] == [
        "The Riverbend Parents Alliance has 22 member groups."
    ]


def _hyperlink(paragraph: docx.text.paragraph.Paragraph, label: str, url: str) -> None:
    rel = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = label
    run.append(text)
    link.append(run)
    paragraph._p.append(link)


def test_line_breaks_inside_a_paragraph_start_new_lines() -> None:
    document = docx.Document()
    head = document.add_paragraph("For Immediate Release: Oct. 14, 2026")
    head.add_run().add_break()
    head.add_run("Media Contact: Priya Shah, priya@riverbend.example.org, 614-555-0121")
    document.add_paragraph("School Board Restores Bus Routes")
    document.add_paragraph("COLUMBUS, Ohio — The board voted on Tuesday.")
    document.add_paragraph("###")
    text, fmt = docx_to_typed(saved(document))
    assert (text, fmt) == (
        "For Immediate Release: Oct. 14, 2026\n"
        "Media Contact: Priya Shah, priya@riverbend.example.org, 614-555-0121\n"
        "School Board Restores Bus Routes\n"
        "COLUMBUS, Ohio — The board voted on Tuesday.\n"
        "###\n",
        "text",
    )


def test_a_paragraph_that_looks_like_markdown_stays_words() -> None:
    data = word_document(
        [
            ("Title", "Board Restores Routes"),
            ("Normal", "COLUMBUS, Ohio — The board voted on Tuesday."),
            ("Normal", "# 1 priority is safety, said the board."),
            ("Normal", "> 400 families signed the petition."),
            ("Normal", "###"),
        ]
    )
    body = import_docx(data).release.body
    assert body[1:] == (
        Paragraph("# 1 priority is safety, said the board."),
        Paragraph("> 400 families signed the petition."),
    )


def test_findings_name_the_documents_paragraphs() -> None:
    data = word_document(
        [
            ("Normal", "For Immediate Release: Oct. 14, 2026"),
            ("Title", "Board Restores Routes"),
            ("Normal", "COLUMBUS, Ohio — The board voted on Tuesday."),
            ("Normal", "-more-"),
            ("Normal", "The routes return on Nov. 2."),
            ("Normal", "###"),
        ]
    )
    marker = [f for f in import_docx(data).findings if f.rule == "structure-more-marker"]
    assert [(f.line, f.message) for f in marker] == [
        (4, "line 4: a page marker (-more-), left out")
    ]


@pytest.mark.parametrize("path", RELEASES, ids=lambda p: p.name)
def test_the_word_export_reads_back_to_the_same_release(path: Path) -> None:
    release = _normalised(load(path))
    got = _carried(import_docx(render(release, "docx")).release)
    _, wrong = differences(got, release)
    assert wrong == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(releases())
def test_generated_releases_read_back_from_word(release: Release) -> None:
    got = _carried(import_docx(render(release, "docx")).release)
    _, wrong = differences(got, release)
    assert wrong == []


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the file is empty"),
        (b"plain words, not a document", "not a Word document"),
        (b"PK\x03\x04 broken zip", "not a Word document"),
    ],
)
def test_a_file_that_is_not_a_word_document_is_one_line(data: bytes, message: str) -> None:
    with pytest.raises(PressdeskError, match=message) as caught:
        import_docx(data, name="draft.docx")
    assert str(caught.value).startswith("draft.docx: ") and "\n" not in str(caught.value)


@pytest.mark.parametrize("command", ["import", "check", "export"])
def test_the_commands_refuse_a_damaged_document_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    bad = tmp_path / "draft.docx"
    bad.write_bytes(b"PK\x03\x04 broken zip")
    assert main([command, str(bad)]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "not a Word document" in err
    assert [p.name for p in tmp_path.iterdir()] == ["draft.docx"]


def test_import_check_and_export_take_a_docx(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    typed = tmp_path / "draft.docx"
    typed.write_bytes(word_document([("Normal", line) for line in TYPED.splitlines()]))
    expected = import_text(TYPED, fmt="text").release

    assert main(["import", str(typed)]) == 0
    assert load(tmp_path / "draft.toml") == expected
    assert main(["export", str(typed), "--to", "text", "-o", "-"]) == 0
    assert capsys.readouterr().out == render(expected, "text").decode("utf-8")
    assert main(["check", str(typed)]) in (0, 1)
    out = capsys.readouterr().out
    assert out.splitlines()[-1].endswith("in 1 file")

"""The PDF export, read back with pypdf as a reader's viewer would: selectable text with every word
in order, fonts embedded, `-more-` at the foot of every page but the last, paragraphs kept whole."""

from __future__ import annotations

import io
import re
import struct
import zlib
from datetime import date
from functools import lru_cache
from pathlib import Path

import pytest
from pypdf import PdfReader
from render_samples import statement

from pressdesk.errors import PressdeskError
from pressdesk.model import Boilerplate, Paragraph, Release
from pressdesk.render import ExportOptions, output_name, render
from pressdesk.render.pdf import render_pdf
from pressdesk.store import load

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
RELEASES = sorted(EXAMPLES.glob("*.toml"))
MORE = "-more-"


def pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def squeezed(text: str) -> str:
    """Text without any whitespace: where a viewer wraps a line does not matter."""
    return re.sub(r"\s+", "", text)


def without_more(page: str) -> str:
    lines = page.rstrip().splitlines()
    return "\n".join(lines[:-1] if lines and lines[-1].strip() == MORE else lines)


def png(width: int, height: int) -> bytes:
    """A small solid-colour PNG, made here so no image file is needed."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\x1f\x4e\x79" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize("path", RELEASES, ids=[p.stem for p in RELEASES])
def test_an_example_has_every_word_of_its_text_export_in_order(path: Path) -> None:
    release = load(path)
    pdf = (path.parent / output_name(release, "pdf")).read_bytes()
    text = (path.parent / output_name(release, "text")).read_text(encoding="utf-8")
    read = "\n".join(without_more(p) for p in pages(pdf))
    assert squeezed(read) == squeezed(text)
    lines = [line.strip() for line in read.splitlines()]
    assert lines.count(release.end_mark) == 2
    assert lines[-1] == release.end_mark


@pytest.mark.parametrize("path", RELEASES, ids=[p.stem for p in RELEASES])
def test_an_example_embeds_its_fonts_and_names_its_headline(path: Path) -> None:
    release = load(path)
    reader = PdfReader(io.BytesIO((path.parent / output_name(release, "pdf")).read_bytes()))
    assert reader.metadata is not None and reader.metadata.title == release.headline
    fonts = _fonts(reader)
    assert fonts, "no fonts found"
    for name, descriptor in fonts.items():
        assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), name


def _fonts(reader: PdfReader) -> dict[str, dict[str, object]]:
    found: dict[str, dict[str, object]] = {}
    for page in reader.pages:
        resources = page["/Resources"].get_object()
        for font in resources["/Font"].get_object().values():
            font = font.get_object()
            for part in [font, *(d.get_object() for d in font.get("/DescendantFonts", []))]:
                if "/FontDescriptor" in part:
                    found[str(part["/BaseFont"])] = dict(part["/FontDescriptor"].get_object())
    return found


def numbered_paragraphs(count: int) -> list[str]:
    """Invented paragraphs of different lengths, each opening with its own number."""
    sentence = "Riverside tenants met with the housing board about repairs and rents"
    return [
        f"Paragraph {n} opens here. " + " ".join([f"{sentence} in week {n}."] * (5 + n % 7))
        for n in range(1, count + 1)
    ]


def long_release(paragraphs: list[str]) -> Release:
    return Release(
        date=date(2026, 10, 5),
        headline="Riverside Tenants Win Repairs After Long Campaign",
        body=tuple(Paragraph(p) for p in paragraphs),
        boilerplate=(Boilerplate("Riverside Tenants", "Riverside Tenants has 900 members."),),
    )


@lru_cache(maxsize=1)
def three_pages() -> tuple[list[str], bytes]:
    """A release just long enough to run onto a third page, found by adding paragraphs one by
    one (none is near a page long, so one more cannot add two pages)."""
    count = 1
    while True:
        paragraphs = numbered_paragraphs(count)
        pdf = render_pdf(long_release(paragraphs))
        if len(pages(pdf)) >= 3:
            return paragraphs, pdf
        count += 1


def test_more_is_at_the_foot_of_every_page_but_the_last() -> None:
    _, pdf = three_pages()
    read = pages(pdf)
    assert len(read) == 3
    assert [p.rstrip().splitlines()[-1].strip() for p in read[:2]] == [MORE, MORE]
    assert MORE not in read[2]
    assert read[2].rstrip().splitlines()[-1].strip() == "###"


def test_more_is_centred_at_the_foot_of_the_page() -> None:
    _, pdf = three_pages()
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    spots: list[tuple[float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip() == MORE:
            spots.append((cm[4] + tm[4], cm[5] + tm[5]))

    page.extract_text(visitor_text=visit)  # type: ignore[arg-type]
    assert len(spots) == 1
    (x, y) = spots[0]
    # Its left edge sits left of the centre by half its own width (about 13 points);
    # it is below the last line of text, inside the one-inch bottom margin.
    assert float(page.mediabox.width) / 2 - 30 < x < float(page.mediabox.width) / 2
    assert 0 < y < 72


def test_no_paragraph_is_split_across_pages() -> None:
    paragraphs, pdf = three_pages()
    read = [squeezed(without_more(p)) for p in pages(pdf)]
    for paragraph in paragraphs:
        holders = [i for i, page in enumerate(read) if squeezed(paragraph) in page]
        assert len(holders) == 1, f"split or missing: {paragraph[:30]}"


def test_a_paragraph_longer_than_a_page_runs_on_and_loses_no_word() -> None:
    giant = " ".join(f"Word{n}" for n in range(1, 1101))
    paragraphs = ["A short opening paragraph.", giant, "A short closing paragraph."]
    read = [without_more(p) for p in pages(render_pdf(long_release(paragraphs)))]
    assert len(read) >= 3
    assert squeezed(giant) in squeezed("".join(read))
    # It starts straight after the opening, on the first page, rather than leaving it empty.
    assert "Word1 " in read[0] and "Word1100" not in read[0]


@pytest.mark.parametrize(("paper", "size"), [("letter", (612, 792)), ("a4", (595, 842))])
def test_letter_or_a4(paper: str, size: tuple[int, int]) -> None:
    pdf = render(statement(), "pdf", options=ExportOptions(paper=paper))  # type: ignore[arg-type]
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size


def test_the_same_release_gives_the_same_bytes_with_no_date_inside() -> None:
    first = render(statement(), "pdf")
    assert render(statement(), "pdf") == first
    metadata = PdfReader(io.BytesIO(first)).metadata or {}
    assert "/CreationDate" not in metadata and "/ModDate" not in metadata


def test_typst_syntax_in_the_words_is_printed_as_typed() -> None:
    typed = r"Costs #set page(width: 1in) $x^2$ <tag> @ref C:\temp ] ) // not a comment = heading"
    release = statement().replace(body=(Paragraph(typed),), dateline="")
    assert typed in pages(render(release, "pdf"))[0].splitlines()


def test_bold_italic_and_links_keep_their_words() -> None:
    release = statement().replace(
        body=(Paragraph("The vote is **final**, *binding* and [public](https://example.org/v)."),),
        dateline="",
    )
    pdf = render(release, "pdf")
    assert "The vote is final, binding and public." in pages(pdf)[0]
    links = [
        a.get_object()["/A"]["/URI"]
        for a in PdfReader(io.BytesIO(pdf)).pages[0].get("/Annots", [])
        if "/A" in a.get_object()
    ]
    assert links == ["https://example.org/v"]


def test_a_logo_goes_at_the_top_of_the_first_page(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(png(40, 20))
    reader = PdfReader(io.BytesIO(render_pdf(statement(), logo=logo)))
    assert [len(page.images) for page in reader.pages] == [1] + [0] * (len(reader.pages) - 1)
    assert len(PdfReader(io.BytesIO(render_pdf(statement()))).pages[0].images) == 0


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("logo.png", None, "no such logo file"),
        ("logo.bmp", b"BM", "must be a PNG, JPEG, GIF, SVG or WebP image"),
        ("logo.png", b"not a picture", "the PDF could not be made"),
    ],
)
def test_an_unusable_logo_is_one_clear_error(
    tmp_path: Path, name: str, content: bytes | None, message: str
) -> None:
    logo = tmp_path / name
    if content is not None:
        logo.write_bytes(content)
    with pytest.raises(PressdeskError, match=message) as caught:
        render_pdf(statement(), logo=logo)
    assert "\n" not in str(caught.value)

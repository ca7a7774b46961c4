"""`pressdesk export --to pdf|docx` on real files: the paper from pressdesk.toml, the logo from the
library, clear errors, and `export --to text` never loading the Word or PDF engines."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader
from render_samples import statement
from test_pdf import png

from pressdesk.cli import main
from pressdesk.library import dumps_org, parse_org
from pressdesk.model import Boilerplate
from pressdesk.render import output_name, render
from pressdesk.store import dumps

LIBRARY_BOILERPLATE = Boilerplate(
    "Harbor Coalition",
    "The Harbor Coalition is an alliance of 30 tenant groups.",
    library="harbor-coalition",
)


@pytest.fixture
def release_file(tmp_path: Path) -> Path:
    folder = tmp_path / "releases"
    folder.mkdir()
    path = folder / "harbor.toml"
    path.write_text(dumps(statement()), encoding="utf-8")
    return path


def pdf_size(path: Path) -> tuple[int, int]:
    box = PdfReader(path).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


def test_pdf_and_word_on_letter_by_default(release_file: Path) -> None:
    assert main(["export", str(release_file), "--to", "pdf"]) == 0
    assert main(["export", str(release_file), "--to", "docx"]) == 0
    assert pdf_size(release_file.parent / output_name(statement(), "pdf")) == (612, 792)
    section = Document(str(release_file.parent / output_name(statement(), "docx"))).sections[0]
    assert section.page_width is not None and round(section.page_width.inches, 1) == 8.5


def test_page_a4_in_pressdesk_toml_above_the_release(release_file: Path) -> None:
    (release_file.parent.parent / "pressdesk.toml").write_text('page = "a4"\n', encoding="utf-8")
    assert main(["export", str(release_file), "--to", "all"]) == 0
    assert pdf_size(release_file.parent / output_name(statement(), "pdf")) == (595, 842)
    section = Document(str(release_file.parent / output_name(statement(), "docx"))).sections[0]
    assert section.page_width is not None and round(section.page_width.mm) == 210
    # `check` reads the same file and knows the setting.
    assert main(["check", str(release_file)]) in (0, 1)


def test_a_bad_page_setting_is_one_line_and_writes_nothing(
    release_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = release_file.parent / "pressdesk.toml"
    settings.write_text('page = "b5"\n', encoding="utf-8")
    assert main(["export", str(release_file), "--to", "all"]) == 2
    err = capsys.readouterr().err
    assert err == f"pressdesk: {settings}: page must be one of letter, a4, not 'b5'\n"
    assert sorted(p.name for p in release_file.parent.iterdir()) == [
        "harbor.toml",
        "pressdesk.toml",
    ]


def test_the_output_name_picks_the_format(release_file: Path) -> None:
    out = release_file.parent / "for-print.pdf"
    assert main(["export", str(release_file), "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF-")
    word = release_file.parent / "for-partners.docx"
    assert main(["export", str(release_file), "-o", str(word)]) == 0
    assert word.read_bytes().startswith(b"PK")


def library_with_logo(tmp_path: Path, logo: str) -> Path:
    library = tmp_path / "library"
    (library / "logos").mkdir(parents=True)
    (library / "logos" / "harbor.png").write_bytes(png(60, 30))
    (library / "harbor-coalition.toml").write_text(
        f'name = "Harbor Coalition"\nkind = "coalition"\nlogo = "{logo}"\n', encoding="utf-8"
    )
    return library


def test_the_logo_comes_from_the_boilerplates_library_organisation(
    tmp_path: Path, release_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRESSDESK_LIBRARY", str(library_with_logo(tmp_path, "logos/harbor.png")))
    release = statement().replace(boilerplate=(LIBRARY_BOILERPLATE,))
    release_file.write_text(dumps(release), encoding="utf-8")
    assert main(["export", str(release_file), "--to", "pdf"]) == 0
    pdf = PdfReader(release_file.parent / output_name(release, "pdf"))
    assert len(pdf.pages[0].images) == 1


def test_a_missing_logo_is_said_and_the_pdf_is_made_without_it(
    tmp_path: Path,
    release_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    library = library_with_logo(tmp_path, "logos/gone.png")
    monkeypatch.setenv("PRESSDESK_LIBRARY", str(library))
    release = statement().replace(boilerplate=(LIBRARY_BOILERPLATE,))
    release_file.write_text(dumps(release), encoding="utf-8")
    assert main(["export", str(release_file), "--to", "pdf"]) == 0
    captured = capsys.readouterr()
    assert captured.err.splitlines()[0] == (
        f"pressdesk: logo not used ({library / 'harbor-coalition.toml'}: "
        "logo logos/gone.png: no such file)"
    )
    pdf = PdfReader(release_file.parent / output_name(release, "pdf"))
    assert len(pdf.pages[0].images) == 0


def test_the_logo_key_is_read_and_written_in_a_library_file(tmp_path: Path) -> None:
    path = tmp_path / "harbor-coalition.toml"
    org = parse_org('name = "Harbor Coalition"\nlogo = "logos/harbor.png"\n', path)
    assert org.logo == "logos/harbor.png"
    assert 'logo = "logos/harbor.png"' in dumps_org(org).splitlines()
    with pytest.raises(Exception, match=r"logo: expected text in quotes, found 5"):
        parse_org('name = "Harbor Coalition"\nlogo = 5\n', path)


@pytest.mark.parametrize(
    ("command", "fmt"), [("export", "text"), ("export", "markdown"), ("check", "")]
)
def test_text_exports_and_check_load_neither_word_nor_pdf_engine(
    release_file: Path, command: str, fmt: str
) -> None:
    args = [command, str(release_file)] + (["--to", fmt, "-o", "-"] if fmt else [])
    code = (
        "import sys\n"
        "from pressdesk.cli import main\n"
        f"status = main({args!r})\n"
        "loaded = [m for m in ('docx', 'typst', 'lxml', 'pypdf') if m in sys.modules]\n"
        "print('LOADED', loaded)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "LOADED []" in done.stdout, done.stdout + done.stderr


def test_the_pdf_of_a_typed_release_reads_back(tmp_path: Path) -> None:
    typed = tmp_path / "typed.md"
    typed.write_bytes(render(statement(), "markdown"))
    out = tmp_path / "typed.pdf"
    assert main(["export", str(typed), "-o", str(out)]) == 0
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Harbor Coalition Statement: Port Authority Pauses Tenant" in text

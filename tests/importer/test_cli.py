"""`pressdesk import TEXTFILE [-o FILE.toml] [--force]` as a user runs it."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressdesk.cli import main

from .helpers import FIXTURES

REFERENCE_SHAPE = FIXTURES / "01-coalition-reference-shape.txt"


def _copy(tmp_path: Path, name: str = "draft.txt", source: Path = REFERENCE_SHAPE) -> Path:
    target = tmp_path / name
    target.write_bytes(source.read_bytes())
    return target


def test_writes_the_release_file_beside_the_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pressdesk import store

    draft = _copy(tmp_path)
    assert main(["import", str(draft)]) == 0
    release = store.load(tmp_path / "draft.toml")
    assert release.dateline == "WASHINGTON, D.C."
    err = capsys.readouterr().err
    assert f"{draft}:4:18: info [dateline-dash]" in err
    assert f"{draft}:7:1: error [quote-continuation] a continuing quote paragraph" in err
    assert "wrote" in err and "draft.toml" in err


def test_markdown_by_its_suffix(tmp_path: Path) -> None:
    from pressdesk import store

    draft = _copy(tmp_path, "site.md", FIXTURES / "07-markdown-website.md")
    out = tmp_path / "out" / "release.toml"
    out.parent.mkdir()
    assert main(["import", str(draft), "-o", str(out)]) == 0
    assert store.load(out).headline == "Greenway Trust Opens Twelve-Mile River Trail"


def test_refuses_to_overwrite_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = _copy(tmp_path)
    target = tmp_path / "draft.toml"
    target.write_text("keep me", encoding="utf-8")
    assert main(["import", str(draft)]) == 2
    assert "already exists (use --force to overwrite)" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "keep me"
    assert main(["import", str(draft), "--force"]) == 0
    assert target.read_text(encoding="utf-8").startswith("pressdesk = 1")


def test_not_a_press_release_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Shopping list\nmilk\neggs\n", encoding="utf-8")
    assert main(["import", str(notes)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"pressdesk: {notes}: this is not a press release "
        "(no release line, media contact, dateline or end mark found)"
    ]
    assert not (tmp_path / "notes.toml").exists()


@pytest.mark.parametrize("content", [b"", b"\xff\xfe\x00bad", None])
def test_bad_inputs_exit_2_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None
) -> None:
    path = tmp_path / "draft.txt"
    if content is not None:
        path.write_bytes(content)
    assert main(["import", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("pressdesk: ") and "Traceback" not in err
    assert not (tmp_path / "draft.toml").exists()


def test_standard_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = _copy(tmp_path)
    assert main(["import", str(draft), "-o", "-"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("pressdesk = 1\n")
    assert 'dateline = "WASHINGTON, D.C."' in out
    assert not (tmp_path / "draft.toml").exists()


def test_missing_output_folder_is_refused_before_anything_is_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = _copy(tmp_path)
    assert main(["import", str(draft), "-o", str(tmp_path / "nowhere" / "x.toml")]) == 2
    err = capsys.readouterr().err
    assert err == f"pressdesk: {tmp_path / 'nowhere'}: no such folder\n"


@pytest.mark.parametrize(
    ("output", "message"),
    [
        ("out.txt", "a release file needs a name ending .toml"),
        ("", "-o needs a file name ending .toml"),
    ],
)
def test_output_names_that_are_not_release_files_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], output: str, message: str
) -> None:
    draft = _copy(tmp_path)
    target = str(tmp_path / output) if output else ""
    assert main(["import", str(draft), "-o", target]) == 2
    assert message in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.txt"]


def test_a_release_file_is_not_imported_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    release = tmp_path / "final.toml"
    assert main(["new", str(release)]) == 0
    before = release.read_bytes()
    capsys.readouterr()
    assert main(["import", str(release)]) == 2
    assert "is already a release file" in capsys.readouterr().err
    assert release.read_bytes() == before


UNDATED = "Harbor Trust Opens Its Reading Room\nWASHINGTON — The trust opened a room.\n###\n"


def test_a_text_with_no_date_says_so_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = tmp_path / "undated.txt"
    draft.write_text(UNDATED, encoding="utf-8")
    assert main(["import", str(draft)]) == 0
    err = capsys.readouterr().err
    said = [line for line in err.splitlines() if "[import-date-missing]" in line]
    assert said == [
        f"{draft}:1:1: warning [import-date-missing] no release date in the text; the release is "
        "dated today (Nov. 24, 2026) until you set its date, so checks of the date and weekday "
        "say nothing yet"
    ]


def test_the_missing_date_finding_can_be_switched_off(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pressdesk.toml").write_text('[rules]\nimport-date-missing = "off"\n')
    draft = tmp_path / "undated.txt"
    draft.write_text(UNDATED, encoding="utf-8")
    main(["check", str(draft)])
    assert "import-date-missing" not in capsys.readouterr().out


def test_a_text_past_the_line_limit_is_refused_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = tmp_path / "log.txt"
    draft.write_text("FOR IMMEDIATE RELEASE\n" + "###\n" * 60_000, encoding="utf-8")
    assert main(["import", str(draft)]) == 2
    assert capsys.readouterr().err.strip() == (
        f"pressdesk: {draft}: this is not a press release (60,002 lines; a release has at most "
        "50,000)"
    )
    assert not (tmp_path / "log.toml").exists()

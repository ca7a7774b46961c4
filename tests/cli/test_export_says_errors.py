"""`pressdesk export` of a release with errors (issue 14): it still exports and says so in one line
on stderr; with `--final` it refuses, as the editor's final check does, and writes nothing."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from render_samples import statement

from pressdesk.cli import main
from pressdesk.model import Quote, Release, Speaker
from pressdesk.store import dumps


def _signed_off(release: Release) -> Release:
    """Every quote approved and attributed: nothing `check --final` calls an error."""
    body = tuple(
        dataclasses.replace(b, approved=True, speaker=b.speaker or Speaker("Ana Lee", "", ""))
        if isinstance(b, Quote)
        else b
        for b in release.body
    )
    return release.replace(body=body)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PRESSDESK_TODAY", "2026-09-01")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.toml").write_text(dumps(statement()), encoding="utf-8")
    (tmp_path / "ready.toml").write_text(dumps(_signed_off(statement())), encoding="utf-8")
    return tmp_path


def _exports(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.suffix != ".toml")


def test_export_with_errors_still_exports_and_says_so_in_one_line(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `check draft.toml` reports one error: the third quote has no speaker.
    assert main(["export", "draft.toml", "-o", "draft.txt"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "wrote draft.txt\n"
    assert captured.err == "pressdesk: exported with 1 error; run `pressdesk check draft.toml`\n"
    assert _exports(folder) == ["draft.txt"]


def test_export_to_standard_output_says_the_errors_on_stderr(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "draft.toml", "--to", "markdown", "-o", "-"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("**For Immediate Release")
    assert captured.err == "pressdesk: exported with 1 error; run `pressdesk check draft.toml`\n"


def test_export_of_a_clean_release_says_nothing_on_stderr(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "ready.toml", "-o", "ready.txt"]) == 0
    assert capsys.readouterr().err == ""


def test_export_final_refuses_what_check_final_calls_errors(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `check --final draft.toml`: six unapproved quotes and the quote with no speaker.
    assert main(["export", "draft.toml", "--final", "--to", "all"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        "pressdesk: draft.toml: not exported: 7 errors for a final release; "
        "run `pressdesk check --final draft.toml`\n"
    )
    assert _exports(folder) == []


def test_export_final_of_a_signed_off_release_exports(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "ready.toml", "--final", "-o", "ready.txt"]) == 0
    assert capsys.readouterr().err == ""
    assert _exports(folder) == ["ready.txt"]

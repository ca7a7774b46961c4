"""Spelling as `pressdesk check` shows it: the suggestion in the line, `suggestions` in JSON, never
applied by --fix; pressdesk.toml's `spelling` and `[words] known`; the library's words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from checkcases import clean_release

from pressdesk import store
from pressdesk.cli import main
from pressdesk.model import Paragraph

REPO = Path(__file__).resolve().parents[2]


def release_file(folder: Path, sentence: str) -> Path:
    release = clean_release()
    release = release.replace(body=(*release.body, Paragraph(sentence)))
    path = folder / "release.toml"
    path.write_text(store.dumps(release), encoding="utf-8")
    return path


def check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["check", *args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture(autouse=True)
def no_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRESSDESK_LIBRARY", str(tmp_path / "no-library"))


def test_the_text_line_says_what_to_write(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = release_file(tmp_path, "Tenants will recieve letters this week.")
    status, out, _ = check(capsys, str(path))
    assert status == 0  # a warning does not fail the default --fail-on error
    line = next(x for x in out.splitlines() if "[spelling]" in x)
    number = next(i for i, t in enumerate(path.read_text().splitlines(), 1) if "recieve" in t)
    column = path.read_text().splitlines()[number - 1].index("recieve") + 1
    assert line == (
        f"{path}:{number}:{column}: warning [spelling] “recieve” is not in the dictionary: "
        "did you mean “receive”?"
    )


def test_json_carries_the_suggestions(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = release_file(tmp_path, "Tenants will recieve letters this week.")
    _, out, _ = check(capsys, str(path), "--format", "json")
    (finding,) = [f for f in json.loads(out)["files"][0]["findings"] if f["rule"] == "spelling"]
    assert finding["suggestions"] == ["receive"]
    assert finding["field"] == "body[6].text"
    assert (finding["start"], finding["end"]) == (13, 20)
    assert "fix" not in finding


def test_fix_never_changes_a_misspelled_word(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = release_file(tmp_path, "Tenants will recieve letters  this week.")  # a double space too
    status, out, _ = check(capsys, str(path), "--fix")
    assert "fixed [whitespace]" in out
    assert "Tenants will recieve letters this week." in path.read_text()
    assert "[spelling] “recieve”" in out


def test_settings_choose_british_spelling(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = release_file(tmp_path, "The organisation will analyse the figures.")
    _, out, _ = check(capsys, str(path))
    assert out.count("[spelling]") == 2
    (tmp_path / "pressdesk.toml").write_text('spelling = "en-GB"\n', encoding="utf-8")
    _, out, _ = check(capsys, str(path))
    assert "[spelling]" not in out


def test_a_bad_spelling_setting_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = release_file(tmp_path, "Fine words.")
    (tmp_path / "pressdesk.toml").write_text('spelling = "en-AU"\n', encoding="utf-8")
    status, out, err = check(capsys, str(path))
    assert status == 2
    assert (
        err
        == f"pressdesk: {tmp_path / 'pressdesk.toml'}: spelling must be one of en-US, en-GB, not 'en-AU'\n"
    )
    (tmp_path / "pressdesk.toml").write_text('[words]\nknown = "Jospeh"\n', encoding="utf-8")
    status, _, err = check(capsys, str(path))
    assert status == 2 and "words.known must be a list of strings" in err


def test_words_known_in_settings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = release_file(tmp_path, "Jospeh Marlow said the housnig crisis is growing.")
    _, out, _ = check(capsys, str(path))
    assert out.count("[spelling]") == 2
    (tmp_path / "pressdesk.toml").write_text(
        '[words]\nknown = ["Jospeh", "housnig"]\n', encoding="utf-8"
    )
    _, out, _ = check(capsys, str(path))
    assert "[spelling]" not in out


def test_words_added_to_the_library_are_respected(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = release_file(tmp_path, "Jospeh Marlow chairs the meeting.")
    library = tmp_path / "library"
    _, out, _ = check(capsys, str(path), "--library", str(library))
    assert "pressdesk library words add Jospeh" in out
    assert main(["library", "words", "add", "Jospeh", "--library", str(library)]) == 0
    capsys.readouterr()
    _, out, _ = check(capsys, str(path), "--library", str(library))
    assert "[spelling]" not in out


def test_the_example_releases_have_no_spelling_findings(capsys: pytest.CaptureFixture[str]) -> None:
    examples = sorted(str(p) for p in (REPO / "examples").glob("*.toml"))
    assert examples
    _, out, _ = check(capsys, *examples, "--format", "json")
    rules = [f["rule"] for doc in json.loads(out)["files"] for f in doc["findings"]]
    assert len(json.loads(out)["files"]) == len(examples)
    assert "spelling" not in rules

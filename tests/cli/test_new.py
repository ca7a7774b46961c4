"""`pressdesk new`: a starter release, dated today, that loads and tells a newcomer what to fill in."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from pressdesk import store
from pressdesk.cli import main
from pressdesk.model import Quote

RUN = "import sys; from pressdesk.cli import main; sys.exit(main())"


def new(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["new", *args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize(
    ("template", "kind"),
    [("statement", "statement"), ("announcement", "announcement"), ("advisory", "advisory")],
)
def test_each_starter_is_a_dated_release_with_placeholders(
    template: str, kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "draft.toml"
    status, out, err = new(capsys, str(path), "--template", template)
    assert (status, err) == (0, "")
    assert out == (
        f"Created {path} from the {template} starter.\n"
        f"Fill in the [bracketed] parts, then run: pressdesk check {path}\n"
    )
    release = store.load(path)
    assert release.kind == kind
    assert release.date == date(2026, 11, 24)  # the pinned "today"
    assert re.search(r"\[[A-Z]", release.headline)
    assert release.contacts and release.body and release.boilerplate
    assert all(not q.approved for q in release.quotes)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# ")  # the starter's guidance comments are kept
    assert "\ndate = 2026-11-24 " in text


def test_the_default_starter_is_a_coalition_statement_with_member_quotes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "statement.toml"
    assert new(capsys, str(path))[0] == 0
    release = store.load(path)
    assert release.kind == "statement"
    assert len([b for b in release.body if isinstance(b, Quote)]) == 2
    assert release.profile == "coalition"


def test_an_existing_file_is_refused_without_force_and_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "draft.toml"
    path.write_text("my own work\n", encoding="utf-8")
    status, out, err = new(capsys, str(path))
    assert (status, out) == (2, "")
    assert err == f"pressdesk: {path}: already exists (use --force to overwrite)\n"
    assert path.read_text(encoding="utf-8") == "my own work\n"


def test_force_overwrites(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "draft.toml"
    path.write_text("my own work\n", encoding="utf-8")
    assert new(capsys, str(path), "--template", "advisory", "--force")[0] == 0
    assert store.load(path).kind == "advisory"
    assert [p.name for p in tmp_path.iterdir()] == ["draft.toml"]


def test_an_unknown_template_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "draft.toml"
    status, _, err = new(capsys, str(path), "--template", "memo")
    assert status == 2
    assert err == (
        "pressdesk: no starter template called 'memo' "
        "(choose from advisory, announcement, statement)\n"
    )
    assert not path.exists()


def test_a_text_file_name_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "draft.txt"
    status, _, err = new(capsys, str(path))
    assert status == 2
    assert err == (
        f"pressdesk: {path}: a release file is TOML; try {tmp_path / 'draft.toml'} "
        "(use `pressdesk import` to turn a text release into one)\n"
    )
    assert not path.exists()


def test_a_folder_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = new(capsys, str(tmp_path), "--force")
    assert status == 2
    assert (
        err == f"pressdesk: {tmp_path}: is a folder; give the name of the release file to create\n"
    )


def test_a_missing_folder_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = new(capsys, str(tmp_path / "nowhere" / "draft.toml"))
    assert (status, err) == (2, f"pressdesk: {tmp_path / 'nowhere'}: no such folder\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["", "--template", "statement"], "new needs the name of the release file to create"),
        (["draft.toml", "--coalition", " "], "--coalition needs the name of a coalition"),
    ],
)
def test_an_empty_name_is_refused(
    args: list[str],
    message: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    status, out, err = new(capsys, *args)
    assert (status, out) == (2, "")
    assert err.startswith(f"pressdesk: {message}") and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_a_users_own_starter_comes_first(
    tmp_path: Path, hermetic: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    starters = hermetic / "config" / "pressdesk" / "templates" / "starters"
    starters.mkdir(parents=True)
    (starters / "statement.toml").write_text(
        'pressdesk = 1\ndate = 2020-01-01\nheadline = "Riders Alliance Statement: [ADD news]"\n',
        encoding="utf-8",
    )
    (starters / "op-ed.toml").write_text(
        'pressdesk = 1\nheadline = "no date here"\n', encoding="utf-8"
    )
    path = tmp_path / "ours.toml"
    assert new(capsys, str(path))[0] == 0
    assert path.read_text(encoding="utf-8") == (
        'pressdesk = 1\ndate = 2026-11-24\nheadline = "Riders Alliance Statement: [ADD news]"\n'
    )
    status, _, err = new(capsys, str(tmp_path / "oped.toml"), "--template", "op-ed")
    assert status == 2
    assert err.startswith("pressdesk: ") and "op-ed.toml: date: missing" in err
    _, _, err = new(capsys, str(tmp_path / "x.toml"), "--template", "nope")
    assert "(choose from advisory, announcement, op-ed, statement)" in err


def test_new_and_help_do_not_import_textual(tmp_path: Path) -> None:
    code = (
        "import sys; from pressdesk.cli import main; "
        "status = main(sys.argv[1:]); "
        "print('textual' in sys.modules, 'rich' in sys.modules); sys.exit(status)"
    )
    made = subprocess.run(
        [sys.executable, "-c", code, "new", str(tmp_path / "a.toml"), "--template", "advisory"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert made.returncode == 0, made.stderr
    assert made.stdout.splitlines()[-1] == "False False"
    helped = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import sys\ntry:\n    {RUN}\nfinally:\n    print('textual' in sys.modules)",
            "--help",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert helped.returncode == 0
    assert "pressdesk new FILE" in helped.stdout
    assert helped.stdout.splitlines()[-1] == "False"


def test_a_coalition_release_keeps_the_starters_opening_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = tmp_path / "library"
    library.mkdir()
    (library / "tidewater-alliance.toml").write_text(
        'name = "Tidewater Alliance"\nkind = "coalition"\n', encoding="utf-8"
    )
    path = tmp_path / "draft.toml"
    status, _, err = new(
        capsys, str(path), "--coalition", "Tidewater Alliance", "--library", str(library)
    )
    assert (status, err) == (0, "")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# A coalition statement:")
    assert lines[3] == "pressdesk = 1"
    assert store.load(path).headline.startswith("Tidewater Alliance Statement:")

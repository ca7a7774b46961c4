"""`pressdesk export`: where files go, what is refused, and that nothing is half-written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from render_samples import statement

import pressdesk.cli.export as export_cli
from pressdesk.cli import main as _main
from pressdesk.inputs import Loaded
from pressdesk.model import Release
from pressdesk.render import output_name, render


def main(argv: list[str]) -> int:
    """The command's exit status, whether it returned it or argparse exited with it."""
    try:
        return _main(argv)
    except SystemExit as exc:
        return int(exc.code or 0)


STEM = "2026-09-04-harbor-coalition-statement-port-authority-pauses-tenant"
EXTENSIONS = ("txt", "md", "html", "eml", "docx", "pdf")
NAMES = [f"{STEM}.{e}" for e in EXTENSIONS]
PRESS = {f"press.{e}" for e in EXTENSIONS}


@pytest.fixture
def release_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A release file whose loading is stood in by a release built in code (the loader is
    another part's job and has its own tests)."""
    path = tmp_path / "release.toml"
    path.write_text("placeholder: the loader is replaced\n", encoding="utf-8")
    current: dict[str, Release] = {"release": statement()}
    monkeypatch.setattr(export_cli, "load", lambda p: Loaded(current["release"], {}))
    monkeypatch.setattr(export_cli, "_current", current, raising=False)
    return path


def use(release: Release) -> None:
    export_cli._current["release"] = release  # type: ignore[attr-defined]


def files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir() if p.name != "release.toml"}


def test_default_is_text_beside_the_file(
    release_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(release_file)]) == 0
    target = release_file.parent / output_name(statement(), "text")
    assert target.name == NAMES[0]
    assert target.read_bytes() == render(statement(), "text")
    assert capsys.readouterr().out == f"wrote {target}\n"


def test_all_writes_every_format_with_one_stem(
    release_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(release_file), "--to", "all"]) == 0
    assert files(release_file.parent) == set(NAMES)
    formats = ("text", "markdown", "html", "eml", "docx", "pdf")
    for name, fmt in zip(NAMES, formats, strict=True):
        assert (release_file.parent / name).read_bytes() == render(statement(), fmt)
    assert len(capsys.readouterr().out.splitlines()) == 6


def test_all_with_a_stem(release_file: Path) -> None:
    out = release_file.parent / "out" / "press"
    out.parent.mkdir()
    assert main(["export", str(release_file), "--to", "all", "-o", str(out)]) == 0
    assert files(out.parent) == PRESS


def test_all_with_a_stem_that_has_an_export_extension(release_file: Path) -> None:
    out = release_file.parent / "press.txt"
    assert main(["export", str(release_file), "--to", "all", "-o", str(out)]) == 0
    assert files(release_file.parent) == PRESS


def test_all_into_a_folder(release_file: Path) -> None:
    folder = release_file.parent / "exports"
    folder.mkdir()
    assert main(["export", str(release_file), "--to", "all", "-o", str(folder)]) == 0
    assert files(folder) == set(NAMES)


def test_one_format_to_a_named_file(release_file: Path) -> None:
    out = release_file.parent / "mine.html"
    assert main(["export", str(release_file), "--to", "html", "-o", str(out)]) == 0
    assert out.read_bytes() == render(statement(), "html")


def test_dash_writes_to_stdout_and_no_file(
    release_file: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["export", str(release_file), "--to", "markdown", "-o", "-"]) == 0
    assert capsysbinary.readouterr().out == render(statement(), "markdown")
    assert files(release_file.parent) == set()


def test_dash_with_all_is_refused(release_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(release_file), "--to", "all", "-o", "-"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("pressdesk: ") and len(err.splitlines()) == 1
    assert files(release_file.parent) == set()


def test_existing_file_is_refused_and_nothing_is_written(
    release_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    existing = release_file.parent / NAMES[2]
    existing.write_text("keep me", encoding="utf-8")
    assert main(["export", str(release_file), "--to", "all"]) == 2
    err = capsys.readouterr().err
    assert err == f"pressdesk: {existing}: already exists (use --force to overwrite)\n"
    assert files(release_file.parent) == {NAMES[2]}
    assert existing.read_text(encoding="utf-8") == "keep me"


def test_force_overwrites(release_file: Path) -> None:
    existing = release_file.parent / NAMES[0]
    existing.write_text("old", encoding="utf-8")
    assert main(["export", str(release_file), "--force"]) == 0
    assert existing.read_bytes() == render(statement(), "text")


def test_never_overwrites_the_input(release_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = release_file.read_bytes()
    assert main(["export", str(release_file), "-o", str(release_file), "--force"]) == 2
    assert "is the release being exported" in capsys.readouterr().err
    assert release_file.read_bytes() == before


@pytest.mark.parametrize(
    "headline", ["Hi\r\nBcc: x@example.org", "=?utf-8?q?Hi=0D=0ABcc:_x@example.org?="]
)
@pytest.mark.parametrize("to", ["eml", "all"])
def test_header_injection_exits_2_and_writes_nothing(
    release_file: Path, capsys: pytest.CaptureFixture[str], headline: str, to: str
) -> None:
    use(statement().replace(headline=headline))
    assert main(["export", str(release_file), "--to", to, "-o", str(release_file.parent)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"pressdesk: {release_file}: headline: ") and len(err.splitlines()) == 1
    assert "Traceback" not in err
    assert files(release_file.parent) == set()


def test_wrap(release_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(release_file), "--wrap", "60", "-o", "-"]) == 0
    out = capsys.readouterr().out
    assert max(len(line) for line in out.splitlines()) <= 60
    assert "\n\n" in out


@pytest.mark.parametrize(
    "args",
    [
        ["--wrap", "0"],
        ["--wrap", "many"],
        ["--to", "html", "--wrap", "60"],
        ["--to", "rtf"],
    ],
)
def test_bad_options_exit_2(
    release_file: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    assert main(["export", str(release_file), *args]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    assert files(release_file.parent) == set()


def test_missing_file_and_folder_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(tmp_path / "nope.toml")]) == 2
    assert main(["export", str(tmp_path)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"pressdesk: {tmp_path / 'nope.toml'}: no such file",
        f"pressdesk: {tmp_path}: is a folder, not a release file",
    ]


def test_missing_output_folder_exits_2(
    release_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = release_file.parent / "no" / "such" / "x.txt"
    assert main(["export", str(release_file), "-o", str(out)]) == 2
    assert "no such folder" in capsys.readouterr().err


def test_export_does_not_import_textual(tmp_path: Path) -> None:
    path = tmp_path / "release.toml"
    path.write_text("x", encoding="utf-8")
    samples = str(Path(__file__).resolve().parent.parent / "render")
    code = (
        "import sys\n"
        f"sys.path.insert(0, {samples!r})\n"
        "from render_samples import statement\n"
        "import pressdesk.cli.export as e\n"
        "from pressdesk.inputs import Loaded\n"
        "e.load = lambda p: Loaded(statement(), {})\n"
        "from pressdesk.cli import main\n"
        f"rc = main(['export', {str(path)!r}, '--to', 'all'])\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'textual')\n"
        "print(rc, loaded)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    )
    assert result.stdout.splitlines()[-1] == "0 []"
    assert len(list(tmp_path.iterdir())) == 7  # the release and its six exports


@pytest.mark.parametrize(
    ("name", "fmt"), [("mine.html", "html"), ("mine.md", "markdown"), ("mine.eml", "eml")]
)
def test_the_format_follows_the_output_name_when_no_to_is_given(
    release_file: Path, name: str, fmt: str
) -> None:
    out = release_file.parent / name
    assert main(["export", str(release_file), "-o", str(out)]) == 0
    assert out.read_bytes() == render(statement(), fmt)


def test_an_empty_output_path_is_refused(
    release_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(release_file), "-o", ""]) == 2
    assert capsys.readouterr().err == "pressdesk: -o needs a path (or - for standard output)\n"
    assert files(release_file.parent) == set()

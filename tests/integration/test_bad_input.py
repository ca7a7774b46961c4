"""Every unusable input is one line on stderr and exit 2: no traceback, no file lost or half written."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import Pressdesk

GOOD = """\
pressdesk = 1
date = 2026-11-24
headline = "Fair Fares Coalition Welcomes the Vote"
dateline = "WASHINGTON"

[[body]]
text = "The Fair Fares Coalition welcomed the board's vote on Tuesday."
"""

# Files a staffer's folder may hold, besides the good release.
FILES: dict[str, bytes] = {
    "good.toml": GOOD.encode("utf-8"),
    "empty.toml": b"",
    "blank.txt": b"  \n\n",
    "latin1.toml": GOOD.replace("board's", "board\xb4s").encode("latin-1"),
    "binary.toml": b"\x00\x01\x02\x03 not text",
    "open-quote.toml": GOOD.replace('Vote"', "Vote").encode("utf-8"),
    "bad-date.toml": GOOD.replace("2026-11-24", "2026-02-30").encode("utf-8"),
    "unknown-key.toml": (GOOD + 'colour = "red"\n').encode("utf-8"),
    "shopping.txt": b"eggs\nmilk\nbread\n",
}


@pytest.fixture
def folder(desk: Path) -> Path:
    for name, data in FILES.items():
        (desk / name).write_bytes(data)
    (desk / "drafts").mkdir()
    (desk / "dangling.toml").symlink_to(desk / "gone.toml")
    return desk


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["check", "missing.toml"], "missing.toml: no such file"),
        (["check", "drafts"], "drafts: is a folder, not a release file"),
        (["check", "dangling.toml"], "dangling.toml: no such file"),
        (["check", "empty.toml"], "empty.toml: the file is empty"),
        (["check", "blank.txt"], "blank.txt: the file is empty"),
        (["check", "latin1.toml"], "latin1.toml:7:"),
        (["check", "binary.toml"], "binary.toml:1:1: not valid TOML"),
        (["check", "open-quote.toml"], "open-quote.toml:3:"),
        (["check", "bad-date.toml"], "bad-date.toml:2: date:"),
        (["check", "unknown-key.toml"], "unknown-key.toml:"),
        (["check", "shopping.txt"], "shopping.txt: this is not a press release"),
        (["check", "good.toml", "--fail-on", "never"], "argument --fail-on: invalid choice"),
        (["export", "missing.toml"], "missing.toml: no such file"),
        (["export", "good.toml", "--to", "rtf"], "argument --to: invalid choice"),
        (["export", "good.toml", "--wrap", "0", "-o", "-"], "argument --wrap:"),
        (["export", "good.toml", "-o", "good.toml"], "good.toml: is the release being exported"),
        (["export", "good.toml", "-o", "nowhere/out.txt"], "nowhere: no such folder"),
        (["export", "good.toml", "-o", "good.toml/out.txt"], "no such folder"),
        (["export", "good.toml", "--to", "all", "-o", "-"], "-o - writes one format"),
        (["import", "shopping.txt"], "shopping.txt: this is not a press release"),
        (["import", "missing.txt"], "missing.txt: no such file"),
        (["import", "blank.txt"], "blank.txt: the file is empty"),
        (["new", "good.toml"], "good.toml: already exists (use --force to overwrite)"),
        (["new", "drafts"], "drafts: is a folder"),
        (["new", "draft.txt"], "draft.txt: a release file is TOML"),
        (["new", "draft.toml", "--template", "memo"], "no starter template called 'memo'"),
        (["new", ""], "new needs the name of the release file"),
        (["new", "draft.toml", "--coalition", ""], "--coalition needs the name of a coalition"),
        (["library", "show", "Nobody"], "no organisation 'Nobody' in the library"),
        (["library", "save-from", "empty.toml"], "empty.toml: the file is empty"),
        (["library", "list", "--library", "good.toml"], "good.toml: is a file, not a library"),
        (["library", "burn"], "argument action: invalid choice"),
    ],
)
def test_unusable_input_is_one_line_and_exit_2(
    args: list[str], error: str, folder: Path, pressdesk: Pressdesk
) -> None:
    before = _snapshot(folder)
    ran = pressdesk(*args)
    assert ran.status == 2
    assert len(ran.err_lines) == 1, ran.err
    assert ran.err.startswith("pressdesk")
    assert error in ran.err
    assert _snapshot(folder) == before


@pytest.mark.parametrize("ending", ["\r\n", "\n"])
@pytest.mark.parametrize("bom", ["\ufeff", ""])
def test_windows_files_check_and_export_like_any_other(
    ending: str, bom: str, desk: Path, pressdesk: Pressdesk
) -> None:
    (desk / "vote.toml").write_bytes((bom + GOOD.replace("\n", ending)).encode("utf-8"))
    ran = pressdesk("check", "vote.toml", "--format", "json")
    assert ran.status in (0, 1) and ran.err == ""
    ran = pressdesk("export", "vote.toml", "-o", "-")
    assert ran.status == 0
    assert ran.out_lines[1] == "Fair Fares Coalition Welcomes the Vote"


def test_unicode_file_names_and_organisations(desk: Path, pressdesk: Pressdesk) -> None:
    release = GOOD.replace(
        'dateline = "WASHINGTON"',
        'dateline = "SAN JOSÉ, Calif."\n\n[[contacts]]\nname = "Zoë Núñez"\n'
        'email = "zoe@example.org"\nphone = "408-555-0111"',
    ) + (
        '\n[[body]]\nspeaker = { name = "Łukasz Wróbel", title = "Organizer", '
        'org = "Niños Unidos" }\nparagraphs = ["¡Sí se puede!"]\napproved = true\n'
        '\n[[boilerplate]]\norg = "Coalición Tránsito Justo"\n'
        'text = "Coalición Tránsito Justo unites 12 groups."\n'
    )
    name = "declaración-tránsito.toml"
    (desk / name).write_text(release, encoding="utf-8")
    ran = pressdesk("check", name)
    assert ran.status in (0, 1) and ran.err == ""
    ran = pressdesk("export", name, "--to", "text")
    assert ran.status == 0
    (written,) = [p for p in desk.iterdir() if p.suffix == ".txt"]
    assert written.name == "2026-11-24-fair-fares-coalition-welcomes-the-vote.txt"
    assert "Łukasz Wróbel, Organizer, Niños Unidos" in written.read_text(encoding="utf-8")
    ran = pressdesk("library", "save-from", name, "--library", "bibliothèque")
    assert ran.status == 0
    assert "added member Niños Unidos (ninos-unidos.toml): 1 person (Łukasz Wróbel)" in ran.out
    ran = pressdesk("library", "show", "ninos unidos", "--library", "bibliothèque")
    assert ran.status == 0 and ran.out_lines[0] == "Niños Unidos: member"

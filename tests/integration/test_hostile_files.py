"""Files that are not what they seem (issue 17): FIFOs, devices, symlink loops, huge files, read-only
files and leftovers of killed writes. Each is one line and exit 2 at once, nothing written; a
symbolic link at an output path is followed by every command (docs/cli.md "Files")."""

from __future__ import annotations

import dataclasses
import fcntl
import os
import stat
from pathlib import Path

import pytest

from pressdesk import store
from pressdesk.errors import PressdeskError

from .conftest import Pressdesk
from .test_bad_input import GOOD

FIXABLE = GOOD.replace("welcomed the", "welcomed  the")  # a double space: `--fix` has work to do


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


@pytest.fixture
def hostile(desk: Path) -> Path:
    (desk / "good.toml").write_text(GOOD, encoding="utf-8")
    for name in ("pipe.toml", "pipe.txt", "pipe.docx"):
        os.mkfifo(desk / name)
    (desk / "loop.toml").symlink_to("loop.toml")
    (desk / "loop.txt").symlink_to("loop-b.txt")
    (desk / "loop-b.txt").symlink_to("loop.txt")
    return desk


def _one_line(ran: object, expected: str) -> None:
    assert ran.status == 2, ran  # type: ignore[attr-defined]
    assert ran.err_lines == [f"pressdesk: {expected}"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["check", "pipe.toml"], "pipe.toml: is a named pipe (FIFO), not a file; nothing was read"),
        (
            ["export", "pipe.toml"],
            "pipe.toml: is a named pipe (FIFO), not a file; nothing was read",
        ),
        (
            ["export", "pipe.docx"],
            "pipe.docx: is a named pipe (FIFO), not a file; nothing was read",
        ),
        (["import", "pipe.txt"], "pipe.txt: is a named pipe (FIFO), not a file; nothing was read"),
        (
            ["library", "save-from", "pipe.toml", "--library", "lib"],
            "pipe.toml: is a named pipe (FIFO), not a file; nothing was read",
        ),
        (["check", "/dev/zero"], "/dev/zero: is a device, not a file; nothing was read"),
        (["import", "/dev/zero"], "/dev/zero: is a device, not a file; nothing was read"),
        (["export", "/dev/zero"], "/dev/zero: is a device, not a file; nothing was read"),
        (["check", "loop.toml"], "loop.toml: symlink loop (the link leads back to itself)"),
        (["export", "loop.txt"], "loop.txt: symlink loop (the link leads back to itself)"),
        (["import", "loop.txt"], "loop.txt: symlink loop (the link leads back to itself)"),
        (
            ["export", "good.toml", "-o", "loop.txt"],
            "loop.txt: symlink loop (the link leads back to itself)",
        ),
        (
            ["import", "good.txt", "-o", "loop.toml"],
            "loop.toml: symlink loop (the link leads back to itself)",
        ),
        (
            ["export", "good.toml", "-o", "pipe.txt", "--force"],
            "pipe.txt: is a named pipe (FIFO); pressdesk writes only files",
        ),
    ],
)
def test_not_a_regular_file_is_refused_at_once(
    args: list[str], error: str, hostile: Path, pressdesk: Pressdesk
) -> None:
    (hostile / "good.txt").write_text("FOR IMMEDIATE RELEASE\n\nVote Passes\n", encoding="utf-8")
    before = _snapshot(hostile)
    _one_line(pressdesk(*args), error)
    assert _snapshot(hostile) == before
    assert not (hostile / "lib").exists()


def test_not_a_regular_file_in_the_library_is_reported_not_waited_on(
    hostile: Path, pressdesk: Pressdesk
) -> None:
    library = hostile / "lib"
    library.mkdir()
    os.mkfifo(library / "tenants-union.toml")
    ran = pressdesk("library", "list", "--library", "lib")
    assert ran.status == 1
    assert (
        "  lib/tenants-union.toml: is a named pipe (FIFO), not a file; nothing was read"
        in ran.out_lines
    )
    ran = pressdesk("check", "good.toml", "--library", "lib")
    assert ran.status == 1 and ran.err == ""
    ran = pressdesk("library", "save-from", "good.toml", "--library", "lib")
    assert ran.status == 0
    assert stat.S_ISFIFO(os.lstat(library / "tenants-union.toml").st_mode)


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(
    desk: Path, pressdesk: Pressdesk
) -> None:
    padding = "# " + "x" * 98 + "\n"
    (desk / "huge.toml").write_text(GOOD + padding * 21_000, encoding="utf-8")  # 2.1 MB
    message = "huge.toml: is larger than 2 MB, too big for a release; nothing was read"
    _one_line(pressdesk("check", "huge.toml"), message)
    _one_line(pressdesk("export", "huge.toml"), message)
    (desk / "big.txt").write_text("FOR IMMEDIATE RELEASE\n" + "word " * 450_000, encoding="utf-8")
    _one_line(
        pressdesk("import", "big.txt"),
        "big.txt: is larger than 2 MB, too big for a release; nothing was read",
    )
    assert sorted(p.name for p in desk.iterdir()) == ["big.txt", "huge.toml"]


def test_a_word_document_that_unpacks_to_gigabytes_is_refused(tmp_path: Path) -> None:
    import zipfile

    from pressdesk.importer.docx import read_docx

    bomb = tmp_path / "bomb.docx"
    zeros = bytes(1024 * 1024)
    with (
        zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("word/document.xml", "w", force_zip64=True) as part,
    ):
        for _ in range(201):
            part.write(zeros)
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.raises(PressdeskError) as caught:
        read_docx(bomb)
    assert str(caught.value) == (
        f"{bomb}: unpacks to more than 200 MB, too big for a release; nothing was read"
    )


def test_symlink_loop_in_the_editor_save_is_one_line(tmp_path: Path) -> None:
    loop = tmp_path / "loop.toml"
    loop.symlink_to(loop.name)
    release = store.loads(GOOD).release
    with pytest.raises(PressdeskError, match=r"loop\.toml: symlink loop"):
        store.save(loop, release)
    with pytest.raises(PressdeskError, match=r"loop\.toml: symlink loop"):
        store.load(loop)


def test_fifo_the_editor_is_opened_on_is_refused(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.toml"
    os.mkfifo(pipe)
    from pressdesk.tui.app import make_app

    with pytest.raises(PressdeskError, match=r"pipe\.toml: is a named pipe \(FIFO\)"):
        make_app(pipe)


def test_read_only_file_is_not_fixed_or_overwritten(desk: Path, pressdesk: Pressdesk) -> None:
    locked = desk / "locked.toml"
    locked.write_text(FIXABLE, encoding="utf-8")
    locked.chmod(0o444)
    _one_line(
        pressdesk("check", "--fix", "locked.toml"),
        "locked.toml: is read-only; make it writable to change it",
    )
    assert locked.read_text(encoding="utf-8") == FIXABLE
    out = desk / "out.txt"
    out.write_text("kept", encoding="utf-8")
    out.chmod(0o444)
    _one_line(
        pressdesk("export", "locked.toml", "-o", "out.txt", "--force"),
        "out.txt: is read-only; make it writable to change it",
    )
    assert out.read_text(encoding="utf-8") == "kept"
    assert sorted(p.name for p in desk.iterdir()) == ["locked.toml", "out.txt"]


def _linked(desk: Path, name: str, text: str) -> tuple[Path, Path]:
    shared = desk / "shared"
    shared.mkdir(exist_ok=True)
    target = shared / name
    target.write_text(text, encoding="utf-8")
    link = desk / name
    link.symlink_to(target)
    return link, target


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (["export", "good.toml", "-o", "out.txt", "--force"], "out.txt"),
        (["import", "good.txt", "-o", "out.toml", "--force"], "out.toml"),
        (["check", "--fix", "out.toml"], "out.toml"),
    ],
)
def test_symlink_at_an_output_path_is_followed_by_every_command(
    args: list[str], name: str, desk: Path, pressdesk: Pressdesk
) -> None:
    (desk / "good.toml").write_text(GOOD, encoding="utf-8")
    (desk / "good.txt").write_text(
        "FOR IMMEDIATE RELEASE\n\nVote Passes\n\nWASHINGTON — The board voted.\n\n###\n",
        encoding="utf-8",
    )
    link, target = _linked(desk, name, FIXABLE)
    ran = pressdesk(*args)
    assert ran.status in (0, 1), ran
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text(encoding="utf-8") != FIXABLE
    assert "  the" not in target.read_text(encoding="utf-8")


def test_library_save_follows_a_linked_library_file(desk: Path, pressdesk: Pressdesk) -> None:
    from pressdesk.library import Library

    (desk / "lib").mkdir()
    target = desk / "kept.toml"
    target.write_text('name = "Tenants Union"\nkind = "member"\n', encoding="utf-8")
    (desk / "lib" / "tenants-union.toml").symlink_to(target)
    library = Library.open(desk / "lib")
    org = library.orgs["tenants-union"]
    library.save(dataclasses.replace(org, website="https://example.org"))
    assert (desk / "lib" / "tenants-union.toml").is_symlink()
    assert "https://example.org" in target.read_text(encoding="utf-8")


def test_leftover_temporary_files_are_cleaned_on_the_next_write(
    desk: Path, pressdesk: Pressdesk
) -> None:
    (desk / "good.toml").write_text(FIXABLE, encoding="utf-8")
    dead = desk / ".good.toml.k1ll3d.tmp"  # left by a write that was killed before its rename
    dead.write_text("half a rele", encoding="utf-8")
    live = desk / ".good.toml.wr1t1ng.tmp"  # another pressdesk writing this moment: kept
    live.write_text("being writ", encoding="utf-8")
    with open(live, "rb") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        ran = pressdesk("check", "--fix", "good.toml")
        assert ran.status == 1 and "fixed [whitespace] a double space" in ran.out
        assert sorted(p.name for p in desk.iterdir()) == [".good.toml.wr1t1ng.tmp", "good.toml"]
    ran = pressdesk("export", "good.toml", "-o", "good.txt")
    assert ran.status == 0
    assert not dead.exists()

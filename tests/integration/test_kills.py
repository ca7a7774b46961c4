"""Writes stay whole under SIGKILL (issue 17): each writer — export, `check --fix`, `library
save-from`, the editor's autosave — runs in a loop in its own process, writing two versions in turn,
and is killed at a random moment; its target must always be one complete version or the other, and
the next write cleans up any temporary file a kill left. The CI run kills each writer a dozen times;
the `soak` run (`pytest -m soak tests/integration/test_kills.py`) sixty times (docs/cli.md "Files:
what is read, what is written")."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from pressdesk.library import Library
from pressdesk.store import load

from .conftest import Pressdesk
from .test_bad_input import GOOD

CONTACT = '\n[[contacts]]\nname = "Dana Whitlow"\nemail = "dana@example.org"\nphone = "{phone}"\n'
SPEAKER = (
    '\n[[body]]\nspeaker = { name = "Ana Lee", title = "{title}", org = "Tenants United" }\n'
    'paragraphs = ["We won."]\napproved = true\n'
)
VERSION_A = GOOD + CONTACT.format(phone="202-555-0142") + SPEAKER.replace("{title}", "Director")
VERSION_B = GOOD.replace("the Vote", "the Board's Vote") + (
    CONTACT.format(phone="202-555-0187") + SPEAKER.replace("{title}", "Executive Director")
)
FIXABLE = VERSION_A.replace("welcomed the", "welcomed  the")

KILLS = [12, pytest.param(60, marks=[pytest.mark.slow, pytest.mark.soak])]

# The child: imports, one write so every module is loaded, "ready", then writes until killed.
CHILD = """\
import os, sys
from pathlib import Path
{setup}
def once(i):
{body}
ready = sys.stdout
sys.stdout = sys.stderr = open(os.devnull, "w")
once(0)
print("ready", file=ready, flush=True)
i = 1
while True:
    once(i)
    i += 1
"""


def kill_at_random(
    folder: Path, setup: str, body: str, kills: int, whole: Callable[[], None]
) -> list[str]:
    """Start the writer, kill it at a random moment, check `whole()`, `kills` times over.

    Returns the names of temporary files the kills left behind (the next write removes them).
    """
    code = CHILD.format(setup=setup, body="\n".join("    " + line for line in body.splitlines()))
    chance = random.Random(17)
    left: list[str] = []
    for _ in range(kills):
        child = subprocess.Popen(
            [sys.executable, "-c", code],
            cwd=folder,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert child.stdout is not None
        try:
            assert child.stdout.readline() == "ready\n"
            # The random moment of the kill: anywhere in the next few writes.
            time.sleep(chance.uniform(0, 0.12))
        finally:
            child.kill()
            child.wait()
            child.stdout.close()
        whole()
        left += [p.name for p in folder.rglob(".*.tmp")]
    return left


@pytest.mark.parametrize("kills", KILLS)
def test_kill_during_export_leaves_the_old_or_the_new_export(
    kills: int, desk: Path, pressdesk: Pressdesk
) -> None:
    (desk / "a.toml").write_text(VERSION_A, encoding="utf-8")
    (desk / "b.toml").write_text(VERSION_B, encoding="utf-8")
    for name in ("a", "b"):
        assert pressdesk("export", f"{name}.toml", "--to", "all", "-o", f"{name}-whole").status == 0
    whole = {
        suffix: {(desk / f"{n}-whole{suffix}").read_bytes() for n in "ab"}
        for suffix in (".txt", ".md", ".html", ".eml", ".docx", ".pdf")
    }

    def check() -> None:
        for suffix, versions in whole.items():
            out = desk / f"out{suffix}"
            assert not out.exists() or out.read_bytes() in versions, suffix

    left = kill_at_random(
        desk,
        "from pressdesk.cli import main",
        'main(["export", "ab"[i % 2] + ".toml", "--to", "all", "-o", "out", "--force"])',
        kills,
        check,
    )
    assert pressdesk("export", "a.toml", "--to", "all", "-o", "out", "--force").status == 0
    assert [p.name for p in desk.glob(".*.tmp")] == [], left
    check()


@pytest.mark.parametrize("kills", KILLS)
def test_kill_during_check_fix_leaves_the_old_or_the_fixed_file(
    kills: int, desk: Path, pressdesk: Pressdesk
) -> None:
    (desk / "fixed.toml").write_text(FIXABLE, encoding="utf-8")
    assert "fixed [whitespace]" in pressdesk("check", "--fix", "fixed.toml").out
    versions = {FIXABLE.encode("utf-8"), (desk / "fixed.toml").read_bytes()}
    (desk / "release.toml").write_text(FIXABLE, encoding="utf-8")
    (desk / "fixable.toml").write_text(FIXABLE, encoding="utf-8")

    def check() -> None:
        assert (desk / "release.toml").read_bytes() in versions

    # Each round puts the double space back (pressdesk's own atomic write) and fixes it again.
    kill_at_random(
        desk,
        "from pressdesk.cli import main\nfrom pressdesk.fileio import atomic_write\n"
        "fixable = Path('fixable.toml').read_bytes()",
        'atomic_write(Path("release.toml"), fixable)\nmain(["check", "--fix", "release.toml"])',
        kills,
        check,
    )
    assert pressdesk("check", "--fix", "release.toml").status in (0, 1)
    assert [p.name for p in desk.glob(".*.tmp")] == []
    check()


@pytest.mark.parametrize("kills", KILLS)
def test_kill_during_library_save_from_leaves_every_library_file_whole(
    kills: int, desk: Path, pressdesk: Pressdesk
) -> None:
    (desk / "a.toml").write_text(VERSION_A, encoding="utf-8")
    (desk / "b.toml").write_text(VERSION_B, encoding="utf-8")
    library = desk / "lib"
    versions: dict[str, set[bytes]] = {}
    for name in ("a", "b", "a", "b"):  # every state the loop goes through
        ran = pressdesk("library", "save-from", f"{name}.toml", "--update", "--library", "lib")
        assert ran.status == 0, ran
        for file in library.glob("*.toml"):
            versions.setdefault(file.name, set()).add(file.read_bytes())

    def check() -> None:
        opened = Library.open(library)
        assert opened.broken == {}
        for file in library.glob("*.toml"):
            assert file.read_bytes() in versions[file.name], file.name

    kill_at_random(
        desk,
        "from pressdesk.cli import main",
        'main(["library", "save-from", "ab"[i % 2] + ".toml", "--update", "--library", "lib"])',
        kills,
        check,
    )
    assert pressdesk("library", "save-from", "a.toml", "--update", "--library", "lib").status == 0
    assert [p.name for p in library.glob(".*.tmp")] == []
    check()


@pytest.mark.parametrize("kills", KILLS)
def test_kill_during_autosave_leaves_a_release_that_loads(kills: int, desk: Path) -> None:
    (desk / "a.toml").write_text(VERSION_A, encoding="utf-8")
    (desk / "b.toml").write_text(VERSION_B, encoding="utf-8")
    releases = [load(desk / "a.toml"), load(desk / "b.toml")]
    path = desk / "draft.toml"
    path.write_text(VERSION_A, encoding="utf-8")

    def check() -> None:
        assert load(path) in releases

    # The editor's own saver, as its autosave worker calls it (the timers only decide when).
    kill_at_random(
        desk,
        "from pressdesk.store import load\nfrom pressdesk.tui.autosave import Autosave\n"
        "releases = [load('a.toml'), load('b.toml')]\n"
        "saver = Autosave(None, Path('draft.toml'), lambda: releases[0])  # type: ignore",
        "saver.write(releases[i % 2])",
        kills,
        check,
    )
    assert os.path.getsize(path) > 0
    check()

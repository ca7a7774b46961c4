"""Helpers for the end-to-end tests: the real `pressdesk` command in a subprocess, in a scratch folder."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass(frozen=True)
class Ran:
    """What the user saw: the exit status and the two streams, as text."""

    status: int
    out: str
    err: str

    @property
    def out_lines(self) -> list[str]:
        return self.out.splitlines()

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()


Pressdesk = Callable[..., Ran]


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """The staffer's working folder."""
    folder = tmp_path / "desk"
    folder.mkdir()
    return folder


@pytest.fixture
def pressdesk(desk: Path) -> Pressdesk:
    """Run `pressdesk ARGS…` in the desk folder, as a user would from a terminal."""

    def run(*args: str, stdin: str | None = None, env: dict[str, str] | None = None) -> Ran:
        done = subprocess.run(
            [sys.executable, "-m", "pressdesk", *args],
            cwd=desk,
            env={**os.environ, **(env or {})},
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
        )
        assert "Traceback" not in done.stderr, done.stderr
        return Ran(done.returncode, done.stdout, done.stderr)

    return run


def type_into(path: Path, edits: list[tuple[str, str]]) -> None:
    """A staffer's edits to a file: each replaces text that must be there (else the test is stale)."""
    text = path.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")

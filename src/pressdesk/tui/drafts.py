"""Where the editor's files come from: the statement starter, and untitled drafts kept in the
user data dir so that `pressdesk` with no file can offer the last one back. No Textual here."""

from __future__ import annotations

from pathlib import Path

from pressdesk import clock
from pressdesk.model import Release
from pressdesk.resources import template_dirs


def drafts_dir() -> Path:
    """The folder of untitled drafts (created on first use)."""
    from platformdirs import user_data_path

    return user_data_path("pressdesk", appauthor=False) / "drafts"


def new_draft_path() -> Path:
    """A fresh, unused path for an untitled draft. The file is written on the first change."""
    folder = drafts_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = f"untitled-{clock.now():%Y-%m-%d-%H%M%S}"
    path = folder / f"{stamp}.toml"
    n = 2
    while path.exists():
        path = folder / f"{stamp}-{n}.toml"
        n += 1
    return path


def last_draft() -> Path | None:
    """The most recently saved untitled draft, if any."""
    folder = drafts_dir()
    if not folder.is_dir():
        return None
    drafts = sorted(folder.glob("untitled-*.toml"), key=lambda p: p.stat().st_mtime)
    return drafts[-1] if drafts else None


def starter_path(name: str = "statement") -> Path | None:
    for folder in template_dirs():
        candidate = folder / "starters" / f"{name}.toml"
        if candidate.is_file():
            return candidate
    return None


def starter_release(name: str = "statement") -> Release:
    """A new release from the statement starter, dated today."""
    from pressdesk.store import load

    path = starter_path(name)
    if path is None:
        return Release(date=clock.today(), headline="")
    return load(path).replace(date=clock.today(), embargo=None, line="immediate")

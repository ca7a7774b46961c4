"""A save that fails part-way leaves the previous release file exactly as it was."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from pressdesk import store
from pressdesk.errors import PressdeskError
from pressdesk.model import Paragraph, Release

OLD = Release(date=date(2026, 11, 24), headline="Harbor Coalition Welcomes the Vote")
NEW = OLD.replace(headline="Harbor Coalition Praises the Vote", body=(Paragraph("New lede."),))


def test_an_interrupted_save_keeps_the_old_file_and_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "release.toml"
    store.save(path, OLD)
    before = path.read_bytes()
    written: list[bytes] = []

    def crash(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        # The new text is complete on disk at this point: the crash comes before the rename.
        written.append(Path(src).read_bytes())
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    # A full disk is one line for the user, naming the file, not a traceback.
    with pytest.raises(PressdeskError, match=r"release\.toml: cannot write it \(No space left"):
        store.save(path, NEW)
    assert written == [store.dumps(NEW).encode("utf-8")]
    assert path.read_bytes() == before
    assert store.load(path) == OLD
    assert [p.name for p in tmp_path.iterdir()] == ["release.toml"]


def test_a_save_interrupted_by_ctrl_c_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "release.toml"
    store.save(path, OLD)
    before = path.read_bytes()

    def interrupt(src: object, dst: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupt)
    with pytest.raises(KeyboardInterrupt):
        store.save(path, NEW)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["release.toml"]


def test_a_save_replaces_the_file_whole(tmp_path: Path) -> None:
    path = tmp_path / "release.toml"
    store.save(path, OLD)
    store.save(path, NEW)
    assert store.load(path) == NEW
    assert [p.name for p in tmp_path.iterdir()] == ["release.toml"]


def test_saving_into_a_missing_folder_is_one_clear_line(tmp_path: Path) -> None:
    with pytest.raises(PressdeskError, match=r"no such folder$"):
        store.save(tmp_path / "nowhere" / "release.toml", OLD)


def test_a_save_that_must_not_overwrite_leaves_an_existing_file_alone(tmp_path: Path) -> None:
    path = tmp_path / "release.toml"
    store.save(path, OLD)
    before = path.read_bytes()
    with pytest.raises(PressdeskError, match="already exists"):
        store.save(path, NEW, overwrite=False)
    assert path.read_bytes() == before
    fresh = tmp_path / "copy.toml"
    store.save(fresh, NEW, overwrite=False)
    assert store.load(fresh) == NEW

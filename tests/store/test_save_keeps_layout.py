"""Saving over a release file rewrites only the texts that changed: comments, CR LF and a BOM stay."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from pressdesk import store
from pressdesk.model import set_text

HAND_WRITTEN = """\
# Harbor vote statement: Dana checks the quotes before noon.
pressdesk = 1
date = 2026-11-24
headline = "Harbor Coalition Welcomes the Vote"   # keep under 70 characters
dateline = "PORTLAND, Maine"

[[contacts]]
name = "Dana Whitlow"
email = "dana@example.org"  # the press line, not her own
phone = "207-555-0142"

[[body]]
text = "The Harbor Coalition welcomed the council's vote."
"""


def _edited(path: Path, field: str, value: str) -> None:
    release = store.load(path)
    store.save(path, set_text(release, field, value))


def test_a_changed_text_is_rewritten_in_place_and_the_comments_stay(tmp_path: Path) -> None:
    path = tmp_path / "vote.toml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    _edited(path, "dateline", "PORTLAND")
    expected = HAND_WRITTEN.replace('"PORTLAND, Maine"', '"PORTLAND"')
    assert path.read_text(encoding="utf-8") == expected


def test_text_that_needs_escaping_is_written_as_toml_in_place(tmp_path: Path) -> None:
    path = tmp_path / "vote.toml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    _edited(path, "headline", 'Harbor Coalition: "Yes" to the Vote')
    assert "# keep under 70 characters" in path.read_text(encoding="utf-8")
    assert store.load(path).headline == 'Harbor Coalition: "Yes" to the Vote'


def test_windows_line_endings_and_a_byte_order_mark_survive_a_save(tmp_path: Path) -> None:
    path = tmp_path / "vote.toml"
    original = b"\xef\xbb\xbf" + HAND_WRITTEN.replace("\n", "\r\n").encode("utf-8")
    path.write_bytes(original)
    _edited(path, "contacts[0].phone", "207-555-0199")
    assert path.read_bytes() == original.replace(b"207-555-0142", b"207-555-0199")


def test_a_new_block_means_a_canonical_file_with_the_same_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "vote.toml"
    path.write_bytes(HAND_WRITTEN.replace("\n", "\r\n").encode("utf-8"))
    release = store.load(path)
    grown = release.replace(body=release.body + release.body)
    store.save(path, grown)
    data = path.read_bytes()
    assert data == store.dumps(grown).replace("\n", "\r\n").encode("utf-8")
    assert store.load(path) == grown


def test_saving_through_a_symbolic_link_writes_the_linked_file(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    target = shared / "vote.toml"
    target.write_text(HAND_WRITTEN, encoding="utf-8")
    link = tmp_path / "vote.toml"
    link.symlink_to(target)
    _edited(link, "dateline", "PORTLAND")
    assert link.is_symlink()
    assert os.readlink(link) == str(target)
    assert store.load(target).dateline == "PORTLAND"


def test_saving_the_release_unchanged_gives_the_same_bytes(tmp_path: Path) -> None:
    path = tmp_path / "vote.toml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    store.save(path, store.load(path))
    assert path.read_text(encoding="utf-8") == HAND_WRITTEN


def test_a_sign_off_or_a_new_date_keeps_the_comments(tmp_path: Path) -> None:
    path = tmp_path / "vote.toml"
    quote = '\n[[body]]\nspeaker = { name = "Dana Whitlow" }\nparagraphs = ["We won."]\napproved = false  # ask Dana\n'
    path.write_text(HAND_WRITTEN + quote, encoding="utf-8")
    release = store.load(path)
    (lede, said) = release.body
    signed = release.replace(date=date(2026, 11, 25), body=(lede, replace(said, approved=True)))
    store.save(path, signed)
    expected = (HAND_WRITTEN + quote).replace("approved = false", "approved = true")
    assert path.read_text(encoding="utf-8") == expected.replace("2026-11-24", "2026-11-25")


def test_a_value_the_file_left_out_is_written_out_in_full(tmp_path: Path) -> None:
    path = tmp_path / "vote.toml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    embargoed = store.load(path).replace(
        line="embargoed", embargo=datetime(2026, 11, 25, 9, 0, tzinfo=timezone(timedelta(hours=-5)))
    )
    store.save(path, embargoed)
    assert store.load(path) == embargoed
    assert path.read_text(encoding="utf-8") == store.dumps(embargoed)

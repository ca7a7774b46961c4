"""`load_input`: release files through the store, text and Markdown releases through the importer."""

from __future__ import annotations

import sys
import types
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from pressdesk import store
from pressdesk.errors import PressdeskError
from pressdesk.findings import Finding, Origin, Severity
from pressdesk.inputs import input_format, load_input, typed_format
from pressdesk.model import Release

RELEASE = Release(date=date(2026, 11, 24), headline="Harbor Coalition Welcomes the Vote")


@dataclass
class FakeImport:
    release: Release
    findings: list[Finding] = field(default_factory=list)
    source: dict[str, Origin] = field(default_factory=dict)
    guessed: frozenset[str] = frozenset()


@pytest.fixture
def importer(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """A stand-in importer that records what it was asked to import."""
    calls: list[tuple[str, str, str]] = []

    def import_text(text: str, *, fmt: str, name: str = "<text>") -> FakeImport:
        calls.append((text, fmt, name))
        finding = Finding(
            "dateline-dash", Severity.INFO, "en dash after the dateline", line=3, column=9
        )
        return FakeImport(RELEASE, [finding], {"headline": Origin(2, 1)})

    module = types.ModuleType("pressdesk.importer")
    module.import_text = import_text  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "pressdesk.importer", module)
    return calls


def test_a_release_file_loads_through_the_store(tmp_path: Path) -> None:
    path = tmp_path / "release.toml"
    store.save(path, RELEASE)
    loaded = load_input(path)
    assert (loaded.release, loaded.findings, loaded.fmt) == (RELEASE, [], "toml")
    assert loaded.source["headline"] == Origin(5, 13)


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("draft.txt", "text"),
        ("draft.TXT", "text"),
        ("draft.md", "markdown"),
        ("draft.markdown", "markdown"),
    ],
)
def test_text_and_markdown_go_through_the_importer(
    name: str, fmt: str, tmp_path: Path, importer: list[tuple[str, str, str]]
) -> None:
    path = tmp_path / name
    path.write_text("FOR IMMEDIATE RELEASE\nHarbor Coalition Welcomes the Vote\n", encoding="utf-8")
    loaded = load_input(path)
    assert importer == [(path.read_text(encoding="utf-8"), fmt, str(path))]
    assert (loaded.release, loaded.fmt) == (RELEASE, fmt)
    assert [f.rule for f in loaded.findings] == ["dateline-dash"]
    assert loaded.source == {"headline": Origin(2, 1)}


def test_other_suffixes_are_read_as_release_files() -> None:
    assert [input_format(p) for p in ("a.toml", "a", "a.release", "a.md")] == ["toml"] * 3 + [
        "markdown"
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"  \n\t\n", "the file is empty"),
        (
            b"FOR IMMEDIATE RELEASE\n\xff\xfe",
            "2:1: not UTF-8 text (byte 0xff); save the file as UTF-8",
        ),
    ],
)
def test_text_inputs_are_refused_before_the_importer_sees_them(
    content: bytes, message: str, tmp_path: Path, importer: list[tuple[str, str, str]]
) -> None:
    path = tmp_path / "draft.txt"
    path.write_bytes(content)
    with pytest.raises(PressdeskError) as caught:
        load_input(path)
    assert str(caught.value) in (f"{path}: {message}", f"{path}:{message}")
    assert importer == []


TYPED = """\
For Immediate Release: Nov. 24, 2026
Media Contact: Dana Whitlow, dana@example.org, 207-555-0142
Harbor Coalition Welcomes the Vote
PORTLAND, Maine — The Harbor Coalition welcomed the council's vote on Tuesday.
###
"""


@pytest.mark.parametrize("name", ["pasted.toml", "pasted", "pasted.doc"])
def test_a_typed_release_under_another_name_says_what_it_is(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(TYPED, encoding="utf-8")
    with pytest.raises(PressdeskError) as caught:
        load_input(path)
    assert str(caught.value) == (
        f"{path}: reads like a typed release, not a release file: name it pasted.txt "
        "to check or export it, or run `pressdesk import pasted.txt`"
    )


@pytest.mark.parametrize("name", ["release.txt", "release.TXT", "release.md"])
def test_a_release_file_named_as_text_says_what_it_is(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    store.save(path, RELEASE)
    with pytest.raises(PressdeskError) as caught:
        load_input(path)
    assert str(caught.value) == (
        f"{path}: reads like a release file (TOML), not a typed release: name it release.toml"
    )


def test_a_broken_release_file_keeps_its_own_error(tmp_path: Path) -> None:
    path = tmp_path / "release.toml"
    path.write_text("pressdesk = 1\ndate = 2026-11-2\n", encoding="utf-8")
    with pytest.raises(PressdeskError, match=r"release.toml:2:12: not valid TOML"):
        load_input(path)


def test_import_reads_markdown_by_its_suffixes_and_anything_else_as_text() -> None:
    names = ("a.md", "a.MARKDOWN", "a.mdown", "a.mkd", "a.txt", "a.text", "a", "a.rtf")
    assert [typed_format(p) for p in names] == ["markdown"] * 4 + ["text"] * 4

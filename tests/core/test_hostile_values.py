"""Regression tests for the failure classes the fuzz suite (tests/fuzz) and issue 17 found in the
core: each test is named after its class, so it cannot come back unnoticed."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pytest

from pressdesk import store
from pressdesk.checks import Context, Settings, run_checks
from pressdesk.findings import Finding, Severity
from pressdesk.library import Library
from pressdesk.library.harvest import save_from
from pressdesk.model import Contact, Paragraph, Release
from pressdesk.render import FORMATS, render
from pressdesk.render.typography import smarten

RELEASE = Release(
    date=date(2026, 11, 24),
    headline="Riverside Coalition Welcomes the Vote",
    dateline="RIVERSIDE, Calif.",
    contacts=(Contact("Dana Whitlow", "dana@example.org", "951-555-0142"),),
    body=(Paragraph("The Riverside Coalition welcomed the board's vote on Tuesday."),),
)


def test_line_breaks_in_finding_messages_become_spaces() -> None:
    assert Finding("r", Severity.ERROR, "quote “a\nb\r\nc\u2028d”").message == "quote “a b c d”"
    findings = run_checks(RELEASE.replace(dateline="0\na"), Context(Settings(), date(2026, 11, 24)))
    assert findings and all("\n" not in f.message for f in findings)


def test_lone_surrogate_is_saved_and_exported_as_a_replacement_character(tmp_path: Path) -> None:
    # A broken paste can carry half of a surrogate pair; no UTF-8 file can hold it.
    pasted = RELEASE.replace(headline="Vote \ud83d Passes")
    store.save(tmp_path / "vote.toml", pasted)
    assert store.load(tmp_path / "vote.toml").headline == "Vote \ufffd Passes"
    for fmt in FORMATS:
        assert render(pasted, fmt)
    assert "Vote \ufffd Passes" in render(pasted, "text").decode("utf-8")


def test_docx_dated_after_2107_exports() -> None:
    # A zip entry cannot be dated after 2107: the Word export dates its entries by the release.
    data = render(RELEASE.replace(date=date(2150, 6, 1)), "docx")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert {info.date_time[0] for info in archive.infolist()} == {2107}


def test_library_person_with_no_letters_is_left_out(tmp_path: Path) -> None:
    release = RELEASE.replace(contacts=(Contact("](", "", "", "Tenants United"),))
    for _ in range(2):  # the second save used to add the same "person" again
        report = save_from(tmp_path / "lib", release, today=date(2026, 11, 24))
        assert "left out '](': not a name" in report.kept
    library = Library.open(tmp_path / "lib")
    assert library.broken == {}
    assert [p.name for org in library.orgs.values() for p in org.people] == []


def test_no_quadratic_typography_on_runs_of_link_openers() -> None:
    # 40 kB of `](` with no `)`: each once rescanned the rest of the text (35 s to export).
    junk = "](" * 20_000
    assert smarten(f'"{junk} end"') == f"\u201c{junk} end\u201d"
    # A real link after the junk still keeps its destination as typed.
    typed = junk + ' see [the "plan"](https://example.org/a"b) "now"'
    assert smarten(typed).endswith(
        ' see [the \u201cplan\u201d](https://example.org/a"b) \u201cnow\u201d'
    )


def _spelling(text: str) -> list[Finding]:
    release = RELEASE.replace(body=(Paragraph(text),))
    return [
        f
        for f in run_checks(release, Context(Settings(), date(2026, 11, 24)))
        if f.rule == "spelling"
    ]


def test_no_quadratic_spelling_on_runs_of_addresses() -> None:
    # Each word of a 40 kB chunk with no space once rescanned the whole chunk (23 s).
    assert _spelling("Visit " + "www." * 10_000 + " or " + "http://" * 6_000) == []


def test_no_quadratic_spelling_on_one_endless_word() -> None:
    # A 6,400-letter "word" took 2 s and 1.2 GB to find corrections for: no word is that long.
    assert _spelling("Read " + "a" * 40_000 + " now.") == []
    assert [f.message for f in _spelling("The boadr voted.")] != []


def test_release_of_too_many_body_blocks_is_one_line() -> None:
    head = store.dumps(RELEASE.replace(body=()))
    block = '[[body]]\ntext = "A paragraph."\n'
    assert len(store.loads(head + block * 5000).release.body) == 5000
    with pytest.raises(store.ReleaseFileError) as caught:
        store.loads(head + block * 5001, name="long.toml")
    assert str(caught.value) == (
        "long.toml: 5,001 body blocks, more than a release holds (at most 5,000)"
    )

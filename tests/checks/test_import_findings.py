"""The importer's findings are registered ids too: each has a text that reports it, settings can
name it, and whatever the importer reports on a text, `check` knows the id."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressdesk.checks import REGISTRY
from pressdesk.importer import import_text

TOP = "FOR IMMEDIATE RELEASE\nNov. 24, 2026\n\nValley Coalition Welcomes New Rules\n\n"
BODY = (
    "WASHINGTON — The coalition welcomed the rules.\n\n"
    "Ana Ruiz, Director, Valley Coalition\n\n"
    "“The rules are a start.”\n\n"
    "###\n"
)

# A text that makes the importer report each id it owns (the text gives what it must).
IMPORT_CASES = {
    "import-unplaced": TOP + "A first line\nA second line\n" + BODY,
    "import-date-missing": TOP.replace("Nov. 24, 2026\n", "") + BODY,
    "structure-more-marker": TOP + BODY.replace("###", "-more-\n\n###"),
}

IMPORTER_FIXTURES = Path(__file__).resolve().parents[1] / "importer" / "fixtures"


@pytest.mark.parametrize("rule", sorted(IMPORT_CASES))
def test_each_importer_id_is_reported_by_some_text(rule: str) -> None:
    found = {f.rule for f in import_text(IMPORT_CASES[rule]).findings}
    assert rule in found


def test_every_importer_id_in_the_registry_has_a_case() -> None:
    on_import = {r.id for r in REGISTRY.values() if r.on_import}
    assert on_import == set(IMPORT_CASES)


def test_an_importer_id_never_comes_from_a_check() -> None:
    from checkcases import clean_release, run

    assert not [f for f in run(clean_release()) if REGISTRY[f.rule].on_import]


def test_a_guessed_date_is_said_once_and_flagged_for_the_checks() -> None:
    result = import_text(IMPORT_CASES["import-date-missing"])
    assert [f.rule for f in result.findings if f.field == "date"] == ["import-date-missing"]
    assert result.guessed == frozenset({"date"})
    assert import_text(TOP + BODY).guessed == frozenset()


@pytest.mark.parametrize(
    "path",
    sorted(p for p in IMPORTER_FIXTURES.iterdir() if p.suffix in (".txt", ".md")),
    ids=lambda p: p.name,
)
def test_every_id_the_importer_reports_is_registered(path: Path) -> None:
    fmt = "markdown" if path.suffix == ".md" else "text"
    result = import_text(path.read_text(encoding="utf-8"), fmt=fmt)
    assert {f.rule for f in result.findings} <= set(REGISTRY)

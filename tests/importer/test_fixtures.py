"""Every invented fixture imports to the structure in the .toml beside it, field by field."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressdesk import store
from pressdesk.importer import import_text

from .helpers import differences, fixture_texts, fmt_of

FIXTURES = fixture_texts()


def test_there_are_at_least_twenty_fixtures() -> None:
    assert len(FIXTURES) >= 20
    assert {p.suffix for p in FIXTURES} == {".txt", ".md"}


def _import(path: Path):  # type: ignore[no-untyped-def]
    return import_text(path.read_text(encoding="utf-8"), fmt=fmt_of(path), name=path.name)


def test_fixture_accuracy_summary(capsys: pytest.CaptureFixture[str]) -> None:
    total = right = 0
    lines = []
    for path in FIXTURES:
        want = store.load(path.with_suffix(".toml"))
        count, wrong = differences(_import(path).release, want)
        total += count
        right += count - len(wrong)
        lines.append(f"{path.name:45} {count - len(wrong):4}/{count:<4}")
    with capsys.disabled():
        print("\nimporter fixture accuracy (fields right / fields compared)")
        print("\n".join(lines))
        print(f"{'all fixtures':45} {right:4}/{total:<4} = {100 * right / total:.1f}%")
    assert right == total


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_fixture_imports_exactly(path: Path) -> None:
    want = store.load(path.with_suffix(".toml"))
    _, wrong = differences(_import(path).release, want)
    assert wrong == []


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_every_field_has_a_source_position(path: Path) -> None:
    from pressdesk.model import text_fields

    result = _import(path)
    lines = path.read_text(encoding="utf-8").split("\n")
    for field_path, text in text_fields(result.release):
        origin = result.source.get(field_path)
        assert origin is not None, field_path
        assert 1 <= origin.line <= len(lines), field_path
        if field_path.startswith("contacts") or field_path.endswith(("text", "]")):
            # The field's first words stand in the file where the source map says.
            line = lines[origin.line - 1]
            assert text.split()[0].strip("*") in line[origin.column - 1 :], (field_path, line)


def test_findings_carry_line_and_column() -> None:
    for path in FIXTURES:
        for finding in _import(path).findings:
            assert finding.line is not None and finding.column is not None
            assert finding.line >= 1 and finding.column >= 1


@pytest.mark.parametrize(
    ("name", "field", "words"),
    [
        ("14-hard-wrapped-email.txt", "body[0].text", "three-month campaign"),
        ("14-hard-wrapped-email.txt", "body[2].paragraphs[0]", "grateful to every"),
        ("07-markdown-website.md", "boilerplate[0].text", "Learn more"),
        ("01-coalition-reference-shape.txt", "body[3].paragraphs[1]", "If we learn"),
    ],
)
def test_a_span_inside_a_field_maps_to_its_line_and_column(
    name: str, field: str, words: str
) -> None:
    """What `check` does with a finding's character offset: find it in the file."""
    from pressdesk.model import get_text

    path = FIXTURES[0].parent / name
    result = _import(path)
    offset = get_text(result.release, field).index(words)
    line, column = result.source[field].position(offset)
    source_line = path.read_text(encoding="utf-8").split("\n")[line - 1]
    assert source_line[column - 1 :].startswith(words)

"""The importer returns a release or says "this is not a press release"; it never crashes."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressdesk.errors import PressdeskError
from pressdesk.importer import ImportResult, NotAReleaseError, import_text
from pressdesk.model import Release

from .helpers import fixture_texts, fmt_of

FIXTURE_LINES = [(p.read_text(encoding="utf-8").split("\n"), fmt_of(p)) for p in fixture_texts()]
# Characters that mean something to the importer, so the fuzz hits its branches often.
ALPHABET = st.sampled_from(
    list("abcXYZ019 \t\n\r.,:;-–—/#*_>()[]\"'“”‘’@|")
    + ["###", "-30-", "said ", "FOR IMMEDIATE RELEASE"]
)


def _import(text: str, fmt: str) -> ImportResult | None:
    try:
        result = import_text(text, fmt=fmt)
    except NotAReleaseError as exc:
        assert "this is not a press release" in str(exc)
        assert isinstance(exc, PressdeskError)
        return None
    assert isinstance(result.release, Release)
    for finding in result.findings:
        assert finding.line is not None and finding.line >= 1
    return result


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(), st.sampled_from(("text", "markdown")))
def test_arbitrary_text(text: str, fmt: str) -> None:
    _import(text, fmt)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ALPHABET, max_size=80).map("".join), st.sampled_from(("text", "markdown")))
def test_text_made_of_release_punctuation(text: str, fmt: str) -> None:
    _import(text, fmt)


@st.composite
def mutated_fixtures(draw: st.DrawFn) -> tuple[str, str]:
    lines, fmt = draw(st.sampled_from(FIXTURE_LINES))
    lines = list(lines)
    for _ in range(draw(st.integers(1, 6))):
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(("delete", "duplicate", "swap", "truncate")))
        if action == "delete":
            del lines[i]
        elif action == "duplicate":
            lines.insert(i, lines[i])
        elif action == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        else:
            lines[i] = lines[i][: draw(st.integers(0, len(lines[i])))]
    return "\n".join(lines), fmt


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_fixtures())
def test_mutated_fixtures(case: tuple[str, str]) -> None:
    text, fmt = case
    _import(text, fmt)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n\t",
        "hello world",
        "Dear Sam,\nThanks for lunch.\nBest, Kim",
        "\x00\ufeff",
        "# Notes\n\n- milk\n- eggs\n",
    ],
)
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_not_a_press_release(text: str, fmt: str) -> None:
    with pytest.raises(NotAReleaseError, match="this is not a press release"):
        import_text(text, fmt=fmt, name="notes.txt")


def test_the_message_names_the_file() -> None:
    with pytest.raises(NotAReleaseError, match=r"^notes\.txt: this is not a press release"):
        import_text("hello", fmt="text", name="notes.txt")


def _long_release(megabytes: float) -> str:
    head = FIXTURE_LINES[0][0]
    top, body = head[:4], head[4:26]
    lines = list(top)
    while sum(len(x) + 1 for x in lines) < megabytes * 1024 * 1024:
        lines.extend(body)
    return "\n".join([*lines, "###", head[27], "###"])


def test_a_megabyte_and_a_half_release_imports() -> None:
    # Speed is measured in bench/bench_import.py; here only that it completes and is whole.
    result = import_text(_long_release(1.5), fmt="text")
    assert result.release.dateline == "WASHINGTON, D.C."
    assert 3_000 < len(result.release.body) <= 5_000
    assert result.release.boilerplate[0].org == "Riverbend Coalition"


def test_a_five_megabyte_release_is_refused_in_one_line() -> None:
    # More body blocks than a release file may hold (docs/cli.md): the import would write a file
    # pressdesk refuses, so it says so instead (issue 17).
    with pytest.raises(NotAReleaseError) as caught:
        import_text(_long_release(5), fmt="text", name="long.txt")
    assert str(caught.value) == (
        "long.txt: 13,793 body blocks, more than a release holds (at most 5,000)"
    )


def test_deeply_nested_markdown_does_not_crash() -> None:
    text = "**For Immediate Release: June 1, 2026**\n\n" + "> " * 5000 + "deep\n\n\\###\n"
    _import(text, "markdown")


def test_the_importer_imports_neither_textual_nor_rich() -> None:
    import subprocess
    import sys

    code = (
        "import sys, pressdesk.importer as i; "
        "i.import_text('FOR IMMEDIATE RELEASE\\nHead\\nWASHINGTON — Text.\\n###\\n'); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"

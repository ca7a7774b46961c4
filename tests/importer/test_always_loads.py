"""Whatever text is imported, the release file written for it loads back (the `import` command
never writes a file pressdesk itself refuses), and an embargo line missing its date, time or
zone stays an embargo with one finding saying what the import filled in."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressdesk import store
from pressdesk.importer import NotAReleaseError, import_text

from .test_never_raises import ALPHABET, mutated_fixtures

TAIL = "Valley Coalition Welcomes Rules\nWASHINGTON — The coalition welcomed the rules.\n###\n"


def _saves_and_loads(text: str, fmt: str) -> None:
    try:
        result = import_text(text, fmt=fmt)
    except NotAReleaseError:
        return
    written = store.dumps(result.release)
    assert store.loads(written, name="imported.toml").release == result.release


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(), st.sampled_from(("text", "markdown")))
def test_any_text_saves_and_loads(text: str, fmt: str) -> None:
    _saves_and_loads(text, fmt)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ALPHABET, max_size=80).map("".join), st.sampled_from(("text", "markdown")))
def test_release_punctuation_saves_and_loads(text: str, fmt: str) -> None:
    _saves_and_loads(text, fmt)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_fixtures())
def test_mutated_fixtures_save_and_load(case: tuple[str, str]) -> None:
    _saves_and_loads(*case)


_EMBARGO_WORDS = st.sampled_from(
    [
        "EMBARGOED UNTIL", "EMBARGOED:", "Embargoed until", "HOLD FOR RELEASE UNTIL",
        "UNDER EMBARGO until", "EMBARGOED: NOT FOR RELEASE UNTIL", "EMBARGO",
    ]
)  # fmt: skip
_WHEN = st.sampled_from(
    [
        "", "FURTHER NOTICE", "10 a.m. ET", "12:01 a.m. EST", "noon", "June 9, 2026",
        "Tuesday, June 9, 2026", "6 a.m. PT, June 9, 2026", "9 a.m. (PACIFIC)", "18:00 UTC+2",
        "31 June 2026", "midnight Eastern Time", "Feb. 30, 2026, 9 a.m. CT",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(_EMBARGO_WORDS, _WHEN, st.booleans())
def test_every_embargo_line_imports_to_a_file_that_loads(
    words: str, when: str, dated: bool
) -> None:
    text = f"{words} {when}\n" + ("June 9, 2026\n" if dated else "") + TAIL
    result = import_text(text)
    assert result.release.line == "embargoed"
    assert result.release.embargo is not None
    assert store.loads(store.dumps(result.release), name="x.toml").release == result.release


@pytest.mark.parametrize(
    ("line", "embargo", "missing"),
    [
        ("EMBARGOED UNTIL 10 a.m. ET", "2026-11-24T10:00:00-05:00", "date"),
        ("EMBARGOED UNTIL 12:01 a.m. EST", "2026-11-24T00:01:00-05:00", "date"),
        (
            "EMBARGOED UNTIL FURTHER NOTICE",
            "2026-11-24T00:00:00+00:00",
            "date, clock time or time zone",
        ),
        (
            "EMBARGOED: NOT FOR RELEASE UNTIL June 9, 2026",
            "2026-06-09T00:00:00+00:00",
            "clock time or time zone",
        ),
        ("EMBARGOED UNTIL 6 a.m. PT, June 9, 2026", "2026-06-09T06:00:00-07:00", ""),
    ],
)
def test_what_an_incomplete_embargo_line_gives(line: str, embargo: str, missing: str) -> None:
    result = import_text(f"{line}\n{TAIL}")
    assert result.release.embargo is not None
    assert result.release.embargo.isoformat() == embargo  # today is pinned to Nov. 24, 2026
    said = [f.message for f in result.findings if f.rule == "embargo-complete"]
    if missing:
        assert len(said) == 1
        assert said[0].startswith(f"the embargo line names no {missing}; until you set it,")
    else:
        assert said == []


def test_an_embargo_without_a_date_takes_the_release_date_from_the_line_under_it() -> None:
    result = import_text(f"EMBARGOED UNTIL 10 a.m. ET\nJune 9, 2026\n{TAIL}")
    assert result.release.embargo is not None
    assert result.release.embargo.isoformat() == "2026-06-09T10:00:00-04:00"
    assert [f.rule for f in result.findings if f.rule.startswith(("embargo", "import"))] == []

"""Every unusable release file is one clear line naming file, line, key and what was expected."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_bad_files import BAD_FILES, GOOD, BadFile

from pressdesk import store
from pressdesk.errors import PressdeskError
from pressdesk.inputs import load_input


def _snapshot(path: Path) -> bytes | None:
    return path.read_bytes() if path.is_file() else None


@pytest.mark.parametrize("bad", BAD_FILES, ids=lambda b: b.name)
def test_the_store_refuses_with_one_line_and_leaves_the_file_alone(
    bad: BadFile, tmp_path: Path
) -> None:
    path = bad.make(tmp_path)
    before = _snapshot(path)
    with pytest.raises(store.ReleaseFileError) as caught:
        store.load(path)
    assert str(caught.value) == bad.message.format(path=path)
    assert "\n" not in str(caught.value)
    assert _snapshot(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        p.name for p in [path] if p.exists()
    )


@pytest.mark.parametrize("bad", BAD_FILES, ids=lambda b: b.name)
def test_any_input_refuses_the_same_way(bad: BadFile, tmp_path: Path) -> None:
    path = bad.make(tmp_path)
    with pytest.raises(PressdeskError) as caught:
        load_input(path)
    assert str(caught.value) == bad.message.format(path=path)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            ("pressdesk = 1", 'pressdesk = "1"'),
            "1: pressdesk: expected the format version, 1, found text in quotes ('1')",
        ),
        (("pressdesk = 1\n", ""), "pressdesk: missing: a release file starts with pressdesk = 1"),
        (("pressdesk = 1", "pressdesk = 0"), "1: pressdesk: unknown format version 0 (expected 1)"),
        (
            ('kind = "statement"', 'kind = "memo"'),
            '2: kind: expected one of "statement", "announcement" or "advisory", found text in quotes (\'memo\')',
        ),
        (
            ('kind = "statement"', 'end_mark = "###"\nprofile = "press"'),
            '3: profile: expected one of "coalition", "ap" or "wire", found text in quotes (\'press\')',
        ),
        (
            ('kind = "statement"', 'end_mark = "-END-"'),
            '2: end_mark: expected one of "###" or "-30-", found text in quotes (\'-END-\')',
        ),
        (
            ('kind = "statement"', 'line = "now"'),
            '2: line: expected one of "immediate" or "embargoed", found text in quotes (\'now\')',
        ),
        (
            ("date = 2026-11-24", 'date = "2026-11-24"'),
            "3: date: expected a date without quotes, like 2026-06-11, found text in quotes ('2026-11-24')",
        ),
        (
            ("date = 2026-11-24", "date = 2026-11-24T09:00:00"),
            "3: date: expected a date without quotes, like 2026-06-11, found a date-time without a UTC offset",
        ),
        (
            ("date = 2026-11-24", "date = 2026-11-24\nembargo = 2026-11-24T00:01:00"),
            "4: embargo: expected a date-time with its UTC offset, like 2026-06-09T00:01:00-04:00, found a date-time without a UTC offset",
        ),
        (
            ("date = 2026-11-24", "date = 2026-11-24\nembargo = 2026-11-24"),
            "4: embargo: expected a date-time with its UTC offset, like 2026-06-09T00:01:00-04:00, found a date",
        ),
        (
            ("date = 2026-11-24", 'date = 2026-11-24\nzone = "Eastern"'),
            "4: zone: 'Eastern' is not a time zone (expected an IANA name such as America/New_York); did you mean US/Eastern?",
        ),
        (
            ("date = 2026-11-24", 'date = 2026-11-24\nzone = "America/NewYork"'),
            "4: zone: 'America/NewYork' is not a time zone (expected an IANA name such as America/New_York); did you mean America/New_York?",
        ),
        (
            ("text = ", "paragraphs = [1]\n# "),
            "7: body[0].paragraphs[0]: expected text in quotes, found a number (1)",
        ),
        (
            ("[[body]]\ntext", "[[body]]\n\n[[body]]\ntext"),
            "6: body[0]: empty block: a block is a paragraph (text), a quote (paragraphs), a heading (heading) or a list (items)",
        ),
        (
            (
                "text = ",
                "speaker = { name = 'Ana', org = 7 }\nparagraphs = ['x']\nstyle = 'shouted'\n# ",
            ),
            "7: body[0].speaker.org: expected text in quotes, found a number (7)",
        ),
        (
            ("text = ", "speaker = { title = 'Director' }\nparagraphs = ['x']\n# "),
            '7: body[0].speaker.name: missing (expected name = "…", or org = "…" for a statement issued by an organisation)',
        ),
        (
            ("text = ", "speaker = 'Ana'\nparagraphs = ['x']\n# "),
            '7: body[0].speaker: expected { name = "…", title = "…", org = "…" }, found text in quotes (\'Ana\')',
        ),
        (
            ("text = ", "paragraphs = ['x']\nstyle = 'shouted'\n# "),
            '8: body[0].style: expected one of "statement" or "said", found text in quotes (\'shouted\')',
        ),
        (
            ("text = ", "paragraphs = ['x']\napproved = 'yes'\n# "),
            "8: body[0].approved: expected true or false, found text in quotes ('yes')",
        ),
        (
            ("text = ", "speaker = { name = 'Ana' }\n# "),
            '6: body[0].paragraphs: missing (expected paragraphs = ["…", "…"])',
        ),
        (
            (
                "[[body]]",
                "body = 'none'\n[[boilerplate]]\norg = 'Harbor'\ntext = 'x'\n[[boilerplate]]",
            ),
            "6: body: expected [[body]] tables, found text in quotes ('none')",
        ),
        (
            ("[[body]]", "[[boilerplate]]\norg = 'Harbor'\n[[body]]"),
            '6: boilerplate[0].text: missing (expected text = "…")',
        ),
        (
            ("[[body]]", "[[boilerplate]]\norg = 'Harbor'\ntext = 'x'\nabout = 'y'\n[[body]]"),
            "9: boilerplate[0].about: unknown key (a boilerplate block takes org, text, heading, library)",
        ),
        (
            ('headline = "', 'headline = "x"\nheadline = "'),
            "5:48: not valid TOML: this key or table is already set above (each may appear only once)",
        ),
    ],
)
def test_each_mistake_is_named_precisely(change: tuple[str, str], message: str) -> None:
    old, new = change
    assert old in GOOD
    with pytest.raises(store.ReleaseFileError) as caught:
        store.loads(GOOD.replace(old, new, 1), "r.toml")
    expected = f"r.toml:{message}" if message[0].isdigit() else f"r.toml: {message}"
    assert str(caught.value) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "dateline = WASHINGTON\n",
            '1:12: not valid TOML: invalid value (text goes in double quotes: dateline = "…")',
        ),
        (
            "headline = “Harbor”\n",
            '1:12: not valid TOML: invalid value (put text in straight double quotes "…", not curly ones)',
        ),
        (
            "approved = True\n",
            "1:12: not valid TOML: invalid value (write true or false in lower case)",
        ),
        (
            'headline = "Harbor\n',
            '1:19: not valid TOML: illegal character \'\\n\' (a quote is left open on this line; text over several lines goes in """…""")',
        ),
        (
            'headline = "Say "no" now"\n',
            '1:18: not valid TOML: expected newline or end of document after a statement (write a double quote inside text as \\", or put the text in single quotes)',
        ),
        (
            'items = ["a", "b"\n',
            " not valid TOML: unclosed array at the end of the file (a [, { or quote is never closed)",
        ),
    ],
)
def test_common_typing_slips_get_a_hint(text: str, message: str) -> None:
    with pytest.raises(store.ReleaseFileError) as caught:
        store.loads(text, "r.toml")
    assert str(caught.value) == f"r.toml:{message}"


def test_a_good_file_loads() -> None:
    assert store.loads(GOOD).release.headline == "Harbor Coalition Welcomes the Vote"

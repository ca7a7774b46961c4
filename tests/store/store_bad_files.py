"""Unusable release files, each with the one line pressdesk must say about it (shared by the tests)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

GOOD = (
    "pressdesk = 1\n"
    'kind = "statement"\n'
    "date = 2026-11-24\n"
    'headline = "Harbor Coalition Welcomes the Vote"\n'
    "\n"
    "[[body]]\n"
    'text = "The Harbor Coalition welcomed the vote."\n'
)


@dataclass(frozen=True)
class BadFile:
    """How to make a bad input in a folder, and the message expected after `pressdesk: `."""

    name: str
    content: bytes | None  # None: a folder; absent: nothing at all (see `make`)
    message: str  # with {path} for the file's path

    def make(self, folder: Path) -> Path:
        path = folder / ("drafts" if self.name == "a directory" else "release.toml")
        if self.name == "a missing file":
            return path
        if self.content is None:
            path.mkdir()
        else:
            path.write_bytes(self.content)
        return path


def _text(text: str) -> bytes:
    return text.encode("utf-8")


BAD_FILES = [
    BadFile(
        "invalid TOML",
        _text(GOOD.replace('headline = "Harbor', "headline = Harbor")),
        '{path}:4:12: not valid TOML: invalid value (text goes in double quotes: headline = "…")',
    ),
    BadFile(
        "a wrong type",
        _text(GOOD.replace('text = "The Harbor Coalition welcomed the vote."', "text = 42")),
        "{path}:7: body[0].text: expected text in quotes, found a number (42)",
    ),
    BadFile(
        "an unknown key",
        _text(GOOD + '\n[[contacts]]\nname = "Ana Ortiz"\nemial = "ana@example.org"\n'),
        "{path}:11: contacts[0].emial: unknown key; did you mean email? "
        "(a contact takes name, email, phone, org, title)",
    ),
    BadFile(
        "a missing headline",
        _text(GOOD.replace('headline = "Harbor Coalition Welcomes the Vote"\n', "")),
        '{path}: headline: missing (expected headline = "…")',
    ),
    BadFile(
        "a missing date",
        _text(GOOD.replace("date = 2026-11-24\n", "")),
        "{path}: date: missing (expected the release date, e.g. date = 2026-06-11)",
    ),
    BadFile(
        "a bad date",
        _text(GOOD.replace("date = 2026-11-24", "date = 2026-11-31")),
        "{path}:3: date: 2026-11-31 is not a valid date (expected YYYY-MM-DD, e.g. 2026-06-11, "
        "or a date-time like 2026-06-11T00:01:00-04:00)",
    ),
    BadFile(
        "a block of two kinds",
        _text(GOOD + 'items = ["one", "two"]\n'),
        "{path}:6: body[0]: has keys of two kinds of block (text, items): a block is a paragraph "
        "(text), a quote (paragraphs), a heading (heading) or a list (items)",
    ),
    BadFile(
        "an embargoed release without embargo",
        _text(GOOD.replace('kind = "statement"', 'line = "embargoed"')),
        '{path}:2: embargo: missing: line = "embargoed" needs the time the embargo lifts, '
        "e.g. embargo = 2026-06-09T00:01:00-04:00",
    ),
    BadFile(
        "a future format version",
        _text(GOOD.replace("pressdesk = 1", "pressdesk = 2")),
        "{path}:1: pressdesk: format version 2 was written by a newer pressdesk; this one reads "
        "version 1 (upgrade pressdesk to open it)",
    ),
    BadFile(
        "non-UTF-8 bytes",
        GOOD.replace("Harbor Coalition Welcomes", "Caf\xe9 Workers Welcome").encode("latin-1"),
        "{path}:4:16: not UTF-8 text (byte 0xe9); save the file as UTF-8",
    ),
    BadFile("an empty file", b"", "{path}: the file is empty"),
    BadFile("a directory", None, "{path}: is a folder, not a release file"),
    BadFile("a missing file", b"", "{path}: no such file"),
]

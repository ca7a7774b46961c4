"""Format version 1's rules: the keys each table takes, their types, and a one-line error for each slip.

`parse` turns release TOML into a `Release` or raises `ReleaseFileError` naming file, line, key path
and what was expected (docs/file-format.md). The store wraps it; nothing else needs to.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any, NoReturn, cast

from pressdesk.ap import load_zone
from pressdesk.errors import PressdeskError
from pressdesk.model import (
    END_MARKS,
    KINDS,
    PROFILES,
    QUOTE_STYLES,
    RELEASE_LINES,
    Block,
    Boilerplate,
    BulletList,
    Contact,
    Heading,
    Paragraph,
    Quote,
    Release,
    Speaker,
)
from pressdesk.tomlsource import SourceScan, scan

FORMAT_VERSION = 1

# The keys each table may hold, in the order a saved file writes them.
TOP_KEYS = (
    "pressdesk", "kind", "line", "date", "embargo", "zone", "headline", "subheadline",
    "dateline", "end_mark", "profile", "contacts", "body", "boilerplate",
)  # fmt: skip
CONTACT_KEYS = ("name", "email", "phone", "org", "title")
SPEAKER_KEYS = ("name", "title", "org")
BOILERPLATE_KEYS = ("org", "text", "heading", "library")
# A body block's kind is told by its keys.
BLOCK_KINDS: dict[str, tuple[str, ...]] = {
    "paragraph": ("text",),
    "quote": ("speaker", "paragraphs", "style", "approved"),
    "heading": ("heading",),
    "list": ("items",),
}
BLOCK_KEYS = tuple(key for keys in BLOCK_KINDS.values() for key in keys)
_KIND_HINT = (
    "a block is a paragraph (text), a quote (paragraphs), a heading (heading) or a list (items)"
)


class ReleaseFileError(PressdeskError):
    """A release file that cannot be used: the message is one line, starting with file and line."""


# A long release has a few dozen body blocks. Far more is a mistake or an attack, and every
# export works per block (the PDF of 40,000 took a gigabyte): refused in one line (docs/cli.md).
MAX_BLOCKS = 5000


def too_many_blocks(count: int, name: str) -> str | None:
    """The one-line refusal for a release of `count` body blocks, or None when it is fine."""
    if count <= MAX_BLOCKS:
        return None
    return f"{name}: {count:,} body blocks, more than a release holds (at most {MAX_BLOCKS:,})"


def parse(text: str, name: str) -> tuple[Release, SourceScan]:
    """The release in TOML `text`, and where its keys and values are; `name` is for messages."""
    release, scan, _ = parse_table(text, name)
    return release, scan


def parse_table(text: str, name: str) -> tuple[Release, SourceScan, dict[str, Any]]:
    """`parse`, and the TOML table the release was read from (as tomllib gives it)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        from pressdesk.toml_mistakes import explain_syntax_error  # only a refused file needs it

        raise ReleaseFileError(explain_syntax_error(exc, text, name)) from None
    body = data.get("body")
    too_many = too_many_blocks(len(body), name) if isinstance(body, list) else None
    if too_many:
        raise ReleaseFileError(too_many)
    reader = _Reader(name, text)
    return reader.release(data), reader.scan, data


def _parent(path: str) -> str:
    """`body[3].speaker.org` -> `body[3].speaker` -> `body[3]` -> `body` -> ``."""
    m = re.match(r"(.*?)(\.[^.\[]+|\[\d+\])$", path)
    return m.group(1) if m else ""


def _describe(value: object) -> str:
    """How a TOML value looks to someone who typed it."""
    if isinstance(value, bool):
        return f"true/false ({str(value).lower()})"
    if isinstance(value, (int, float)):
        return f"a number ({value})"
    if isinstance(value, str):
        shown = value if len(value) <= 30 else value[:27] + "…"
        return f"text in quotes ({shown!r})"
    if isinstance(value, datetime):
        return "a date-time" if value.tzinfo else "a date-time without a UTC offset"
    if isinstance(value, date):
        return "a date"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return "a time of day"


class _Reader:
    """Validates parsed TOML into a Release; knows the source only to say where a problem is."""

    def __init__(self, name: str, text: str) -> None:
        self.name = name
        self.source_text = text
        self._scan: SourceScan | None = None

    @property
    def scan(self) -> SourceScan:
        if self._scan is None:
            try:
                self._scan = scan(self.source_text)
            except (ValueError, IndexError, AssertionError):
                # A scanner slip must never stop a valid release from opening: without the
                # scan, errors and findings just lose their line numbers.
                self._scan = SourceScan()
        return self._scan

    def fail(self, path: str, message: str, *, at: str | None = None) -> NoReturn:
        """Raise one line: file:line (of `at`, or of the key at `path` or its nearest table)."""
        where = at or path
        while where:
            if where in self.scan.keys:
                line = self.scan.keys[where][0]
                raise ReleaseFileError(f"{self.name}:{line}: {path}: {message}")
            where = _parent(where)
        raise ReleaseFileError(f"{self.name}: {path}: {message}")

    def wrong_type(self, path: str, expected: str, value: object) -> NoReturn:
        self.fail(path, f"expected {expected}, found {_describe(value)}")

    def only(
        self, table: Mapping[str, Any], path: str, allowed: tuple[str, ...], what: str
    ) -> None:
        for key in table:
            if key not in allowed:
                where = f"{path}.{key}" if path else key
                from pressdesk.toml_mistakes import did_you_mean

                hint = did_you_mean(key, allowed)
                self.fail(where, f"unknown key{hint} ({what} takes {', '.join(allowed)})")

    def text(self, table: Mapping[str, Any], key: str, path: str, *, required: bool = False) -> str:
        where = f"{path}.{key}" if path else key
        if key not in table:
            if required:
                self.fail(where, f'missing (expected {key} = "…")')
            return ""
        value = table[key]
        if not isinstance(value, str):
            self.wrong_type(where, "text in quotes", value)
        return value

    def texts(self, table: Mapping[str, Any], key: str, path: str) -> tuple[str, ...]:
        where = f"{path}.{key}"
        if key not in table:
            self.fail(where, f'missing (expected {key} = ["…", "…"])')
        value = table[key]
        if not isinstance(value, list):
            self.wrong_type(where, 'a list of texts, like ["…", "…"]', value)
        for n, item in enumerate(value):
            if not isinstance(item, str):
                self.wrong_type(f"{where}[{n}]", "text in quotes", item)
        return tuple(value)

    def choice(
        self, table: Mapping[str, Any], key: str, path: str, options: tuple[str, ...]
    ) -> str:
        where = f"{path}.{key}" if path else key
        value = table.get(key, options[0])
        if not isinstance(value, str) or value not in options:
            quoted = [f'"{o}"' for o in options]
            expected = ", ".join(quoted[:-1]) + f" or {quoted[-1]}"
            self.wrong_type(where, f"one of {expected}", value)
        return value

    def tables(self, data: Mapping[str, Any], key: str) -> list[tuple[str, dict[str, Any]]]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.wrong_type(key, f"[[{key}]] tables", value)
        return [(f"{key}[{n}]", cast(dict[str, Any], t)) for n, t in enumerate(value)]

    # --- the release ---------------------------------------------------------------------------

    def release(self, data: dict[str, Any]) -> Release:
        self.version(data)
        self.only(data, "", TOP_KEYS, "a release file")
        line = self.choice(data, "line", "", RELEASE_LINES)
        embargo = self.embargo(data)
        if line == "embargoed" and embargo is None:
            self.fail(
                "embargo",
                'missing: line = "embargoed" needs the time the embargo lifts, '
                "e.g. embargo = 2026-06-09T00:01:00-04:00",
                at="line",
            )
        return Release(
            date=self.release_date(data),
            headline=self.text(data, "headline", "", required=True),
            kind=cast(Any, self.choice(data, "kind", "", KINDS)),
            line=cast(Any, line),
            embargo=embargo,
            zone=self.zone(data),
            subheadline=self.text(data, "subheadline", ""),
            dateline=self.text(data, "dateline", ""),
            end_mark=cast(Any, self.choice(data, "end_mark", "", END_MARKS)),
            profile=cast(Any, self.choice(data, "profile", "", PROFILES)),
            contacts=tuple(self.contact(t, p) for p, t in self.tables(data, "contacts")),
            body=tuple(self.block(t, p) for p, t in self.tables(data, "body")),
            boilerplate=tuple(self.boilerplate(t, p) for p, t in self.tables(data, "boilerplate")),
        )

    def version(self, data: Mapping[str, Any]) -> None:
        if "pressdesk" not in data:
            self.fail("pressdesk", "missing: a release file starts with pressdesk = 1")
        version = data["pressdesk"]
        if type(version) is not int:
            self.wrong_type("pressdesk", "the format version, 1", version)
        if version > FORMAT_VERSION:
            self.fail(
                "pressdesk",
                f"format version {version} was written by a newer pressdesk; this one reads "
                f"version {FORMAT_VERSION} (upgrade pressdesk to open it)",
            )
        if version != FORMAT_VERSION:
            self.fail("pressdesk", f"unknown format version {version} (expected {FORMAT_VERSION})")

    def release_date(self, data: Mapping[str, Any]) -> date:
        if "date" not in data:
            self.fail("date", "missing (expected the release date, e.g. date = 2026-06-11)")
        value = data["date"]
        if not isinstance(value, date) or isinstance(value, datetime):
            self.wrong_type("date", "a date without quotes, like 2026-06-11", value)
        return value

    def embargo(self, data: Mapping[str, Any]) -> datetime | None:
        if "embargo" not in data:
            return None
        value = data["embargo"]
        if not isinstance(value, datetime) or value.tzinfo is None:
            self.wrong_type(
                "embargo", "a date-time with its UTC offset, like 2026-06-09T00:01:00-04:00", value
            )
        return value

    def zone(self, data: Mapping[str, Any]) -> str:
        name = self.text(data, "zone", "")
        if name and load_zone(name) is None:
            from zoneinfo import available_timezones

            from pressdesk.toml_mistakes import did_you_mean

            hint = did_you_mean(name, sorted(available_timezones()))
            self.fail(
                "zone",
                f"{name!r} is not a time zone (expected an IANA name such as America/New_York){hint}",
            )
        return name

    def contact(self, table: dict[str, Any], path: str) -> Contact:
        self.only(table, path, CONTACT_KEYS, "a contact")
        return Contact(
            *(
                self.text(table, k, path, required=k == "name")
                for k in ("name", "email", "phone", "org", "title")
            )
        )

    def boilerplate(self, table: dict[str, Any], path: str) -> Boilerplate:
        self.only(table, path, BOILERPLATE_KEYS, "a boilerplate block")
        return Boilerplate(
            *(self.text(table, k, path, required=k in ("org", "text")) for k in BOILERPLATE_KEYS)
        )

    def block(self, table: dict[str, Any], path: str) -> Block:
        self.only(table, path, BLOCK_KEYS, "a body block")
        kinds = [kind for kind, keys in BLOCK_KINDS.items() if any(k in table for k in keys)]
        if not kinds:
            self.fail(path, f"empty block: {_KIND_HINT}")
        if len(kinds) > 1:
            found = ", ".join(k for k in BLOCK_KEYS if k in table)
            self.fail(path, f"has keys of two kinds of block ({found}): {_KIND_HINT}")
        if kinds[0] == "paragraph":
            return Paragraph(self.text(table, "text", path))
        if kinds[0] == "heading":
            return Heading(self.text(table, "heading", path))
        if kinds[0] == "list":
            return BulletList(self.texts(table, "items", path))
        approved = table.get("approved", False)
        if not isinstance(approved, bool):
            self.wrong_type(f"{path}.approved", "true or false", approved)
        return Quote(
            paragraphs=self.texts(table, "paragraphs", path),
            speaker=self.speaker(table, path),
            style=cast(Any, self.choice(table, "style", path, QUOTE_STYLES)),
            approved=approved,
        )

    def speaker(self, table: Mapping[str, Any], path: str) -> Speaker | None:
        if "speaker" not in table:
            return None
        value = table["speaker"]
        where = f"{path}.speaker"
        if not isinstance(value, dict):
            self.wrong_type(where, '{ name = "…", title = "…", org = "…" }', value)
        self.only(value, where, SPEAKER_KEYS, "a speaker")
        # A person (`name`) or an organisation issuing a statement (`org`): one of them is needed.
        speaker = Speaker(*(self.text(value, k, where) for k in SPEAKER_KEYS))
        if "name" not in value and "org" not in value:
            self.fail(
                f"{where}.name",
                'missing (expected name = "…", or org = "…" for a statement issued by an organisation)',
            )
        return speaker

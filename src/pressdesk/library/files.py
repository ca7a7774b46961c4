"""One organisation's library file: strict reading with one-line errors, and writing.

Errors name the file, the line where it can be found, and the key: `tenants-union.toml:7:
people[1].email: expected text in quotes, found 5550100`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any, cast

from pressdesk.errors import PressdeskError
from pressdesk.fileio import UnreadableFile, read_bytes
from pressdesk.library.names import loose_key
from pressdesk.library.orgs import ORG_KINDS, EarlierBoilerplate, Organisation, OrgKind, Person

TOP_KEYS = ("name", "short_name", "kind", "website", "logo", "members", "boilerplate", "people")
BOILERPLATE_KEYS = ("text", "heading", "since", "earlier")
EARLIER_KEYS = ("text", "replaced", "since")
PERSON_KEYS = ("name", "title", "email", "phone", "media_contact")


class LibraryFileError(PressdeskError):
    """A library file pressdesk cannot use, said in one line naming file, line and key."""

    def __init__(self, path: Path, message: str, *, key: str = "", line: int | None = None):
        self.path = path
        self.key = key
        self.line = line
        self.problem = message
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {key}: {message}" if key else f"{where}: {message}")


# python-slugify's output: lower-case letters and digits, single hyphens between them.
_SLUG_FORM = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def slugify(text: str) -> str:
    """`text` as a slug (`The Tenants' Union` -> `the-tenants-union`), by python-slugify.

    Imported on first use: reading a library whose files are named by slugs never needs it.
    """
    from slugify import slugify as make_slug

    return make_slug(text)


def is_slug(text: str) -> bool:
    """Whether `text` is already in slug form (`the-tenants-union`)."""
    # Text of the slug form is left as it is by python-slugify, so it needs no call to it.
    return _SLUG_FORM.fullmatch(text) is not None or (bool(text) and slugify(text) == text)


def read_org(path: Path) -> Organisation:
    """Read and validate one organisation file; `LibraryFileError` says what is wrong."""
    try:
        raw = read_bytes(path, "library file")
    except UnreadableFile as exc:
        raise LibraryFileError(path, exc.problem) from exc
    try:
        text = raw.decode("utf-8-sig")  # Windows editors add a byte-order mark
    except UnicodeDecodeError as exc:
        raise LibraryFileError(
            path, "not UTF-8 text", line=raw[: exc.start].count(b"\n") + 1
        ) from exc
    return parse_org(text, path)


_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column \d+\)$")


def parse_org(text: str, path: Path) -> Organisation:
    """Validate the TOML text of the file at `path` (whose name gives the slug)."""
    slug = path.stem
    if not is_slug(slug):
        raise LibraryFileError(
            path, f"a library file is named by its slug: rename it {slugify(slug) or 'org'}.toml"
        )
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        found = _TOML_POSITION.search(message)
        line = int(found.group(1)) if found else None
        raise LibraryFileError(
            path, f"bad TOML: {_TOML_POSITION.sub('', message)}", line=line
        ) from exc
    return _Reader(path, text).organisation(slug, data)


class _Reader:
    """Walks the parsed TOML of one file, checking every key and type."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.text_of_file = text
        self._lines: dict[str, int] | None = None  # worked out only when there is an error to place

    def fail(self, key: str, message: str) -> LibraryFileError:
        return LibraryFileError(self.path, message, key=key, line=self.line_of(key))

    def line_of(self, key: str) -> int | None:
        # `people[1].email` -> `people[1]` -> `people`: the nearest thing the file shows.
        if self._lines is None:
            self._lines = key_lines(self.text_of_file)
        while key:
            if key in self._lines:
                return self._lines[key]
            trimmed = re.sub(r"\[\d+\]$", "", key)
            key = trimmed if trimmed != key else key.rpartition(".")[0]
        return None

    def table(self, data: object, key: str, allowed: tuple[str, ...]) -> dict[str, Any]:
        if not isinstance(data, dict):
            raise self.fail(key, f"expected a table, found {_shown(data)}")
        for name in data:
            if name not in allowed:
                where = f"{key}.{name}" if key else name
                raise self.fail(where, f"unknown key (expected one of: {', '.join(allowed)})")
        return cast(dict[str, Any], data)

    def text(
        self, table: Mapping[str, Any], key: str, prefix: str, *, required: bool = False
    ) -> str:
        where = f"{prefix}.{key}" if prefix else key
        if key not in table:
            if required:
                raise self.fail(prefix, f"missing required key {where!r}")
            return ""
        value = table[key]
        if not isinstance(value, str):
            raise self.fail(where, f"expected text in quotes, found {_shown(value)}")
        if required and not value.strip():
            raise self.fail(where, "must not be empty")
        return value

    def day(
        self, table: Mapping[str, Any], key: str, prefix: str, *, required: bool = False
    ) -> date | None:
        where = f"{prefix}.{key}"
        if key not in table:
            if required:
                raise self.fail(
                    prefix, f"missing required key {where!r} (a date such as 2026-03-01)"
                )
            return None
        value = table[key]
        if isinstance(value, datetime) or not isinstance(value, date):
            raise self.fail(where, f"expected a date such as 2026-03-01, found {_shown(value)}")
        return value

    def organisation(self, slug: str, data: dict[str, Any]) -> Organisation:
        top = self.table(data, "", TOP_KEYS)
        kind = top.get("kind", "member")
        if kind not in ORG_KINDS:
            raise self.fail("kind", f'expected "coalition" or "member", found {_shown(kind)}')
        members = self.members(top, kind)
        text, heading, since, earlier = self.boilerplate(top.get("boilerplate"))
        return Organisation(
            slug=slug,
            name=self.text(top, "name", "", required=True).strip(),
            kind=cast(OrgKind, kind),
            short_name=self.text(top, "short_name", ""),
            website=self.text(top, "website", ""),
            logo=self.text(top, "logo", "").strip(),
            boilerplate=text,
            boilerplate_heading=heading,
            boilerplate_since=since,
            earlier=earlier,
            people=self.people(top.get("people", [])),
            members=members,
        )

    def members(self, top: Mapping[str, Any], kind: str) -> tuple[str, ...]:
        if "members" not in top:
            return ()
        if kind != "coalition":
            raise self.fail("members", 'only a coalition lists members (kind = "coalition")')
        value = top["members"]
        if not isinstance(value, list):
            raise self.fail("members", f"expected a list of slugs, found {_shown(value)}")
        for i, item in enumerate(value):
            if not isinstance(item, str) or not is_slug(item):
                hint = (
                    f"; write {slugify(item)!r}" if isinstance(item, str) and slugify(item) else ""
                )
                raise self.fail(
                    f"members[{i}]", f"expected a member's slug, found {_shown(item)}{hint}"
                )
        return tuple(value)

    def boilerplate(
        self, value: object
    ) -> tuple[str, str, date | None, tuple[EarlierBoilerplate, ...]]:
        if value is None:
            return "", "", None, ()
        table = self.table(value, "boilerplate", BOILERPLATE_KEYS)
        versions = table.get("earlier", [])
        if not isinstance(versions, list):
            raise self.fail(
                "boilerplate.earlier", f"expected a list of tables, found {_shown(versions)}"
            )
        earlier = []
        for i, item in enumerate(versions):
            prefix = f"boilerplate.earlier[{i}]"
            version = self.table(item, prefix, EARLIER_KEYS)
            replaced = self.day(version, "replaced", prefix, required=True)
            assert replaced is not None
            earlier.append(
                EarlierBoilerplate(
                    text=self.text(version, "text", prefix, required=True),
                    replaced=replaced,
                    since=self.day(version, "since", prefix),
                )
            )
        return (
            self.text(table, "text", "boilerplate"),
            self.text(table, "heading", "boilerplate"),
            self.day(table, "since", "boilerplate"),
            tuple(earlier),
        )

    def people(self, value: object) -> tuple[Person, ...]:
        if not isinstance(value, list):
            raise self.fail("people", f"expected [[people]] tables, found {_shown(value)}")
        people: list[Person] = []
        seen: dict[str, int] = {}  # loose name -> index, so a name typed twice is caught
        for i, item in enumerate(value):
            prefix = f"people[{i}]"
            table = self.table(item, prefix, PERSON_KEYS)
            flag = table.get("media_contact", False)
            if not isinstance(flag, bool):
                raise self.fail(
                    f"{prefix}.media_contact", f"expected true or false, found {_shown(flag)}"
                )
            person = Person(
                name=self.text(table, "name", prefix, required=True).strip(),
                title=self.text(table, "title", prefix),
                email=self.text(table, "email", prefix),
                phone=self.text(table, "phone", prefix),
                media_contact=flag,
            )
            key = loose_key(person.name)
            if key in seen:
                raise self.fail(
                    f"{prefix}.name", f"{person.name} is listed twice (also people[{seen[key]}])"
                )
            seen[key] = i
            people.append(person)
        return tuple(people)


def _shown(value: object) -> str:
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value) if isinstance(value, str) else str(value)


_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\[\]#]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r"""^\s*(["']?)([A-Za-z0-9_-]+)\1\s*=(.*)$""")


def key_lines(text: str) -> dict[str, int]:
    """Where each table and key starts in a TOML file: `people[1].email` -> line number.

    tomllib gives no positions for well-formed TOML, so this reads the headers and `key =` lines
    of the simple layout pressdesk writes (and people type); anything else falls back to a parent.
    """
    lines: dict[str, int] = {}
    prefix = ""
    counts: dict[str, int] = {}
    open_string = ""
    for number, line in enumerate(text.splitlines(), start=1):
        if open_string:
            if line.count(open_string) % 2 == 1:
                open_string = ""
            continue
        header = _HEADER.match(line)
        if header:
            name = re.sub(r"\s*\.\s*", ".", header.group(2).strip())
            if header.group(1) == "[[":
                counts[name] = counts.get(name, -1) + 1
                prefix = f"{name}[{counts[name]}]"
            else:
                prefix = name
            lines.setdefault(prefix, number)
            continue
        key = _KEY.match(line)
        if key:
            lines.setdefault(f"{prefix}.{key.group(2)}" if prefix else key.group(2), number)
            for quotes in ('"""', "'''"):
                if key.group(3).count(quotes) % 2 == 1:
                    open_string = quotes
    return lines


def dumps_org(org: Organisation) -> str:
    """The TOML text of one organisation's file, in a stable order that keeps git diffs small."""
    top: dict[str, object] = {"name": org.name}
    if org.short_name:
        top["short_name"] = org.short_name
    top["kind"] = org.kind
    if org.website:
        top["website"] = org.website
    if org.logo:
        top["logo"] = org.logo
    if org.kind == "coalition":
        top["members"] = list(org.members)
    # Tables are written as [section] headers rather than inline tables, one per person and
    # version, so a hand editor sees one key per line and git merges additions cleanly.
    parts = [_dumps(top)]
    if org.boilerplate or org.boilerplate_heading or org.earlier:
        current: dict[str, object] = {}
        if org.boilerplate_heading:
            current["heading"] = org.boilerplate_heading
        if org.boilerplate_since:
            current["since"] = org.boilerplate_since
        current["text"] = org.boilerplate
        parts.append("[boilerplate]\n" + _dumps(current))
        for version in sorted(org.earlier, key=lambda v: v.replaced, reverse=True):
            earlier: dict[str, object] = {"replaced": version.replaced}
            if version.since:
                earlier["since"] = version.since
            earlier["text"] = version.text
            parts.append("[[boilerplate.earlier]]\n" + _dumps(earlier))
    for person in org.people:
        entry: dict[str, object] = {"name": person.name}
        for key in ("title", "email", "phone"):
            if getattr(person, key):
                entry[key] = getattr(person, key)
        entry["media_contact"] = person.media_contact
        parts.append("[[people]]\n" + _dumps(entry))
    return "\n".join(parts)


def _dumps(table: dict[str, object]) -> str:
    # Multi-line strings read best, but TOML turns a typed CR LF inside one into LF: a table with a
    # carriage return keeps every string on one line, escaped, so the text comes back as it was.
    raw_cr = any(isinstance(v, str) and "\r" in v for v in table.values())
    import tomli_w  # writing only: reading a library never needs it

    return tomli_w.dumps(table, multiline_strings=not raw_cr)

"""The release file (docs/file-format.md, format version 1): TOML to `Release` and back, strictly.

Every problem in a file is one `ReleaseFileError` line naming the file, the line, the key path and
what was expected (see `release_schema`). Saves are atomic, and saving what was loaded, unchanged,
gives the same bytes.
"""

from __future__ import annotations

import codecs
import threading
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from pressdesk.ap import load_zone
from pressdesk.fileio import UnreadableFile, atomic_write, read_bytes
from pressdesk.findings import Origin
from pressdesk.model import (
    Block,
    BulletList,
    Heading,
    Paragraph,
    Release,
    Speaker,
    encodable,
)
from pressdesk.release_schema import FORMAT_VERSION, ReleaseFileError, parse, parse_table

__all__ = [
    "FORMAT_VERSION",
    "Document",
    "ReleaseFileError",
    "dumps",
    "encoded_like",
    "load",
    "load_document",
    "loads",
    "read_text",
    "save",
]


@dataclass(frozen=True)
class Document:
    """A loaded release and where each of its fields starts in the file (field path -> Origin)."""

    release: Release
    source: dict[str, Origin]


# --- reading -----------------------------------------------------------------------------------


def read_text(path: Path | str) -> str:
    """The text of a UTF-8 file; a missing, folder, non-UTF-8 or empty one is a ReleaseFileError,
    and so is anything but a regular file, or one over the size limit (fileio.read_bytes)."""
    path = Path(path)
    try:
        data = read_bytes(path)
    except UnreadableFile as exc:
        raise ReleaseFileError(str(exc)) from None
    try:
        text = data.decode("utf-8-sig")  # a byte-order mark from Windows editors is harmless
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ReleaseFileError(
            f"{path}:{line}:{column}: not UTF-8 text (byte 0x{data[exc.start]:02x}); "
            "save the file as UTF-8"
        ) from None
    if not text.strip():
        raise ReleaseFileError(f"{path}: the file is empty")
    return text


def load(path: Path | str) -> Release:
    """The release in the file at `path`."""
    return load_document(path).release


def load_document(path: Path | str) -> Document:
    """The release in the file at `path`, with where each field starts in the file."""
    return loads(read_text(path), name=str(path))


def loads(text: str, name: str = "<string>") -> Document:
    """Parse and validate release TOML; `name` is the file name used in error messages."""
    release, found = parse(text, name)
    source: dict[str, Origin] = {p: Origin(*at) for p, at in found.keys.items()}
    source.update(found.values)
    source["release"] = Origin(1, 1)
    return Document(release, source)


# --- writing -----------------------------------------------------------------------------------


def dumps(release: Release) -> str:
    """The release as canonical TOML: keys in the documented order, empty optional keys left out.

    A lone surrogate (not text; a broken paste) is written as U+FFFD, so the file can be saved."""
    parts = []
    for name, pairs in _document(release):
        written = "".join(_pair(k, v) for k, v in pairs)
        parts.append(f"[[{name}]]\n{written}" if name else written)
    return "\n".join(parts)


_Pairs = list[tuple[str, object]]


def _document(release: Release) -> list[tuple[str, _Pairs]]:
    """What `dumps` writes, before it is written: the top-level keys (table name ""), then each
    `[[contacts]]`, `[[body]]` and `[[boilerplate]]` table, each a list of (key, value), with a
    quote's speaker as a dict (written inline). Values are what reading the file back gives."""
    r = encodable(release)
    top: _Pairs = [
        ("pressdesk", FORMAT_VERSION),
        ("kind", r.kind),
        ("line", r.line),
        ("date", r.date.date() if isinstance(r.date, datetime) else r.date),
        ("embargo", _offset_embargo(r)),
        ("zone", r.zone),
        ("headline", r.headline),
        ("subheadline", r.subheadline),
        ("dateline", r.dateline),
        ("end_mark", r.end_mark),
        ("profile", r.profile),
    ]
    always = {"pressdesk", "kind", "line", "date", "headline", "end_mark", "profile"}
    document = [("", [(k, v) for k, v in top if k in always or v])]
    for c in r.contacts:
        pairs: _Pairs = [
            ("name", c.name),
            ("email", c.email),
            ("phone", c.phone),
            ("org", c.org),
            ("title", c.title),
        ]
        document.append(("contacts", [(k, v) for k, v in pairs if k == "name" or v]))
    for block in r.body:
        document.append(("body", _block_pairs(block)))
    for b in r.boilerplate:
        pairs = [("org", b.org), ("text", b.text), ("heading", b.heading), ("library", b.library)]
        document.append(("boilerplate", [(k, v) for k, v in pairs if k in ("org", "text") or v]))
    return document


def _values(release: Release) -> dict[str, object]:
    """Every single value `dumps(release)` writes, by its key path, as `_leaves` gives them from
    the file read back: without writing the file and reading it back (an autosave's 9 ms)."""
    values: dict[str, object] = {}
    tables: dict[str, int] = {}
    for name, pairs in _document(release):
        prefix = ""
        if name:
            index = tables[name] = tables.get(name, -1) + 1
            prefix = f"{name}[{index}]."
        values.update(_leaves(dict(pairs), prefix))
    return values


def _offset_embargo(release: Release) -> datetime | None:
    """The embargo as TOML can hold it: with a UTC offset in whole minutes.

    An embargo built without a zone is taken to be in the release's `zone` (else UTC), and an offset
    with seconds (old local mean times) is written in UTC, so a save never writes a file that
    cannot be loaded again.
    """
    embargo = release.embargo
    if embargo is None:
        return None
    if embargo.utcoffset() is None:
        embargo = embargo.replace(tzinfo=load_zone(release.zone) or UTC)
    offset = embargo.utcoffset()
    if offset is not None and offset.seconds % 60:
        embargo = embargo.astimezone(UTC)
    return embargo


def save(path: Path | str, release: Release, *, overwrite: bool = True) -> None:
    """Write the release to `path` atomically: a crash leaves the old file or the new, never half.

    Where the file already holds this release with only some texts changed (a `--fix`, an edit),
    just those values are rewritten, so the user's comments, layout, line endings and byte-order
    mark stay. A symbolic link is written through, not replaced by a plain file (fileio). With
    `overwrite=False` an existing file is refused (PressdeskError) and left as it was.
    """
    path = Path(path)
    atomic_write(path, _updated(path, release), overwrite=overwrite)


def _updated(path: Path, release: Release) -> bytes:
    """The bytes to save: the file at `path` with changed texts rewritten, else canonical TOML."""
    try:
        data = read_bytes(path)
        text = data.decode("utf-8-sig")
        held = _held(text, str(path))
    except (UnreadableFile, UnicodeDecodeError, ReleaseFileError):
        return dumps(release).encode("utf-8")
    patched = _with_values(text, release, held)
    if patched is None or not _holds(patched, release):
        return encoded_like(data, dumps(release))
    return encoded_like(data, patched)


@dataclass(frozen=True)
class _Held:
    """What a release file's text holds: the release, where each value is written in the text,
    and each value by its key path (`body[2].speaker.name`)."""

    release: Release
    spans: dict[str, tuple[int, int]]
    values: dict[str, object]


# The last few texts read or written, each parsed once: the editor saves every 0.7 s while
# someone types, and each save reads back the text the one before it wrote and checked.
_RECENT_TEXTS = 4
_recent: dict[str, _Held] = {}
_recent_lock = threading.Lock()  # the editor saves on worker threads


def _held(text: str, name: str) -> _Held:
    with _recent_lock:
        held = _recent.get(text)
    if held is None:
        release, scan, table = parse_table(text, name)
        held = _Held(release, scan.literals, _leaves(table))
        with _recent_lock:
            _recent[text] = held
            while len(_recent) > _RECENT_TEXTS:
                del _recent[next(iter(_recent))]
    return held


def _holds(text: str, release: Release) -> bool:
    """Whether `text` loads as exactly `release`."""
    try:
        return _held(text, "<patched>").release == release
    except ReleaseFileError:  # e.g. the line became "embargoed" and the file has no embargo key
        return False


def encoded_like(old: bytes, text: str) -> bytes:
    """`text` (LF line endings) as UTF-8 bytes laid out like the file `old` it replaces.

    A file that had Windows line endings or a byte-order mark keeps them, so a save shows in git
    as the lines that changed, not as a whole new file.
    """
    if b"\r\n" in old and "\r\n" not in text:
        text = text.replace("\n", "\r\n")
    if old.startswith(codecs.BOM_UTF8) and not text.startswith("\ufeff"):
        text = "\ufeff" + text
    return text.encode("utf-8")


def _with_values(text: str, new: Release, held: _Held) -> str | None:
    """`text` (which holds `held`) with each value that differs in `new` rewritten in place, the
    rest left as typed.

    A value the file leaves out is left out (the caller checks the result loads as `new`, so a
    default that changed is caught there); None when a changed value cannot be found in `text`.
    """
    before, spans = held.values, held.spans
    after = _values(new)
    changed = [p for p in after if p in before and after[p] != before[p]]
    if any(p not in spans for p in changed):
        return None
    # From the end of the file back, so the earlier indices stay true.
    for p in sorted(changed, key=lambda p: spans[p][0], reverse=True):
        start, end = spans[p]
        value = after[p]
        literal = value.isoformat() if isinstance(value, (date, datetime)) else _written(value)
        text = text[:start] + literal + text[end:]
    return text


def _leaves(table: dict[str, Any], prefix: str = "") -> dict[str, object]:
    """Every single value in parsed TOML by its key path (`body[2].speaker.name`, `date`)."""
    out: dict[str, object] = {}
    for key, value in table.items():
        path = f"{prefix}{key}"
        items = value if isinstance(value, list) else None
        if isinstance(value, dict):
            out.update(_leaves(value, f"{path}."))
        elif items is not None:
            for i, item in enumerate(items):
                if isinstance(item, dict):
                    out.update(_leaves(item, f"{path}[{i}]."))
                else:
                    out[f"{path}[{i}]"] = item
        else:
            out[path] = value
    return out


def _block_pairs(block: Block) -> _Pairs:
    if isinstance(block, Paragraph):
        return [("text", block.text)]
    if isinstance(block, Heading):
        return [("heading", block.text)]
    if isinstance(block, BulletList):
        return [("items", list(block.items))]
    pairs: _Pairs = []
    if block.speaker is not None:
        pairs.append(("speaker", _speaker(block.speaker)))
    pairs.append(("paragraphs", list(block.paragraphs)))
    if block.style != "statement":
        pairs.append(("style", block.style))
    pairs.append(("approved", block.approved))
    return pairs


def _speaker(speaker: Speaker) -> dict[str, str]:
    # An organisation's statement has no name; a person's name is written even when empty.
    keep_name = bool(speaker.name) or not speaker.org
    fields = [("name", speaker.name), ("title", speaker.title), ("org", speaker.org)]
    return {k: v for k, v in fields if v or (k == "name" and keep_name)}


def _pair(key: str, value: object) -> str:
    if isinstance(value, dict):
        # Multi-line strings are allowed inside an inline table (TOML 1.0), and keep a newline a
        # newline, so the source map can follow the text onto its lines as everywhere else.
        inner = ", ".join(f"{k} = {_written(v)}" for k, v in value.items())
        return f"{key} = {{ {inner} }}\n"
    if isinstance(value, (date, datetime)):
        return f"{key} = {value.isoformat()}\n"  # the `T` form of docs/file-format.md, not tomli-w's space
    return f"{key} = {_written(value)}\n"


def _written(value: object) -> str:
    """A value as TOML, by tomli-w; text with newlines becomes a multi-line string."""
    texts = value if isinstance(value, list) else [value]
    # A multi-line string would normalise a carriage return away: escaped, `\r` survives.
    multiline = not any(isinstance(t, str) and "\r" in t for t in texts)
    # tomli-w formats values only as part of a document; take the value back out of `v = …`.
    import tomli_w  # only saving needs it: `check` and `export` read

    return tomli_w.dumps({"v": value}, multiline_strings=multiline)[len("v = ") : -1]

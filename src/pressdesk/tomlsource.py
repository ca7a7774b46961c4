"""Where each key and value sits in a TOML text, so load errors and findings can name file:line:col.

A light scanner, not a parser: it runs only on text `tomllib` has already accepted, and records for
every key path (`headline`, `body[3].speaker.org`, `body[3].paragraphs[1]`) where its key and its
value begin. Text values also get the offsets at which their text moves to a new source line.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from pressdesk.findings import Origin

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_BASIC_KEY = re.compile(r'"(?:[^"\\\n]|\\.)*"')
_LITERAL_KEY = re.compile(r"'[^'\n]*'")
_BLANK = re.compile(r"(?:[ \t\r\n]+|#[^\n]*)*")
_INLINE_BLANK = re.compile(r"[ \t]*")
_SCALAR = re.compile(r"[^,\]}\n#]*")
# Pieces of a basic string's body: an escape (a line-ending backslash swallows the newline and the
# blanks after it), a raw newline, or a run of plain characters.
_BASIC_PIECE = re.compile(
    r"\\(?:u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|[btnfr\"\\])|(?P<cont>\\[ \t]*\r?\n[ \t\r\n]*)"
    r"|(?P<nl>\r?\n)|[^\\\r\n]+",
)
_LITERAL_PIECE = re.compile(r"(?P<nl>\r?\n)|[^\r\n]+")


@dataclass
class SourceScan:
    """Key positions (line, column) and value origins, both by key path."""

    keys: dict[str, tuple[int, int]] = field(default_factory=dict)
    values: dict[str, Origin] = field(default_factory=dict)
    # Where each single value's literal (a string's delimiters included) starts and ends, as text
    # indices, so a save can rewrite one value and leave the comments and layout around it alone.
    literals: dict[str, tuple[int, int]] = field(default_factory=dict)


def scan(text: str) -> SourceScan:
    """Scan TOML `text` (already known to be valid) for where its keys and values begin."""
    return _Scanner(text).run()


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.i = 0
        self.result = SourceScan()
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.tables: dict[str, int] = {}  # array-of-tables path -> how many seen so far

    def where(self, index: int) -> tuple[int, int]:
        row = bisect.bisect_right(self.line_starts, index) - 1
        return row + 1, index - self.line_starts[row] + 1

    def run(self) -> SourceScan:
        text = self.text
        prefix = ""
        while True:
            self.i = _BLANK.match(text, self.i).end()  # type: ignore[union-attr]
            if self.i >= len(text):
                return self.result
            start = self.i
            if text.startswith("[[", start):
                self.i += 2
                path = self.resolve(self.keys(), last_is_new_table=True)
                self.i = text.index("]]", self.i) + 2
                self.mark_key(path, start)
                self.mark_key(path.rsplit("[", 1)[0], start)
                prefix = path
            elif text[start] == "[":
                self.i += 1
                prefix = self.resolve(self.keys())
                self.i = text.index("]", self.i) + 1
                self.mark_key(prefix, start)
            else:
                self.key_value(prefix)

    def resolve(self, keys: list[str], *, last_is_new_table: bool = False) -> str:
        """Turn table-header keys into a path, indexing arrays of tables at their latest entry."""
        path = ""
        for n, key in enumerate(keys):
            path = f"{path}.{key}" if path else key
            if last_is_new_table and n == len(keys) - 1:
                self.tables[path] = self.tables.get(path, 0) + 1
            if path in self.tables:
                path = f"{path}[{self.tables[path] - 1}]"
        return path

    def keys(self) -> list[str]:
        """A dotted key at the cursor, as its parts."""
        text = self.text
        parts: list[str] = []
        while True:
            self.i = _INLINE_BLANK.match(text, self.i).end()  # type: ignore[union-attr]
            for pattern in (_BARE_KEY, _BASIC_KEY, _LITERAL_KEY):
                m = pattern.match(text, self.i)
                if m:
                    raw = m.group()
                    parts.append(raw[1:-1] if raw[0] in "\"'" else raw)
                    self.i = m.end()
                    break
            else:
                return parts
            self.i = _INLINE_BLANK.match(text, self.i).end()  # type: ignore[union-attr]
            if not text.startswith(".", self.i):
                return parts
            self.i += 1

    def key_value(self, prefix: str) -> None:
        start = self.i
        path = ".".join([prefix, *self.keys()] if prefix else self.keys())
        self.mark_key(path, start)
        self.i = self.text.index("=", self.i) + 1
        self.i = _INLINE_BLANK.match(self.text, self.i).end()  # type: ignore[union-attr]
        self.value(path)

    def mark_key(self, path: str, index: int) -> None:
        self.result.keys.setdefault(path, self.where(index))

    def value(self, path: str) -> None:
        text, i = self.text, self.i
        if text.startswith(('"""', "'''"), i):
            self.multiline_string(path)
        elif text[i] in "\"'":
            self.single_line_string(path)
        elif text[i] == "[":
            self.array(path)
        elif text[i] == "{":
            self.inline_table(path)
        else:
            line, column = self.where(i)
            self.result.values[path] = Origin(line, column)
            self.i = _SCALAR.match(text, i).end()  # type: ignore[union-attr]
            self.result.literals[path] = (i, i + len(text[i : self.i].rstrip()))

    def array(self, path: str) -> None:
        self.i += 1
        n = 0
        while True:
            self.i = _BLANK.match(self.text, self.i).end()  # type: ignore[union-attr]
            if self.text[self.i] == "]":
                self.i += 1
                return
            item = f"{path}[{n}]"
            self.mark_key(item, self.i)
            self.value(item)
            self.i = _BLANK.match(self.text, self.i).end()  # type: ignore[union-attr]
            if self.text[self.i] == ",":
                self.i += 1
            n += 1

    def inline_table(self, path: str) -> None:
        self.i += 1
        while True:
            self.i = _BLANK.match(self.text, self.i).end()  # type: ignore[union-attr]
            if self.text[self.i] == "}":
                self.i += 1
                return
            if self.text[self.i] == ",":
                self.i += 1
                continue
            self.key_value(path)

    def single_line_string(self, path: str) -> None:
        text, i = self.text, self.i
        m = (_BASIC_KEY if text[i] == '"' else _LITERAL_KEY).match(text, i)
        assert m is not None, "tomllib accepted this string"
        line, column = self.where(i + 1)
        self.result.values[path] = Origin(line, column)
        self.result.literals[path] = (i, m.end())
        self.i = m.end()

    def multiline_string(self, path: str) -> None:
        text, start = self.text, self.i
        delimiter = text[start : start + 3]
        body_start = self.i + 3
        # A newline right after the opening delimiter is not part of the text.
        if text.startswith("\r\n", body_start):
            body_start += 2
        elif text.startswith("\n", body_start):
            body_start += 1
        end = self.closing_delimiter(body_start, delimiter)
        line, column = self.where(body_start)
        breaks = _breaks(text[body_start:end], basic=delimiter == '"""')
        self.result.values[path] = Origin(line, column, breaks)
        self.result.literals[path] = (start, end + 3)
        self.i = end + 3

    def closing_delimiter(self, start: int, delimiter: str) -> int:
        """Index of the closing delimiter; up to two quote marks before it belong to the text."""
        text, i = self.text, start
        while True:
            if delimiter == '"""' and text[i] == "\\":
                i += 2
                continue
            if text.startswith(delimiter, i):
                extra = 0
                while extra < 2 and text.startswith(delimiter[0], i + 3 + extra):
                    extra += 1
                return i + extra
            i += 1


def _breaks(raw: str, *, basic: bool) -> tuple[int, ...]:
    """Offsets in the decoded text at which the source moves to a new line."""
    breaks: list[int] = []
    decoded = 0
    for m in (_BASIC_PIECE if basic else _LITERAL_PIECE).finditer(raw):
        if m.group("nl"):
            decoded += 1
            breaks.append(decoded)
        elif basic and m.group("cont"):
            breaks.extend([decoded] * m.group("cont").count("\n"))
        elif basic and m.group().startswith("\\"):
            decoded += 1
        else:
            decoded += len(m.group())
    return tuple(breaks)

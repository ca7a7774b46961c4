"""What a check or the importer reports: a finding, its severity, its place and its safe fix."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is worse: info 0, warning 1, error 2."""
        return {"info": 0, "warning": 1, "error": 2}[self.value]

    def __str__(self) -> str:
        return self.value


# Every line break str.splitlines() knows.
_LINE_BREAK = re.compile("[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")


@dataclass(frozen=True)
class Fix:
    """Replace `start:end` of the text of `field` by `replacement`; never changes words."""

    field: str
    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class Finding:
    """One problem: which rule, how bad, what to say, and where (field path + character span)."""

    rule: str
    severity: Severity
    message: str
    field: str = "release"
    start: int | None = None
    end: int | None = None
    fix: Fix | None = None
    line: int | None = None
    column: int | None = None
    # Words to choose from (best first), e.g. a misspelling's corrections: offered, never applied
    # by `--fix`, because each changes a word.
    suggestions: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # A message quoting typed text would carry its line breaks into a report that has one
        # finding a line (`check`'s output, the editor's list): they become spaces, here, once.
        if _LINE_BREAK.search(self.message):
            object.__setattr__(self, "message", _LINE_BREAK.sub(" ", self.message))

    def to_json(self) -> dict[str, object]:
        """The shape `check --format json` prints (docs/cli.md)."""
        out: dict[str, object] = {
            "rule": self.rule,
            "severity": self.severity.value,
            "message": self.message,
            "field": self.field,
        }
        if self.start is not None and self.end is not None:
            out["start"] = self.start
            out["end"] = self.end
        if self.line is not None:
            out["line"] = self.line
            out["column"] = self.column if self.column is not None else 1
        if self.fix is not None:
            out["fix"] = {
                "field": self.fix.field,
                "start": self.fix.start,
                "end": self.fix.end,
                "replacement": self.fix.replacement,
            }
        if self.suggestions:
            out["suggestions"] = list(self.suggestions)
        return out


@dataclass(frozen=True)
class Origin:
    """Where a field's text begins in the source file (1-based line and column).

    `breaks` lists the offsets in the field's text at which a new source line begins, for text
    that was joined from several lines; each such line is taken to start at column 1 + `indent`.
    """

    line: int
    column: int
    breaks: tuple[int, ...] = ()
    indent: int = 0

    def position(self, offset: int) -> tuple[int, int]:
        """The (line, column) in the file of character `offset` of the field's text."""
        k = bisect.bisect_right(self.breaks, offset)
        if k == 0:
            return self.line, self.column + offset
        return self.line + k, 1 + self.indent + offset - self.breaks[k - 1]


SourceMap = Mapping[str, Origin]


def locate(findings: Iterable[Finding], source: SourceMap) -> list[Finding]:
    """Give each finding a file line and column from where its field came from, where known."""
    out: list[Finding] = []
    for f in findings:
        if f.line is not None:
            out.append(f)
            continue
        origin = source.get(f.field) or source.get(_parent(f.field)) or source.get("release")
        if origin is None:
            out.append(f)
            continue
        line, column = origin.position(f.start or 0) if f.field in source else (origin.line, 1)
        out.append(replace(f, line=line, column=column))
    return out


def _parent(path: str) -> str:
    # `body[3].paragraphs[1]` falls back to `body[3]`, `contacts[0].email` to `contacts[0]`.
    return path.rsplit(".", 1)[0] if "." in path else path

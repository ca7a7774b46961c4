"""`import_text`: a plain-text or Markdown release in, a `Release` plus layout findings out."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pressdesk import clock
from pressdesk.ap import ap_date
from pressdesk.errors import PressdeskError
from pressdesk.findings import Finding, Origin, Severity
from pressdesk.importer.body import read_body
from pressdesk.importer.builder import Builder
from pressdesk.importer.embargo import finish_embargo
from pressdesk.importer.front import read_front
from pressdesk.importer.lines import Unit, text_units
from pressdesk.importer.markdown import markdown_units
from pressdesk.importer.tail import check_end_marks, claim_boilerplate, read_tail
from pressdesk.model import Paragraph, Quote, Release
from pressdesk.release_schema import too_many_blocks

_STRAIGHT = re.compile(r"(?:^|(?<=[\s(\[—–-]))\"|\"(?=[\s.,;:!?)\]—–-]|$)")
_STRAIGHT_APOSTROPHE = re.compile(r"(?<=[A-Za-z])'(?=[A-Za-z])")


# The finding that says the release's date is a stand-in (today): rules that judge the date, its
# weekday or the release line's date have nothing to judge while it is there.
DATE_MISSING = "import-date-missing"


# The most lines a text may have to be read as a release: a long release has a few hundred. The
# limit keeps an import of any text under two seconds (docs/import.md).
MAX_LINES = 50_000

# A first line that is a Markdown heading (`# Headline`), which no plain-text release writes.
_MARKDOWN_HEADLINE = re.compile(r"\A\s*#{1,6}[ \t]+[^#\s]")


class NotAReleaseError(PressdeskError):
    """The text has none of a press release's landmarks."""


@dataclass(frozen=True)
class ImportResult:
    """The imported release, the importer's layout findings and where each field came from."""

    release: Release
    findings: list[Finding] = field(default_factory=list)
    source: dict[str, Origin] = field(default_factory=dict)
    # Fields the text does not give and the import filled in ("date": today's date), so the
    # checks do not judge a guess (see pressdesk.checks.context.Context.guessed).
    guessed: frozenset[str] = frozenset()


def import_text(text: str, *, fmt: str = "text", name: str = "<text>") -> ImportResult:
    """Read a release from plain text (`fmt="text"`) or Markdown (`fmt="markdown"`).

    Never raises anything but `NotAReleaseError`, whatever the text.
    """
    if not isinstance(text, str):  # a caller's mistake, reported like bad input
        raise NotAReleaseError(f"{name}: this is not a press release (not text)")
    text = text.replace("\ufeff", "").replace("\x00", "")
    lines = text.count("\n") + 1
    if lines > MAX_LINES:  # no release is this long: say so at once, without reading it
        raise NotAReleaseError(
            f"{name}: this is not a press release ({lines:,} lines; a release has at most "
            f"{MAX_LINES:,})"
        )
    if fmt == "text" and _MARKDOWN_HEADLINE.match(text):
        fmt = "markdown"  # a Markdown release saved as .txt: `# Headline` gives it away
    try:
        units = markdown_units(text) if fmt == "markdown" else text_units(text)
    except RecursionError as exc:  # pathological nesting in Markdown
        raise NotAReleaseError(f"{name}: this is not a press release (too deeply nested)") from exc
    if not units:
        raise NotAReleaseError(f"{name}: this is not a press release (it is empty)")
    b = Builder(fmt="markdown" if fmt == "markdown" else "text", text=text)
    b.source["release"] = Origin(1, 1)
    units = _drop_page_marks(b, units)
    i = read_front(b, units)
    i = read_body(b, units, i, fmt)
    claim_boilerplate(b)
    marks = read_tail(b, units, i)
    if not (_landmarks(b, marks) or _reads_like_a_release(b)):
        raise NotAReleaseError(
            f"{name}: this is not a press release "
            "(no release line, media contact, dateline or end mark found)"
        )
    check_end_marks(b, units, marks)
    _check_marks(b, units)
    release = _release(b, units)
    too_many = too_many_blocks(len(release.body), name)
    if too_many:
        raise NotAReleaseError(too_many)
    # With no date in the text, _release put in today's date (and said so: import-date-missing).
    guessed = frozenset({"date"}) if b.date is None else frozenset()
    return ImportResult(release, sorted(b.findings, key=_order), b.source, guessed)


def _landmarks(b: Builder, marks: list[tuple[Unit, str]]) -> bool:
    """What only a press release has: a release line, contact, dateline, end mark, advisory
    labels, a quote someone is named for, or an `About` boilerplate."""
    quoted = any(isinstance(x, Quote) and x.speaker is not None for x in b.body)
    return bool(
        b.found_release_line or b.contacts or b.dateline or marks or b.kind == "advisory"
        or quoted or b.boilerplate
    )  # fmt: skip


def _reads_like_a_release(b: Builder) -> bool:
    """A headline over paragraphs of prose: a statement with no release line, dateline or end
    mark is still a release (a shopping list, a note or a greeting is not)."""
    prose = [x for x in b.body if isinstance(x, Paragraph) and len(x.text.split()) >= 15]
    return bool(b.headline) and len(prose) >= 2


_MORE = re.compile(
    r"^\s*(?:[-–—]+\s*more\s*[-–—]+|\(\s*more\s*\)|page \d+ of \d+)\s*$", re.IGNORECASE
)


def _drop_page_marks(b: Builder, units: list[Unit]) -> list[Unit]:
    """`-more-` and `Page 1 of 2` lines from a paged document: not part of the release."""
    kept = []
    for unit in units:
        if len(unit.text) <= 16 and _MORE.match(unit.text):
            b.note(
                "structure-more-marker", Severity.INFO,
                f"line {unit.line}: a page marker ({unit.text.strip()}), left out", unit,
            )  # fmt: skip
        else:
            kept.append(unit)
    return kept


def _order(f: Finding) -> tuple[int, int]:
    return f.line or 0, f.column or 0


def _check_marks(b: Builder, units: list[Unit]) -> None:
    """`quote-marks-consistent`: straight and curly marks in one release, quotation marks (a
    warning) and apostrophes (`trust's` beside `county’s`, info)."""
    for pattern, straight, curly, severity, what in (
        (_STRAIGHT, '"', "“”‘’", Severity.WARNING, "a straight quotation mark"),
        (_STRAIGHT_APOSTROPHE, "'", "’", Severity.INFO, "a straight apostrophe"),
    ):  # fmt: skip
        found = _straight_among_curly(units, pattern, straight, curly)
        if found is not None:
            unit, offset = found
            # Apostrophes follow the quotation marks' style, so curly ones count against "…".
            doubles = straight == '"' and any(m in u.text for u in units for m in "“”")
            others = "curly quotation marks" if doubles else "curly apostrophes"
            message = f"{what} in a release that also uses {others}: use one style"
            b.note("quote-marks-consistent", severity, message, unit, offset)


def _straight_among_curly(
    units: list[Unit], pattern: re.Pattern[str], straight: str, curly: str
) -> tuple[Unit, int] | None:
    """The first straight mark (`pattern`) in a release that also has a curly one, if any."""
    first: tuple[Unit, int] | None = None
    has_curly = False
    for unit in units:
        if first is None and straight in unit.text:
            m = pattern.search(unit.text)
            if m:
                first = (unit, m.start())
        has_curly = has_curly or any(mark in unit.text for mark in curly)
        if has_curly and first is not None:
            return first
    return None


def _release(b: Builder, units: list[Unit]) -> Release:
    day = b.date
    if day is None:
        day = clock.today()
        b.findings.append(
            Finding(
                DATE_MISSING,
                Severity.WARNING,
                f"no release date in the text; the release is dated today ({ap_date(day)}) "
                "until you set its date, so checks of the date and weekday say nothing yet",
                "date",
                line=units[0].line,
                column=units[0].column,
            )  # fmt: skip
        )
    finish_embargo(b, day, dated_today=b.date is None)
    if not b.headline:
        b.findings.append(
            Finding(
                "headline-present",
                Severity.ERROR,
                "no headline found",
                "headline",
                line=units[0].line,
                column=units[0].column,
            )  # fmt: skip
        )
    kind = b.kind or _guess_kind(b)
    line = "embargoed" if b.line == "embargoed" else "immediate"
    return Release(
        date=day, headline=b.headline, kind=kind, line=line,  # type: ignore[arg-type]
        embargo=b.embargo if line == "embargoed" else None, zone=b.zone,
        subheadline=b.subheadline, dateline=b.dateline, end_mark=b.end_mark,  # type: ignore[arg-type]
        contacts=tuple(b.contacts), body=tuple(b.body), boilerplate=tuple(b.boilerplate),
    )  # fmt: skip


def _guess_kind(b: Builder) -> str:
    # A text does not say statement or announcement; a coalition statement names itself or
    # quotes member groups under header lines.
    words = f"{b.headline} {b.subheadline}".lower()
    if "statement" in words or any(
        isinstance(x, Quote) and x.style == "statement" and x.speaker for x in b.body
    ):
        return "statement"
    return "announcement"

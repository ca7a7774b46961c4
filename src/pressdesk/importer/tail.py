"""After the body: end marks, `About …` boilerplate (one per organisation) and bottom contacts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pressdesk.findings import Severity
from pressdesk.importer.body import ABOUT
from pressdesk.importer.builder import Builder
from pressdesk.importer.contacts import contactish, has_reach, label_match, reach_ahead
from pressdesk.importer.front import read_contacts
from pressdesk.importer.lines import END_MARK, Unit
from pressdesk.importer.words import is_name, plain
from pressdesk.model import Boilerplate, Paragraph

_ORG_IS = re.compile(
    r"(?:^|,\s)(?P<org>(?:[Tt]he\s+)?[A-Z0-9][\w&.'’\-]*(?:\s+(?:[A-Z0-9&][\w&.'’\-]*|of|for|and|the|on|in|de|du)(?=\s))*"
    r"(?:\s+[A-Z0-9&][\w&.'’\-]*)?)"
    r"(?:\s*\([^)]{1,30}\))?,?\s+(?:is|are|was|were|has|have|[a-z]{3,}s)\b"
)


_WIRE_SOURCE = re.compile(r"^SOURCE\s+[A-Z]\S*(?:\s+\S+){0,8}$")


def end_mark_style(text: str) -> str:
    t = plain(text).replace(" ", "").lower()
    if "30" in t:
        return "-30-"
    if "end" in t:
        return "-END-"
    return "###"


def boilerplate_org(text: str) -> str:
    """The organisation a boilerplate paragraph is about: `Athena is a …` → `Athena`."""
    m = _ORG_IS.search(text[:200])
    if m is None:
        return ""
    org = m.group("org").strip()
    return org[4:] if org.startswith(("The ", "the ")) else org


@dataclass
class _Tail:
    """What the tail reader carries from one unit to the next."""

    marks: list[tuple[Unit, str]] = field(default_factory=list)
    heading: Unit | None = None  # an `About X` heading waiting for its paragraph
    about: str = ""
    boilerplate_open: bool = False  # the last paragraph was boilerplate: more may follow
    more: dict[int, list[str]] = field(default_factory=dict)


def read_tail(b: Builder, units: list[Unit], i: int) -> list[tuple[Unit, str]]:
    """Everything after the body; returns the end marks seen, with their units."""
    t = _Tail()
    while i < len(units):
        unit = units[i]
        text = plain(unit.text)
        if _WIRE_SOURCE.match(text):
            i += 1  # `SOURCE Acme Corp`: the wire's own footer, not part of the release
        elif END_MARK.match(text):
            t.marks.append((unit, end_mark_style(text)))
            t.heading, t.boilerplate_open = None, False
            i += 1
        elif label_match(unit.text) or (
            contactish(unit) and t.heading is None
            and (has_reach(text) or (is_name(text) and reach_ahead(units, i + 1)))
        ):  # fmt: skip
            i = read_contacts(b, units, i)
            t.boilerplate_open = False
        else:
            _tail_text(b, unit, text, t)
            i += 1
    if t.heading is not None:
        _add_boilerplate(b, t.heading, t.about, t.heading, text="")
    for index, pieces in t.more.items():
        # A boilerplate of several paragraphs is one text (the exports print it as one).
        prev = b.boilerplate[index]
        b.boilerplate[index] = Boilerplate(prev.org, " ".join([prev.text, *pieces]), prev.heading)
    return t.marks


def _tail_text(b: Builder, unit: Unit, text: str, t: _Tail) -> None:
    """A heading or paragraph after the body: boilerplate, or body text that came late."""
    about_match = ABOUT.match(unit.text) if len(text.split()) <= 10 else None
    if about_match and unit.hint in ("", "heading", "strong"):
        about = plain(about_match.group("org"))
        t.heading, t.about = unit, about[4:] if about.startswith("the ") else about
        return
    if unit.hint == "heading" and t.heading is None:
        t.heading, t.about = unit, text
        return
    org = boilerplate_org(unit.text)
    if t.heading is not None:
        _add_boilerplate(b, unit, t.about, t.heading)
        t.heading, t.boilerplate_open = None, True
    elif org and (t.marks or t.boilerplate_open or b.boilerplate):
        _add_boilerplate(b, unit, org, None)
        t.boilerplate_open = True
    elif t.boilerplate_open and b.boilerplate:
        t.more.setdefault(len(b.boilerplate) - 1, []).append(unit.text)
    elif not t.marks:
        b.add_block(Paragraph(unit.text), {"text": unit.origin})
    else:
        _add_boilerplate(b, unit, org, None)
        t.boilerplate_open = True
        if not org:
            b.note(
                "import-unplaced", Severity.INFO,
                f"line {unit.line}: could not tell which organisation this boilerplate is about",
                unit,
            )  # fmt: skip


def _add_boilerplate(
    b: Builder, unit: Unit, org: str, heading: Unit | None, text: str | None = None
) -> None:
    index = len(b.boilerplate)
    heading_text = plain(heading.text) if heading is not None else ""
    b.boilerplate.append(Boilerplate(org, unit.text if text is None else text, heading_text))
    b.source[f"boilerplate[{index}]"] = (heading or unit).origin
    b.source[f"boilerplate[{index}].text"] = unit.origin
    b.source[f"boilerplate[{index}].org"] = (heading or unit).origin
    if heading is not None:
        b.source[f"boilerplate[{index}].heading"] = heading.origin


def check_end_marks(b: Builder, units: list[Unit], marks: list[tuple[Unit, str]]) -> None:
    """Findings on the end marks: missing, of two styles, or not closing the release."""
    if not units:
        return
    if not marks:
        last = units[-1]
        b.note(
            "end-mark-present", Severity.ERROR,
            "no end mark (###) after the body", last, len(last.text),
        )  # fmt: skip
        return
    first_style = marks[0][1]
    b.end_mark = "-30-" if first_style == "-30-" else "###"
    b.source["end_mark"] = marks[0][0].origin
    for unit, style in marks:
        if style != first_style:
            b.note(
                "end-mark-style", Severity.WARNING,
                f"end marks of two styles: {first_style} and {style}", unit,
            )  # fmt: skip
            break
    for unit, style in marks:
        if style == "-END-":
            b.note(
                "end-mark-style", Severity.INFO,
                f"{plain(unit.text)} is exported as {b.end_mark}", unit,
            )  # fmt: skip
    last_mark = marks[-1][0]
    body_places = {(o.line, o.column) for k, o in b.source.items() if k.startswith("body[")}
    after = [u for u in units if (u.line, u.column) > (last_mark.line, last_mark.column)]
    trailing = [u for u in after if not (label_match(u.text) or contactish(u))]
    body_after = [u for u in trailing if (u.line, u.column) in body_places]
    if body_after:
        b.note(
            "end-mark-position", Severity.WARNING,
            "body text after the end mark; the end mark closes the body", body_after[0],
        )  # fmt: skip
    elif trailing:
        b.note(
            "end-mark-position", Severity.INFO,
            "no end mark after the boilerplate; house style closes the release with one too",
            trailing[-1], len(trailing[-1].text),
        )  # fmt: skip

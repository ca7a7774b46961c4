"""After the body: end marks, `About …` boilerplate (one per organisation) and bottom contacts."""

from __future__ import annotations

import re

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


def read_tail(b: Builder, units: list[Unit], i: int) -> list[tuple[Unit, str]]:
    """Everything after the body; returns the end marks seen, with their units."""
    marks: list[tuple[Unit, str]] = []
    heading: Unit | None = None
    about = ""
    last_was_boilerplate = False
    more: dict[int, list[str]] = {}
    while i < len(units):
        unit = units[i]
        text = plain(unit.text)
        if _WIRE_SOURCE.match(text):
            i += 1  # `SOURCE Acme Corp`: the wire's own footer, not part of the release
            continue
        if END_MARK.match(text):
            marks.append((unit, end_mark_style(text)))
            heading, last_was_boilerplate = None, False
            i += 1
            continue
        if label_match(unit.text) or (
            contactish(unit) and heading is None
            and (has_reach(text) or (is_name(text) and reach_ahead(units, i + 1)))
        ):  # fmt: skip
            i = read_contacts(b, units, i)
            last_was_boilerplate = False
            continue
        about_match = ABOUT.match(unit.text) if len(text.split()) <= 10 else None
        if about_match and (unit.hint in ("", "heading", "strong")):
            heading = unit
            about = plain(about_match.group("org"))
            about = about[4:] if about.startswith("the ") else about
            i += 1
            continue
        if unit.hint == "heading" and heading is None:
            heading, about = unit, plain(unit.text)
            i += 1
            continue
        org = boilerplate_org(unit.text)
        if heading is not None:
            _add_boilerplate(b, unit, about, heading)
            heading, last_was_boilerplate = None, True
        elif org and (marks or last_was_boilerplate or b.boilerplate):
            _add_boilerplate(b, unit, org, None)
            last_was_boilerplate = True
        elif last_was_boilerplate and b.boilerplate:
            more.setdefault(len(b.boilerplate) - 1, []).append(unit.text)
        elif not marks:
            b.add_block(Paragraph(unit.text), {"text": unit.origin})
        else:
            _add_boilerplate(b, unit, org, None)
            last_was_boilerplate = True
            if not org:
                b.note(
                    "import-unplaced", Severity.INFO,
                    f"line {unit.line}: could not tell which organisation this boilerplate is about",
                    unit,
                )  # fmt: skip
        i += 1
    if heading is not None:
        _add_boilerplate(b, heading, about, heading, text="")
    for index, pieces in more.items():
        # A boilerplate of several paragraphs is one text (the exports print it as one).
        prev = b.boilerplate[index]
        b.boilerplate[index] = Boilerplate(prev.org, " ".join([prev.text, *pieces]), prev.heading)
    return marks


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

"""After the body: end marks, `About …` boilerplate (one per organisation) and bottom contacts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pressdesk.findings import Origin, Severity
from pressdesk.importer.about import about_at, definition_org, looks_like_boilerplate
from pressdesk.importer.body import read_more_body
from pressdesk.importer.builder import Builder
from pressdesk.importer.contacts import LINK_LINE, contactish, has_reach, label_match, reach_ahead
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
    """`###`, `-30-`, `-END-`, or the hash mark as typed when it is not three (`#`, `#####`)."""
    t = plain(text).replace(" ", "").replace("\\", "").lower()
    if "30" in t:
        return "-30-"
    if "end" in t:
        return "-END-"
    return "###" if t == "###" else t


def _family(style: str) -> str:
    return style if style in ("-30-", "-END-") else "###"


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
        elif LINK_LINE.match(text) and not t.boilerplate_open:
            b.note(
                "import-unplaced", Severity.INFO,
                f"line {unit.line}: a web or social-media link after the release, left out", unit,
            )  # fmt: skip
            i += 1
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
        elif _late_body(b, unit, t):
            i = read_more_body(b, units, i)
        else:
            _tail_text(b, unit, text, t)
            i += 1
    if t.heading is not None:
        _add_boilerplate(b, t.heading, t.about, t.heading, plain(t.heading.text))
    for index, pieces in t.more.items():
        # A boilerplate of several paragraphs is one text (the exports print it as one).
        prev = b.boilerplate[index]
        b.boilerplate[index] = Boilerplate(prev.org, " ".join([prev.text, *pieces]), prev.heading)
    return t.marks


def _late_body(b: Builder, unit: Unit, t: _Tail) -> bool:
    """Text after a contact block that came before any end mark or boilerplate: more body."""
    if t.marks or b.boilerplate or t.heading is not None or t.boilerplate_open:
        return False
    return unit.hint != "heading" and about_at(plain(unit.text)) is None


def claim_boilerplate(b: Builder) -> None:
    """The body's last paragraphs when they describe an organisation in boilerplate's words
    (`Acme, a 501(c)(3) nonprofit founded in 1990, is …`): boilerplate with no `About` heading,
    before the tail (called before the tail is read, so no boilerplate is there yet)."""
    claimed: list[tuple[str, str, Origin]] = []
    while len(b.body) > 1 and isinstance(b.body[-1], Paragraph):
        text = b.body[-1].text
        if not looks_like_boilerplate(text):
            break
        index = len(b.body) - 1
        origin = b.source.pop(f"body[{index}].text")
        b.source.pop(f"body[{index}]", None)
        b.body.pop()
        claimed.insert(0, (text, _bare(definition_org(text)), origin))
    for text, org, origin in claimed:
        index = len(b.boilerplate)
        b.boilerplate.append(Boilerplate(org, text))
        for key in ("", ".text", ".org"):
            b.source[f"boilerplate[{index}]{key}"] = origin


def _tail_text(b: Builder, unit: Unit, text: str, t: _Tail) -> None:
    """A heading or paragraph after the body: boilerplate, or body text that came late."""
    about = about_at(unit.text) if unit.hint in ("", "heading", "strong") else None
    if about is not None and about.text_start < 0:
        t.heading, t.about = unit, about.org
        return
    if about is not None:  # `About Acme: Acme is …` on one line
        heading = unit.text[: about.text_start].strip(" :-—–*_")
        _add_boilerplate(b, unit.cut(about.text_start), about.org, unit, heading)
        t.heading, t.boilerplate_open = None, True
        return
    if unit.hint == "heading" and t.heading is None:
        t.heading, t.about = unit, text
        return
    if t.heading is not None:
        _add_boilerplate(b, unit, t.about, t.heading, plain(t.heading.text))
        t.heading, t.boilerplate_open = None, True
    elif t.boilerplate_open and b.boilerplate:
        org = _opening_org(unit.text)
        current = b.boilerplate[-1]
        seen = " ".join([current.org, current.text, *t.more.get(len(b.boilerplate) - 1, [])])
        defines = bool(definition_org(unit.text))  # `Acme is a …` again: another block
        if org and (defines or org.casefold() not in seen.casefold()):
            _add_boilerplate(b, unit, org, None, "")  # the next organisation's paragraph
        else:  # more of the same organisation's text, or a notice after it
            t.more.setdefault(len(b.boilerplate) - 1, []).append(unit.text)
    elif org := boilerplate_org(unit.text) if (t.marks or b.boilerplate) else "":
        _add_boilerplate(b, unit, org, None, "")
        t.boilerplate_open = True
    elif not t.marks:
        b.add_block(Paragraph(unit.text), {"text": unit.origin})
    else:
        _add_boilerplate(b, unit, "", None, "")
        t.boilerplate_open = True
        b.note(
            "import-unplaced", Severity.INFO,
            f"line {unit.line}: could not tell which organisation this boilerplate is about",
            unit,
        )  # fmt: skip


_NOT_ORGS = frozenset((
    "All", "This", "These", "That", "Those", "It", "We", "Our", "For", "Each", "Every", "Some",
    "Many", "More", "Most", "Other", "Such", "Both", "Any", "No", "Its", "Their", "You", "Your",
))  # fmt: skip


def _opening_org(text: str) -> str:
    """The organisation a paragraph opens with as its subject (`Acme represents …`), not a
    sentence's first word (`All trademarks belong …`)."""
    m = _ORG_IS.match(text[:200])
    org = m.group("org").strip() if m is not None else definition_org(text)
    org = org[4:] if org.startswith(("The ", "the ")) else org
    return "" if org in _NOT_ORGS else org


def _bare(org: str) -> str:
    """An organisation's name without the marks and possessive a sentence gave it."""
    return re.sub(r"(?:’s|'s|’|')$", "", org.rstrip("™®").strip())


def _add_boilerplate(
    b: Builder, unit: Unit, org: str, heading: Unit | None, heading_text: str
) -> None:
    index = len(b.boilerplate)
    text = unit.text if unit is not heading else ""
    b.boilerplate.append(Boilerplate(_bare(org), text, heading_text))
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
        if _family(style) != _family(first_style):
            b.note(
                "end-mark-style", Severity.WARNING,
                f"end marks of two styles: {first_style} and {style}", unit,
            )  # fmt: skip
            break
    for unit, style in marks:
        if style not in ("###", "-30-"):
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

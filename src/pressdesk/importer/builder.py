"""What the importer has read so far: fields, body blocks, the source map and the findings."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime

from pressdesk.findings import Finding, Origin, Severity
from pressdesk.importer.attribution import Who
from pressdesk.importer.contacts import Card, ContactDraft
from pressdesk.importer.dates import Pending
from pressdesk.importer.lines import Unit
from pressdesk.importer.names import NameBook
from pressdesk.model import Block, Boilerplate, Contact, Speaker

# A wire's contact card run together: a label glued to its value.
_FUSED = re.compile(
    r"(?:Contacts?|CONTACTS?|Inquiries|Enquiries):(?=[A-Z])|Contact Details(?=[A-Z])"
    r"|Website(?=https?:|www\.)"
)


@dataclass
class Builder:
    """The release under construction. Field paths as docs/cli.md names them."""

    kind: str = ""
    line: str = "immediate"
    date: date | None = None
    embargo: datetime | None = None
    zone: str = ""
    headline: str = ""
    subheadline: str = ""
    dateline: str = ""
    end_mark: str = "###"
    contacts: list[Contact] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    boilerplate: list[Boilerplate] = field(default_factory=list)
    source: dict[str, Origin] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    found_release_line: bool = False
    quote_paragraphs: int = 0  # paragraphs with quotation marks read so far
    advisory_labels: int = 0  # WHO/WHAT/WHEN/WHERE/WHY labels seen: two make an advisory
    fmt: str = "text"  # "text" or "markdown": Markdown marks its lists, so lines aren't guessed
    text: str = ""  # the whole input, for the people it names
    last_speaker: Speaker | None = None  # whom `she said` or `Lee said` may point back to
    guesses: dict[int, str] = field(default_factory=dict)  # quote block -> the speaker guessed
    guess: str = ""  # the speaker guessed for the quote being read, for its findings
    closing_who: tuple[Who, Unit, int] | None = None  # an attribution after a run's closing mark
    pending_embargo: Pending | None = None  # an embargo line's parts, until the date is known
    _names: NameBook | None = None
    _fused: bool | None = None
    _words: frozenset[str] | None = None

    def names(self) -> NameBook:
        """The people the release names; read on first use (most releases never need it)."""
        if self._names is None:
            self._names = NameBook(self.text)
        return self._names

    def card(self) -> Card:
        """What contact reading needs: the release's words when its wire glued its contact
        card together (`Media Contact:Jane DoeAcme`), and the organisations named so far."""
        if self._fused is None:
            self._fused = bool(_FUSED.search(self.text))
        if self._fused and self._words is None:
            # Words the release writes more than once: a fused card's run-together words are
            # written only there (`HookAcme`), its names and companies elsewhere too.
            counts = Counter(w.strip(".,;:()“”\"'’") for w in self.text.split())
            self._words = frozenset(w for w, n in counts.items() if n > 1)
        return Card(
            self._words if self._fused else None, tuple(b.org for b in self.boilerplate if b.org)
        )

    def person(self, sentence: str) -> str | None:
        """The person a sentence opens with, as the release first names them."""
        return self.names().subject(sentence)

    def note(
        self, rule: str, severity: Severity, message: str, unit: Unit, offset: int = 0,
        fieldpath: str = "release", span: tuple[int, int] | None = None,
    ) -> None:  # fmt: skip
        """A layout finding at character `offset` of `unit`."""
        line, column = unit.position(offset)
        start, end = span if span else (None, None)
        self.findings.append(
            Finding(rule, severity, message, fieldpath, start, end, None, line, column)
        )

    def add_contact(self, draft: ContactDraft, block: int = 0) -> None:
        """Keep a contact reporters can reach: with an email, or a phone and a name; the same
        person listed again in a later block (`block`: where this block's contacts start) is
        one contact."""
        if not (draft.email or (draft.phone and draft.name)):
            if draft.phone or draft.name:
                self._leave_out_contact(draft)
            return
        earlier = self.contacts[:block]
        index = next((k for k, c in enumerate(earlier) if _same(c, draft)), None)
        if index is None:
            index = len(self.contacts)
            self.contacts.append(
                Contact(draft.name, draft.email, draft.phone, draft.org, draft.title)
            )
            for key, origin in draft.origins.items():
                self.source[f"contacts[{index}].{key}"] = origin
            if draft.origins:
                self.source.setdefault(f"contacts[{index}]", min(draft.origins.values(), key=_pos))
        else:
            self._merge_contact(index, draft)
        for key, value, origin in draft.left_out:
            self._leave_out(index, key, value, origin, draft.name)

    def _merge_contact(self, index: int, draft: ContactDraft) -> None:
        kept = self.contacts[index]
        fields = {}
        for key in ("name", "email", "phone", "org", "title"):
            mine, theirs = getattr(kept, key), getattr(draft, key)
            fields[key] = mine or theirs
            if not mine and theirs:
                self.source[f"contacts[{index}].{key}"] = draft.origins[key]
            elif mine and theirs and key in ("email", "phone") and _digits(mine) != _digits(theirs):
                draft.left_out.append((key, theirs, draft.origins[key]))
        self.contacts[index] = Contact(**fields)

    def _leave_out(self, index: int, key: str, value: str, origin: Origin, name: str) -> None:
        # A release file holds one email and one phone per contact.
        self.findings.append(
            Finding(
                "import-unplaced",
                Severity.INFO,
                f"line {origin.line}: a second {key} for {name or 'this contact'} ({value}) "
                "was left out",
                f"contacts[{index}].{key}",
                line=origin.line,
                column=origin.column,
            )  # fmt: skip
        )

    def _leave_out_contact(self, draft: ContactDraft) -> None:
        origin = min(draft.origins.values(), key=_pos)
        if draft.phone:
            what = f"{draft.phone} has no name or email beside it"
        else:
            what = f"“{draft.name}” has no email or phone beside it"
        self.findings.append(
            Finding(
                "import-unplaced",
                Severity.INFO,
                f"line {origin.line}: {what}, so it is not kept as a media contact",
                "release",
                line=origin.line,
                column=origin.column,
            )  # fmt: skip
        )

    def add_block(self, block: Block, origins: dict[str, Origin]) -> int:
        """Append a body block; `origins` maps sub-paths (`text`, `paragraphs[0]`, …) to places."""
        index = len(self.body)
        self.body.append(block)
        for sub, origin in origins.items():
            self.source[f"body[{index}].{sub}" if sub else f"body[{index}]"] = origin
        if origins and f"body[{index}]" not in self.source:
            # The block as a whole (an unapproved quote, an orphan) starts where its first part does.
            self.source[f"body[{index}]"] = min(origins.values(), key=_pos)
        return index


def _same(kept: Contact, draft: ContactDraft) -> bool:
    """The same person listed twice: by name, or by email."""
    if kept.name and draft.name:
        return kept.name.casefold() == draft.name.casefold()
    return bool(kept.email and kept.email.casefold() == draft.email.casefold())


def _digits(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())


def _pos(origin: Origin) -> tuple[int, int]:
    return origin.line, origin.column

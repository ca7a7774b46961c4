"""What the importer has read so far: fields, body blocks, the source map and the findings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from pressdesk.findings import Finding, Origin, Severity
from pressdesk.importer.attribution import Who
from pressdesk.importer.contacts import ContactDraft
from pressdesk.importer.lines import Unit
from pressdesk.importer.names import NameBook
from pressdesk.model import Block, Boilerplate, Contact, Speaker


@dataclass
class Builder:
    """The release under construction. Field paths are those of docs/file-format.md."""

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
    fmt: str = "text"  # "text" or "markdown": Markdown marks its lists, so lines aren't guessed
    text: str = ""  # the whole input, for the people it names
    last_speaker: Speaker | None = None  # whom `she said` or `Lee said` may point back to
    guesses: dict[int, str] = field(default_factory=dict)  # quote block -> the speaker guessed
    guess: str = ""  # the speaker guessed for the quote being read, for its findings
    closing_who: tuple[Who, Unit, int] | None = None  # an attribution after a run's closing mark
    _names: NameBook | None = None

    def names(self) -> NameBook:
        """The people the release names; read on first use (most releases never need it)."""
        if self._names is None:
            self._names = NameBook(self.text)
        return self._names

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

    def add_contact(self, draft: ContactDraft) -> None:
        index = len(self.contacts)
        self.contacts.append(Contact(draft.name, draft.email, draft.phone, draft.org, draft.title))
        for key, origin in draft.origins.items():
            self.source[f"contacts[{index}].{key}"] = origin
        if draft.origins:
            self.source.setdefault(f"contacts[{index}]", min(draft.origins.values(), key=_pos))
        for key, value, origin in draft.left_out:
            # A release file holds one email and one phone per contact.
            self.findings.append(
                Finding(
                    "import-unplaced",
                    Severity.INFO,
                    f"line {origin.line}: a second {key} for {draft.name or 'this contact'} "
                    f"({value}) was left out",
                    f"contacts[{index}].{key}",
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


def _pos(origin: Origin) -> tuple[int, int]:
    return origin.line, origin.column

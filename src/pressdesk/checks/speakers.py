"""Who said it: every quote has a speaker, every speaker a quote, introduced once and approved."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from pressdesk.checks.context import Context
from pressdesk.checks.patterns import lazy_pattern
from pressdesk.checks.registry import rule
from pressdesk.checks.text import CACHES, DOUBLE_MARKS, finding, first_words
from pressdesk.findings import Finding
from pressdesk.model import Paragraph, Quote, Release, Speaker

ATTRIBUTION = lazy_pattern(r"\b(?:said|says|according to|told|stated|added)\b", re.IGNORECASE)


@rule(
    "quote-attributed",
    "error",
    "Every quote belongs to a speaker: a quote block with no speaker is an orphan.",
    "KU, POLIS",
)
def quote_attributed(release: Release, ctx: Context) -> Iterator[Finding]:
    rid = "quote-attributed"
    after = ""  # the speaker of the last attributed quote block, to place an orphan
    for i, block in enumerate(release.body):
        if isinstance(block, Quote):
            if block.speaker is not None and block.speaker.who:
                after = block.speaker.who
                continue
            first = next((p for p in block.paragraphs if p.strip()), "")
            j = block.paragraphs.index(first) if first else 0
            where = f"body[{i}].paragraphs[{j}]" if block.paragraphs else f"body[{i}]"
            tail = f" (it follows {after}'s quote)" if after else ""
            yield finding(
                rid,
                "error",
                f"quote “{first_words(first, 6)}” has no speaker{tail}",
                where,
                0 if first else None,
                len(first) if first else None,
            )
        elif isinstance(block, Paragraph):
            text = block.text.strip()
            if len(text) > 1 and text[0] in '“"' and not ATTRIBUTION.search(text):
                yield finding(
                    rid,
                    "error",
                    f"quoted paragraph “{first_words(text[1:], 6)}” names no speaker",
                    f"body[{i}].text",
                    0,
                    len(block.text),
                )


@rule(
    "speaker-has-quote",
    "error",
    "Every speaker has at least one quoted paragraph.",
    "KU, POLIS",
)
def speaker_has_quote(release: Release, ctx: Context) -> Iterator[Finding]:
    for i, block in enumerate(release.body):
        if (
            isinstance(block, Quote)
            and block.speaker is not None
            and block.speaker.who
            and not any(p.strip() for p in block.paragraphs)
        ):
            yield finding(
                "speaker-has-quote",
                "error",
                f"{block.speaker.who} has no quote",
                *_who_span(block.speaker, f"body[{i}].speaker"),
            )


@rule(
    "speaker-header-format",
    "warning",
    "A speaker is introduced once: a statement header has a name, a title and an organisation "
    "in their own fields; a said-style quote names who the speaker is unless the text already has.",
    "(format), NPMT",
)
def speaker_header_format(release: Release, ctx: Context) -> Iterator[Finding]:
    rid = "speaker-header-format"
    introduced = Introduced(release)
    for i, block in enumerate(release.body):
        if not isinstance(block, Quote) or block.speaker is None or not block.speaker.name.strip():
            introduced.read(block)
            continue
        sp = block.speaker
        path = f"body[{i}].speaker"
        if "," in sp.name:
            yield finding(
                rid,
                "warning",
                f"“{sp.name}”: the whole header is in the name; put the title and organisation in their own fields",
                f"{path}.name",
                0,
                len(sp.name),
            )
        elif sp.name.strip()[0] in DOUBLE_MARKS + "‘’'":
            yield finding(
                rid,
                "warning",
                "the speaker's name is inside quotation marks",
                f"{path}.name",
                0,
                len(sp.name),
            )
        elif introduced.knows(sp.name) or _title_in_name(sp.name):
            pass  # AP second reference ("said Lopez"), or the title is typed with the name
        elif block.style == "said":
            # In running text the title and organisation are one phrase ("said Ana Lopez,
            # director of Tenants United"): either field is enough to say who she is.
            if not sp.title.strip() and not sp.org.strip():
                yield finding(
                    rid,
                    "warning",
                    f"{sp.name} is quoted but not introduced: give a title or organisation",
                    f"{path}.title",
                )
        else:
            for part in ("title", "org"):
                if not getattr(sp, part).strip():
                    label = "title" if part == "title" else "organisation"
                    yield finding(
                        rid, "warning", f"{sp.name} has no {label} in the header", f"{path}.{part}"
                    )
        introduced.read(block)


# Two to six capitalised words, initials allowed: "Ana Lopez", "Thomas A. Saenz", "Executive
# Director Juniper Leherissey". Every word but the last may be a first name or a title.
# Each word starts at a word boundary and is read once (possessive, at most 40 characters), so
# a field of run-together capitals costs its length, not its square.
NAME_RUN = lazy_pattern(r"\b[A-Z][\w'’-]{0,40}+\.?(?:\s[A-Z][\w'’-]{0,40}+\.?){1,5}")
HONORIFICS = frozenset(
    {"Dr.", "Mr.", "Mrs.", "Ms.", "Mx.", "Prof.", "Rev.", "Sen.", "Rep.", "Gov."}
)


# Words of a title typed before a name: "said County Special Agent Ana Ruiz".
TITLE_WORDS = frozenset(
    [
        "Agent",
        "Attorney",
        "Captain",
        "Chair",
        "Chairman",
        "Chairwoman",
        "Chief",
        "Commissioner",
        "Coordinator",
        "Councilmember",
        "Dean",
        "Detective",
        "Director",
        "Executive",
        "Founder",
        "General",
        "Governor",
        "Judge",
        "Lieutenant",
        "Manager",
        "Mayor",
        "Minister",
        "Officer",
        "President",
        "Professor",
        "Representative",
        "Secretary",
        "Senator",
        "Sergeant",
        "Sheriff",
        "Superintendent",
        "Trustee",
    ]
)


def _title_in_name(name: str) -> bool:
    words = name.split()
    return len(words) >= 3 and any(w in TITLE_WORDS for w in words[:-2])


@lru_cache(maxsize=4096)
def _names_in(text: str) -> tuple[tuple[str, ...], ...]:
    """The runs of capitalised words in `text` that may be names, each as its words.

    Kept for texts seen before: in the editor the checks run again after every key, and every
    text but the one being typed is the same as last time (the rule's search was most of its
    time, 0.8 ms a key in a 1,500-word release)."""
    return tuple(tuple(m.group(0).split()) for m in NAME_RUN.finditer(text))


CACHES.append(_names_in)


class Introduced:
    """Who the release has named so far, read block by block: a speaker already named in full
    (in the text or an earlier header) is a second reference and needs no title again."""

    def __init__(self, release: Release) -> None:
        self.full: set[tuple[str, str]] = set()  # (first word, last word) of each name seen
        self.last: set[str] = set()
        for text in (release.headline, release.subheadline, release.dateline):
            self._read_text(text)

    def knows(self, name: str) -> bool:
        words = [w for w in name.split() if w not in HONORIFICS]
        if not words:
            return False
        if len(words) == 1:
            return words[0] in self.last
        return (words[0], words[-1]) in self.full

    def read(self, block: object) -> None:
        if isinstance(block, Paragraph):
            self._read_text(block.text)
        elif isinstance(block, Quote):
            for para in block.paragraphs:
                self._read_text(para)
            if block.speaker is not None and block.speaker.name.strip():
                self._read_name(block.speaker.name.split())

    def _read_text(self, text: str) -> None:
        for words in _names_in(text):
            self._read_name(words)

    def _read_name(self, words: Sequence[str]) -> None:
        words = [w for w in words if w not in HONORIFICS]
        if len(words) < 2:
            return
        self.last.add(words[-1])
        for first in words[:-1]:
            self.full.add((first, words[-1]))


@rule(
    "quote-approved",
    "warning",
    "Every quoted speaker has approved their quote (a text input cannot say: reported once with --final).",
    "DOCEST, RAGAN-APPR, POLIS, KALEIDOS",
    profiles="--final: error",
)
def quote_approved(release: Release, ctx: Context) -> Iterator[Finding]:
    if ctx.imported:
        # A typed text has nowhere to record approval, so "not approved" would be said of
        # every quote of every text release. Only when it is about to go out is it worth one
        # reminder that nobody has confirmed the quotes yet.
        if ctx.final and release.quotes:
            yield finding(
                "quote-approved",
                "error",
                f"a text release cannot record approval of its {len(release.quotes)} quote(s): "
                "import it (`pressdesk import`) and mark each approved quote",
                "body",
            )
        return
    severity = "error" if ctx.final else "warning"
    for i, block in enumerate(release.body):
        if isinstance(block, Quote) and not block.approved:
            if block.speaker is not None and block.speaker.who:
                yield finding(
                    "quote-approved",
                    severity,
                    f"{block.speaker.who} has not approved this quote",
                    *_who_span(block.speaker, f"body[{i}].speaker"),
                )
            else:
                where = f"body[{i}].paragraphs[0]" if block.paragraphs else f"body[{i}]"
                yield finding("quote-approved", severity, "this quote has not been approved", where)


def _who_span(speaker: Speaker, path: str) -> tuple[str, int, int]:
    """The field naming who said it: the name, or the organisation of an organisation's statement."""
    if speaker.name.strip():
        return f"{path}.name", 0, len(speaker.name)
    return f"{path}.org", 0, len(speaker.org)

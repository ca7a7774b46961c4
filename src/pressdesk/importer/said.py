"""A paragraph taken apart into its narrative and its attributed quotations.

`Narrative. “First words,” said Name, Title. “More words.” More narrative.` gives the narrative
`Narrative.`, one quote (two quoted runs, one attribution) and the narrative `More narrative.`.
A quotation is a quote when an attribution names its speaker, when it opens the paragraph (it may
continue the quote before, or follow a line that introduces it), or when the sentence before it
names a person and nothing else (`Jo Lee, Chair of the Trust, disagrees. “…”`); a quoted phrase
inside a sentence (`a “living lab”`) stays narrative.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from pressdesk.importer.attribution import VERBS, Attribution, Who, after, parse_who
from pressdesk.importer.spans import Span, quote_spans

_BEFORE = re.compile(
    rf"(?P<who>[^“”\"]{{2,200}}?)\s*,?\s+(?:\*\*|__)?{VERBS}(?:\*\*|__)?"
    r"(?:\s+(?:in\s+a\s+statement|today|on\s+\w+day|\w+day))?\s*[,:]?\s*$"
)
_ACCORDING = re.compile(r"(?:According to|In the words of)\s+(?P<who>[^“”\"]{2,200}?),\s*$")
_SENTENCE_END = re.compile(r"(?<=[.!?:])['’”\"]?\s+(?=[A-Z*_“\"])")
MIN_QUOTE_WORDS = 4
_BETWEEN = re.compile(r"[\s,.;:—–\-*_]*")  # what may stand between two runs of one quote


@dataclass
class Quoted:
    """One speaker's quotation within the paragraph: its runs, its attribution, its context."""

    spans: list[Span]
    who: Who | None = None
    said_at: tuple[int, int] | None = None  # the attribution's words, left out of the narrative
    intro: str = ""  # the person the sentence before names, when it introduces the quote
    before: str = ""  # the paragraph's words before the quote (whom a pronoun points back to)
    joiner: str = ""  # what followed the attribution: "," when the quotation goes on
    intro_sentence: str = ""  # the sentence that may introduce it, until whom it names is known

    @property
    def open(self) -> bool:
        return not self.spans[-1].closed

    @property
    def end(self) -> int:
        ends = [self.spans[-1].end + 1]
        if self.said_at is not None:
            ends.append(self.said_at[1] + 1)
        return max(ends)


@dataclass
class Pieces:
    """The paragraph in reading order: narrative stretches `(start, end)` and quotes."""

    items: list[tuple[int, int] | Quoted] = field(default_factory=list)

    @property
    def quotes(self) -> list[Quoted]:
        return [x for x in self.items if isinstance(x, Quoted)]


Person = Callable[[str], "str | None"]


def said_pieces(text: str, person: Person | None = None) -> Pieces | None:
    """The paragraph's narrative and quotes; None when it holds no quotation at all. `person`
    names whom a sentence is about (`Jo Lee, chair of the Trust, disagrees.`), for quotations
    the sentence before introduces; without it, or when it names no one, they stay narrative."""
    pieces = _split(text)
    if pieces is None or not any(q.intro_sentence for q in pieces.quotes):
        return pieces
    items: list[tuple[int, int] | Quoted] = []
    for item in pieces.items:
        if isinstance(item, Quoted) and item.intro_sentence:
            found = person(item.intro_sentence) if person is not None else None
            if found:
                items.append(dataclasses.replace(item, intro=found))
                continue
            item = (item.spans[0].start, item.end)  # a quoted phrase after all
        last = items[-1] if items else None
        if isinstance(item, tuple) and isinstance(last, tuple):
            items[-1] = (last[0], item[1])  # one stretch of narrative
            continue
        items.append(item)
    return Pieces(items) if any(isinstance(x, Quoted) for x in items) else None


@lru_cache(maxsize=1024)  # the body reader asks about the same paragraph more than once
def _split(text: str) -> Pieces | None:
    if len(text) > 20_000:
        return None  # no paragraph of a release is this long; read it as text
    spans = quote_spans(text)
    if not spans:
        return None
    quotes: list[Quoted] = []
    for span in spans:
        # A quotation the sentence before may introduce is decided later: until then, the
        # quote before it is the one spans go on from.
        current = next((q for q in reversed(quotes) if not q.intro_sentence), None)
        said = after(text, span.end + 1) if span.closed else None
        if current is not None and _goes_on(text, current, span):
            if said is not None and current.who is not None:
                quotes.append(_quoted(span, said, text))
            else:
                current.spans.append(span)
                if said is not None:
                    current.who, current.said_at, current.joiner = said.who, _at(said), said.joiner
            continue
        start = current.end if current is not None else 0
        quote = _attributed(text, span, said, start) or _unattributed(text, span, start)
        if quote is not None:
            quotes.append(quote)
    return _pieces(text, quotes) if quotes else None


def _quoted(span: Span, said: Attribution, text: str) -> Quoted:
    return Quoted([span], said.who, _at(said), before=text[: span.start], joiner=said.joiner)


def _at(said: Attribution) -> tuple[int, int]:
    return said.start, said.end


def _goes_on(text: str, current: Quoted, span: Span) -> bool:
    """Whether `span` continues `current`: only the attribution stands between them."""
    return not current.open and _BETWEEN.fullmatch(text, current.end, span.start) is not None


def _attributed(text: str, span: Span, said: Attribution | None, start: int) -> Quoted | None:
    before = text[start : span.start]
    if said is not None:
        return Quoted([span], said.who, _at(said), before=text[: span.start], joiner=said.joiner)
    sentence_start = _last_sentence(before) + start
    sentence = text[sentence_start : span.start]
    for pattern in (_BEFORE, _ACCORDING):
        m = pattern.fullmatch(sentence)
        if m is not None and (who := parse_who(m.group("who"))) is not None:
            return Quoted(
                [span], who, (sentence_start, span.start - 1), before=text[:sentence_start]
            )
    return None


def _unattributed(text: str, span: Span, start: int) -> Quoted | None:
    """A quotation with no attribution: a quote if it opens the paragraph or follows a sentence
    that may introduce it; otherwise a quoted phrase."""
    words = text[span.start + 1 : span.end].split()
    if len(words) < MIN_QUOTE_WORDS or not words[0][:1].isupper():
        return None
    if not text[: span.start].strip():
        return Quoted([span])
    before = text[start : span.start]
    if before.rstrip()[-1:] not in ".:!?" or not before.endswith((" ", "\u00a0")):
        return None
    sentence = before[_last_sentence(before) :].strip()
    return Quoted([span], intro_sentence=sentence, before=text[: span.start])


def _last_sentence(text: str) -> int:
    """Where the last sentence of `text` starts."""
    last = 0
    for m in _SENTENCE_END.finditer(text.rstrip()):
        last = m.end()
    return last


def _pieces(text: str, quotes: list[Quoted]) -> Pieces:
    out = Pieces()
    cursor = 0
    for quote in quotes:
        first = quote.spans[0].start
        if quote.said_at is not None and quote.said_at[0] < first:
            first = quote.said_at[0]
        if text[cursor:first].strip():
            out.items.append((cursor, first))
        out.items.append(quote)
        cursor = quote.end
    if text[cursor:].strip(" .,;*_"):
        out.items.append((cursor, len(text)))
    return out

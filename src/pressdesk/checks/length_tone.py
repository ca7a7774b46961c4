"""Length and tone: word counts, placeholders, hype (! and CAPITALS), direct address, stray spaces."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pressdesk.checks.context import Context
from pressdesk.checks.patterns import lazy_pattern
from pressdesk.checks.registry import rule
from pressdesk.checks.text import (
    Outside,
    all_text,
    finding,
    occurs,
    outside_quotes,
    per_release,
    prose_fields,
)
from pressdesk.findings import Finding
from pressdesk.length import body_words, release_words
from pressdesk.model import Quote, Release, text_fields
from pressdesk.placeholders import PLACEHOLDER, has_placeholder

WORD_SOURCES = "SCHWARTZ-BW, PRSA, CISION-3TIPS, LUCY, CONVHUB, OPRM, TLMW, BHM, PRESSWIRE, EMWIRE"


@rule(
    "word-count",
    "warning",
    "Body words: error under 125, warning under 300 or over 800, info over 600 (release total shown too).",
    WORD_SOURCES,
)
def word_count(release: Release, ctx: Context) -> Iterator[Finding]:
    s = ctx.settings
    body, total = body_words(release), release_words(release)  # docs: pressdesk.length
    counts = f"body {body:,} words ({total:,} with headline and boilerplate)"
    if release.kind == "advisory" and body < s.body_words_high:
        return  # a media advisory is short by design: who, what, when and where
    if body < s.body_words_min:
        yield finding(
            "word-count",
            "error",
            f"{counts}: Google News drops releases under {s.body_words_min}",
            "body",
        )
    elif body < s.body_words_low:
        yield finding(
            "word-count",
            "warning",
            f"{counts}: wires ask for {s.body_words_low}–{s.body_words_high}",
            "body",
        )
    elif body > s.body_words_high:
        yield finding(
            "word-count",
            "warning",
            f"{counts}: over {s.body_words_high}; wires ask for {s.body_words_low}–{s.body_words_high}",
            "body",
        )
    elif body > s.body_words_long:
        yield finding("word-count", "info", f"{counts}: aim near {s.body_words_long}", "body")


@rule(
    "placeholder-left",
    "error",
    "No placeholders left in: TK, XX, [NAME], [ADD …], {{…}}, Lorem, INSERT, ???.",
    "LOCALGEN, BW-MISTAKES, PROSELINT",
)
def placeholder_left(release: Release, ctx: Context) -> Iterator[Finding]:
    for path, text in text_fields(release):
        if not has_placeholder(text):  # kept per text: after a key, only the field typed in
            continue
        for m in PLACEHOLDER.finditer(text):
            yield finding(
                "placeholder-left",
                "error",
                f"placeholder “{m.group(0)}” left in",
                path,
                m.start(),
                m.end(),
            )


@rule(
    "hype-exclamation",
    "warning",
    "No exclamation marks outside quotes (inside quotes: info).",
    "PRWEB, NEWSWORTHY, PRESSWIRE, NEWSWIRE-G",
    profiles="wire: error outside quotes",
)
def hype_exclamation(release: Release, ctx: Context) -> Iterator[Finding]:
    if "!" not in all_text(release):
        return
    outside_level = "error" if ctx.settings.profile == "wire" else "warning"
    names = _exclaimed_names(release)
    for f in prose_fields(release, dateline=False):
        text = (
            f.text.rstrip().rstrip("!") if f.kind == "headline" else f.text
        )  # headline-no-end-punct's
        if "!" not in text:
            continue
        outside = outside_quotes(release, f) if f.kind == "paragraph" else Outside(text)
        for m in re.finditer(r"!+", text):
            word = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if word is not None and word.group(0) in names:
                continue  # Wahoo!, Jeopardy!: the mark is part of a name
            if f.kind == "quote" or not outside(m.start()):
                yield finding(
                    "hype-exclamation",
                    "info",
                    "an exclamation mark in a quote",
                    f.path,
                    m.start(),
                    m.end(),
                )
            else:
                yield finding(
                    "hype-exclamation",
                    outside_level,
                    "exclamation marks read as advertising",
                    f.path,
                    m.start(),
                    m.end(),
                )


_WORD_BEFORE = lazy_pattern(r"[A-Z][\w'’-]*$")
# A capitalised word whose "!" runs on inside the sentence ("Wahoo!, an events firm",
# "thanks to Wahoo!.", "Wahoo! today said"): an exclamation would end the sentence.
_NAME_WITH_MARK = lazy_pattern(r"\b([A-Z][\w'’-]*)!(?=[.,;:)’”'\"]|\s[a-z0-9])")


@per_release
def _exclaimed_names(release: Release) -> frozenset[str]:
    """Names spelled with an exclamation mark, told by one use of the name mid-sentence."""
    return frozenset(
        m.group(1) for _, text in text_fields(release) for m in _NAME_WITH_MARK.finditer(text)
    )


# Lower-case pronouns anywhere; capitalised ones only where a sentence starts, because mid-sentence
# they are names ("For Us Not Amazon"); "I" before a verb-like lower-case word or a contraction.
DIRECT = lazy_pattern(
    r"\b(?:we|our|ours|us|ourselves|you|your|yours|yourself|yourselves)\b"
    r"|\b(?:We|Our|Ours|Us|You|Your|Yours)\b"
    r"|\bI\b(?=\s+[a-z]|['’](?:m|ve|d|ll)\b)"
)
ROMAN_BEFORE = lazy_pattern(
    r"\b(?:Title|Phase|War|Class|Part|Chapter|Section|Tier|Level|Type|Stage|Grade|Article|Round) $"
)
SENTENCE_START = lazy_pattern(r"(?:^|[.!?:][\s“”\"]{1,3})$")


@rule(
    "third-person",
    "warning",
    "No I, we, our, us, you or your outside quotation marks: wires read direct address as advertising.",
    "PRWEB, NEWSWORTHY, NEWSWIRE-G, EMWIRE, NPMT, OPRM",
    profiles="wire: error",
)
def third_person(release: Release, ctx: Context) -> Iterator[Finding]:
    if _signed_statement(release):
        return
    severity = "error" if ctx.settings.profile == "wire" else "warning"
    for f in prose_fields(release, dateline=False):
        # Quotes speak in the first person by nature; the boilerplate is boilerplate-third-person's.
        if f.kind in ("quote", "boilerplate") or not occurs(DIRECT, f.text):
            continue
        outside: Outside | None = None
        for m in DIRECT.finditer(f.text):
            word = m.group(0)
            if (
                word[0].isupper()
                and word != "I"
                and not SENTENCE_START.search(f.text[max(0, m.start() - 4) : m.start()])
            ):
                continue
            if word == "I" and ROMAN_BEFORE.search(f.text, max(0, m.start() - 12), m.start()):
                continue  # Title I, World War I, Phase I: a numeral, not the first person
            if _in_compound(f.text, m.start(), m.end()) or _in_gloss(f.text, m.start()):
                continue
            if outside is None:
                outside = outside_quotes(release, f)
            if outside(m.start()):
                yield finding(
                    "third-person",
                    severity,
                    f"“{m.group(0)}” outside a quote: write in the third person",
                    f.path,
                    m.start(),
                    m.end(),
                )


# "Statement from the Mayor on …", "Joint Statement by …": the whole text is the signer's own words.
_SIGNED = lazy_pattern(r"^\s*(?:joint\s+)?statement\s+(?:from|by|of)\b", re.IGNORECASE)


def _signed_statement(release: Release) -> bool:
    """A statement released as it was signed, with no quotes in it: the text is one speaker's own
    words, in the first person by nature, like a quote (docs/checks.md)."""
    quoted = any(isinstance(part, Quote) for part in release.body)
    return not quoted and _SIGNED.search(release.headline) is not None


def _in_compound(text: str, start: int, end: int) -> bool:
    """`pay-what-you-can`, `you-pick`: a pronoun inside a hyphenated compound addresses nobody."""
    return text[start - 1 : start] == "-" or text[end : end + 1] == "-"


# A parenthesis opening right after a quoted term or an abbreviation: ‘GYO’ (grow your own).
_GLOSSED = lazy_pattern(r"(?:[’”'\"]|\b[A-Z]{2,})\s?\($")


def _in_gloss(text: str, start: int) -> bool:
    """Whether `start` is inside a parenthesis that spells out a term: the words are the term's,
    not the release speaking to its reader."""
    opening = text.rfind("(", max(0, start - 60), start)
    if opening < 0 or ")" in text[opening:start]:
        return False
    return _GLOSSED.search(text, max(0, opening - 8), opening + 1) is not None


SPACES = lazy_pattern(
    r"^[ \t\u00a0]+|[ \t\u00a0]+$|[ \t\u00a0]*\n[ \t\u00a0\n]*|[ \t\u00a0]{2,}|\t"
)


@rule(
    "whitespace",
    "info",
    "No double spaces, tabs, leading or trailing spaces, or line breaks inside a paragraph "
    "(a typed text: once, for the spaces inside sentences).",
    "CONVHUB, PRESSWIRE",
)
def whitespace(release: Release, ctx: Context) -> Iterator[Finding]:
    if ctx.imported:
        yield from _spaces_in_a_text(release)
        return
    for path, text in text_fields(release):
        if not (
            "  " in text or "\t" in text or "\n" in text or "\u00a0" in text or text != text.strip()
        ):
            continue
        for m in SPACES.finditer(text):
            replacement: str | None
            if m.start() == 0 or m.end() == len(text):
                what, replacement = ("leading" if m.start() == 0 else "trailing") + " space", ""
            elif m.group(0).count("\n") > 1:
                # A blank line is a paragraph break: a space would merge two paragraphs, which
                # no safe fix does. The staffer splits them (a new paragraph block, or a blank
                # line in a quote's text, which does start a paragraph there).
                what, replacement = (
                    "a blank line inside one paragraph: make it two paragraphs",
                    None,
                )
            elif "\n" in m.group(0):
                what, replacement = "a line break inside a paragraph", " "
            elif "\t" in m.group(0):
                what, replacement = "a tab", " "
            else:
                what, replacement = "a double space", " "
            yield finding("whitespace", "info", what, path, m.start(), m.end(), replacement)


# A run of two or more spaces, or a tab, inside a sentence: not after a sentence's end (two spaces
# after a full stop is a typewriter habit), not a tab after a list bullet, not a no-break space that
# a web page put between a heading and its paragraph.
_SLIP = lazy_pattern(
    r"(?<![.!?:;•\u00a0\t ])(?<![.!?][\"”’)])(?: [ \t\u00a0]+|\t[ \t\u00a0]*)(?=\S)"
)


def _spaces_in_a_text(release: Release) -> Iterator[Finding]:
    """A typed text cannot be fixed in place, and one copied from a web page or a word processor
    carries its spaces by the dozen: one finding says how many runs there are inside sentences
    and points at the first (docs/checks.md)."""
    first: tuple[str, int, int] | None = None
    spaces = tabs = 0
    for path, text in text_fields(release):
        if "  " not in text and " \u00a0" not in text and "\t" not in text:
            continue
        lead = len(text) - len(text.lstrip())
        for m in _SLIP.finditer(text.strip()):
            if "\t" in m.group(0):
                tabs += 1
            else:
                spaces += 1
            first = first or (path, lead + m.start(), lead + m.end())
    if first is not None:
        runs = " and ".join(
            f"{n} {what}{'s' if n > 1 else ''}"
            for n, what in ((spaces, "double space"), (tabs, "tab"))
            if n
        )
        yield finding(
            "whitespace", "info",
            f"{runs} inside {'a sentence' if spaces + tabs == 1 else 'sentences'}: "
            "import the text and `check --fix` closes them",
            first[0], first[1], first[2],
        )  # fmt: skip


# C0 and C1 controls other than tab and newline (the whitespace rule's), and the Unicode line and
# paragraph separators: invisible in an editor, but they break email headers, wires' forms and
# Gmail (which clips a message over a stray U+0092).
CONTROL = lazy_pattern("[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\x7f-\x9f\u2028\u2029]")


@rule(
    "control-characters",
    "error",
    "No invisible control characters (pasted from other programs) in the text.",
    "email-bugs#41 (Gmail clipping on U+0092); RFC 5322 header rules",
)
def control_characters(release: Release, ctx: Context) -> Iterator[Finding]:
    for path, text in text_fields(release):
        if not occurs(CONTROL, text):
            continue
        for m in CONTROL.finditer(text):
            code = f"U+{ord(m.group(0)):04X}"
            # A control that separates words (vertical tab, U+2028 …) becomes a space, so the
            # fix never joins two words; the rest are simply removed.
            separator = m.group(0).isspace()
            yield finding(
                "control-characters",
                "error",
                f"an invisible control character ({code}) is in the text: delete it",
                path,
                m.start(),
                m.end(),
                " " if separator else "",
            )

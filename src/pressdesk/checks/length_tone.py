"""Length and tone: word counts, placeholders, hype (! and CAPITALS), direct address, stray spaces."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pressdesk.checks.headline import headline_is_caps
from pressdesk.checks.registry import Context, rule
from pressdesk.checks.text import Outside, all_text, body_fields, count_words, finding, prose_fields
from pressdesk.findings import Finding
from pressdesk.model import Release, text_fields

WORD_SOURCES = "SCHWARTZ-BW, PRSA, CISION-3TIPS, LUCY, CONVHUB, OPRM, TLMW, BHM, PRESSWIRE, EMWIRE"


@rule(
    "word-count",
    "warning",
    "Body words: error under 125, warning under 300 or over 800, info over 600 (release total shown too).",
    WORD_SOURCES,
)
def word_count(release: Release, ctx: Context) -> Iterator[Finding]:
    s = ctx.settings
    body = count_words(release.dateline) + sum(count_words(f.text) for f in body_fields(release))
    total = (
        body
        + count_words(release.headline)
        + count_words(release.subheadline)
        + sum(count_words(b.text) for b in release.boilerplate)
    )
    counts = f"body {body:,} words ({total:,} with headline and boilerplate)"
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


PLACEHOLDER = re.compile(
    r"\bTK(?:TK)*\b|\bXX+\b|\[(?:NAME|ADD\b[^\]]{0,500}|INSERT\b[^\]]{0,500}|[A-Z][A-Z0-9 _/&'-]{2,60})\]"
    r"|\{\{[^{}\n]{0,80}\}\}|\bLorem\b|\bINSERT\b|\?{3,}"
)


# Cheap substring tests that rule out most fields before the regular expression runs.
PLACEHOLDER_HINTS = ("TK", "XX", "[", "{{", "Lorem", "INSERT", "???")


@rule(
    "placeholder-left",
    "error",
    "No placeholders left in: TK, XX, [NAME], [ADD …], {{…}}, Lorem, INSERT, ???.",
    "LOCALGEN, BW-MISTAKES, PROSELINT",
)
def placeholder_left(release: Release, ctx: Context) -> Iterator[Finding]:
    everything = all_text(release)
    if not any(hint in everything for hint in PLACEHOLDER_HINTS):
        return
    for path, text in text_fields(release):
        if not any(hint in text for hint in PLACEHOLDER_HINTS):
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
    for f in prose_fields(release, dateline=False):
        text = (
            f.text.rstrip().rstrip("!") if f.kind == "headline" else f.text
        )  # headline-no-end-punct's
        if "!" not in text:
            continue
        outside = Outside(text)
        for m in re.finditer(r"!+", text):
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


CAPS_WORD = re.compile(r"\b[A-Z]{4,}\b")
ROMAN = re.compile(r"[IVXLCDM]+")
PARENTHESISED = re.compile(r"\(([A-Z][A-Za-z0-9&.-]{1,})\)")


def known_acronyms(release: Release, ctx: Context) -> set[str]:
    """The allow-list, the capitalised words of the release's organisation names, and (ACRONYMS)."""
    allowed = {a.upper() for a in ctx.settings.acronyms}
    names = [c.org for c in release.contacts] + [b.org for b in release.boilerplate]
    names += [b.speaker.org for b in release.quotes if b.speaker]
    for name in names:
        allowed.update(m.group(0) for m in CAPS_WORD.finditer(name))
    for f in prose_fields(release):
        if "(" in f.text:
            allowed.update(m.group(1).upper() for m in PARENTHESISED.finditer(f.text))
    return allowed


@rule(
    "hype-caps",
    "warning",
    "No words in capitals for emphasis (known acronyms and organisation short names are fine).",
    "PRWEB, NEWSWIRE-G, PRESSWIRE, IPTV",
)
def hype_caps(release: Release, ctx: Context) -> Iterator[Finding]:
    allowed: set[str] | None = None
    for f in prose_fields(release, dateline=False):
        if f.kind == "headline" and headline_is_caps(f.text):
            continue  # headline-all-caps says it once
        for m in CAPS_WORD.finditer(f.text):
            word = m.group(0)
            if ROMAN.fullmatch(word) or (m.start() > 0 and f.text[m.start() - 1] == "-"):
                continue
            if allowed is None:
                allowed = known_acronyms(release, ctx)
            if word not in allowed:
                yield finding(
                    "hype-caps",
                    "warning",
                    f"“{word}” in capitals reads as shouting (add it to words.acronyms if it is a name)",
                    f.path,
                    m.start(),
                    m.end(),
                )


# Lower-case pronouns anywhere; capitalised ones only where a sentence starts, because mid-sentence
# they are names ("For Us Not Amazon"); "I" before a verb-like lower-case word or a contraction.
DIRECT = re.compile(
    r"\b(?:we|our|ours|us|ourselves|you|your|yours|yourself|yourselves)\b"
    r"|\b(?:We|Our|Ours|Us|You|Your|Yours)\b"
    r"|\bI\b(?=\s+[a-z]|['’](?:m|ve|d|ll)\b)"
)
ROMAN_BEFORE = re.compile(
    r"\b(?:Title|Phase|War|Class|Part|Chapter|Section|Tier|Level|Type|Stage|Grade|Article|Round) $"
)
SENTENCE_START = re.compile(r"(?:^|[.!?:][\s“”\"]{1,3})$")


@rule(
    "third-person",
    "warning",
    "No I, we, our, us, you or your outside quotation marks: wires read direct address as advertising.",
    "PRWEB, NEWSWORTHY, NEWSWIRE-G, EMWIRE, NPMT, OPRM",
    profiles="wire: error",
)
def third_person(release: Release, ctx: Context) -> Iterator[Finding]:
    severity = "error" if ctx.settings.profile == "wire" else "warning"
    for f in prose_fields(release, dateline=False):
        # Quotes speak in the first person by nature; the boilerplate is boilerplate-third-person's.
        if f.kind in ("quote", "boilerplate"):
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
            if outside is None:
                outside = Outside(f.text)
            if outside(m.start()):
                yield finding(
                    "third-person",
                    severity,
                    f"“{m.group(0)}” outside a quote: write in the third person",
                    f.path,
                    m.start(),
                    m.end(),
                )


SPACES = re.compile(r"^[ \t\u00a0]+|[ \t\u00a0]+$|[ \t\u00a0]*\n[ \t\u00a0\n]*|[ \t\u00a0]{2,}|\t")


@rule(
    "whitespace",
    "info",
    "No double spaces, tabs, leading or trailing spaces, or line breaks inside a paragraph.",
    "CONVHUB, PRESSWIRE",
)
def whitespace(release: Release, ctx: Context) -> Iterator[Finding]:
    for path, text in text_fields(release):
        if not (
            "  " in text or "\t" in text or "\n" in text or "\u00a0" in text or text != text.strip()
        ):
            continue
        for m in SPACES.finditer(text):
            if m.start() == 0 or m.end() == len(text):
                what, replacement = ("leading" if m.start() == 0 else "trailing") + " space", ""
            elif "\n" in m.group(0):
                what, replacement = "a line break inside a paragraph", " "
            elif "\t" in m.group(0):
                what, replacement = "a tab", " "
            else:
                what, replacement = "a double space", " "
            yield finding("whitespace", "info", what, path, m.start(), m.end(), replacement)


# C0 and C1 controls other than tab and newline (the whitespace rule's), and the Unicode line and
# paragraph separators: invisible in an editor, but they break email headers, wires' forms and
# Gmail (which clips a message over a stray U+0092).
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\x7f-\x9f\u2028\u2029]")


@rule(
    "control-characters",
    "error",
    "No invisible control characters (pasted from other programs) in the text.",
    "email-bugs#41 (Gmail clipping on U+0092); RFC 5322 header rules",
    tier=2,
)
def control_characters(release: Release, ctx: Context) -> Iterator[Finding]:
    for path, text in text_fields(release):
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

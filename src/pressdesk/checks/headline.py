"""The headline: there, short enough, no end punctuation, not shouted."""

from __future__ import annotations

from collections.abc import Iterator

from pressdesk.checks.context import Context
from pressdesk.checks.patterns import lazy_pattern
from pressdesk.checks.registry import rule
from pressdesk.checks.text import count_words, finding
from pressdesk.findings import Finding
from pressdesk.model import Release
from pressdesk.placeholders import PLACEHOLDER

# A final period that belongs to an abbreviation is not end punctuation (`… in the U.S.`).
ABBREVIATION_END = lazy_pattern(r"(?:\b[A-Za-z]\.){2,}$|\b(?:Inc|Jr|Sr|Co|Corp|Ltd|St|Dr|etc)\.$")


@rule(
    "headline-present",
    "error",
    "The headline has at least 3 words.",
    "POLIS, RWIRE",
)
def headline_present(release: Release, ctx: Context) -> Iterator[Finding]:
    text = release.headline
    # An empty headline is structure-required's to report, a starter's [HEADLINE] placeholder-left's.
    if text.strip() and count_words(text) < 3 and not PLACEHOLDER.fullmatch(text.strip()):
        yield finding(
            "headline-present",
            "error",
            f"a headline of {count_words(text)} word(s) says too little: write at least 3",
            "headline",
            0,
            len(text),
        )


@rule(
    "headline-length-chars",
    "warning",
    "Headline characters (with spaces): info over 70, warning over 88.",
    "CISION-21, CISION-3TIPS, PRSA, PRN-HEAD, XPRESS, CONVHUB, GLOBALPR",
)
def headline_length_chars(release: Release, ctx: Context) -> Iterator[Finding]:
    s = ctx.settings
    text = release.headline.strip()
    n = len(text)
    start = len(release.headline) - len(release.headline.lstrip())
    if n > s.headline_chars_warning:
        yield finding(
            "headline-length-chars",
            "warning",
            f"headline is {n} characters: wires and inboxes cut it after {s.headline_chars_warning}",
            "headline",
            start + s.headline_chars_warning,
            start + n,
        )
    elif n > s.headline_chars_info:
        yield finding(
            "headline-length-chars",
            "info",
            f"headline is {n} characters: under {s.headline_chars_info + 1} shows whole in email and search",
            "headline",
            start + s.headline_chars_info,
            start + n,
        )


@rule(
    "headline-length-words",
    "error",
    "Headline words: info over 12, error over 22 (Google News drops longer ones).",
    "SCHWARTZ-BW, WYLIE-HEAD, XPRESS, MMEDIA",
)
def headline_length_words(release: Release, ctx: Context) -> Iterator[Finding]:
    s = ctx.settings
    n = count_words(release.headline)
    if n > s.headline_words_error:
        yield finding(
            "headline-length-words",
            "error",
            f"headline is {n} words: Google News drops headlines over {s.headline_words_error}",
            "headline",
            0,
            len(release.headline),
        )
    elif n > s.headline_words_info:
        yield finding(
            "headline-length-words",
            "info",
            f"headline is {n} words: {s.headline_words_info} or fewer reads best",
            "headline",
            0,
            len(release.headline),
        )


@rule(
    "headline-no-end-punct",
    "warning",
    "No period or question mark at the end of the headline (warning); no exclamation mark (error).",
    "VALE-MS, GLOBALPR, MMEDIA, IPTV",
)
def headline_no_end_punct(release: Release, ctx: Context) -> Iterator[Finding]:
    text = release.headline.rstrip()
    if not text:
        return
    last = text[-1]
    end = len(text)
    start = end
    while start > 0 and text[start - 1] == last:
        start -= 1
    if last == "." and not ABBREVIATION_END.search(text) and not text.endswith("..."):
        yield finding(
            "headline-no-end-punct",
            "warning",
            "headlines take no period at the end",
            "headline",
            start,
            end,
            "",
        )
    elif last == "!":
        yield finding(
            "headline-no-end-punct",
            "error",
            "an exclamation mark in a headline reads as hype",
            "headline",
            start,
            end,
            "",
        )
    elif last == "?":
        yield finding(
            "headline-no-end-punct",
            "warning",
            "several wires refuse headlines that end in a question",
            "headline",
            start,
            end,
        )


@rule(
    "headline-all-caps",
    "error",
    "The headline is not written in capitals.",
    "RWIRE, CISION-NEWS, IPTV, JFKL",
    profiles="coalition: warning",
)
def headline_all_caps(release: Release, ctx: Context) -> Iterator[Finding]:
    if headline_is_caps(release.headline):
        severity = "warning" if ctx.settings.profile == "coalition" else "error"
        yield finding(
            "headline-all-caps",
            severity,
            "the headline is in capitals: wires refuse all-caps headlines",
            "headline",
            0,
            len(release.headline),
        )


def headline_is_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 10:
        return False
    return sum(ch.isupper() for ch in letters) > 0.8 * len(letters)

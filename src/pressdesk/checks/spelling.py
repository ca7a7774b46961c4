"""Spelling: words that look like slips, with the dictionary's suggestions to choose from.

The dictionary (pressdesk.spelling) loads on the first check, not on import, so commands that
never check a release never pay for it. Names are never reported: the release's own contacts,
speakers and organisations, every name in the library, `[words] known` in pressdesk.toml and the
library's word list (`pressdesk library words add WORD`). A suggestion changes a word, so it is
offered as a choice (`Finding.suggestions`) and never applied by `--fix`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from pressdesk.checks.context import Context
from pressdesk.checks.patterns import lazy_pattern
from pressdesk.checks.registry import rule
from pressdesk.checks.text import Field, prose_fields
from pressdesk.findings import Finding, Severity
from pressdesk.model import Quote, Release

RULE = "spelling"
_NAME_WORD = lazy_pattern(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
TITLE_KINDS = ("headline", "subheadline", "heading")


@rule(
    RULE,
    Severity.WARNING,
    "Words not in the dictionary that look like slips (recieve, goverment), with suggestions; "
    "names, known words and addresses are left alone. Never fixed automatically.",
    "pyspellchecker (English word frequencies); breame (British and American spellings)",
)
def spelling(release: Release, ctx: Context) -> Iterator[Finding]:
    from pressdesk.spelling import Speller, Text, load_dictionary

    fields = list(_fields(release))
    if not fields:
        return
    known = list(ctx.settings.known_words)
    if ctx.library is not None:
        known += ctx.library.words
    speller = Speller(
        load_dictionary("en-GB" if ctx.settings.spelling == "en-GB" else "en-US"),
        names=release_names(release, ctx),
        known=known,
    )
    found = speller.check(
        [Text(f.text, f.kind in TITLE_KINDS and title_case(f.text)) for f in fields]
    )
    for f, misspellings in zip(fields, found, strict=True):
        for m in misspellings:
            yield Finding(
                RULE,
                Severity.WARNING,
                message(m.word, m.suggestions, m.reason),
                f.path,
                m.start,
                m.end,
                suggestions=m.suggestions,
            )


def _fields(release: Release) -> Iterator[Field]:
    """Every text field a reader reads as words: the prose, and contacts' and speakers' titles."""
    yield from prose_fields(release)
    for i, c in enumerate(release.contacts):
        if c.title:
            yield Field(f"contacts[{i}].title", c.title, "title")
    for i, block in enumerate(release.body):
        if isinstance(block, Quote) and block.speaker is not None and block.speaker.title:
            yield Field(f"body[{i}].speaker.title", block.speaker.title, "title")


def release_names(release: Release, ctx: Context) -> list[str]:
    """Each word of every name the release and the library know (people and organisations)."""
    names: list[str] = []
    for c in release.contacts:
        names += _words(c.name, c.org)
    for q in release.quotes:
        if q.speaker is not None:
            names += _words(q.speaker.name, q.speaker.org)
    for b in release.boilerplate:
        names += _words(b.org, b.heading)
    if ctx.library is not None:
        for org in ctx.library.orgs.values():
            names += _words(org.name, org.short_name, *(p.name for p in org.people))
    return names


def _words(*texts: str) -> Iterable[str]:
    for text in texts:
        yield from _NAME_WORD.findall(text)


def title_case(text: str) -> bool:
    """Whether most longer words are capitalised, so a capital says nothing about a name."""
    longer = [w for w in _NAME_WORD.findall(text) if len(w) > 3]
    return bool(longer) and sum(w[0].isupper() for w in longer) >= 0.6 * len(longer)


def message(word: str, suggestions: tuple[str, ...], reason: str) -> str:
    """What the staffer reads: the word, the choices, and what to do if the word is right."""
    choices = _either(suggestions)
    if reason == "british":
        return (
            f"“{word}” is the British spelling: write {choices} "
            '(or set spelling = "en-GB" in pressdesk.toml)'
        )
    if reason == "variant":
        return f"“{word}” is written {choices} elsewhere: did you mean {choices}?"
    said = f"“{word}” is not in the dictionary: did you mean {choices}?"
    if reason == "name":
        said += f" If this is a name, add it: pressdesk library words add {word}"
    return said


def _either(words: tuple[str, ...]) -> str:
    quoted = [f"“{w}”" for w in words]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]

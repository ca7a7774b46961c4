"""How long a release is: words as a reader counts them, and the pages they fill.

One definition for the `word-count` rule, the editor's status line and the planned
`structure-one-page` rule (docs/checks.md): a page is 500 words at print layout.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pressdesk.model import BulletList, Heading, Paragraph, Quote, Release

WORDS_PER_PAGE = 500  # the rulebook's print-layout page (structure-one-page)

_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")


@lru_cache(maxsize=1024)
def count_words(text: str) -> int:
    """Words as a reader counts them: `Amazon’s` and `COVID-19` are one word each."""
    return len(_WORD.findall(text))


def body_words(release: Release) -> int:
    """The body's words, the dateline included: what wires bill and the `word-count` rule counts."""
    total = count_words(release.dateline)
    for block in release.body:
        if isinstance(block, Paragraph | Heading):
            total += count_words(block.text)
        elif isinstance(block, Quote):
            total += sum(count_words(p) for p in block.paragraphs)
        elif isinstance(block, BulletList):
            total += sum(count_words(item) for item in block.items)
    return total


def release_words(release: Release) -> int:
    """Every word printed: headline, subheadline, body and boilerplate."""
    return (
        body_words(release)
        + count_words(release.headline)
        + count_words(release.subheadline)
        + sum(count_words(b.text) for b in release.boilerplate)
    )


def estimated_pages(release: Release) -> float:
    """The pages the release fills at print layout (words ÷ `WORDS_PER_PAGE`)."""
    return release_words(release) / WORDS_PER_PAGE


def length_summary(release: Release) -> str:
    """`412 words · 0.9 pages`: the body's words and the whole release's pages, for a status line."""
    words = body_words(release)
    return f"{words:,} word{'' if words == 1 else 's'} · {estimated_pages(release):.1f} pages"

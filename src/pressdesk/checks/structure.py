"""Document structure: the parts a release must have, and their order."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from pressdesk.checks.context import Context
from pressdesk.checks.dateline import typed_dateline
from pressdesk.checks.patterns import lazy_pattern
from pressdesk.checks.registry import rule
from pressdesk.checks.text import finding, first_words
from pressdesk.findings import Finding
from pressdesk.model import Heading, Paragraph, Quote, Release

SOURCES = "NPMT, PRWEB, OPRM, RWIRE, EMWIRE, POLIS"
END_MARK_LINE = lazy_pattern(r"\s*(#\s*#\s*#|-\s*30\s*-|[-–—]\s*end\s*[-–—])\s*", re.IGNORECASE)
# "About Tenants United" or "ABOUT TENANTS UNITED" heads a boilerplate; "about the plan" is prose.
ABOUT = lazy_pattern(r"(?:About|ABOUT)\s+\S")


def has_body_text(release: Release) -> bool:
    for block in release.body:
        if isinstance(block, Paragraph) and block.text.strip():
            return True
        if isinstance(block, Quote) and any(p.strip() for p in block.paragraphs):
            return True
    return False


@rule(
    "structure-required",
    "error",
    "A release has a media contact, a headline, a dateline and body text (each missing part reported).",
    SOURCES,
)
def structure_required(release: Release, ctx: Context) -> Iterator[Finding]:
    rid = "structure-required"
    if not release.contacts:
        yield finding(rid, "error", "no media contact: add at least one", "contacts")
    if not release.headline.strip():
        yield finding(rid, "error", "no headline", "headline")
    if not release.dateline.strip() and not _dateline_typed(release, ctx):
        yield finding(rid, "error", "no dateline to open the first paragraph", "dateline")
    if not has_body_text(release):
        yield finding(rid, "error", "no body text", "body")


def _dateline_typed(release: Release, ctx: Context) -> bool:
    """Whether a dateline is typed at the start of the lede (dateline-present says where it
    belongs). In a text input the paragraph after it counts too: a summary line above the lede
    may have been read as a paragraph."""
    paragraphs = (b.text for b in release.body if isinstance(b, Paragraph))
    return any(typed_dateline(text) for text in islice(paragraphs, 2 if ctx.imported else 1))


@rule(
    "structure-order",
    "warning",
    "Boilerplate sits after the end mark (warning); nothing follows an end mark typed in the body (error).",
    "WIKI-PR, CANADY, BALLST, EMWIRE",
)
def structure_order(release: Release, ctx: Context) -> Iterator[Finding]:
    rid = "structure-order"
    for i, block in enumerate(release.body):
        text = block.text if isinstance(block, (Paragraph, Heading)) else ""
        path = f"body[{i}].heading" if isinstance(block, Heading) else f"body[{i}].text"
        if END_MARK_LINE.fullmatch(text) and i < len(release.body) - 1:
            yield finding(
                rid,
                "error",
                f"body text after the end mark typed here: “{first_words(_block_text(release, i + 1))}”",
                f"body[{i + 1}]",
            )
            break
        if ABOUT.match(text) and (isinstance(block, Heading) or len(text.split()) <= 6):
            yield finding(
                rid,
                "warning",
                f"“{text.strip()}” looks like a boilerplate heading: boilerplate goes after the end mark",
                path,
                0,
                len(text),
            )


def _block_text(release: Release, index: int) -> str:
    block = release.body[index]
    if isinstance(block, (Paragraph, Heading)):
        return block.text
    if isinstance(block, Quote):
        return block.paragraphs[0] if block.paragraphs else ""
    return block.items[0] if block.items else ""

"""Links: addresses that parse, Markdown links with a scheme, and link text that says where it goes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from pressdesk.checks.context import Context
from pressdesk.checks.patterns import lazy_pattern
from pressdesk.checks.registry import rule
from pressdesk.checks.text import finding, lowered, prose_fields
from pressdesk.findings import Finding
from pressdesk.model import Release

# A Markdown link: [text](address "title"). The text holds no bracket and the address no
# parenthesis except one balanced pair (`…/Foo_(bar)`), and every part is bounded, so each
# attempt stops at the next bracket or parenthesis: a field of ten thousand `[](` is read in
# linear time, where `[^)]*` rescanned to the end of the field from every `[`.
MD_LINK = lazy_pattern(
    r"\[(?P<text>[^\[\]\n]{0,300})\]"
    r"\((?P<url>(?:[^()\s]|\([^()\s]{0,200}\)){0,2000})(?:\s{1,10}\"[^\"\n]{0,300}\")?\)"
)
BARE = lazy_pattern(
    r"\b(?:https?:/{0,3}|www\.)[^\s<>()\"“”\[\]]+|\bhttps?//[^\s<>()\"“”]+", re.IGNORECASE
)
VAGUE = {"here", "click here", "this link", "link", "read more", "more", "this"}
HOST = lazy_pattern(
    r"[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}|localhost"
)
SENTENCE_END = ".,;:!?’”'\""


def url_problem(url: str) -> str | None:
    """Why `url` would not work as a link, or None."""
    if url.lower().startswith("www."):
        url = "http://" + url
    if url.lower().startswith("mailto:"):
        return None if "@" in url else "a mailto: link with no address"
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return "the link has no http:// or https://"
    if not url.lower().startswith(parts.scheme + "://"):
        return "the link is missing the // after the scheme"
    host = (parts.hostname or "").lower()
    if not host:
        return "the link has no site name"
    if not HOST.fullmatch(host):
        return f"“{host}” is not a site name"
    return None


@rule(
    "link-wellformed",
    "warning",
    "Links parse, have a scheme, leave sentence punctuation out, and say where they go (not “click here”).",
    "WSU, GATEHOUSE-WEB, NEWSWIRE-G",
)
def link_wellformed(release: Release, ctx: Context) -> Iterator[Finding]:
    rid = "link-wellformed"
    for f in prose_fields(release, dateline=False):
        text = f.text
        low = lowered(text)
        if "http" not in low and "www." not in low and "](" not in text:
            continue
        covered: list[tuple[int, int]] = []
        for m in MD_LINK.finditer(text):
            covered.append((m.start(), m.end()))
            url = m.group("url")
            us, ue = m.start("url"), m.end("url")
            label = m.group("text").strip().lower()
            if label in VAGUE:
                yield finding(
                    rid,
                    "warning",
                    f"link text “{m.group('text')}” does not say where it goes",
                    f.path,
                    m.start("text"),
                    m.end("text"),
                )
            trimmed = url.rstrip(SENTENCE_END)
            if trimmed != url and trimmed:
                yield finding(
                    rid,
                    "warning",
                    "sentence punctuation inside the link address",
                    f.path,
                    us + len(trimmed),
                    ue,
                    "",
                )
            problem = url_problem(trimmed or url)
            if problem:
                yield finding(rid, "warning", problem, f.path, us, ue)
        for m in BARE.finditer(text):
            if any(a <= m.start() < b for a, b in covered):
                continue
            url = m.group(0).rstrip(SENTENCE_END)  # a period ending the sentence is not the link's
            problem = url_problem(url)
            if problem:
                yield finding(rid, "warning", problem, f.path, m.start(), m.start() + len(url))

"""Inline Markdown in release text (emphasis, links, code) for each export format.

One markdown-it parser, the `"zero"` preset with only the inline rules a release needs. Raw HTML is
never passed through, and a link keeps its target only for http, https and mailto; any other
link stays plain text. The same parser drives the HTML, the plain text and the Markdown export
(rebuilt from its tokens), so all the exports agree on what is a link.
"""

from __future__ import annotations

import re
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token
from markupsafe import Markup

ALLOWED_SCHEMES = ("http:", "https:", "mailto:")
# Any line break str.splitlines() knows, with the spaces around it: one paragraph is one line.
_BREAKS = re.compile(r"[ \t]*[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+[ \t]*")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def one_line(text: str) -> str:
    """`text` as one line: line breaks become spaces, control characters go, ends trimmed."""
    return _CONTROL.sub("", _BREAKS.sub(" ", text)).strip()


def link_allowed(url: str) -> bool:
    """Only absolute web and mail links survive; `javascript:`, `data:` and relative ones do not."""
    return url.strip().lower().startswith(ALLOWED_SCHEMES)


@lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    md = MarkdownIt("zero", {"html": False}).enable(
        ["emphasis", "link", "escape", "entity", "backticks"]
    )
    md.validateLink = link_allowed  # type: ignore[method-assign]
    return md


def _children(text: str) -> list[Token]:
    tokens = parser().parseInline(one_line(text))
    return list(tokens[0].children or []) if tokens else []


def to_html(text: str) -> Markup:
    """Safe HTML for one paragraph of release text (escaped, with `<strong>`, `<em>`, `<a>`, `<code>`)."""
    return Markup(parser().renderInline(one_line(text)))  # noqa: S704 - markdown-it escapes, html=False


def to_plain(text: str) -> str:
    """Plain text for one paragraph: emphasis marks dropped, a link as `label (url)`."""
    out: list[str] = []
    href = ""
    label_start = 0
    for tok in _children(text):
        if tok.type in ("text", "code_inline"):
            out.append(tok.content)
        elif tok.type == "softbreak" or tok.type == "hardbreak":
            out.append(" ")
        elif tok.type == "link_open":
            href = str(tok.attrs.get("href", ""))
            label_start = len(out)
        elif tok.type == "link_close":
            label = "".join(out[label_start:])
            shown = href.removeprefix("mailto:")
            if shown and shown != label:
                out.append(f" ({shown})")
    return "".join(out)


# --- Markdown export: inline Markdown rebuilt from the parser's tokens --------------------------
#
# The export is read by renderers pressdesk does not control, some with no scheme filter at all.
# Passing the typed text through and patching what looked unsafe missed nesting (a link inside a
# link's text, inside emphasis, an image inside a link): escaping the inner `[` let the outer one
# pair with the unsafe target. So the text is parsed with the same parser as the other exports,
# and written back from its tokens: emphasis, code and the links that parser accepted (http,
# https, mailto) as Markdown; every other character that Markdown could read as markup escaped.
# Nothing but those links can become a link, whatever a renderer's rules for nesting.

_ACTIVE = re.compile(
    r"[\\`*\[\]<]"  # escapes, code, emphasis, link and image brackets, raw HTML and autolinks
    r"|&(?=#?[A-Za-z0-9]+;)"  # an entity (`&lt;`) that would turn into a character
    r"|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])"  # `_` that could open or close emphasis
)
_BLOCK_START = [
    re.compile(r"#{1,6}(?=\s|$)"),  # ATX heading
    re.compile(r"[>|]"),  # block quote; a table row in GitHub's Markdown
    re.compile(r"[-+*](?=\s|$)"),  # bullet list item
    re.compile(r"(?:(?:[-*_])\s*){3,}$"),  # thematic break
    re.compile(
        r"~~~"
    ),  # fenced code (every typed backtick is escaped: only a code span starts ```)
    re.compile(r"=+\s*$"),  # setext underline
]  # a link reference definition (`[a]: …`) cannot start: every `[` not a kept link is escaped
_ORDERED = re.compile(r"(\d{1,9})([.)])(?=\s|$)")


def to_markdown(text: str) -> str:
    """One paragraph of release text as CommonMark that renders as that paragraph and nothing else.

    Emphasis, code and http/https/mailto links are kept as Markdown; any other link, image, raw
    HTML or autolink stays literal text, and a line that would open a heading, list, quote, fence
    or rule is escaped.
    """
    return _one_block("".join(_markdown_pieces(_children(text))))


def literal_markdown(text: str) -> str:
    """Data that is not Markdown (names, emails, phones) as Markdown that shows it literally."""
    return _one_block(_escaped(one_line(text)))


def _escaped(text: str) -> str:
    return _ACTIVE.sub(lambda m: "\\" + m.group(0), text)


def _one_block(line: str) -> str:
    ordered = _ORDERED.match(line)
    if ordered:
        return f"{ordered.group(1)}\\{ordered.group(2)}{line[ordered.end() :]}"
    if any(p.match(line) for p in _BLOCK_START):
        return "\\" + line
    return line


def _markdown_pieces(tokens: list[Token]) -> list[str]:
    out: list[str] = []
    links: list[Token] = []
    for tok in tokens:
        if tok.type == "text":
            out.append(_escaped(tok.content))
        elif tok.type == "code_inline":
            out.append(_code(tok.content))
        elif tok.type in ("em_open", "em_close", "strong_open", "strong_close"):
            out.append(tok.markup)
        elif tok.type == "link_open":
            if out and out[-1].endswith("!"):
                out[-1] = out[-1][:-1] + "\\!"  # `![` would make the link an image
            # `[x]()` is a link to nowhere for the parser: it stays the text it was typed as.
            out.append("[" if link_allowed(str(tok.attrs.get("href", ""))) else "\\[")
            links.append(tok)
        elif tok.type == "link_close" and links:
            out.append(_destination(links.pop()))
        elif tok.type in ("softbreak", "hardbreak"):
            out.append(" ")
    return out


def _destination(link: Token) -> str:
    """`](href "title")` for a link the parser accepted; its href is already percent-encoded."""
    if not link_allowed(str(link.attrs.get("href", ""))):
        return "\\]()"
    href = re.sub(r"[\\()]", lambda m: "\\" + m.group(0), str(link.attrs.get("href", "")))
    title = str(link.attrs.get("title", "") or "")
    if title:
        href += ' "' + re.sub(r'[\\"]', lambda m: "\\" + m.group(0), title) + '"'
    return f"]({href})"


def _code(content: str) -> str:
    """A code span holding `content` exactly: a fence longer than any run of backticks in it."""
    runs = [len(r) for r in re.findall(r"`+", content)]
    fence = "`" * (max(runs, default=0) + 1)
    pad = " " if content.startswith(("`", " ")) or content.endswith(("`", " ")) else ""
    return f"{fence}{pad}{content}{pad}{fence}"

"""Inline Markdown in release text (emphasis, links, code) for each export format.

One markdown-it parser, the `"zero"` preset with only the inline rules a release needs. Raw HTML is
never passed through, and a link keeps its target only for http, https and mailto; any other
link stays plain text. The same parser drives the HTML, the plain text and the Markdown escaping,
so all four exports agree on what is a link.
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


# --- Markdown export: pass inline Markdown through, but nothing that turns into HTML or a block ---

_UNESCAPED_LT = re.compile(r"(?<!\\)((?:\\\\)*)<")
_LINK_OPEN = re.compile(r"\]\(\s*<?([^)\s>]*)")
_BLOCK_START = [
    re.compile(r"#{1,6}(?=\s|$)"),  # ATX heading
    re.compile(r"[>|]"),  # block quote; a table row in GitHub's Markdown
    re.compile(r"[-+*](?=\s|$)"),  # bullet list item
    re.compile(r"(?:(?:[-*_])\s*){3,}$"),  # thematic break
    re.compile(r"```|~~~"),  # fenced code
    re.compile(r"=+\s*$"),  # setext underline
    re.compile(r"\[[^\]]*\]:"),  # link reference definition
]
_ORDERED = re.compile(r"(\d{1,9})([.)])(?=\s|$)")


def to_markdown(text: str) -> str:
    """One paragraph of release text as CommonMark that renders as that paragraph and nothing else.

    Inline Markdown passes through; `<` is escaped so no raw HTML or autolink forms, a link whose
    target is not http/https/mailto is defused to literal text, and a line that would open a
    heading, list, quote, fence or rule is escaped.
    """
    line = _UNESCAPED_LT.sub(r"\1\\<", one_line(text))
    line = _defuse_links(line).replace("![", "!\\[")
    ordered = _ORDERED.match(line)
    if ordered:
        return f"{ordered.group(1)}\\{ordered.group(2)}{line[ordered.end() :]}"
    if any(p.match(line) for p in _BLOCK_START):
        return "\\" + line
    return line


def _defuse_links(line: str) -> str:
    result = []
    last = 0
    for m in _LINK_OPEN.finditer(line):
        if link_allowed(m.group(1)):
            continue
        bracket = _matching_open_bracket(line, m.start())
        if bracket is None or bracket < last:
            continue
        result.append(line[last:bracket] + "\\[")
        last = bracket + 1
    result.append(line[last:])
    return "".join(result)


def _matching_open_bracket(line: str, close: int) -> int | None:
    depth = 0
    for i in range(close - 1, -1, -1):
        if line[i] == "]" and (i == 0 or line[i - 1] != "\\"):
            depth += 1
        elif line[i] == "[" and (i == 0 or line[i - 1] != "\\"):
            if depth == 0:
                return i
            depth -= 1
    return None


_LITERAL = re.compile(r"([\\`*\[\]&])|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")


def literal_markdown(text: str) -> str:
    """Data that is not Markdown (names, emails, phones) as Markdown that shows it literally."""
    line = _LITERAL.sub(lambda m: "\\" + m.group(0), one_line(text))
    return to_markdown(line) if line else line

"""Release text as runs: stretches of words that share bold, italic, code or a link.

The Word and PDF exports lay text out as runs, not as markup. They read inline Markdown with the
same parser as the other exports (`pressdesk.render.inline`), so `**bold**`, `*italic*`, a code
span and an http/https/mailto link mean the same thing in every format.
"""

from __future__ import annotations

from dataclasses import dataclass

from markdown_it.token import Token

from pressdesk.render.inline import one_line, parser


@dataclass(frozen=True)
class Run:
    """Words with one look: bold, italic, code, and the link they belong to (if any)."""

    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    link: str = ""


Runs = tuple[Run, ...]


def to_runs(text: str) -> Runs:
    """One paragraph of release text as runs; adjacent runs that look alike are merged."""
    out: list[Run] = []
    bold = italic = 0
    link = ""
    for tok in _tokens(text):
        if tok.type == "strong_open":
            bold += 1
        elif tok.type == "strong_close":
            bold -= 1
        elif tok.type == "em_open":
            italic += 1
        elif tok.type == "em_close":
            italic -= 1
        elif tok.type == "link_open":
            link = str(tok.attrs.get("href", ""))
        elif tok.type == "link_close":
            link = ""
        elif tok.type in ("text", "code_inline", "softbreak", "hardbreak"):
            words = " " if tok.type.endswith("break") else tok.content
            run = Run(words, bold > 0, italic > 0, tok.type == "code_inline", link)
            _append(out, run)
    return tuple(out)


def _tokens(text: str) -> list[Token]:
    tokens = parser().parseInline(one_line(text))
    return list(tokens[0].children or []) if tokens else []


def plain_runs(text: str) -> Runs:
    """Data that is not Markdown (a name, an email, the release line) as one plain run."""
    line = one_line(text)
    return (Run(line),) if line else ()


def runs_text(runs: Runs) -> str:
    """The words of `runs`, without any look."""
    return "".join(r.text for r in runs)


def _append(out: list[Run], run: Run) -> None:
    if not run.text:
        return
    if out and (out[-1].bold, out[-1].italic, out[-1].code, out[-1].link) == (
        run.bold,
        run.italic,
        run.code,
        run.link,
    ):
        out[-1] = Run(out[-1].text + run.text, run.bold, run.italic, run.code, run.link)
    else:
        out.append(run)

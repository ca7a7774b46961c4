"""House typography: typed text (straight quotes, `--`) into curly quotes, apostrophes and dashes.

Double quotes nest by level: level 0 prints “…”, level 1 ‘…’, level 2 “…” again. Text inside a
quote paragraph starts at level 1, so a quotation the speaker quotes comes out in single marks.
Single quotes typed at the top level (AP headline style) stay single; typed inside a quotation
they nest like double quotes. Code spans and link destinations are left untouched.
"""

from __future__ import annotations

import re

DOUBLE = ("\u201c", "\u201d")  # “ ”
SINGLE = ("\u2018", "\u2019")  # ‘ ’
APOSTROPHE = "\u2019"
EM_DASH = "\u2014"

_DOUBLES = {'"', "\u201c", "\u201d"}
_SINGLES = {"'", "\u2018", "\u2019"}
# A quote mark after one of these (or at the start) opens a quotation; after anything else it closes.
_OPENERS = set(" \t\n([{<\u2014\u2013-/") | {DOUBLE[0], SINGLE[0]}
# Segments typography must not touch: `code`, and the destination (and title) of a Markdown link.
# Every part of a destination is bounded and stops at the next parenthesis (one balanced pair is
# allowed, `…/Foo_(bar)`), so a field of ten thousand `](` with no `)` is read in linear time;
# `[^)\s]*` rescanned to the end of the field from every `](`.
_PROTECTED = re.compile(
    r"`+[^`]*`+"
    r"|\]\((?:[^()\s]|\([^()\s]{0,200}\)){0,2000}(?:\s{1,10}\"[^\"\n]{0,300}\")?\)"
)
_DASH = re.compile(r"(?<=\S) +-- +(?=\S)|(?<=\w)--(?=\w)")


def smarten(text: str, *, level: int = 0) -> str:
    """`text` with curly quotes, apostrophes and ` — ` dashes; `level` 1 inside a quote paragraph."""
    out: list[str] = []
    stack: list[tuple[int, bool]] = []  # each open quotation: its level, typed as a single mark
    last = 0
    for m in _PROTECTED.finditer(text):
        out.append(_smarten_run(text[last : m.start()], level, stack, out))
        out.append(m.group())
        last = m.end()
    out.append(_smarten_run(text[last:], level, stack, out))
    return "".join(out)


def _smarten_run(run: str, level: int, stack: list[tuple[int, bool]], before: list[str]) -> str:
    run = _DASH.sub(f" {EM_DASH} ", run)
    result: list[str] = []
    for i, ch in enumerate(run):
        if ch not in _DOUBLES and ch not in _SINGLES:
            result.append(ch)
            continue
        prev = result[-1] if result else _last_char(before)
        nxt = run[i + 1] if i + 1 < len(run) else ""
        result.append(_mark(ch, prev, nxt, level, stack))
    return "".join(result)


def _last_char(parts: list[str]) -> str:
    for part in reversed(parts):
        if part:
            return part[-1]
    return ""


def _marks_for(level: int) -> tuple[str, str]:
    return DOUBLE if level % 2 == 0 else SINGLE


def _mark(ch: str, prev: str, nxt: str, level: int, stack: list[tuple[int, bool]]) -> str:
    opening = prev == "" or prev in _OPENERS
    single = ch in _SINGLES
    if single:
        if prev.isalnum() and nxt.isalnum():
            return APOSTROPHE  # don't, Amazon's
        if opening and nxt.isdigit():
            return APOSTROPHE  # ’90s
        if not opening and not (stack and stack[-1][1]):
            return APOSTROPHE  # members’ — no single quotation is open to close
        if not stack and opening and level % 2 == 0:
            stack.append((level + 1, True))  # a typed single quote at the top level stays single
            return SINGLE[0]
    if opening:
        current = stack[-1][0] + 1 if stack else level
        stack.append((current, single))
        return _marks_for(current)[0]
    closing_level = stack.pop()[0] if stack else level
    return _marks_for(closing_level)[1]

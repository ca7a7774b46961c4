"""What counts as a placeholder left in a release: a starter's `[NAME]`, `[ADD …]`, `TK`, `{{…}}`.

One definition, read by the `placeholder-left` check, by the rules that leave a placeholder to it,
and by the library, which never saves one. Every repetition is bounded, so a search is linear
in the text whatever it holds (a field of ten thousand `[` or `{{` included).
"""

from __future__ import annotations

import re
from functools import lru_cache

PLACEHOLDER = re.compile(
    r"\bTK(?:TK)*\b|\bXX+\b"
    r"|\[(?:NAME|ADD\b[^\[\]]{0,500}|INSERT\b[^\[\]]{0,500}|[A-Z][A-Z0-9 _/&'-]{2,60})\]"
    r"|\{\{[^{}\n]{0,80}\}\}|\bLorem\b|\bINSERT\b|\?{3,}"
)

# Substrings every placeholder contains one of: a cheap test that rules most text out.
HINTS = ("TK", "XX", "[", "{{", "Lorem", "INSERT", "???")


def may_hold_placeholder(text: str) -> bool:
    """False when `text` certainly holds no placeholder (no hint substring in it)."""
    return any(hint in text for hint in HINTS)


@lru_cache(maxsize=2048)
def has_placeholder(text: str) -> bool:
    """Whether `text` holds a placeholder. The editor asks on every key about every field of the
    release (what each step still lacks), so the answer is kept per text: after a key only the
    field typed in is read again. The hint test runs first: the full pattern is slow on long
    text (bench/bench_typing.py)."""
    return may_hold_placeholder(text) and PLACEHOLDER.search(text) is not None

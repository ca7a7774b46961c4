"""What a paste (or a key) may put in a field: text a release file can hold and a terminal can show.

A terminal's paste can carry anything: NULs, escape codes, form feeds, half of a broken character
pair. Cleaned here once, for every field, so nothing pasted can make the editor fail to draw or to
save. No Textual here beyond reading a key's character. Apart from the shaping of pastes
(`tui/paste.py`), which the editor needs only once text is pasted into a quote or a paragraph.
"""

from __future__ import annotations

import re
from typing import Protocol

# Controls other than the line break (C0, DEL, C1), and halves of surrogate pairs, which no UTF-8
# file can hold. Word's soft line break (vertical tab) and a form feed break the line.
_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x85\u2028\u2029]")  # line breaks as a text box splits them
_UNWANTED = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def clean_paste(text: str) -> str:
    """`text` with line breaks as `\\n`, tabs as spaces, and no control characters or lone
    surrogates. Never raises."""
    text = _BREAKS.sub("\n", text).replace("\t", " ")
    return _UNWANTED.sub("", text)


class _Typed(Protocol):
    key: str
    character: str | None


def clean_typed(key: _Typed) -> bool:
    """Whether a typed key may reach a field: not half of a surrogate pair, and not alt+letter,
    which a terminal sends as escape then the letter (no key of the editor's; a field would type
    the letter, a surprise to anyone who meant a shortcut)."""
    if key.key.startswith("alt+") and len(key.key) == 5:
        return False
    return key.character is None or not any("\ud800" <= ch <= "\udfff" for ch in key.character)

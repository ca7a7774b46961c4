"""What a staffer most likely got wrong in a release file that would not load: tomllib's syntax
errors said in a staffer's words, and the key or zone name they probably meant.

Imported only when a file is refused (release_schema.py): a good file, which is nearly every
load, needs neither these patterns nor difflib, and `pressdesk check` and the editor start
without them.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Sequence
from datetime import datetime

_AT = re.compile(r"^(?P<message>.*?) \(at line (?P<line>\d+), column (?P<column>\d+)\)$")
_DATE_VALUE = re.compile(
    r"^\s*(?P<key>[A-Za-z0-9_.-]+)\s*=\s*(?P<value>\d{4}-\d\d-\d\d[^\s,#\]}]*)"
)
_ASSIGNED = re.compile(r"^\s*(?P<key>[A-Za-z0-9_.-]+)\s*=\s*(?P<value>.*)$")


def did_you_mean(word: str, choices: Sequence[str]) -> str:
    """The hint "; did you mean X?", X being the choice `word` most likely meant ("" if none is
    close)."""
    close = difflib.get_close_matches(word, choices, n=1)
    return f"; did you mean {close[0]}?" if close else ""


def explain_syntax_error(exc: tomllib.TOMLDecodeError, text: str, name: str) -> str:
    """One line for a file tomllib refused: where, what, and the likely slip."""
    message = str(exc)
    m = _AT.match(message)
    if not m:
        if message.endswith(" (at end of document)"):
            message = message.removesuffix(" (at end of document)") + (
                " at the end of the file (a [, { or quote is never closed)"
            )
        return f"{name}: not valid TOML: {_lower_first(message)}"
    line = int(m["line"])
    source_line = (text.split("\n")[line - 1 : line] or [""])[0]
    # tomllib reports an impossible date as a stray character after it; say what is wrong.
    bad_date = _DATE_VALUE.match(source_line)
    if bad_date and not _is_iso_moment(bad_date["value"]):
        return (
            f"{name}:{line}: {bad_date['key']}: {bad_date['value']} is not a valid date "
            "(expected YYYY-MM-DD, e.g. 2026-06-11, or a date-time like 2026-06-11T00:01:00-04:00)"
        )
    message = _lower_first(m["message"])
    if message.startswith(("cannot overwrite", "cannot declare")):
        message = "this key or table is already set above (each may appear only once)"
    hint = _syntax_hint(message, source_line)
    return f"{name}:{line}:{m['column']}: not valid TOML: {message}{hint}"


def _syntax_hint(message: str, source_line: str) -> str:
    """What a staffer most likely typed wrong, for tomllib's commonest complaints."""
    assigned = _ASSIGNED.match(source_line)
    key, value = (assigned["key"], assigned["value"].strip()) if assigned else ("key", "")
    if message == "invalid value" and value:
        if value[0] in "“”‘’":
            return ' (put text in straight double quotes "…", not curly ones)'
        if value.lower() in ("true", "false"):
            return " (write true or false in lower case)"
        if value[0].isalpha():
            return f' (text goes in double quotes: {key} = "…")'
    if message.startswith("illegal character '\\n'"):
        return ' (a quote is left open on this line; text over several lines goes in """…""")'
    if message.startswith("expected newline") and value.startswith('"') and value.count('"') > 2:
        return ' (write a double quote inside text as \\", or put the text in single quotes)'
    return ""


def _is_iso_moment(value: str) -> bool:
    try:
        datetime.fromisoformat(value.replace("z", "+00:00").replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]

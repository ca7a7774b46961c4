"""The library's own words: names and terms the spell checker should take as spelled right.

They live in `words.txt` in the library folder, one word a line, sorted, so a team shares them
through git like the organisation files and two people adding words merge cleanly. Lines starting
with `#` are comments and are kept. (`words.txt` is not a `.toml` file, so it is never read as an
organisation.) See docs/library.md, "The library's words".
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from pressdesk.errors import PressdeskError
from pressdesk.fileio import UnreadableFile, read_bytes
from pressdesk.library.files import LibraryFileError

WORDS_FILE = "words.txt"
HEADER = "# Words pressdesk's spell check takes as spelled right: one a line (pressdesk library words add WORD)."

# One word as typed: letters (any script) with inner apostrophes, hyphens or full stops.
_WORD = re.compile(r"[^\W\d_]+(?:['’.\-][^\W_]+)*\.?")


def words_file(folder: Path) -> Path:
    return Path(folder) / WORDS_FILE


def read_words(folder: Path) -> tuple[str, ...]:
    """The library's words (none when there is no `words.txt`); a bad file is a LibraryFileError."""
    return tuple(_entries(_text(words_file(folder), "not UTF-8 text")))


def _text(path: Path, not_utf8: str) -> str:
    """The file's text, "" when there is none; a FIFO, a huge or non-UTF-8 file is a LibraryFileError."""
    if not path.exists():
        return ""
    try:
        return read_bytes(path, "word list").decode("utf-8-sig")
    except UnreadableFile as exc:
        raise LibraryFileError(path, exc.problem) from exc
    except UnicodeDecodeError as exc:
        raise LibraryFileError(path, not_utf8) from exc


def _entries(text: str) -> list[str]:
    return [
        line.strip()
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]


def checked_word(word: str) -> str:
    """`word` ready to save, or a one-line error when it is not one word."""
    cleaned = unicodedata.normalize("NFC", word.strip())
    if not _WORD.fullmatch(cleaned):
        raise PressdeskError(
            f"{word!r} is not one word (letters, with ' - or . inside; add each word of a name on its own)"
        )
    return cleaned


def add_word(folder: Path, word: str) -> bool:
    """Add `word` to the library's words; False when it is already there (in any case).

    Holds the library's lock, so two staffers adding words at once both keep theirs.
    """
    from pressdesk.library.folder import Library

    word = checked_word(word)
    with Library.locked(folder):
        path = words_file(folder)
        text = _current(path)
        entries = _entries(text)
        if any(e.casefold() == word.casefold() for e in entries):
            return False
        _write(path, text, [*entries, word])
    return True


def remove_word(folder: Path, word: str) -> bool:
    """Remove `word` (in any case) from the library's words; False when it was not there."""
    from pressdesk.library.folder import Library

    target = word.strip().casefold()
    with Library.locked(folder):
        path = words_file(folder)
        text = _current(path)
        entries = _entries(text)
        kept = [e for e in entries if e.casefold() != target]
        if len(kept) == len(entries):
            return False
        _write(path, text, kept)
    return True


def _current(path: Path) -> str:
    return _text(path, "not UTF-8 text; fix or delete it first")


def _write(path: Path, old_text: str, entries: list[str]) -> None:
    comments = [line for line in old_text.splitlines() if line.lstrip().startswith("#")] or [HEADER]
    ordered = sorted(dict.fromkeys(entries), key=lambda e: (e.casefold(), e))
    from pressdesk.fileio import atomic_write  # writing only: `check` reads the words

    atomic_write(path, ("\n".join([*comments, *ordered]) + "\n").encode("utf-8"))

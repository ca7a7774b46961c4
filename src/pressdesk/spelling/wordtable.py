"""The dictionary's words on disk, looked up where they lie: no load time for `pressdesk check`.

Reading pyspellchecker's 160,000 word counts (gzip'd JSON) takes a few hundred milliseconds, far
more than a whole check. So the first check builds, once, a compact file in the user's cache
folder: an open-addressing hash table of the words and their counts. Later processes map the file
into memory and look each word up in it in about a microsecond, reading only the pages they touch.

The file's name carries a key made of pyspellchecker's and breame's data files (size and
modification time) and this layout's version, so installing another version of either builds a
new file. A file that cannot be built (a read-only cache folder) or read (truncated, foreign)
is not an error: the caller falls back to the word counts in memory.
"""

from __future__ import annotations

import mmap
import os
import sys
from array import array
from collections.abc import Mapping
from itertools import accumulate
from pathlib import Path
from zlib import crc32

# Bump when the layout below changes: the key, and so the file name, changes with it.
LAYOUT = 1
_MAGIC = 0x5044_574F_5244_5331  # "PDWORDS1"
_HEADER = 6  # uint64 fields: magic, slots, words, total, word bytes, extras bytes


class WordTable:
    """Word -> count, read from a memory-mapped table file (see `write_table`).

    `extras` holds the bytes the caller stored beside the words.
    """

    def __init__(self, path: Path) -> None:
        with open(path, "rb") as handle:
            self._map = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        view = memoryview(self._map)
        size = len(view)
        if size < _HEADER * 8:
            raise ValueError("too short")
        magic, slots, words, total, blob, extra = view[: _HEADER * 8].cast("Q")
        at = _HEADER * 8
        ends = [at + 4 * slots, at + 4 * (slots + words + 1), at + 4 * (slots + 2 * words + 1)]
        if magic != _MAGIC or slots & (slots - 1) or ends[2] + blob + extra != size:
            raise ValueError("not a word table of this layout")
        self._slots = view[at : ends[0]].cast("I")
        self._offsets = view[ends[0] : ends[1]].cast("I")
        self._counts = view[ends[1] : ends[2]].cast("I")
        self._words_at = ends[2]
        self._mask = slots - 1
        self.total: int = total
        self.extras = bytes(view[ends[2] + blob :])

    def count(self, word: str) -> int:
        """How often `word` was counted; 0 when it is not in the table."""
        key = word.encode("utf-8", "surrogatepass")
        slot = crc32(key) & self._mask
        slots, offsets, data, base = self._slots, self._offsets, self._map, self._words_at
        while entry := slots[slot]:
            i = entry - 1
            if data[base + offsets[i] : base + offsets[i + 1]] == key:
                return int(self._counts[i])
            slot = (slot + 1) & self._mask
        return 0


def write_table(path: Path, counts: Mapping[str, int], total: int, extras: bytes = b"") -> None:
    """Write `counts` (every count 1 to 2**32 - 1) and `extras` as a table file, atomically.

    Half the slots stay empty, so a miss ends after a probe or two.
    """
    words = [w.encode("utf-8", "surrogatepass") for w in counts]
    slots = 2
    while slots < 2 * len(words):
        slots *= 2
    mask = slots - 1
    table = [0] * slots
    for entry, slot in enumerate([crc32(key) & mask for key in words], 1):
        while table[slot]:
            slot = (slot + 1) & mask
        table[slot] = entry
    offsets = array("I", accumulate(map(len, words), initial=0))
    blob = b"".join(words)
    header = array("Q", [_MAGIC, slots, len(words), total, len(blob), len(extras)])
    data = b"".join(
        [
            header.tobytes(),
            array("I", table).tobytes(),
            offsets.tobytes(),
            array("I", counts.values()).tobytes(),
        ]
    )
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data + blob + extras)
        os.replace(tmp, path)  # another process building the same table at once is harmless
    finally:
        if tmp.exists():
            tmp.unlink()


def table_key(*sources: Path) -> str:
    """A short key for a table built from `sources`: their sizes and modification times."""
    parts = [f"{LAYOUT}:{sys.byteorder}"]
    for source in sources:
        stat = source.stat()
        parts.append(f"{source.name}:{stat.st_size}:{stat.st_mtime_ns}")
    text = "|".join(parts).encode("utf-8", "surrogateescape")
    return f"{crc32(text):08x}{len(text):04x}"

"""Import: plain-text and Markdown releases into release files (median ms, peak memory).

Besides real-sized releases, 5 MB of pathological text: `###` lines, short lines, one-word lines
between blank lines (all past the 50,000-line limit, so refused at once), one 5 MB line, and
the same shapes at the limit (49,990 lines), where the importer reads every line. Each figure
has the time to split the same text into lines beside it as its baseline."""

from __future__ import annotations

import contextlib
import time
import tracemalloc

from run import Row, median_ms
from sample import release_of_words

from pressdesk.importer import NotAReleaseError, import_text
from pressdesk.render import render_markdown, render_text

FIVE_MB = 5 * 1024 * 1024


def big_text(size: int = FIVE_MB) -> str:
    """A release padded to `size` bytes: the 1,500-word statement's body repeated, then the tail."""
    text = render_text(release_of_words(1500))
    head, _, tail = text.partition("\n###\n")
    lines = head.split("\n")
    top, body = lines[:4], lines[4:]
    out = list(top)
    size_now = len("\n".join(out).encode("utf-8"))
    while size_now < size:
        for line in body:
            out.append(line)
            size_now += len(line.encode("utf-8")) + 1
    return "\n".join(out) + "\n###\n" + tail


AT_LIMIT = 49_990  # lines: just under the importer's limit of 50,000


def pathological() -> dict[str, str]:
    """Texts no one writes, in the shapes that cost a line-by-line reader the most."""
    return {
        "5 MB of ### lines": "###\n" * (FIVE_MB // 4),
        "5 MB of short lines": "FOR IMMEDIATE RELEASE\n" + "ab cd\n" * (FIVE_MB // 6),
        "5 MB of one-word lines between blank lines": "word\n\n" * (FIVE_MB // 6),
        "5 MB on one line": "FOR IMMEDIATE RELEASE\n" + "Some words here.   " * (FIVE_MB // 19),
        f"{AT_LIMIT:,} ### lines": "###\n" * AT_LIMIT,
        f"{AT_LIMIT:,} short lines": "FOR IMMEDIATE RELEASE\n"
        + "".join(f"ab cd {i}\n" for i in range(AT_LIMIT)),
        f"{AT_LIMIT // 2:,} one-word lines between blank lines": "FOR IMMEDIATE RELEASE\n\n"
        + "word\n\n" * (AT_LIMIT // 2),
        f"{AT_LIMIT:,} quote lines": "FOR IMMEDIATE RELEASE\n"
        + "".join(f"“Words here {i},” said Ann Lee{i % 7}.\n" for i in range(AT_LIMIT)),
        f"{AT_LIMIT:,} email lines": "FOR IMMEDIATE RELEASE\nMedia Contact:\n"
        + "jane@example.org\n" * AT_LIMIT,
    }


def _import_or_refuse(text: str) -> None:
    with contextlib.suppress(NotAReleaseError):  # past the line limit: refused, as it should be
        import_text(text, fmt="text")


def _peak_mb(func: object) -> float:
    tracemalloc.start()
    try:
        func()  # type: ignore[operator]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / 1024 / 1024


def _once_ms(func: object, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return sorted(times)[len(times) // 2]


def run() -> list[Row]:
    release = release_of_words(1500)
    text = render_text(release)
    wrapped = render_text(release, wrap=72)
    markdown = render_markdown(release)
    big = big_text()
    big_md = big.replace("\n", "\n\n")
    size_mb = len(big.encode("utf-8")) / 1024 / 1024
    rows = [
        Row("1,500 words, text", median_ms(lambda: import_text(text, fmt="text"))),
        Row("1,500 words, text wrapped at 72", median_ms(lambda: import_text(wrapped, fmt="text"))),
        Row("1,500 words, Markdown", median_ms(lambda: import_text(markdown, fmt="markdown"))),
        Row(
            "1,500 words: baseline str.splitlines",
            median_ms(lambda: text.splitlines()),
            note="baseline",
        ),
        Row(
            f"{size_mb:.1f} MB text",
            _once_ms(lambda: import_text(big, fmt="text")),
            note="budget 2,000 ms",
        ),
        Row(f"{size_mb:.1f} MB Markdown", _once_ms(lambda: import_text(big_md, fmt="markdown"), 3)),
        Row(
            f"{size_mb:.1f} MB: baseline str.splitlines",
            _once_ms(lambda: big.splitlines()),
            note="baseline",
        ),
        Row(
            f"{size_mb:.1f} MB text: peak memory",
            _peak_mb(lambda: import_text(big, fmt="text")),
            unit="MB",
            note=f"budget {10 * size_mb:.0f} MB (10x input)",
        ),
        Row(
            f"{size_mb:.1f} MB Markdown: peak memory",
            _peak_mb(lambda: import_text(big_md, fmt="markdown")),
            unit="MB",
        ),
    ]
    for name, text in pathological().items():
        rows.append(
            Row(name, _once_ms(lambda t=text: _import_or_refuse(t), 3), note="budget 2,000 ms")
        )
        rows.append(
            Row(
                "  baseline: str.splitlines",
                _once_ms(lambda t=text: t.splitlines(), 3),
                note="baseline",
            )
        )
    return rows

"""Shared helpers for the rules: which fields hold prose, quoted spans, words, and finding builders."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import Any, NamedTuple, TypeVar

from pressdesk.checks.patterns import LazyPattern, lazy_pattern
from pressdesk.findings import Finding, Fix, Severity
from pressdesk.length import count_words as count_words  # one definition of a word
from pressdesk.model import BulletList, Heading, Paragraph, Quote, Release, text_fields
from pressdesk.placeholders import has_placeholder


class Field(NamedTuple):
    """One text field the prose rules read: its path, its text and what kind of text it is.

    `kind` is one of headline, subheadline, dateline, paragraph, quote, heading, item, boilerplate.
    """

    path: str
    text: str
    kind: str


def prose_fields(release: Release, *, dateline: bool = True) -> tuple[Field, ...]:
    """The fields a reader reads as prose, in reading order (contacts and speaker labels excluded)."""
    return _prose_fields(release, dateline)


T = TypeVar("T")


def per_release(func: Callable[..., T]) -> Callable[..., T]:
    """Remember `func(release, *args)` for the last few releases, by identity (hashing a whole
    release would cost more than the work saved). Most rules walk the same fields of one release."""
    memo: list[tuple[Release, tuple[object, ...], T]] = []

    def wrapper(release: Release, *args: object) -> T:
        for seen, seen_args, value in memo:
            if seen is release and seen_args == args:
                return value
        value = func(release, *args)
        memo.insert(0, (release, args, value))
        del memo[8:]
        return value

    return wrapper


@per_release
def _prose_fields(release: Release, dateline: bool) -> tuple[Field, ...]:
    return tuple(_walk_prose(release, dateline))


def _walk_prose(release: Release, dateline: bool) -> Iterator[Field]:
    if release.headline:
        yield Field("headline", release.headline, "headline")
    if release.subheadline:
        yield Field("subheadline", release.subheadline, "subheadline")
    if dateline and release.dateline:
        yield Field("dateline", release.dateline, "dateline")
    yield from _walk_body(release)
    for i, b in enumerate(release.boilerplate):
        if b.heading:
            yield Field(f"boilerplate[{i}].heading", b.heading, "heading")
        yield Field(f"boilerplate[{i}].text", b.text, "boilerplate")


def body_fields(release: Release) -> tuple[Field, ...]:
    """The body's text fields: paragraphs, quote paragraphs, headings and list items."""
    return _body_fields(release)


@per_release
def _body_fields(release: Release) -> tuple[Field, ...]:
    return tuple(_walk_body(release))


def _walk_body(release: Release) -> Iterator[Field]:
    for i, block in enumerate(release.body):
        if isinstance(block, Paragraph):
            yield Field(f"body[{i}].text", block.text, "paragraph")
        elif isinstance(block, Quote):
            for j, para in enumerate(block.paragraphs):
                yield Field(f"body[{i}].paragraphs[{j}]", para, "quote")
        elif isinstance(block, Heading):
            yield Field(f"body[{i}].heading", block.text, "heading")
        elif isinstance(block, BulletList):
            for j, item in enumerate(block.items):
                yield Field(f"body[{i}].items[{j}]", item, "item")


_WORD = lazy_pattern(r"[^\W_]+(?:['’.\-][^\W_]+)*")


def clear_caches() -> None:
    """Forget every remembered per-text result (the benchmarks measure a cold check)."""
    from pressdesk.spelling import forget_texts  # the spelling rule keeps each text's words

    for cached in CACHES:
        cached.cache_clear()
    forget_texts()


@per_release
def all_text(release: Release) -> str:
    """Every text field of the release joined, so a rule can tell at once whether to look closer."""
    return "\n".join(text for _, text in text_fields(release))


@lru_cache(maxsize=1024)
def lowered(text: str) -> str:
    """`text.casefold()`, kept, so several rules can test for a phrase cheaply."""
    return text.casefold()


@lru_cache(maxsize=2048)
def occurs(pattern: LazyPattern, text: str) -> bool:
    """Whether `pattern` matches anywhere in `text`, kept. A rule asks this of every field before
    it looks closer; as the staffer types only one field changes, so after each key the other
    fields' answers come from here instead of a regular-expression scan of each of them."""
    return pattern.search(text) is not None


# has_placeholder (pressdesk.placeholders) keeps its answers too: the editor asks it of every field.
CACHES: list[Any] = [count_words, lowered, occurs, has_placeholder]


def per_text(func: Callable[[str], T]) -> Callable[[str], T]:
    """`func(text)`, kept for the texts seen last (as `occurs` is), forgotten by `clear_caches`."""
    kept = lru_cache(maxsize=2048)(func)
    CACHES.append(kept)
    return kept


def has_digit(text: str) -> bool:
    # Ten substring searches run at memchr speed; one regular expression scan is slower.
    return any(d in text for d in "0123456789")


def words(text: str) -> list[str]:
    return _WORD.findall(text)


# --- quotation marks ------------------------------------------------------------------------------

DOUBLE_MARKS = '"“”'
OPENERS_BEFORE = " \t\n([{—–-/"  # a straight mark after one of these (or at the start) opens


def mark_opens(text: str, i: int) -> bool:
    """Whether the double or single mark at `i` opens a quotation (curly marks say so; straight guess)."""
    ch = text[i]
    if ch in "“‘":
        return True
    if ch in "”’":
        return False
    return i == 0 or text[i - 1] in OPENERS_BEFORE


class MarkPair(NamedTuple):
    """A pair of double marks (`close` is None when the opening mark is never closed)."""

    open: int
    close: int | None


def double_mark_pairs(text: str) -> tuple[list[MarkPair], list[int]]:
    """Pair the double quotation marks of `text`; returns the pairs and the closing marks with no opener."""
    pairs: list[MarkPair] = []
    stray_closes: list[int] = []
    open_at: int | None = None
    for i, ch in enumerate(text):
        if ch not in DOUBLE_MARKS:
            continue
        if mark_opens(text, i) and (open_at is None or ch != '"'):
            if open_at is not None:  # a second opener: the first was never closed
                pairs.append(MarkPair(open_at, None))
            open_at = i
        elif open_at is not None:
            pairs.append(MarkPair(open_at, i))
            open_at = None
        else:
            stray_closes.append(i)
    if open_at is not None:
        pairs.append(MarkPair(open_at, None))
    return pairs, stray_closes


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of `text` inside double quotation marks (an unclosed quote runs to the end)."""
    if not any(m in text for m in DOUBLE_MARKS):
        return []
    pairs, _ = double_mark_pairs(text)
    return [(p.open, len(text) if p.close is None else p.close + 1) for p in pairs]


class Outside:
    """Answers "is this offset outside quotation marks?" by bisecting the sorted quoted spans.

    `carried` adds spans known from around the text: a quotation running on from the paragraph
    before (see `running_quotes`)."""

    def __init__(self, text: str, carried: Sequence[tuple[int, int]] = ()) -> None:
        merged: list[tuple[int, int]] = []
        for a, b in sorted([*quoted_spans(text), *carried]):
            if merged and a <= merged[-1][1]:  # an unclosed quote runs over the ones after it
                merged[-1] = (merged[-1][0], max(merged[-1][1], b))
            else:
                merged.append((a, b))
        self.spans = merged
        self.starts = [a for a, _ in self.spans]

    def __call__(self, pos: int) -> bool:
        k = bisect.bisect_right(self.starts, pos) - 1
        return k < 0 or pos >= self.spans[k][1]


def outside_quotes(release: Release, f: Field) -> Outside:
    """`Outside` for a prose field, knowing quotations that run on across body paragraphs."""
    return Outside(f.text, running_quotes(release).get(f.path, ()))


# A quotation may run on over several paragraphs (AP: each paragraph it continues into opens with
# a mark, the last one closes it), and a text cut into lines can leave a quotation's last line
# as a paragraph of its own that only closes it. Looked at this many paragraphs ahead at most.
RUN_ON_LIMIT = 5


@per_release
def running_quotes(release: Release) -> dict[str, tuple[tuple[int, int], ...]]:
    """Spans of body paragraphs inside a quotation opened in an earlier paragraph, by field.

    A paragraph whose quotation is still open at its end carries it into the next paragraphs
    when one of the next few closes it before opening any (and those between have no marks);
    a paragraph that opens with a mark starts afresh (AP running quotes)."""
    out: dict[str, tuple[tuple[int, int], ...]] = {}
    run: list[tuple[str, str]] = []
    for i, block in enumerate(release.body):
        if isinstance(block, Paragraph):
            run.append((f"body[{i}].text", block.text))
            continue
        out.update(_run_on(run))
        run = []
    out.update(_run_on(run))
    return out


def _run_on(run: list[tuple[str, str]]) -> dict[str, tuple[tuple[int, int], ...]]:
    marks = [_marks(text) for _, text in run]
    out: dict[str, tuple[tuple[int, int], ...]] = {}
    for i, (ends_open, _, _) in enumerate(marks):
        if not ends_open:
            continue
        for j in range(i + 1, min(len(run), i + 1 + RUN_ON_LIMIT)):
            _, first_close, has_marks = marks[j]
            if first_close is not None:
                for path, text in run[i + 1 : j]:
                    out[path] = ((0, len(text)),)
                out[run[j][0]] = ((0, first_close + 1),)
                break
            if has_marks:
                break  # it opens a quotation of its own: the open one was just left open
    return out


def _marks(text: str) -> tuple[bool, int | None, bool]:
    """(a quotation is open at the end, where a closing mark with no opener before it is, any
    double mark at all) for one paragraph."""
    if not any(m in text for m in DOUBLE_MARKS):
        return False, None, False
    pairs, stray = double_mark_pairs(text)
    first_open = pairs[0].open if pairs else len(text)
    first_close = stray[0] if stray and stray[0] < first_open else None
    return bool(pairs) and pairs[-1].close is None, first_close, True


# --- building findings ----------------------------------------------------------------------------


def finding(
    rule: str,
    severity: Severity | str,
    message: str,
    field: str = "release",
    start: int | None = None,
    end: int | None = None,
    replacement: str | None = None,
) -> Finding:
    """A finding; with `replacement`, a fix that puts it in place of `start:end` of the same field."""
    fix = None
    if replacement is not None and start is not None and end is not None:
        fix = Fix(field, start, end, replacement)
    return Finding(rule, Severity(severity), message, field, start, end, fix)


def first_words(text: str, n: int = 5) -> str:
    """The first `n` words of `text`, to name a block in a message."""
    # Only the start is read: called once per finding, it must not cost the field's length.
    ws = text[: 80 * n].split(maxsplit=n)
    head = " ".join(ws[:n])
    return head + ("…" if len(ws) > n else "")

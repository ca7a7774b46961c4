"""Property tests: no release makes a rule raise, every finding points inside its field, and fixes
always apply cleanly, also on long runs of the shapes that once made rules slow."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from checkcases import TODAY
from hypothesis import given, settings
from hypothesis import strategies as st

from pressdesk.checks import Context, Settings, apply_fixes, fix_all, run_checks
from pressdesk.checks.text import clear_caches
from pressdesk.model import (
    Boilerplate,
    BulletList,
    Contact,
    Heading,
    Paragraph,
    Quote,
    Release,
    Speaker,
    get_text,
    set_text,
    text_fields,
)

# Characters the rules care about, plus ordinary ones.
ALPHABET = st.sampled_from(
    list("abcXYZ 0123456789.,;:!?-–—()[]{}#@/\"'“”‘’\n\t")
    + [
        "Sept",
        "June ",
        "EST",
        "a.m.",
        "TK",
        " we ",
        "2) ",
        "http://",
        "[email protected]",
        "WASHINGTON, D.C.",
    ]
)
# Shapes that once made a rule rescan or backtrack, repeated into a long field (issue 17).
PATHOLOGICAL = st.builds(
    lambda unit, n: unit * n,
    st.sampled_from(
        ["](", "[](", "[x](", "“", '"', "  ", "\n", "\t", "TK", "{{", "[ADD ", "ABCD ", "June 1 EST ",
         "embargoed until ", "Sept. 4th ", "9 September ", "12:00 pm ", "Wahoo! ", "(1) ", "#",
         "WASHINGTON, ", "x-you-", "(", "—", "http://", "a@b"]
    ),
    st.integers(1, 400),
)  # fmt: skip
TEXT = st.one_of(st.lists(ALPHABET, max_size=30).map("".join), PATHOLOGICAL)


@st.composite
def releases(draw: st.DrawFn) -> Release:
    blocks = st.one_of(
        TEXT.map(Paragraph),
        st.builds(
            Quote,
            st.lists(TEXT, max_size=3).map(tuple),
            st.one_of(st.none(), st.builds(Speaker, TEXT, TEXT, TEXT)),
            st.sampled_from(["statement", "said"]),
            st.booleans(),
        ),
        TEXT.map(Heading),
        st.lists(TEXT, max_size=3).map(lambda items: BulletList(tuple(items))),
    )
    line = draw(st.sampled_from(["immediate", "embargoed"]))
    embargo = draw(
        st.one_of(
            st.none(),
            st.builds(
                lambda h, off: datetime(2026, 3, 8, h, 1, tzinfo=timezone(timedelta(hours=off))),
                st.integers(0, 23),
                st.integers(-8, 0),
            ),
        )
    )
    return Release(
        date=draw(st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))),
        headline=draw(TEXT),
        line=line,  # type: ignore[arg-type]
        embargo=embargo,
        zone=draw(st.sampled_from(["", "America/New_York", "America/Phoenix", "Not/AZone"])),
        subheadline=draw(TEXT),
        dateline=draw(TEXT),
        contacts=tuple(draw(st.lists(st.builds(Contact, TEXT, TEXT, TEXT, TEXT), max_size=3))),
        body=tuple(draw(st.lists(blocks, max_size=6))),
        boilerplate=tuple(draw(st.lists(st.builds(Boilerplate, TEXT, TEXT), max_size=2))),
    )


@settings(max_examples=150, deadline=None)
@given(releases(), st.sampled_from(["coalition", "ap", "wire"]), st.booleans(), st.booleans())
def test_rules_never_raise_and_findings_point_inside_their_field(
    release: Release, profile: str, final: bool, imported: bool
) -> None:
    # A text input with a guessed date takes other paths through the date and quote rules.
    guessed = frozenset({"date"}) if imported else frozenset()
    ctx = Context(Settings.for_profile(profile), TODAY, final, imported=imported, guessed=guessed)
    found = run_checks(release, ctx)
    for f in found:
        if f.start is not None:
            text = get_text(release, f.field)
            assert f.end is not None and 0 <= f.start <= f.end <= len(text), f
        if f.fix is not None:
            text = get_text(release, f.fix.field)
            assert 0 <= f.fix.start <= f.fix.end <= len(text), f
    fixed, applied = apply_fixes(release, found)
    assert len(applied) <= len([f for f in found if f.fix])
    run_checks(fixed, ctx)


@settings(max_examples=120, deadline=None)
@given(releases(), st.lists(st.tuples(st.integers(0, 1000), TEXT), min_size=1, max_size=5))
def test_checking_after_each_edit_finds_what_a_fresh_check_finds(
    release: Release, edits: list[tuple[int, str]]
) -> None:
    # The editor checks after every key, and the rules keep what they read of each text between
    # checks (only the field typed in changes). Each check must find exactly what a check that
    # keeps nothing finds.
    ctx = Context(Settings(), TODAY)
    releases_typed = [release]
    for which, text in edits:
        paths = [path for path, _ in text_fields(releases_typed[-1])]
        releases_typed.append(set_text(releases_typed[-1], paths[which % len(paths)], text))
    kept = [run_checks(r, ctx) for r in releases_typed]
    fresh = []
    for r in releases_typed:
        clear_caches()
        fresh.append(run_checks(r, ctx))
    assert kept == fresh


MONTHS = {
    "jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june", "jul": "july",
    "aug": "august", "sep": "september", "sept": "september", "oct": "october", "nov": "november",
    "dec": "december", "janu": "january",
}  # fmt: skip
# What a safe fix may touch: the form of a month, an ordinal suffix, how a.m./p.m. and :00 are
# written, a phone number's punctuation, a mailto: prefix, and the state after a stand-alone city.
FORMATTING = {"a", "m", "p", "am", "pm", "00", "mailto", "ext", "x"}


def words(release: Release) -> list[str]:
    import re

    out: list[str] = []
    for path, text in text_fields(release):
        if path == "dateline":
            text = text.split(",")[0]
        if path.endswith(".phone"):
            digits = "".join(ch for ch in text if ch.isdigit())
            out += [digits] if digits else []
            continue
        for w in re.findall(r"\d+(?:st|nd|rd|th)?|[^\W\d_]+", text.lower()):
            w = re.sub(r"^0*(\d+?)(?:st|nd|rd|th)?$", r"\1", w)
            w = MONTHS.get(w, w)
            if w not in FORMATTING:
                out.append(w)
    return out


@settings(max_examples=150, deadline=None)
@given(releases(), st.sampled_from(["coalition", "ap", "wire"]))
def test_fixes_never_change_words(release: Release, profile: str) -> None:
    fixed, _ = fix_all(release, Context(Settings.for_profile(profile), TODAY))
    assert words(fixed) == words(release)

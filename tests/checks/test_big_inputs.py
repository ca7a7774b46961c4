"""Nothing quadratic on the keystroke path (issue 17): long runs of the shapes that once made a
rule rescan or backtrack give the right findings. How long they take is measured in
bench/bench_checks.py (growth from 10 kB to 40 kB, linear = 4×); here, the results."""

from __future__ import annotations

from checkcases import clean_release, closing, run

from pressdesk.model import Boilerplate, Paragraph, Quote, Speaker

BIG = 40_000  # characters: the size at which `](` runs took 21 s to check


def found(release: object, rule: str) -> list[tuple[str, int | None, int | None]]:
    return [(f.field, f.start, f.end) for f in run(release) if f.rule == rule]  # type: ignore[arg-type]


def test_no_quadratic_links() -> None:
    # 40 kB of `[](` with no closing parenthesis holds no link; the real one after it is read.
    junk = "[](" * (BIG // 3)
    text = junk + " Read [the report](https://example.org/report.) now."
    release = closing(text)
    start = text.index("https://") + len("https://example.org/report")
    assert found(release, "link-wellformed") == [("body[4].text", start, start + 1)]


def test_no_quadratic_link_text() -> None:
    text = "[x](" * (BIG // 4) + " and [click here](https://example.org)."
    start = text.index("click here")
    assert found(closing(text), "link-wellformed") == [("body[4].text", start, start + 10)]


def test_no_quadratic_unclosed_quotes() -> None:
    # Every opening mark after the first (the paragraph's own, typed) is an unclosed quotation.
    marks = "“" * (BIG // 10)
    r = clean_release()
    q = r.body[1]
    assert isinstance(q, Quote)
    release = r.replace(body=(r.body[0], Quote((marks,), q.speaker, approved=True)) + r.body[2:])
    balanced = found(release, "quote-balanced")
    assert len(balanced) == len(marks) - 1
    assert balanced[0] == ("body[1].paragraphs[0]", 1, 2)
    assert balanced[-1] == ("body[1].paragraphs[0]", len(marks) - 1, len(marks))


def test_no_quadratic_typed_end_marks() -> None:
    # A field ending in spaces, however many, ends where its text ends.
    spaces = " " * BIG
    assert found(closing("The fund closes in May." + spaces), "end-mark-position") == []
    text = "The fund closes in May. ###" + spaces
    assert found(closing(text), "end-mark-position") == [("body[4].text", 23, 27)]


def test_no_quadratic_dateline_dash() -> None:
    spaces = "\t" * BIG
    assert found(clean_release(dateline="RIVERSIDE, Calif." + spaces), "dateline-dash") == []
    dateline = "RIVERSIDE, Calif. —" + spaces
    assert found(clean_release(dateline=dateline), "dateline-dash") == [
        ("dateline", 17, len(dateline))
    ]


def test_no_quadratic_zones_and_dates() -> None:
    # Each EST sits beside June 1, which is in daylight time: every one is reported, once.
    unit = "June 1 EST "
    text = unit * (BIG // len(unit))
    zones = found(closing(text), "embargo-dst")
    assert len(zones) == BIG // len(unit)
    assert zones[:2] == [("body[4].text", 7, 10), ("body[4].text", 18, 21)]


def test_no_quadratic_names_run_together() -> None:
    # A paragraph of capitals with no spaces names nobody: the said-style speaker is unintroduced.
    intro = Paragraph("TK" * (BIG // 2))
    r = clean_release()
    speaker = Quote(("We need the fund.",), Speaker("Marisol Vega"), "said", approved=True)
    release = r.replace(body=(r.body[0], intro, speaker) + r.body[4:])
    assert found(release, "speaker-header-format") == [("body[2].speaker.title", None, None)]
    assert found(release, "placeholder-left") == [("body[1].text", 0, BIG)]


def test_no_quadratic_capitals() -> None:
    # A word in capitals used thousands of times is how the release spells a name; one shout is not.
    text = "ABCD efgh " * (BIG // 10) + "Entry is FREE for all."
    start = text.index("FREE")
    assert found(closing(text), "hype-caps") == [("body[4].text", start, start + 4)]


def test_no_quadratic_placeholders() -> None:
    text = "{{[ADD " * (BIG // 7) + "[ADD quote]"
    start = text.index("[ADD quote]")
    hits = found(closing(text), "placeholder-left")
    assert hits[-1] == ("body[4].text", start, start + len("[ADD quote]"))


def test_no_quadratic_boilerplate_line_breaks() -> None:
    # Every line break inside the boilerplate is one whitespace finding, whatever their number.
    text = "The coalition helps.\n" * (BIG // 21)
    release = clean_release(boilerplate=(Boilerplate("Riverside Housing Coalition", text),))
    breaks = [f for f in found(release, "whitespace") if f[0] == "boilerplate[0].text"]
    assert len(breaks) == BIG // 21  # the last one is trailing, the others inside

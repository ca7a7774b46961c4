"""The plain-text export: the house layout, line for line."""

from __future__ import annotations

from datetime import date

from render_samples import embargoed, statement

from pressdesk.model import BulletList, Heading, Paragraph, Quote, Release, Speaker
from pressdesk.render import render_text

OPEN, CLOSE = "\u201c", "\u201d"


def _plain(text: str) -> str:
    """Typed and typeset text compared: any quote mark counts as any other, -- as the em dash."""
    for mark in '\u201c\u201d\u2018\u2019"':
        text = text.replace(mark, "'")
    return text.replace(" \u2014 ", " -- ")


def line_kinds(release: Release) -> list[tuple[str, str]]:
    """What each line of the unwrapped text export must be, derived from the release's structure."""
    lines: list[tuple[str, str]] = [("release line", "For Immediate Release: Sept. 4, 2026")]
    lines.append(
        (
            "contacts",
            "Media Contact: Dana Whitfield, dana@example.org, 202-555-0143 / "
            "Marco Ruiz, marco@example.org, 202-555-0178",
        )
    )
    lines.append(("headline", release.headline))
    first = True
    for block in release.body:
        if isinstance(block, Paragraph):
            kind = "dateline + lede" if first else "closing paragraph"
            lines.append((kind, block.text))
            first = False
        elif isinstance(block, Quote):
            if block.speaker:
                s = block.speaker
                lines.append(("speaker header", f"{s.name}, {s.title}, {s.org}"))
            last = len(block.paragraphs) - 1
            for i, para in enumerate(block.paragraphs):
                lines.append(("quote, last" if i == last else "quote, continuing", para))
    lines.append(("end mark", "###"))
    for bp in release.boilerplate:
        lines.append(("boilerplate", bp.text))
    lines.append(("end mark", "###"))
    return lines


def test_reference_structure_renders_29_lines_one_to_one() -> None:
    release = statement()
    text = render_text(release)
    assert text.endswith("###\n")
    rendered = text.splitlines()
    expected = line_kinds(release)
    assert len(rendered) == 29
    assert len(expected) == 29
    for (kind, source), line in zip(expected, rendered, strict=True):
        if kind == "dateline + lede":
            assert line.startswith(
                "BALTIMORE \u2014 In response to the Port Authority\u2019s decision"
            )
        elif kind == "quote, continuing":
            assert line.startswith(OPEN) and not line.endswith(CLOSE), line
            assert _plain(line[1:]) == _plain(source)
        elif kind == "quote, last":
            assert line.startswith(OPEN) and line.endswith(CLOSE), line
            assert _plain(line[1:-1]) == _plain(source)
        elif kind == "closing paragraph":
            assert line == source.replace("'", "\u2019")
        else:
            assert line == source, kind
    assert "" not in rendered  # unwrapped: no blank lines, as the reference


def test_orphan_quote_has_no_header_and_nested_quote_is_single() -> None:
    lines = render_text(statement()).splitlines()
    orphan = lines.index(f"{OPEN}Nobody told us the \u2018review\u2019 would take a year.")
    assert lines[orphan - 1].endswith(
        CLOSE
    )  # the previous speaker's last paragraph, no header between
    assert lines[orphan + 2] == f"{OPEN}Until then, this is a pause and nothing more.{CLOSE}"


def test_embargoed_release_line_uses_ap_time_and_daylight_zone() -> None:
    first = render_text(embargoed()).splitlines()[0]
    assert first == "EMBARGOED UNTIL 12:01 a.m. EDT, Tuesday, June 9, 2026"


def test_embargo_in_winter_prints_est() -> None:
    from datetime import datetime, timedelta, timezone

    winter = embargoed().replace(
        embargo=datetime(2026, 12, 1, 10, 0, tzinfo=timezone(timedelta(hours=-5))),
        date=date(2026, 12, 1),
    )
    assert render_text(winter).splitlines()[0] == (
        "EMBARGOED UNTIL 10 a.m. EST, Tuesday, Dec. 1, 2026"
    )


def test_said_style_puts_ap_attribution_in_the_first_paragraph() -> None:
    quote = Quote(
        ("The pause is welcome.", "It is not enough."),
        Speaker("Ana Lee", "executive director", "Tenants United"),
        style="said",
    )
    release = statement().replace(body=(Paragraph("Lede."), quote))
    lines = render_text(release).splitlines()
    assert lines[4] == (
        f"{OPEN}The pause is welcome,{CLOSE} said Ana Lee, executive director of Tenants United."
    )
    assert lines[5] == f"{OPEN}It is not enough.{CLOSE}"


def test_said_style_keeps_a_question_mark() -> None:
    quote = Quote(("Why wait?",), Speaker("Bo Kim"), style="said")
    release = statement().replace(body=(Paragraph("Lede."), quote))
    assert render_text(release).splitlines()[4] == f"{OPEN}Why wait?{CLOSE} said Bo Kim."


def test_headings_lists_subheadline_and_boilerplate_heading() -> None:
    release = statement().replace(
        subheadline="Board to vote Oct. 6",
        body=(
            Paragraph("Lede."),
            Heading("Background"),
            BulletList(("first point", "a **second** [point](https://example.org/p)")),
        ),
        end_mark="-30-",
    )
    release = release.replace(
        boilerplate=(release.boilerplate[0].__class__("Harbor", "About text.", "About Harbor"),)
    )
    assert render_text(release).splitlines()[3:] == [
        "Board to vote Oct. 6",
        "BALTIMORE \u2014 Lede.",
        "Background",
        "- first point",
        "- a second point (https://example.org/p)",
        "-30-",
        "About Harbor",
        "About text.",
        "-30-",
    ]


def test_without_boilerplate_there_is_one_end_mark() -> None:
    text = render_text(statement().replace(boilerplate=()))
    assert text.splitlines()[-1] == "###"
    assert text.count("###") == 1


def test_wrap_wraps_paragraphs_and_separates_them_with_blank_lines() -> None:
    text = render_text(statement(), wrap=60)
    paragraphs = text.rstrip("\n").split("\n\n")
    assert len(paragraphs) == 29
    for para in paragraphs:
        assert all(len(line) <= 60 for line in para.splitlines()), para
    assert paragraphs[0] == "For Immediate Release: Sept. 4, 2026"
    assert paragraphs[-1] == "###"
    # Unwrapping a paragraph gives back the unwrapped line.
    assert [" ".join(p.splitlines()) for p in paragraphs] == render_text(statement()).splitlines()


def test_wrap_never_breaks_a_long_url() -> None:
    url = "https://example.org/" + "a" * 80
    release = statement().replace(body=(Paragraph(f"Read it at {url} today."),))
    assert url in render_text(release, wrap=40).splitlines()


def test_text_is_deterministic() -> None:
    assert render_text(statement()) == render_text(statement())


def test_said_style_without_a_name_keeps_the_header_line() -> None:
    quote = Quote(("Words.",), Speaker("", "Director", "Tenants United"), style="said")
    release = statement().replace(body=(Paragraph("Lede."), quote))
    assert render_text(release).splitlines()[4:6] == [
        "Director, Tenants United",
        f"{OPEN}Words.{CLOSE}",
    ]


def test_a_statement_from_an_organisation_is_headed_by_its_name() -> None:
    quote = Quote(("We will keep organising.",), Speaker("", org="Riders Alliance"))
    release = statement().replace(body=(Paragraph("Lede."), quote))
    assert render_text(release).splitlines()[4:6] == [
        "Riders Alliance",
        f"{OPEN}We will keep organising.{CLOSE}",
    ]


def test_an_organisation_says_its_statement_in_said_style() -> None:
    quote = Quote(("We will keep organising.",), Speaker("", org="Riders Alliance"), style="said")
    release = statement().replace(body=(Paragraph("Lede."), quote))
    assert render_text(release).splitlines()[4] == (
        f"{OPEN}We will keep organising,{CLOSE} said Riders Alliance."
    )

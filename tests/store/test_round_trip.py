"""Saving and loading release files: the canonical layout, byte-for-byte round trips, the source map."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from pressdesk import store
from pressdesk.model import (
    Boilerplate,
    BulletList,
    Contact,
    Heading,
    Paragraph,
    Quote,
    Release,
    Speaker,
)

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
EDT = timezone(timedelta(hours=-4))


def full_release() -> Release:
    """A release that uses every field and every kind of block."""
    return Release(
        date=date(2026, 6, 9),
        headline="Bay Transit Riders Coalition Welcomes Fare Freeze",
        kind="announcement",
        line="embargoed",
        embargo=datetime(2026, 6, 9, 0, 1, tzinfo=EDT),
        zone="America/New_York",
        subheadline="The freeze holds fares at 2025 levels through next June.",
        dateline="OAKLAND, Calif.",
        end_mark="-30-",
        profile="ap",
        contacts=(
            Contact(
                "Rae Lindqvist",
                "rae@example.org",
                "510-555-0142",
                "Bay Transit Riders",
                "Press Secretary",
            ),
            Contact("Omar Haddad", "omar@example.org"),
        ),
        body=(
            Paragraph("The Bay Transit Riders Coalition welcomed the vote on Tuesday."),
            Quote(
                ("Riders asked for this.", 'It is a "first step."'),
                Speaker("Ana Ortiz", "Director", "Riders First"),
                approved=True,
            ),
            Quote(("An orphan quote with no speaker.",)),
            Quote(("Fares matter.",), Speaker("Lee Park"), style="said"),
            Heading("Background"),
            BulletList(("Fares froze in 2025.", "Service grew by 12%.")),
        ),
        boilerplate=(
            Boilerplate(
                "Bay Transit Riders Coalition",
                "The coalition unites 30 groups.",
                "About the Coalition",
                "bay-transit",
            ),
            Boilerplate("Riders First", "Riders First organizes bus riders."),
        ),
    )


CANONICAL = """\
pressdesk = 1
kind = "announcement"
line = "embargoed"
date = 2026-06-09
embargo = 2026-06-09T00:01:00-04:00
zone = "America/New_York"
headline = "Bay Transit Riders Coalition Welcomes Fare Freeze"
subheadline = "The freeze holds fares at 2025 levels through next June."
dateline = "OAKLAND, Calif."
end_mark = "-30-"
profile = "ap"

[[contacts]]
name = "Rae Lindqvist"
email = "rae@example.org"
phone = "510-555-0142"
org = "Bay Transit Riders"
title = "Press Secretary"

[[contacts]]
name = "Omar Haddad"
email = "omar@example.org"

[[body]]
text = "The Bay Transit Riders Coalition welcomed the vote on Tuesday."

[[body]]
speaker = { name = "Ana Ortiz", title = "Director", org = "Riders First" }
paragraphs = [
    "Riders asked for this.",
    "It is a \\"first step.\\"",
]
approved = true

[[body]]
paragraphs = [
    "An orphan quote with no speaker.",
]
approved = false

[[body]]
speaker = { name = "Lee Park" }
paragraphs = [
    "Fares matter.",
]
style = "said"
approved = false

[[body]]
heading = "Background"

[[body]]
items = [
    "Fares froze in 2025.",
    "Service grew by 12%.",
]

[[boilerplate]]
org = "Bay Transit Riders Coalition"
text = "The coalition unites 30 groups."
heading = "About the Coalition"
library = "bay-transit"

[[boilerplate]]
org = "Riders First"
text = "Riders First organizes bus riders."
"""


def test_a_release_is_saved_in_the_documented_layout() -> None:
    assert store.dumps(full_release()) == CANONICAL


def test_the_canonical_layout_loads_back_to_the_same_release() -> None:
    assert store.loads(CANONICAL).release == full_release()


def test_a_minimal_release_keeps_what_a_reader_needs_and_leaves_out_empty_fields() -> None:
    text = store.dumps(Release(date=date(2026, 11, 24), headline=""))
    assert text == (
        "pressdesk = 1\n"
        'kind = "statement"\n'
        'line = "immediate"\n'
        "date = 2026-11-24\n"
        'headline = ""\n'
        'end_mark = "###"\n'
        'profile = "coalition"\n'
    )


def test_saving_then_loading_a_saved_file_gives_identical_bytes(tmp_path: Path) -> None:
    path = tmp_path / "release.toml"
    store.save(path, full_release())
    first = path.read_bytes()
    store.save(path, store.load(path))
    assert path.read_bytes() == first
    assert store.load(path) == full_release()


@pytest.mark.parametrize("name", ["coalition-statement.toml", "embargoed-announcement.toml"])
def test_the_examples_are_in_canonical_layout(name: str) -> None:
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    assert store.dumps(store.loads(text, name).release) == text


def test_multi_line_text_is_written_as_multi_line_strings_and_comes_back() -> None:
    release = Release(
        date=date(2026, 1, 5),
        headline="Two\nlines",
        body=(Paragraph('First line\nsecond line with "quotes" and a \\ backslash\n'),),
    )
    text = store.dumps(release)
    assert 'text = """\nFirst line\nsecond line with \\"quotes\\" and a \\\\ backslash\n"""' in text
    assert store.loads(text).release == release


def test_carriage_returns_survive_a_round_trip() -> None:
    # Multi-line strings would turn CR LF into LF, so text with CR is written with escapes.
    release = Release(
        date=date(2026, 1, 5), headline="A\r\nB", body=(BulletList(("x\r\ny", "z\nw")),)
    )
    text = store.dumps(release)
    assert 'headline = "A\\r\\nB"' in text
    assert store.loads(text).release == release


def test_hand_written_variants_of_the_format_load() -> None:
    # Comments, literal strings, a speaker as a sub-table, dotted keys, inline tables, CRLF endings.
    text = (
        "# a hand-written release\r\n"
        "pressdesk = 1\r\n"
        "date = 2026-03-02 # Monday\r\n"
        "headline = 'Literal \"quoted\" headline'\r\n"
        "contacts = [{ name = 'Ana', email = 'ana@example.org' }]\r\n"
        "[[body]]\r\n"
        "paragraphs = ['one', '''two\r\nlines''']\r\n"
        "[body.speaker]\r\n"
        "name = 'Ana Ortiz'\r\n"
        "[[body]]\r\n"
        "speaker.name = 'Lee Park'\r\n"
        "speaker.org = 'Riders First'\r\n"
        "paragraphs = []\r\n"
    )
    document = store.loads(text)
    release = document.release
    assert release.headline == 'Literal "quoted" headline'
    assert release.contacts == (Contact("Ana", "ana@example.org"),)
    assert release.body == (
        Quote(("one", "two\nlines"), Speaker("Ana Ortiz")),
        Quote((), Speaker("Lee Park", org="Riders First")),
    )
    name = document.source["body[0].speaker.name"]
    assert (name.line, name.column) == (10, 9)
    assert document.source["body[1].speaker.org"].line == 13
    assert document.source["contacts[0].email"].line == 5


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + store.dumps(full_release()).encode("utf-8"))
    assert store.load(path) == full_release()


# --- the source map ----------------------------------------------------------------------------


def _at(text: str, line: int, column: int) -> str:
    return text.split("\n")[line - 1][column - 1 :]


def test_the_source_map_points_at_where_each_text_starts() -> None:
    source = store.loads(CANONICAL).source
    for path, expected in [
        ("headline", "Bay Transit Riders"),
        ("dateline", "OAKLAND"),
        ("contacts[0].email", "rae@example.org"),
        ("contacts[1].name", "Omar Haddad"),
        ("body[1].speaker.org", "Riders First"),
        ("body[1].paragraphs[1]", 'It is a \\"first'),
        ("body[5].items[1]", "Service grew"),
        ("boilerplate[0].text", "The coalition unites"),
        ("boilerplate[1].org", "Riders First"),
        ("date", "2026-06-09"),
        ("embargo", "2026-06-09T00:01"),
    ]:
        origin = source[path]
        assert _at(CANONICAL, origin.line, origin.column).startswith(expected), path
    assert (source["release"].line, source["release"].column) == (1, 1)
    assert source["body[2]"].line == CANONICAL.split("\n").index("[[body]]", 30) + 1


def test_the_source_map_follows_multi_line_text_onto_its_lines() -> None:
    release = Release(
        date=date(2026, 1, 5), headline="H", body=(Paragraph("alpha\nbeta\n\ngamma"),)
    )
    text = store.dumps(release)
    origin = store.loads(text).source["body[0].text"]
    for offset, char in enumerate("alpha\nbeta\n\ngamma"):
        if char != "\n":
            line, column = origin.position(offset)
            assert _at(text, line, column)[0] == char


def test_the_documented_example_loads_and_is_in_canonical_layout() -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "file-format.md").read_text(
        encoding="utf-8"
    )
    example = doc.split("```toml\n", 1)[1].split("```", 1)[0]
    assert store.dumps(store.loads(example, "docs/file-format.md").release) == example


def test_an_embargo_without_a_zone_is_saved_in_the_release_zone() -> None:
    # The editor may hand over a plain clock time; the file must still load again.
    release = Release(
        date=date(2026, 6, 9),
        headline="H",
        line="embargoed",
        embargo=datetime(2026, 6, 9, 0, 1),
        zone="America/New_York",
    )
    text = store.dumps(release)
    assert "\nembargo = 2026-06-09T00:01:00-04:00\n" in text
    assert store.loads(text).release.embargo == datetime(2026, 6, 9, 0, 1, tzinfo=EDT)


def test_an_offset_toml_cannot_hold_is_saved_in_utc() -> None:
    from zoneinfo import ZoneInfo

    # New York kept local mean time (UTC-4:56:02) until 1883.
    embargo = datetime(1880, 6, 9, 0, 1, tzinfo=ZoneInfo("America/New_York"))
    text = store.dumps(Release(date=date(1880, 6, 9), headline="H", embargo=embargo))
    assert "\nembargo = 1880-06-09T04:57:02+00:00\n" in text
    assert store.loads(text).release.embargo == embargo


def test_a_statement_from_an_organisation_is_saved_without_a_name_and_loads_back() -> None:
    quote = Quote(("We will keep organising.",), Speaker("", org="Riders Alliance"))
    release = Release(date=date(2026, 11, 24), headline="H", body=(quote,))
    text = store.dumps(release)
    assert 'speaker = { org = "Riders Alliance" }\n' in text
    assert store.loads(text).release == release

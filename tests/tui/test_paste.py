"""Nothing pasted breaks the editor: any text (control characters, NULs, halves of surrogate pairs,
100 kB at once) pasted into each kind of field leaves the editor running and a file that loads."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from textual import events
from tui_helpers import click, field, full_release, workers_done

from pressdesk.store import load, save
from pressdesk.tui.app import make_app
from pressdesk.tui.clean_text import clean_paste
from pressdesk.tui.paste import shape_paste

# Text a terminal could paste: any character, with control characters and lone surrogates
# (which no UTF-8 file can hold) made likely rather than rare.
PASTED = st.lists(
    st.one_of(
        st.characters(),
        st.integers(0, 0x1F).map(chr),
        st.integers(0xD800, 0xDFFF).map(chr),
        st.sampled_from(["\x7f", "\x85", "\u2028", "\x1b[31m", "\r\n", "\t"]),
    ),
    max_size=200,
).map("".join)

# One field of each kind: a line, a checked line (email), a quote's paragraphs, a list, a text
# box (last: a paste of several paragraphs there adds paragraph blocks after it).
FIELDS = [
    ("f2", "headline"),
    ("f3", "contacts[0].email"),
    ("f4", "body[1].paragraphs"),
    ("f4", "body[3].items"),
    ("f4", "body[0].text"),
]


@pytest.mark.slow  # five editors started, each pasted into five fields
@settings(
    max_examples=3,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(pastes=st.lists(PASTED, min_size=len(FIELDS), max_size=len(FIELDS)))
@example(pastes=["\x00\ud800 lone\udfff half \x1b[2J\x07" * 3] * len(FIELDS))
@example(pastes=[("A long paste. \x00\x01\ud83d " * 7000)[:100_000]] * len(FIELDS))
async def test_any_paste_into_any_field_leaves_a_file_that_loads(
    release_file: Path, pastes: list[str]
) -> None:
    # Every example starts from the release as written: the fixture's file is the same for all
    # of them, and a paste of several paragraphs into body[0] adds blocks that move the quote.
    save(release_file, full_release())
    app = make_app(release_file, cursor_blink=False)
    async with app.run_test(size=(100, 40)) as pilot:
        for (key, path), text in zip(FIELDS, pastes, strict=True):
            await pilot.press(key)
            await click(pilot, field(pilot, path))
            app.post_message(events.Paste(text))  # as the terminal's bracketed paste arrives
            await workers_done(pilot)
            shown = field(pilot, path)
            value = shown.value if hasattr(shown, "value") else shown.text
            # What was pasted is in the field, cleaned (a line field keeps its first line); a
            # quote and a body paragraph shape it as text from a document (tested on its own).
            if path.endswith((".text", ".paragraphs")):
                shaped = shape_paste(text, quote=path.endswith(".paragraphs")).paragraphs
                first = shaped[0] if shaped else ""
            else:
                first = clean_paste(text).split("\n")[0]
            assert first[:40] in value
        await pilot.press("ctrl+q")
    load(release_file)  # a file pressdesk opens again


def test_cleaning_keeps_text_and_drops_what_no_file_can_hold() -> None:
    assert clean_paste("Rents\r\nrose\tagain\x00\x07") == "Rents\nrose again"
    assert clean_paste("caf\u00e9 \U0001f3e0 \ud800x\udc00") == "caf\u00e9 \U0001f3e0 x"
    assert clean_paste("\x1b[31mred\x1b[0m") == "[31mred[0m"


def test_alt_letter_never_types_its_letter() -> None:
    from textual import events

    from pressdesk.tui.clean_text import clean_typed

    assert not clean_typed(events.Key("alt+n", "n"))  # escape + n, from a terminal
    assert clean_typed(events.Key("n", "n"))
    assert clean_typed(events.Key("alt+up", None))  # an arrow of its own
    assert not clean_typed(events.Key("\ud800", "\ud800"))

"""Fast typing into a quote of a 1,500-word release: every key lands, in order, never blocked."""

from __future__ import annotations

from datetime import date

from textual import events
from textual.message import Message
from textual.widgets import TextArea

from pressdesk.model import Boilerplate, Contact, Paragraph, Quote, Release, Speaker
from pressdesk.tui.checking import FindingsReady

from .desk_app import DeskApp, to_quote
from .desk_helpers import settle

SENTENCE = (
    "Tenants in Bayport have told the coalition for years that the rent board ignored them, "
    "and the vote shows that organizing works. "
)
TYPED = ("Every renter deserves a fair hearing and a safe home. " * 10)[:500]


def release_of_words(words: int) -> Release:
    """A coalition statement of about `words` words whose body[1] is a two-paragraph quote."""
    paragraph = (SENTENCE * 3).strip()
    per_paragraph = len(paragraph.split())
    body: list[Paragraph | Quote] = [Paragraph("The Harbor Coalition welcomed the rent vote.")]
    n = 0
    while len(body) * per_paragraph * 2 < words:
        speaker = Speaker(f"Speaker {n}", "Director", f"Member Group {n}")
        body.append(Quote((paragraph, paragraph), speaker, approved=True))
        n += 1
    return Release(
        date=date(2026, 11, 24),
        headline="Harbor Coalition Welcomes Rent Board Vote",
        dateline="BOSTON",
        contacts=(
            Contact("Dana Whitfield", "dana@example.org", "617-555-0143", "Harbor Coalition"),
        ),
        body=tuple(body),
        boilerplate=(Boilerplate("Harbor Coalition", "The Harbor Coalition is 30 groups."),),
    )


async def test_500_fast_keystrokes_are_all_handled_in_order_and_checked_once_typing_stops() -> None:
    # How long the handlers take is measured in bench/bench_typing.py, not asserted here: a
    # wall-clock threshold trips whenever a busy machine pauses the process.
    await type_500_fast_keys()


async def type_500_fast_keys() -> None:
    release = release_of_words(1500)
    assert 1450 <= sum(len(t.split()) for t in _texts(release)) <= 1650
    app = DeskApp(release, debounce=0.25)
    seen: list[Message] = []
    async with app.run_test(size=(140, 36), message_hook=seen.append) as pilot:
        await settle(app, pilot)
        area = await to_quote(app, pilot)
        area.move_cursor((0, 0))
        seen.clear()
        # A typist faster than any human: every key is queued before the first is handled.
        for char in TYPED:
            app.post_message(events.Key(_key_name(char), char))
        await settle(app, pilot)

        # The hook sees a message at every node it bubbles through: count each one once.
        seen = list({id(m): m for m in seen}.values())
        changes = [m for m in seen if isinstance(m, TextArea.Changed)]
        # One change per keystroke, none lost or merged, and the text holds every character
        # in the order typed, ahead of what the paragraph said before.
        assert len(changes) == len(TYPED)
        first_paragraph = release.body[1].paragraphs[0]  # type: ignore[union-attr]
        assert area.text.startswith(TYPED + first_paragraph)
        quote = app.release.body[1]
        assert isinstance(quote, Quote)
        assert quote.paragraphs[0] == (TYPED + first_paragraph).strip()

        # The findings were brought up to date once typing stopped, for the text as typed.
        ready = [m for m in seen if isinstance(m, FindingsReady)]
        assert ready, "no findings after typing stopped"
        assert ready[-1].release == app.release
        assert app.panel.findings == ready[-1].findings


def _key_name(char: str) -> str:
    return {" ": "space", ".": "full_stop"}.get(char, char)


def _texts(release: Release) -> list[str]:
    from pressdesk.model import text_fields

    return [text for _, text in text_fields(release)]

"""Typing at a typist's pace into the real editor on a pseudo-terminal, with every core busy: each
field holds exactly what was typed into it, every run (issue: a Tab taken late sent the title into
the name field). Keys go in as a terminal sends them; the file on disk is the judge."""

from __future__ import annotations

import statistics
import threading
import time
from datetime import date
from pathlib import Path

import pytest
from pty_editor import CpuHog, PtyEditor

from pressdesk.model import Contact, Quote, Release, Speaker
from pressdesk.store import load, save

pytestmark = pytest.mark.slow

EDITORS = 4  # editors started, one after another
RUNS = 5  # cards typed into each: 20 runs in all
GAP = 0.03  # seconds between keys: a quick typist

PEOPLE = [
    ("Ana Ruiz", "Director", "Tenants First"),
    ("Omar Haddad", "Organizer", "Fair Rent Now"),
    ("June Baptiste", "Counsel", "Legal Aid"),
    ("Lee Park", "Press Officer", "Harbor Coalition"),
    ("Sam Okafor", "Chair", "Bayport Renters"),
]
SAID = [
    ("Rents rose again.", "We will not wait."),
    ("The vote is a start.", "Now the work begins."),
    ("Tenants won today.", "The board listened."),
    ("We asked for a freeze.", "We got one."),
    ("This took years.", "It was worth it."),
]


class Latency:
    """Key to screen: how long after a key is sent its text first shows on the screen."""

    def __init__(self) -> None:
        self.pending: list[tuple[float, str]] = []
        self.seen: list[float] = []
        self.lock = threading.Lock()
        self.field = ""

    def start_field(self) -> None:
        self.field = ""

    def sent(self, ch: str) -> None:
        self.field += ch
        tail = self.field.rsplit("\n", 1)[-1][-7:]
        if len(tail) >= 5:  # long enough to be found on the screen only where it was typed
            with self.lock:
                self.pending.append((time.monotonic(), tail))

    def screen(self, text: str) -> None:
        now = time.monotonic()
        with self.lock:
            while self.pending and self.pending[0][1] in text:
                self.seen.append(now - self.pending.pop(0)[0])


def type_cards(editor: PtyEditor, n: int, latency: Latency) -> None:
    """F3, a new contact (name, title, organisation), F4, a new quote (the same, then two
    paragraphs), back to F2 and ctrl+s: all at the typist's pace, never waiting for the screen."""
    name, title, org = PEOPLE[n]
    first, second = SAID[n]

    def key(*names: str) -> None:
        for k in names:
            editor.press(k)
            time.sleep(GAP)

    def text(value: str) -> None:
        latency.start_field()
        editor.type(value, GAP, sent=latency.sent)

    key("f3", "ctrl+n")
    for i, value in enumerate((name, title, org)):
        if i:
            key("tab")
        text(value)
    key("f4", "ctrl+t")
    for value in (f"{name} Jr", title, org):
        text(value)
        key("tab")
    text(f"{first}\n\n{second}")
    key("f2", "ctrl+s")


def expected_after(runs: int) -> tuple[tuple[Contact, ...], tuple[Quote, ...]]:
    """What the file holds after `runs` runs: each new card goes after the first one (the
    step puts the cursor in the first card, and a new card goes after the one you are in)."""
    contacts: list[Contact] = []
    quotes: list[Quote] = []
    for n in range(runs):
        name, title, org = PEOPLE[n]
        place = min(1, len(contacts))
        contacts.insert(place, Contact(name, title=title, org=org))
        quotes.insert(place, Quote(SAID[n], Speaker(f"{name} Jr", title, org)))
    return tuple(contacts), tuple(quotes)


def test_cards_typed_at_speed_under_a_cpu_hog_land_in_their_fields(tmp_path: Path) -> None:
    latency = Latency()
    with CpuHog():
        for e in range(EDITORS):
            path = tmp_path / f"typed-{e}.toml"
            save(path, Release(date=date(2026, 11, 24), headline="Typing under load"))
            editor = PtyEditor(path)
            try:
                editor.wait_for("Step 1 of 5")
                editor.watch(latency.screen)
                for run in range(RUNS):
                    type_cards(editor, run, latency)
                    contacts, quotes = expected_after(run + 1)
                    editor.wait_until(
                        lambda p=path, c=contacts, q=quotes: (
                            (load(p).contacts, load(p).body) == (c, q)
                        ),
                        f"run {e * RUNS + run + 1} on disk",
                    )
                editor.watch(None)
                editor.quit()
            finally:
                editor.kill()
            release = load(path)
            assert (release.contacts, release.body) == expected_after(RUNS)
    worst = max(latency.seen)
    print(
        f"\nkey to screen under a CPU hog: worst {worst * 1000:.0f} ms, "
        f"median {statistics.median(latency.seen) * 1000:.0f} ms over {len(latency.seen)} keys"
    )

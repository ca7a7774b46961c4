"""Every key the keymap advertises, pressed in each kind of widget on each step of the real editor
on a pseudo-terminal (keys as a terminal sends them): each does what it says, and no key types
into a field — the file on disk is the release as it was, once each key's effect is taken back."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from pty_editor import PtyEditor

from pressdesk.model import Boilerplate, Contact, Paragraph, Quote, Release, Speaker
from pressdesk.store import load, save
from pressdesk.tui.keymap import every_key
from pressdesk.tui.steps import STEP_IDS, STEPS

pytestmark = pytest.mark.slow

RELEASE = Release(
    date=date(2026, 11, 24),
    headline="Harbor Coalition Welcomes Rent Vote",
    dateline="BOSTON",
    contacts=(
        Contact("Dana Whitfield", "dana@example.org", "617-555-0143", "Harbor Coalition"),
        Contact("Lee Park", "lee@example.org", "617-555-0178", "Harbor Coalition"),
    ),
    body=(
        Paragraph("The Harbor Coalition welcomed the vote on Tuesday."),
        Quote(("This vote is a start.",), Speaker("Ana Ruiz", "Director", "Tenants First")),
    ),
    boilerplate=(
        Boilerplate("Harbor Coalition", "The Harbor Coalition is 30 groups."),
        Boilerplate("Tenants First", "Tenants First organizes renters."),
    ),
)

STEP_COLUMNS = (22, 100)  # where the step shows at 200 columns (toasts show right of it)

# Where a binding applies (the footer offers it there); everywhere if not listed.
WHERE = {
    "add.contact": {"contacts"},
    "add.paragraph": {"story"},
    "add.quote": {"story"},
    "add.boilerplate": {"boilerplate"},
    "move.up": {"contacts", "story", "boilerplate"},
    "move.down": {"contacts", "story", "boilerplate"},
    "move.remove": {"contacts", "story", "boilerplate"},
    "go.back": set(STEP_IDS[1:]),
    "go.next": set(STEP_IDS[:-1]),
}


@dataclass
class Place:
    """A widget to put the cursor in: click `text` on the step, then press Tab `tabs` times."""

    step: str
    kind: str
    text: str
    tabs: int = 0
    in_card: bool = False  # the cursor is in a card (a move or removal applies to it)
    first_card: bool = True


PLACES = [
    Place("release", "one-line field", "Harbor Coalition Welcomes"),
    Place("release", "choice", "◉ Immediate"),
    Place("release", "list", "Release ✓"),  # the step list, left of the step
    Place("contacts", "one-line field", "Dana Whitfield", in_card=True),
    Place("contacts", "button", "617-555-0178", tabs=1),  # + Add contact, after the last field
    Place("story", "text box", "welcomed the vote", in_card=True),
    Place("story", "one-line field", "Ana Ruiz", in_card=True, first_card=False),
    Place("story", "choice", "◉ Statement", in_card=True, first_card=False),
    Place("story", "checkbox", "◉ Statement", tabs=1, in_card=True, first_card=False),
    Place("story", "button", "◉ Statement", tabs=2),  # + Paragraph, after the last card
    Place("boilerplate", "one-line field", "Tenants First", in_card=True, first_card=False),
    Place("boilerplate", "text box", "is 30 groups", in_card=True),
    Place("review", "list", "F6 Review"),
]


class Session:
    """The editor on the release file, with a way back to any place."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.original = path.read_bytes()
        self.editor = PtyEditor(path, columns=200)
        self.editor.wait_for("Step 1 of 5")
        self.step = STEP_IDS[0]
        self.at_rest: dict[str, list[str]] = {}  # each step's cards as first shown

    def go(self, step: str) -> None:
        index = STEP_IDS.index(step)
        self.editor.press(STEPS[index].key)
        self.editor.wait_for(f"Step {index + 1} of 5")
        self.step = step

    def focus(self, place: Place) -> None:
        self.go(place.step)
        self.editor.wait_for(place.text)
        if place.step not in self.at_rest:
            # The step as first shown, once all of it is drawn: its place texts can show in the
            # preview before the step's cards are on screen (CI once took the step half-drawn).
            texts = {p.text for p in PLACES if p.step == place.step and p.kind != "list"}
            self.editor.wait_until(
                lambda: len(self.order_shown(place.step)) == len(texts), "the whole step drawn"
            )
            self.at_rest[place.step] = self.order_shown(place.step)
        # In the step itself (between the step list and the side column), not the preview.
        columns = (0, 22) if place.kind == "list" else STEP_COLUMNS
        x, y = self.editor.find(place.text, columns)
        self.editor.click(x + 1, y)
        self.editor.press(*["tab"] * place.tabs)

    def saved_as_before(self) -> None:
        """ctrl+s, then the file must be the release as it was, byte for byte."""
        # The file is as it was before the key just pressed is even handled: first see the keys
        # before this one done. Keys are handled in order, so the preview hidden and shown again
        # (F8, which leaves the cursor where it is) means they are. The Review step is all
        # preview, and has no cards a late key could move.
        if self.step != "review":
            self.editor.press("f8")
            self.editor.wait_until(
                lambda: "For Immediate Release" not in self.editor.text(), "no preview"
            )
            self.editor.press("f8")
            self.editor.wait_for("For Immediate Release")
        self.editor.press("ctrl+s")
        try:
            self.editor.wait_until(
                lambda: self.path.read_bytes() == self.original, "the file as before"
            )
        except AssertionError as exc:
            now = self.path.read_text("utf-8").splitlines()
            diff = difflib.unified_diff(self.original.decode().splitlines(), now, lineterm="")
            raise AssertionError(
                f"{exc}\nthe file against the original:\n" + "\n".join(diff)
            ) from None
        # The file is back; the next click goes where the step shows the release as it was, so
        # wait for the step to show it (a click on a card not yet moved back lands on another).
        if (rest := self.at_rest.get(self.step)) is not None:
            self.editor.wait_until(
                lambda: self.order_shown(self.step) == rest, "the step as before"
            )

    def order_shown(self, step: str) -> list[str]:
        """The step's places (their cards' texts) in the order the step shows them, top down."""
        found = []
        for text in {p.text for p in PLACES if p.step == step and p.kind != "list"}:
            if (where := self.editor.locate(text, STEP_COLUMNS)) is not None:
                found.append((where[1], where[0], text))
        return [text for *_, text in sorted(found)]

    def saved_with(self, done: Callable[[Release], bool], what: str) -> None:
        self.editor.press("ctrl+s")
        self.editor.wait_until(lambda: done(load(self.path)), what)

    def closed(self, key: str, shown: str) -> None:
        """`key` opens something that shows `shown`; Escape closes it."""
        self.editor.press(key)
        self.editor.wait_for(shown)
        self.editor.press("escape")
        self.editor.wait_until(lambda: shown not in self.editor.text(), f"{shown!r} to close")


def press_each(s: Session, place: Place, key_id: str, key: str) -> None:
    """Press `key` with the cursor at `place`, see it do what it says, and take it back."""
    editor = s.editor
    step_number = STEP_IDS.index(place.step) + 1
    if key_id.startswith("go.") and key_id not in ("go.back", "go.next"):
        target = STEP_IDS.index(key_id.removeprefix("go.")) + 1
        editor.press(key)
        editor.wait_for(f"Step {target} of 5")
    elif key_id in ("go.back", "go.next"):
        editor.press(key)
        editor.wait_for(f"Step {step_number + (1 if key_id == 'go.next' else -1)} of 5")
    elif key_id == "app.help":
        s.closed(key, "Esc to close")
    elif key_id == "desk.export":
        s.closed(key, "Export the release")
    elif key_id == "desk.library":
        title = {"contacts": "Media contacts", "boilerplate": "Insert a boilerplate"}
        s.closed(key, title.get(place.step, "Add a quote from"))
    elif key_id == "view.preview" and place.step != "review":  # Review is all preview
        # The preview's first line, the release line as the text export prints it.
        editor.press(key)
        editor.wait_until(lambda: "For Immediate Release" not in editor.text(), "no preview")
        editor.press(key)
        editor.wait_for("For Immediate Release")
    elif key_id in ("desk.findings", "view.preview"):
        editor.press(key, key)  # to the findings and back
    elif key_id == "edit.paste_as_is":
        editor.press(key)
        editor.wait_for("exactly as copied")  # the toast; no paste follows, nothing changes
        s.saved_as_before()
    elif key_id == "desk.fix_all":
        editor.press(key)
        editor.wait_for("No safe fixes to make")
        s.saved_as_before()
    elif key_id == "file.save":
        editor.press(key)
        editor.wait_for("Saved")
    elif key_id.startswith("add."):
        collection = {"add.contact": "contacts", "add.boilerplate": "boilerplate"}.get(
            key_id, "body"
        )
        count = len(getattr(RELEASE, collection))
        editor.press(key)
        s.saved_with(lambda r: len(getattr(r, collection)) == count + 1, f"{key} to add")
        editor.press("ctrl+z")
        s.saved_as_before()
    elif key_id in ("move.up", "move.down", "move.remove"):
        editor.press(key)
        if not place.in_card:
            editor.wait_for("Put the cursor in the item")
        elif key_id == "move.remove":
            editor.wait_for("Removed the")  # the toast (its words wrap)
            editor.press("ctrl+z")
        elif (key_id == "move.down") == place.first_card:  # a real move: back with ctrl+z
            s.saved_with(lambda r: r != load_original(s), f"{key} to move")
            editor.press("ctrl+z")
        s.saved_as_before()
    elif key_id in ("edit.undo", "edit.redo") and place.step in ("release", "review"):
        # Nothing to take back or redo on these steps: the key changes nothing.
        editor.press(key)
        s.saved_as_before()
    elif key_id in ("edit.undo", "edit.redo"):
        # An add (ctrl+n) to take back: undo, redo, undo again.
        collection = {"contacts": "contacts", "boilerplate": "boilerplate"}.get(place.step, "body")
        count = len(getattr(RELEASE, collection))
        editor.press("ctrl+n")
        s.saved_with(lambda r: len(getattr(r, collection)) == count + 1, "ctrl+n to add")
        editor.press("ctrl+z")
        s.saved_as_before()
        editor.press("ctrl+y")
        s.saved_with(lambda r: len(getattr(r, collection)) == count + 1, "ctrl+y to redo")
        editor.press("ctrl+z")
        s.saved_as_before()
    else:
        raise AssertionError(f"no check for {key_id}")


def load_original(s: Session) -> Release:
    return RELEASE


@pytest.mark.parametrize("step", STEP_IDS)
def test_every_advertised_key_in_every_kind_of_widget(tmp_path: Path, step: str) -> None:
    path = tmp_path / "keys.toml"
    save(path, RELEASE)
    s = Session(path)
    try:
        for place in [p for p in PLACES if p.step == step]:
            for key in every_key():
                if key.id == "app.quit" or step not in WHERE.get(key.id, set(STEP_IDS)):
                    continue
                s.focus(place)
                try:
                    press_each(s, place, key.id, key.key)
                except AssertionError as exc:
                    raise AssertionError(f"{key.key} ({key.id}) at {place}: {exc}") from None
            # No key typed into the field: what is saved is the release as it was.
            s.saved_as_before()
        s.editor.quit()  # ctrl+q: saves and quits
        assert s.editor.process.returncode == 0
    finally:
        s.editor.kill()
    assert load(path) == RELEASE

"""The desk: the live checks, the library at hand (pickers, suggestions, saving back to it) and
export, as one component of the editor screen.

Attributes down, messages up: the screen tells the desk the release as it changes (`check`) and
asks it to open a picker, the export screen or the save dialog; the desk posts `FindingsReady`
(from its checker) and `Desk.Picked` (something from the library to add), and the screen applies
what it is told. For a misspelling it turns a chosen suggestion into a fix for the screen's fix
path, and adds a word to the library's words. The panel, the checker and the pickers are imported when first needed: the first
frame needs none of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.message import Message
from textual.suggester import Suggester
from textual.widget import Widget

from pressdesk.model import Boilerplate, Contact, Quote, Release, Speaker, get_text
from pressdesk.tui.edits import Edit, Insert, SetField

if TYPE_CHECKING:
    from pressdesk.findings import Finding
    from pressdesk.library import Library
    from pressdesk.tui.checking import FindingsReady, LiveChecker
    from pressdesk.tui.screens.save_to_library import Saveable, SavedToLibrary

_ITEM = re.compile(r"^(body|contacts|boilerplate)\[(\d+)\]")
# Fields whose names the library can complete: organisations, and the people who speak or answer.
ORG_FIELD = re.compile(r"(contacts|body|boilerplate)\[\d+\](\.speaker)?\.org")
PERSON_FIELD = re.compile(r"(contacts\[\d+\]|body\[\d+\]\.speaker)\.name")


def item_at(release: Release, path: str) -> Saveable | None:
    """What "save to the library" saves for the field at `path`: a quote's speaker, a contact,
    a boilerplate block, or None when the field belongs to none of them."""
    found = _ITEM.match(path)
    if found is None:
        return None
    items: tuple[object, ...] = getattr(release, found[1])
    index = int(found[2])
    if index >= len(items):
        return None
    item = items[index]
    if isinstance(item, Quote):
        return item.speaker
    if isinstance(item, Contact | Boilerplate):
        return item
    return None


class Desk(Widget):
    """The desk's behaviour for the editor screen (invisible; holds the live checker)."""

    DEFAULT_CSS = "Desk { display: none; }"

    @dataclass
    class Picked(Message):
        """Something to put in the release from the library; the screen applies `edit` (undoably)
        and goes to `step`."""

        edit: Edit
        step: str

    def __init__(self, folder: Path | None, library: Library | None = None) -> None:
        super().__init__(id="desk")
        self._folder = folder
        self._library = library  # the app's (`--library`), or opened when first needed
        self._checked: Release | None = None  # the release the findings on show were found in

    def compose(self) -> ComposeResult:
        from pressdesk.tui.checking import CheckSetup, LiveChecker

        # The library is given to the checks with the first check, after the first frame.
        yield LiveChecker(CheckSetup(folder=self._folder), id="checker")

    # --- the checks ------------------------------------------------------------------------------

    @property
    def checker(self) -> LiveChecker | None:
        from pressdesk.tui.checking import LiveChecker

        return self.query_one_optional(LiveChecker)  # asked on every key: one walk, not two

    def check(self, release: Release, *, now: bool = False) -> None:
        """Check `release` (now, or once typing pauses); nothing before the checker is mounted."""
        checker = self.checker
        if checker is None:
            return
        if now:
            if checker.setup.library is None:
                checker.refresh_setup(library=self.library)
            checker.check_now(release)
        else:
            checker.check(release)

    def on_findings_ready(self, message: FindingsReady) -> None:
        # On its way up to the screen (not stopped): remember what the findings' spans refer to.
        self._checked = message.release

    def moved(self, folder: Path) -> None:
        """The release now lives in `folder`: the checks follow that folder's pressdesk.toml."""
        self._folder = folder
        if (checker := self.checker) is not None:
            checker.refresh_setup(folder=folder)

    # --- spelling --------------------------------------------------------------------------------

    def suggestion(self, release: Release, finding: Finding, word: str) -> Finding | None:
        """`finding` with a fix putting `word` in place of the misspelling, for the screen's fix
        path (one undo takes it back); None, with a note, when the text changed there since."""
        from pressdesk.tui.spelling_choices import suggestion_fix

        fixed = suggestion_fix(self._checked, release, finding, word)
        if fixed is None:
            self.notify(
                "The text there has changed since the check: choose again from the new findings.",
                title="Not replaced",
                severity="warning",
            )
        return fixed

    def add_word(self, word: str, release: Release) -> None:
        """Add `word` to the library's words (as `pressdesk library words add WORD`) and check
        again, so its finding goes away."""
        from pressdesk.errors import PressdeskError
        from pressdesk.library import Library, add_word
        from pressdesk.library.words import words_file

        folder = self.library.path
        try:
            added = add_word(folder, word)
        except PressdeskError as exc:
            self.notify(str(exc), title="Not added", severity="warning")
            return
        self._library = Library.open(folder)
        if (checker := self.checker) is not None:
            checker.refresh_setup(library=self._library)
            checker.check_now(release)
        said = "Added" if added else "Already there:"
        self.notify(f"{said} “{word}” ({words_file(folder)})", title="The coalition's words")

    # --- the library -----------------------------------------------------------------------------

    @property
    def library(self) -> Library:
        """The library in use: the app's, or the one `library_path` finds, opened once."""
        if self._library is None:
            from pressdesk.library import Library, library_path

            self._library = Library.open(library_path(None))
        return self._library

    def suggester_for(self, path: str, org_beside: Callable[[], str]) -> Suggester | None:
        """Library names for the organisation or person field at `path` (None for other fields)."""
        from pressdesk.tui.suggesters import organisation_suggester, speaker_suggester

        if ORG_FIELD.fullmatch(path):
            return organisation_suggester(lambda: self.library)
        if PERSON_FIELD.fullmatch(path):
            return speaker_suggester(lambda: self.library, org_beside)
        return None

    def pick(self, step: str, release: Release) -> None:
        """The picker for `step`: contacts, a boilerplate, otherwise a quote's speaker."""
        from pressdesk.tui.screens.library_pickers import (
            BoilerplatePicker,
            ContactsPicker,
            SpeakerPicker,
        )

        if step == "contacts":
            self.app.push_screen(ContactsPicker(self.library, release), self._add_contacts)
        elif step == "boilerplate":
            self.app.push_screen(BoilerplatePicker(self.library, release), self.add_boilerplate)
        else:
            self.app.push_screen(SpeakerPicker(self.library, release), self.add_quote)

    def insert_boilerplate(self, slug: str) -> None:
        from pressdesk.tui.library_actions import boilerplate_from

        if slug in self.library.orgs:
            self.add_boilerplate(boilerplate_from(self.library.orgs[slug]))

    def add_quote_from(self, slug: str, name: str) -> None:
        from pressdesk.tui.library_actions import speaker_from

        org = self.library.orgs.get(slug)
        person = org.person(name) if org is not None else None
        if org is not None and person is not None:
            self.add_quote(speaker_from(org, person))

    def _add_contacts(self, contacts: list[Contact] | None) -> None:
        for contact in contacts or ():
            self.post_message(self.Picked(Insert("contacts", None, contact), "contacts"))

    def add_quote(self, speaker: Speaker | None) -> None:
        if speaker is not None:
            self.post_message(self.Picked(Insert("body", None, Quote(("",), speaker)), "story"))

    def add_boilerplate(self, block: Boilerplate | None) -> None:
        if block is not None:
            self.post_message(self.Picked(Insert("boilerplate", None, block), "boilerplate"))

    def save_to_library(self, release: Release, path: str) -> None:
        """Save the speaker, contact or boilerplate the field at `path` belongs to."""
        from pressdesk import clock
        from pressdesk.tui.screens.save_to_library import SaveToLibrary

        item = item_at(release, path)
        if item is None:
            self.notify(
                "Put the cursor in a quote's speaker, a contact or a boilerplate first.",
                title="Save to the library",
                severity="warning",
            )
            return
        found = _ITEM.match(path)
        index = int(found[2]) if found else -1
        self.app.push_screen(
            SaveToLibrary(self.library.path, item, today=clock.today()),
            lambda saved: self._saved(saved, index),
        )

    def _saved(self, saved: SavedToLibrary | None, index: int) -> None:
        from pressdesk.library import Library

        if saved is None:
            return
        self._library = Library.open(self.library.path)
        if (checker := self.checker) is not None:
            checker.refresh_setup(library=self._library)
        self.notify("\n".join(saved.lines), title="Saved to the library")
        if saved.boilerplate is not None and index >= 0:
            # The block now remembers its library organisation (for boilerplate-drift).
            edit = SetField(f"boilerplate[{index}]", saved.boilerplate)
            self.post_message(self.Picked(edit, "boilerplate"))

    # --- export ----------------------------------------------------------------------------------

    def export(self, release: Release, path: Path | None, *, draft: bool, fmt: str = "") -> None:
        """The export screen with `fmt` chosen ("" for every format); a draft exports to the
        folder pressdesk was started in, not the data folder."""
        from pressdesk.tui.screens.export_screen import ExportScreen

        checker = self.checker
        self.app.push_screen(
            ExportScreen(
                release,
                None if draft else path,
                formats=[fmt] if fmt else None,
                folder=Path.cwd() if draft or path is None else None,
                setup=checker.setup if checker is not None else None,
                library=self.library,  # for the PDF's logo, as `pressdesk export` finds it
            )
        )


def org_beside(release: Callable[[], Release], path: str) -> str:
    """The organisation typed beside the name field at `path` (read when asked: cards move)."""
    try:
        return get_text(release(), path.rsplit(".", 1)[0] + ".org")
    except (IndexError, AttributeError, KeyError, ValueError):
        return ""

"""The desk's library actions, for the screen that holds the release: the pickers (contacts, a
quote's speaker, a boilerplate), the palette's direct inserts, and saving what was typed back to
the library. Part of `DeskMixin` (tui/desk_wiring.py), which supplies what is declared below."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from pressdesk.model import Boilerplate, Contact, Quote, Release, Speaker

if TYPE_CHECKING:
    from textual.app import App
    from textual.widget import Widget

    from pressdesk.library import Library
    from pressdesk.tui.checking import LiveChecker
    from pressdesk.tui.screens.save_to_library import Saveable, Saved

_ITEM = re.compile(r"^(body|contacts|boilerplate)\[(\d+)\]")


def item_at(release: Release, path: str) -> Saveable | None:
    """What "save to the library" saves for the field at `path`: a quote's speaker, a contact,
    a boilerplate block, or None when the field belongs to none of them."""
    found = _ITEM.match(path)
    if found is None:
        return None
    collection, index = found[1], int(found[2])
    items: Sequence[object] = getattr(release, collection)
    if index >= len(items):
        return None
    item = items[index]
    if isinstance(item, Quote):
        return item.speaker
    if isinstance(item, Contact | Boilerplate):
        return item
    return None


class DeskLibraryMixin:
    """The library half of `DeskMixin`."""

    release: Release
    _desk_library: Library | None = None

    if TYPE_CHECKING:  # provided by DeskMixin

        @property
        def desk_library(self) -> Library | None: ...
        @property
        def _node(self) -> Widget | App[Any]: ...
        @property
        def _checker(self) -> LiveChecker | None: ...
        def _replace_release(self, release: Release) -> None: ...
        def desk_go(self, step: str) -> None: ...

    def action_pick_from_library(self) -> None:
        """The picker for the step in view: contacts, a quote's speaker, or a boilerplate."""
        step = getattr(self, "step", "")
        if step == "contacts":
            self.action_pick_contacts()
        elif step == "boilerplate":
            self.action_pick_boilerplate()
        else:
            self.action_pick_speaker()

    def action_pick_contacts(self) -> None:
        from pressdesk.tui.screens.library_pickers import ContactsPicker

        library = self.desk_library
        if library is not None:
            self._node.app.push_screen(
                ContactsPicker(library, self.release), self.desk_add_contacts
            )

    def action_pick_speaker(self) -> None:
        from pressdesk.tui.screens.library_pickers import SpeakerPicker

        library = self.desk_library
        if library is not None:
            self._node.app.push_screen(SpeakerPicker(library, self.release), self.desk_add_quote)

    def action_pick_boilerplate(self) -> None:
        from pressdesk.tui.screens.library_pickers import BoilerplatePicker

        library = self.desk_library
        if library is not None:
            self._node.app.push_screen(
                BoilerplatePicker(library, self.release), self.desk_add_boilerplate
            )

    def action_insert_boilerplate(self, slug: str) -> None:
        from pressdesk.tui.library_actions import boilerplate_from

        library = self.desk_library
        if library is not None and slug in library.orgs:
            self.desk_add_boilerplate(boilerplate_from(library.orgs[slug]))

    def action_add_quote_from(self, slug: str, name: str) -> None:
        from pressdesk.tui.library_actions import speaker_from

        library = self.desk_library
        org = library.orgs.get(slug) if library is not None else None
        person = org.person(name) if org is not None else None
        if org is not None and person is not None:
            self.desk_add_quote(speaker_from(org, person))

    def desk_add_contacts(self, contacts: list[Contact] | None) -> None:
        added = tuple(contacts or ())
        if added:
            self._replace_release(self.release.replace(contacts=self.release.contacts + added))
            self.desk_go("contacts")

    def desk_add_quote(self, speaker: Speaker | None) -> None:
        if speaker is not None:
            quote = Quote(("",), speaker)
            self._replace_release(self.release.replace(body=(*self.release.body, quote)))
            self.desk_go("story")

    def desk_add_boilerplate(self, block: Boilerplate | None) -> None:
        if block is not None:
            blocks = (*self.release.boilerplate, block)
            self._replace_release(self.release.replace(boilerplate=blocks))
            self.desk_go("boilerplate")

    def action_save_to_library(self) -> None:
        """Save the speaker, contact or boilerplate the cursor is in to the library."""
        from pressdesk import clock
        from pressdesk.tui.screens.save_to_library import SaveToLibrary

        library = self.desk_library
        focused = self._node.app.focused
        path = str(getattr(focused, "path", "") or "")
        item = item_at(self.release, path)
        if library is None or item is None:
            self._node.notify(
                "Put the cursor in a quote's speaker, a contact or a boilerplate first.",
                title="Save to the library",
                severity="warning",
            )
            return
        where = _ITEM.match(path)
        index = int(where[2]) if where else -1
        self._node.app.push_screen(
            SaveToLibrary(library.path, item, today=clock.today()),
            lambda saved: self._saved(saved, index),
        )

    def _saved(self, saved: Saved | None, index: int) -> None:
        from pressdesk.library import Library

        if saved is None:
            return
        library = self.desk_library
        if library is not None:
            fresh = Library.open(library.path)
            if getattr(self._node.app, "library", None) is not None:
                setattr(self._node.app, "library", fresh)  # noqa: B010 - the app's own attribute
            else:
                self._desk_library = fresh
            if (checker := self._checker) is not None:
                checker.refresh_setup(library=fresh)
        self._node.notify("\n".join(saved.lines), title="Saved to the library")
        block = saved.boilerplate
        if block is not None and 0 <= index < len(self.release.boilerplate):
            blocks = list(self.release.boilerplate)
            blocks[index] = block  # it now remembers its library organisation
            self._replace_release(self.release.replace(boilerplate=tuple(blocks)))

"""The saved library: coalitions and member organisations, their people and boilerplates.

One hand-editable TOML file per organisation in a folder (see docs/library.md).

Each name below is imported from its module the first time it is asked for, so `from
pressdesk.library import library_path` does not load the TOML writer, slug maker and the rest:
`pressdesk check` looks up the library's folder on every run.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pressdesk.library.files import LibraryFileError, dumps_org, parse_org, read_org
    from pressdesk.library.folder import Library
    from pressdesk.library.harvest import SaveReport, coalition_name, save_from
    from pressdesk.library.location import library_path
    from pressdesk.library.names import loose_key, same_name, same_text
    from pressdesk.library.orgs import EarlierBoilerplate, Organisation, Person
    from pressdesk.library.starter import start_release
    from pressdesk.library.words import add_word, read_words, remove_word

# name -> the module under pressdesk.library that defines it
_HOMES = {
    "LibraryFileError": "files",
    "dumps_org": "files",
    "parse_org": "files",
    "read_org": "files",
    "Library": "folder",
    "library_path": "location",
    "SaveReport": "harvest",
    "coalition_name": "harvest",
    "save_from": "harvest",
    "loose_key": "names",
    "same_name": "names",
    "same_text": "names",
    "EarlierBoilerplate": "orgs",
    "Organisation": "orgs",
    "Person": "orgs",
    "start_release": "starter",
    "add_word": "words",
    "read_words": "words",
    "remove_word": "words",
}

__all__ = [
    "EarlierBoilerplate",
    "Library",
    "LibraryFileError",
    "Organisation",
    "Person",
    "SaveReport",
    "add_word",
    "coalition_name",
    "dumps_org",
    "library_path",
    "loose_key",
    "parse_org",
    "read_org",
    "read_words",
    "remove_word",
    "same_name",
    "same_text",
    "save_from",
    "start_release",
]


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"pressdesk.library.{home}"), name)
    globals()[name] = value  # asked once: later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOMES])

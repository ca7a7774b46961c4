"""The saved library: coalitions and member organisations, their people and boilerplates.

One hand-editable TOML file per organisation in a folder (see docs/library.md).
"""

from pressdesk.library.files import LibraryFileError, dumps_org, parse_org, read_org
from pressdesk.library.folder import Library, library_path
from pressdesk.library.harvest import SaveReport, coalition_name, save_from
from pressdesk.library.names import loose_key, same_name, same_text
from pressdesk.library.orgs import EarlierBoilerplate, Organisation, Person
from pressdesk.library.starter import start_release
from pressdesk.library.words import add_word, read_words, remove_word

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

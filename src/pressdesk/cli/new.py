"""`pressdesk new FILE`: start a release from a starter template, dated today."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from pressdesk import clock
from pressdesk.errors import PressdeskError
from pressdesk.fileio import atomic_write
from pressdesk.resources import template_dirs

DEFAULT_TEMPLATE = "statement"
# The release date line of a starter; only the date itself is replaced, so its comment stays.
_DATE_LINE = re.compile(r"^(date[ \t]*=[ \t]*)\d{4}-\d\d-\d\d", re.MULTILINE)
# A release file is TOML: these suffixes would be read as a typed release by check and export.
_NOT_A_RELEASE_FILE = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".eml")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE", help="the release file to create, e.g. statement.toml"
    )
    parser.add_argument(
        "--template",
        metavar="NAME",
        default=DEFAULT_TEMPLATE,
        help="starter to begin from: statement (default), announcement or advisory",
    )
    parser.add_argument(
        "--coalition",
        metavar="ORG",
        help="fill in this coalition's contacts, boilerplate and members from the library",
    )
    parser.add_argument("--library", metavar="DIR", help="library folder (or PRESSDESK_LIBRARY)")
    parser.add_argument("--force", action="store_true", help="overwrite FILE if it exists")


def starter_names() -> list[str]:
    """The starters on offer: the bundled ones plus any in the user's template folder."""
    names = {p.stem for folder in template_dirs() for p in (folder / "starters").glob("*.toml")}
    return sorted(names)


def find_starter(name: str) -> Path:
    """The starter file called `name`, the user's own first."""
    for folder in template_dirs():
        path = folder / "starters" / f"{name}.toml"
        if path.is_file():
            return path
    raise PressdeskError(
        f"no starter template called {name!r} (choose from {', '.join(starter_names())})"
    )


def starter_text(name: str) -> str:
    """The starter's TOML with today's date, comments kept; refuses a starter that is not valid."""
    from pressdesk.store import dumps, loads, read_text

    path = find_starter(name)
    text = read_text(path)
    today = clock.today().isoformat()
    dated, count = _DATE_LINE.subn(lambda m: m.group(1) + today, text, count=1)
    release = loads(dated, name=str(path)).release  # a broken user starter is reported here
    if count == 0 or release.date.isoformat() != today:
        return dumps(release.replace(date=clock.today()))
    return dated


def run(args: argparse.Namespace) -> int:
    if not args.file.strip():
        raise PressdeskError(
            "new needs the name of the release file to create, e.g. statement.toml"
        )
    if args.coalition is not None and not args.coalition.strip():
        raise PressdeskError("--coalition needs the name of a coalition in the library")
    target = Path(args.file)
    if target.suffix.lower() in _NOT_A_RELEASE_FILE:
        raise PressdeskError(
            f"{target}: a release file is TOML; try {target.with_suffix('.toml')} "
            "(use `pressdesk import` to turn a text release into one)"
        )
    if target.is_dir():
        raise PressdeskError(f"{target}: is a folder; give the name of the release file to create")
    if target.exists() and not args.force:
        raise PressdeskError(f"{target}: already exists (use --force to overwrite)")
    text = starter_text(args.template)
    if args.coalition is not None:
        text = _for_coalition(text, args.coalition, args.library)
    atomic_write(target, text.encode("utf-8"), overwrite=args.force)
    print(f"Created {target} from the {args.template} starter.")
    print(f"Fill in the [bracketed] parts, then run: pressdesk check {target}")
    return 0


def _for_coalition(text: str, coalition: str, library_dir: str | None) -> str:
    # Imported here: only `new --coalition` needs the library.
    from pressdesk.library import Library, library_path, start_release
    from pressdesk.store import dumps, loads

    base = loads(text).release
    started = dumps(start_release(base, Library.open(library_path(library_dir)), coalition))
    # The release is written anew, so only the starter's opening note (what to fill in, where
    # the keys are explained) can come along; the comments beside its keys cannot.
    note = _LEADING_COMMENTS.match(text)
    return (note.group(0) if note else "") + started


_LEADING_COMMENTS = re.compile(r"(?:#[^\n]*\n)+")

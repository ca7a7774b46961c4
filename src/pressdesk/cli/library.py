"""`pressdesk library [list | show ORG | save-from FILE | words … | path] [--library DIR]`: the saved library."""

from __future__ import annotations

import argparse
import textwrap
from pathlib import Path

from pressdesk.errors import PressdeskError
from pressdesk.library import Library, Organisation, library_path

ACTIONS = ("list", "show", "save-from", "words", "path")
WORD_ACTIONS = ("list", "add", "remove")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.usage = (
        "pressdesk library [list | show ORG | save-from FILE | words [list | add WORD | remove WORD]"
        " | path] [--library DIR]"
    )
    parser.add_argument(
        "action",
        nargs="?",
        default="list",
        choices=ACTIONS,
        help="list (the default): every organisation; show ORG: one of them (slug or name); "
        "save-from FILE: add what a release knows; words: the words the spell check takes as "
        "right (words add WORD, words remove WORD); path: print the library folder",
    )
    parser.add_argument(
        "target",
        nargs="?",
        metavar="ORG|FILE",
        help="for show and save-from; list/add/remove for words",
    )
    parser.add_argument("word", nargs="?", metavar="WORD", help="for words add and words remove")
    parser.add_argument("--library", metavar="DIR", help="library folder (or PRESSDESK_LIBRARY)")
    parser.add_argument(
        "--update",
        action="store_true",
        help="save-from: replace differing titles, emails, phones and boilerplates "
        "(the old boilerplate is kept as an earlier version)",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="save-from: report what would change, write nothing"
    )


def run(args: argparse.Namespace) -> int:
    folder = library_path(args.library)
    if args.action == "words":
        return _words(folder, args.target or "list", args.word)
    if args.word:
        raise PressdeskError(f"library {args.action}: unexpected {args.word!r}")
    needs_target = args.action in ("show", "save-from")
    if needs_target and not args.target:
        what = "ORG" if args.action == "show" else "FILE"
        raise PressdeskError(f"library {args.action} needs {what} (see pressdesk library --help)")
    if not needs_target and args.target:
        raise PressdeskError(f"library {args.action} takes no argument (got {args.target!r})")
    if args.action == "path":
        print(folder)
        return 0
    if folder.exists() and not folder.is_dir():  # a library is a folder of files, one per group
        raise PressdeskError(f"{folder}: is a file, not a library folder")
    if args.action == "save-from":
        return _save_from(folder, Path(args.target), update=args.update, dry_run=args.dry_run)
    library = Library.open(folder)
    if args.action == "show":
        print(show(library.lookup(args.target), library))
        return 0
    return _list(library)


def _list(library: Library) -> int:
    orgs = sorted(library.orgs.values(), key=lambda o: (o.kind != "coalition", o.slug))
    count = len(orgs) + len(library.broken)
    print(f"Library: {library.path} ({count} organisation{'' if count == 1 else 's'})")
    width = max((len(slug) for slug in [*library.orgs, *library.broken]), default=0)
    for org in orgs:
        people = f"{len(org.people)} {'person' if len(org.people) == 1 else 'people'}"
        print(f"  {org.slug:<{width}}  {org.kind:<9}  {people:<9}  {org.name}")
    for slug in sorted(library.broken):
        print(f"  {slug:<{width}}  (cannot be read: see below)")
    if not orgs and not library.broken:
        print("  (empty: `pressdesk library save-from RELEASE` fills it)")
    problems = library.problems()
    if problems:
        print(f"Problems ({len(problems)}):")
        for line in problems:
            print(f"  {line}")
        return 1
    return 0


def show(org: Organisation, library: Library) -> str:
    """One organisation, as a comms staffer reads it."""
    short = f" ({org.short_name})" if org.short_name else ""
    lines = [f"{org.name}{short}: {org.kind}", f"  file: {library.file_of(org.slug)}"]
    if org.website:
        lines.append(f"  website: {org.website}")
    if org.kind == "coalition":
        names = [
            library.orgs[s].name if s in library.orgs else f"{s} (no file)" for s in org.members
        ]
        lines.append(f"Members ({len(names)}):")
        lines += [f"  {name}" for name in names] or ["  (none yet)"]
    lines.append(f"People ({len(org.people)}):")
    for p in org.people:
        title = f", {p.title}" if p.title else ""
        reach = ", ".join(x for x in (p.email, p.phone) if x)
        contact = "  [media contact]" if p.media_contact else ""
        lines.append(f"  {p.name}{title}{f' — {reach}' if reach else ''}{contact}")
    if org.boilerplate:
        since = f" (since {org.boilerplate_since.isoformat()})" if org.boilerplate_since else ""
        lines.append(f"Boilerplate{since}:")
        if org.boilerplate_heading:
            lines.append(f"  {org.boilerplate_heading}")
        lines.append(_indented(org.boilerplate))
    for version in sorted(org.earlier, key=lambda v: v.replaced, reverse=True):
        lines.append(f"Earlier boilerplate, replaced {version.replaced.isoformat()}:")
        lines.append(_indented(version.text))
    return "\n".join(lines)


def _indented(text: str) -> str:
    return "\n".join(
        textwrap.fill(para, width=96, initial_indent="  ", subsequent_indent="  ")
        for para in text.splitlines()
        if para.strip()
    )


def _words(folder: Path, action: str, word: str | None) -> int:
    """`library words [list | add WORD | remove WORD]`: the spell check's own words."""
    from pressdesk.library import add_word, read_words, remove_word
    from pressdesk.library.words import words_file

    if action not in WORD_ACTIONS:
        raise PressdeskError(f"library words {action}: choose list, add WORD or remove WORD")
    if action == "list":
        if word:
            raise PressdeskError(f"library words list takes no word (got {word!r})")
        words = read_words(folder)
        print(f"Words in {words_file(folder)} ({len(words)}):")
        for w in words:
            print(f"  {w}")
        if not words:
            print("  (none yet: `pressdesk library words add WORD` adds one)")
        return 0
    if not word:
        raise PressdeskError(f"library words {action} needs WORD")
    if folder.exists() and not folder.is_dir():
        raise PressdeskError(f"{folder}: is a file, not a library folder")
    if action == "add":
        if add_word(folder, word):
            print(f"Added “{word.strip()}” to {words_file(folder)}")
        else:
            print(f"“{word.strip()}” is already in {words_file(folder)}")
        return 0
    if not remove_word(folder, word):
        raise PressdeskError(f"“{word.strip()}” is not in {words_file(folder)}")
    print(f"Removed “{word.strip()}” from {words_file(folder)}")
    return 0


def _save_from(folder: Path, path: Path, *, update: bool, dry_run: bool) -> int:
    from pressdesk import clock
    from pressdesk.inputs import load_input
    from pressdesk.library import save_from

    release = load_input(path).release
    report = save_from(folder, release, today=clock.today(), update=update, dry_run=dry_run)
    verb = "Would save" if dry_run else "Saved"
    if report.added:
        print(f"{verb} to {folder}:")
        for line in report.added:
            print(f"  {line}")
    else:
        print(f"Nothing new for the library at {folder}.")
    if report.kept:
        print("Left alone:")
        for line in dict.fromkeys(report.kept):  # two speakers from one broken file: said once
            print(f"  {line}")
    return 0

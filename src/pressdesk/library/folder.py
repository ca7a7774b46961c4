"""The library folder: where it is, opening it leniently, finding organisations, saving safely."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Collection, Iterator
from pathlib import Path

from pressdesk.errors import PressdeskError
from pressdesk.fileio import UnreadableFile, read_bytes
from pressdesk.library.files import LibraryFileError, dumps_org, read_org, slugify
from pressdesk.library.location import library_path as library_path
from pressdesk.library.names import loose_key, org_parts, same_name
from pressdesk.library.orgs import Organisation, Person
from pressdesk.library.words import read_words

LOCK_NAME = ".pressdesk.lock"
# Names in the folder that are not organisations: a team's settings file may sit beside them.
RESERVED = frozenset({"pressdesk.toml"})


class Library:
    """The organisations saved in one folder, one `<slug>.toml` file each.

    Opening never fails: a malformed file is kept aside in `broken` and reported when something
    asks for that organisation (and by `pressdesk library list`), so a release that does not need
    it still opens, checks and exports.
    """

    def __init__(
        self,
        path: Path,
        orgs: dict[str, Organisation],
        broken: dict[str, LibraryFileError],
        unusable: str = "",
        words: tuple[str, ...] = (),
        words_problem: str = "",
    ) -> None:
        self.path = path
        self.orgs = orgs
        self.broken = broken
        self.unusable = unusable  # set when the path exists but is not a folder
        self.words = words  # the spell check's own words (words.txt)
        self.words_problem = words_problem

    @classmethod
    def open(cls, path: Path | str) -> Library:
        folder = Path(path)
        orgs: dict[str, Organisation] = {}
        broken: dict[str, LibraryFileError] = {}
        if folder.is_dir():
            for file in sorted(folder.glob("*.toml")):
                if file.name.startswith(".") or file.name in RESERVED:
                    continue
                try:
                    orgs[file.stem] = read_org(file)
                except LibraryFileError as exc:
                    broken[file.stem] = exc
        elif folder.exists():
            return cls(folder, {}, {}, f"{folder}: is a file, not a library folder")
        try:
            words, words_problem = read_words(folder), ""
        except LibraryFileError as exc:  # like a broken organisation file: reported, not fatal
            words, words_problem = (), str(exc)
        return cls(folder, orgs, broken, words=words, words_problem=words_problem)

    def file_of(self, slug: str) -> Path:
        return self.path / f"{slug}.toml"

    # --- problems ---------------------------------------------------------------------------

    def problems(self) -> list[str]:
        """Every problem in the library, one line each, naming the file."""
        out = [self.unusable] if self.unusable else []
        out.extend(str(error) for error in self.broken.values())
        if self.words_problem:
            out.append(self.words_problem)
        out.extend(self.duplicate_problems())
        for org in self.orgs.values():
            for i, member in enumerate(org.members):
                if member not in self.orgs and member not in self.broken:
                    out.append(
                        f"{self.file_of(org.slug)}: members[{i}]: no library file {member}.toml"
                    )
        return out

    def duplicate_problems(self) -> list[str]:
        """Files whose organisation names match loosely: the same group saved twice."""
        by_key: dict[str, list[Organisation]] = {}
        for org in self.orgs.values():
            by_key.setdefault(loose_key(org.name), []).append(org)
        out = []
        for group in by_key.values():
            for org in group[1:]:
                out.append(
                    f"{self.file_of(org.slug)}: name: {org.name!r} is the same organisation as "
                    f"{group[0].slug}.toml ({group[0].name!r}); merge the two files"
                )
        return out

    # --- finding organisations --------------------------------------------------------------

    def match(self, name: str) -> Organisation | None:
        """The one organisation `name` loosely names (slug, name or short name), else None."""
        if name in self.orgs:
            return self.orgs[name]
        found = [org for org in self.orgs.values() if org.answers_to(name)]
        if not found and slugify(name) in self.orgs:
            found = [self.orgs[slugify(name)]]
        return found[0] if len(found) == 1 else None

    def match_speaker_org(self, org: str) -> Organisation | None:
        """The organisation a speaker line names, trying each part of "A and B"."""
        for part in org_parts(org):
            found = self.match(part)
            if found is not None:
                return found
        return None

    def broken_for(self, name: str) -> LibraryFileError | None:
        """The error of the malformed file that `name` would have been, if there is one.

        A malformed file is known by its slug, or by the `name = "…"` line it still has.
        """
        found = self.broken.get(name) or self.broken.get(slugify(name))
        if found is not None:
            return found
        for error in self.broken.values():
            if same_name(_name_line(error.path), name):
                return error
        return None

    def lookup(self, name: str) -> Organisation:
        """The organisation `name` names, or a one-line error saying why there is none."""
        found = self.match(name)
        if found is not None:
            return found
        broken = self.broken_for(name)
        if broken is not None:
            raise broken
        several = [org.slug for org in self.orgs.values() if org.answers_to(name)]
        if not several:
            # A unique beginning of a name will do for a person typing: "harbor" for Harbor City …
            key = loose_key(name)
            starts = [o for o in self.orgs.values() if key and loose_key(o.name).startswith(key)]
            if len(starts) == 1:
                return starts[0]
            several = [org.slug for org in starts]
        if several:
            raise PressdeskError(
                f"{name!r} matches several library organisations: {', '.join(several)} "
                "(give the slug, or merge the files)"
            )
        if self.unusable:
            raise PressdeskError(self.unusable)
        import difflib

        hint = difflib.get_close_matches(
            loose_key(name), [loose_key(o.name) for o in self.orgs.values()], n=1
        )
        near = ""
        if hint:
            near = next(o.slug for o in self.orgs.values() if loose_key(o.name) == hint[0])
            near = f"; did you mean {near}?"
        raise PressdeskError(f"no organisation {name!r} in the library at {self.path}{near}")

    def people_named(self, name: str) -> list[tuple[Organisation, Person]]:
        """Every saved person with this name, loosely, with their organisation."""
        return [
            (org, person)
            for org in self.orgs.values()
            for person in org.people
            if same_name(person.name, name)
        ]

    def members_of(self, coalition: Organisation) -> list[Organisation]:
        """The coalition's member organisations that have well-formed files, in its order."""
        return [self.orgs[slug] for slug in coalition.members if slug in self.orgs]

    def free_slug(self, name: str, taken: Collection[str] = ()) -> str:
        """A slug for a new organisation that no file (nor anything in `taken`) uses yet."""
        base = slugify(name) or "organisation"
        slug, n = base, 2
        while (
            slug in taken or slug in self.orgs or slug in self.broken or self.file_of(slug).exists()
        ):
            slug, n = f"{base}-{n}", n + 1
        return slug

    # --- saving -----------------------------------------------------------------------------

    def save(self, org: Organisation) -> Path:
        """Write one organisation's file atomically (hold `locked()` for read-modify-write)."""
        self.path.mkdir(parents=True, exist_ok=True)
        target = self.file_of(org.slug)
        try:
            before = read_bytes(target, "library file")
        except UnreadableFile:  # a new file, or one that cannot be read: written plainly
            before = b""
        from pressdesk.fileio import atomic_write
        from pressdesk.store import encoded_like

        atomic_write(target, encoded_like(before, dumps_org(org)))
        self.orgs[org.slug] = org
        self.broken.pop(org.slug, None)
        return target

    @classmethod
    @contextlib.contextmanager
    def locked(cls, path: Path | str) -> Iterator[Library]:
        """The library, freshly read while holding its lock, for a read-modify-write.

        Another pressdesk saving the same library waits until this one is done, so neither loses
        the other's changes; readers never wait (every file is replaced whole, atomically).
        """
        folder = Path(path)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handle = open(folder / LOCK_NAME, "a+b")  # noqa: SIM115 - held across the yield
        except OSError as exc:
            raise PressdeskError(
                f"{folder}: cannot write the library here ({exc.strerror})"
            ) from exc
        with handle:
            _lock(handle.fileno())
            try:
                yield cls.open(folder)
            finally:
                _unlock(handle.fileno())


try:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

except ImportError:  # Windows: saves stay atomic, but concurrent merges are not serialised

    def _lock(fd: int) -> None:
        return None

    def _unlock(fd: int) -> None:
        return None


_NAME_LINE = re.compile(r"""^\s*name\s*=\s*["']([^"'\n]+)["']""", re.MULTILINE)


def _name_line(path: Path) -> str:
    """The organisation name in a file that does not read as a whole, if a line still says it."""
    try:
        found = _NAME_LINE.search(read_bytes(path, "library file").decode("utf-8", "replace"))
    except UnreadableFile:
        return ""
    return found.group(1) if found else ""

"""Corpus: the importer's field accuracy and the findings `check` reports on real releases.

Reads the development corpus of real releases in ../shared/corpus (each `NN-slug.txt` beside its
hand-read `NN-slug.expected.json`) when it is there ($PRESSDESK_CORPUS names another folder); without it, says so and measures nothing.
The field scores follow the corpus scorer's rules, reimplemented here so the bench stands alone;
the findings per rule (importer's own and the rulebook's) let a reviewer repeat the reading of
every finding against its text: `python bench/bench_corpus.py --list RULE` prints each one.
"""

from __future__ import annotations

import json
import os
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from pressdesk.checks import Context, Settings, apply_settings, run_checks
from pressdesk.errors import PressdeskError
from pressdesk.findings import Finding, locate
from pressdesk.inputs import load_input
from pressdesk.model import Quote, Release
from pressdesk.store import dumps

try:  # run by bench/run.py, which puts bench/ on the path
    from run import Row
except ImportError:  # run directly
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from run import Row


def _corpus_folder() -> Path:
    """`$PRESSDESK_CORPUS`, else ../shared/corpus beside the checkout (or beside its worktree folder)."""
    if os.environ.get("PRESSDESK_CORPUS"):
        return Path(os.environ["PRESSDESK_CORPUS"])
    root = Path(__file__).resolve().parents[1]
    for up in (root.parent, root.parent.parent):
        if (up / "shared" / "corpus").is_dir():
            return up / "shared" / "corpus"
    return root.parent / "shared" / "corpus"


CORPUS = _corpus_folder()


FIELDS = ("headline", "line", "date", "dateline", "contacts", "quotes", "boilerplate", "end_mark")


def _norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[“”\"‘’'`*_]", "", text).lower()
    return " ".join(re.sub(r"[^\w@.\s-]", " ", text).split())


def _same_person(a: str | None, b: str | None) -> bool:
    x, y = _norm(a), _norm(b)
    if not x or not y:
        return False
    return x == y or (x.split()[-1] == y.split()[-1] and x.split()[0][0] == y.split()[0][0])


def _matched(want: list[Any], got: list[Any], same: Callable[[Any, Any], bool]) -> int:
    left = list(got)
    n = 0
    for w in want:
        for i, g in enumerate(left):
            if same(w, g):
                n += 1
                del left[i]
                break
    return n


def _share(want: list[Any], got: list[Any], same: Callable[[Any, Any], bool]) -> float:
    if not want:
        return float(not got)
    return _matched(want, got, same) / max(len(want), len(got))


def score(want: dict[str, Any], release: Release) -> dict[str, float]:
    """Each field right (1.0), wrong (0.0) or partly right, as the corpus's scorer counts it."""
    s: dict[str, float] = {
        "headline": float(_norm(want["headline"]) == _norm(release.headline)),
        "line": float(release.line == ("embargoed" if want.get("embargo") else "immediate")),
    }
    if want.get("date"):
        s["date"] = float(release.date.isoformat() == want["date"])
    if want.get("dateline"):
        city = _norm(want["dateline"]).split(",")[0]
        s["dateline"] = float(_norm(release.dateline).startswith(city))
    contacts = want["contacts"]
    if contacts:
        s["contacts"] = _matched(
            contacts,
            list(release.contacts),
            lambda w, g: (
                bool(w.get("email") and _norm(w["email"]) == _norm(g.email))
                or _same_person(w.get("name"), g.name)
            ),
        ) / len(contacts)
    else:
        s["contacts"] = float(not release.contacts)
    speakers = [q["speaker"] or q.get("org") for q in want["quotes"]]
    got = [q.speaker.who if q.speaker else None for q in release.body if isinstance(q, Quote)]
    s["quotes"] = _share(speakers, got, _same_person)
    orgs = want.get("boilerplate_orgs") or []
    s["boilerplate"] = _share(
        orgs,
        [b.org for b in release.boilerplate],
        lambda w, g: _norm(w) in _norm(g) or bool(_norm(g) and _norm(g) in _norm(w)),
    )
    s["end_mark"] = float(not want.get("end_mark") or want["end_mark"] == release.end_mark)
    return s


def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("[0-9][0-9]-*.txt")) if CORPUS.is_dir() else []


def checked(path: Path) -> tuple[Release | None, list[Finding], list[Finding], str]:
    """The imported release, the importer's findings, all findings `check` prints, or the error."""
    try:
        loaded = load_input(path)
    except PressdeskError as exc:
        return None, [], [], str(exc)
    dumps(loaded.release)  # what `import` would write must be writable
    ctx = Context(Settings(), date.today())
    own = apply_settings(loaded.findings, ctx)
    every = locate(own + run_checks(loaded.release, ctx), loaded.source)
    return loaded.release, own, every, ""


def _rows() -> Iterator[Row]:
    files = corpus_files()
    fields: dict[str, list[float]] = {k: [] for k in FIELDS}
    means: list[float] = []
    own_rules: Counter[str] = Counter()
    all_rules: Counter[str] = Counter()
    refused = 0
    for path in files:
        release, own, every, error = checked(path)
        if release is None:
            refused += 1
            means.append(0.0)
            print(f"  {path.name}: refused: {error}", file=sys.stderr)
            continue
        s = score(
            json.loads(path.with_suffix("").with_suffix(".expected.json").read_text()), release
        )
        for k, v in s.items():
            fields[k].append(v)
        means.append(sum(s.values()) / len(s))
        own_rules.update(f.rule for f in own)
        all_rules.update(f"{f.rule} ({f.severity})" for f in every)
    yield Row("releases", len(files), unit="")
    yield Row("refused", refused, unit="", note="bar: 0")
    yield Row("mean field accuracy", 100 * sum(means) / max(1, len(means)), "%", "bar: 95%")
    for k in FIELDS:
        if fields[k]:
            yield Row(
                f"  {k}", 100 * sum(fields[k]) / len(fields[k]), "%", f"{len(fields[k])} releases"
            )
    for rule, n in sorted(own_rules.items(), key=lambda x: (-x[1], x[0])):
        yield Row(f"importer finding: {rule}", n, unit="")
    for rule, n in sorted(all_rules.items(), key=lambda x: (-x[1], x[0])):
        yield Row(f"check finding: {rule}", n, unit="")


def run() -> list[Row]:
    if not corpus_files():
        print(f"no corpus at {CORPUS}: nothing measured", file=sys.stderr)
        return []
    return list(_rows())


def list_findings(rule: str) -> None:
    """Every finding of `rule` (importer's or the rulebook's) with its line, to read against the text."""
    for path in corpus_files():
        _, _, every, _ = checked(path)
        lines = path.read_text(encoding="utf-8").split("\n")
        for f in every:
            if f.rule == rule:
                at = lines[f.line - 1].strip()[:100] if f.line and f.line <= len(lines) else ""
                print(f"{path.name}:{f.line}:{f.column}: {f.severity} {f.message}\n    | {at}")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--list":
        list_findings(sys.argv[2])
    else:
        for row in run():
            unit = f" {row.unit}" if row.unit else ""
            print(f"{row.name:60} {row.value:8.1f}{unit}  {row.note}")

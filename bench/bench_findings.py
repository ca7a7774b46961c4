"""Findings on real releases: how many findings each rule reports on ../shared/corpus, and how many are right.

The corpus (real releases with hand-read ground truth) is kept outside the repository; this bench
looks for `shared/corpus` beside the repository or any folder above it (or `PRESSDESK_CORPUS`)
and says so when there is none. It runs `pressdesk check --format json` in-process on every
release, exactly as a user would.

"Today" is pinned per release (PRESSDESK_TODAY) to the day the release went out, taken from its
ground truth, so the date rules judge an archived release as the desk would have on that day; a
release whose ground truth carries no date is checked as of BENCH_TODAY.

`bench/findings_review.tsv` holds a desk editor's verdict on each finding, read against its text:
file, rule, place (line:col, or the field when there is no line), severity, a digest of the
message (`said`: the message quotes the release, the file must not), verdict (right or wrong) and
a short reason in the reviewer's words. Where it exists the bench prints right/wrong per rule and the share
right overall and per severity; a finding with no verdict yet is counted as unreviewed, so the
review can be repeated after any rule change (`python bench/bench_findings.py --unreviewed`
lists the findings still to read).
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import NamedTuple

from run import Row

from pressdesk.cli import main

REPO = Path(__file__).resolve().parents[1]
REVIEW = Path(__file__).resolve().parent / "findings_review.tsv"
BENCH_TODAY = "2026-12-05"
LEVELS = ("error", "warning", "info")


class Finding(NamedTuple):
    """One finding as the review keys it. The message quotes the release's text, so the key holds
    a digest of it instead: a finding whose wording changes is read again."""

    file: str
    rule: str
    place: str
    severity: str
    said: str


def corpus_folder() -> Path | None:
    explicit = os.environ.get("PRESSDESK_CORPUS")
    if explicit:
        return Path(explicit) if Path(explicit).is_dir() else None
    for folder in (REPO, *REPO.parents):
        candidate = folder / "shared" / "corpus"
        if candidate.is_dir():
            return candidate
    return None


def release_day(path: Path) -> str:
    """The day the release went out, from its ground truth; BENCH_TODAY when it has none."""
    truth = path.with_suffix(".expected.json")
    if truth.is_file():
        day = json.loads(truth.read_text(encoding="utf-8")).get("date")
        if isinstance(day, str) and day:
            return day
    return BENCH_TODAY


def check_one(path: Path) -> list[dict[str, object]] | None:
    """`pressdesk check --format json` on one release as of its own day; None when refused."""
    out = io.StringIO()
    before = os.environ.get("PRESSDESK_TODAY")
    os.environ["PRESSDESK_TODAY"] = release_day(path)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            main(["check", "--format", "json", str(path)])
    finally:
        if before is None:
            del os.environ["PRESSDESK_TODAY"]
        else:
            os.environ["PRESSDESK_TODAY"] = before
    files = json.loads(out.getvalue())["files"]
    if not files:
        return None
    findings: list[dict[str, object]] = files[0]["findings"]
    return findings


def place(finding: dict[str, object]) -> str:
    if finding.get("line") is not None:
        return f"{finding['line']}:{finding.get('column', 0)}"
    return str(finding.get("field") or "-")


def digest(finding: dict[str, object]) -> str:
    """Eight hex digits standing for the message, so the review file copies none of its words."""
    return hashlib.sha1(str(finding["message"]).encode("utf-8")).hexdigest()[:8]


def corpus_findings(folder: Path) -> tuple[int, list[tuple[Finding, dict[str, object]]]]:
    """(releases refused, every finding in file order)."""
    refused = 0
    found: list[tuple[Finding, dict[str, object]]] = []
    for path in sorted(folder.glob("*.txt")):
        findings = check_one(path)
        if findings is None:
            refused += 1
            continue
        for f in findings:
            key = Finding(path.name, str(f["rule"]), place(f), str(f["severity"]), digest(f))
            found.append((key, f))
    return refused, found


def read_review() -> dict[Finding, list[str]]:
    """Verdicts by finding; one finding key may repeat (two findings at one place), so a list."""
    verdicts: dict[Finding, list[str]] = defaultdict(list)
    if not REVIEW.is_file():
        return verdicts
    with REVIEW.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            key = Finding(row["file"], row["rule"], row["place"], row["severity"], row["said"])
            verdicts[key].append(row["verdict"])
    return verdicts


def judge(found: list[Finding], verdicts: dict[Finding, list[str]]) -> list[str]:
    """Each finding's verdict ('right', 'wrong' or 'unreviewed'), matched in order per key."""
    used: Counter[Finding] = Counter()
    out = []
    for key in found:
        listed = verdicts.get(key, [])
        out.append(listed[used[key]] if used[key] < len(listed) else "unreviewed")
        used[key] += 1
    return out


def gone(found: list[Finding], verdicts: dict[Finding, list[str]]) -> Counter[str]:
    """Verdicts on findings no longer reported (a rule changed): were the dropped ones wrong?"""
    now = Counter(found)
    left: Counter[str] = Counter()
    for key, listed in verdicts.items():
        left.update(listed[now[key] :])
    return left


def pct(right: int, wrong: int) -> str:
    return f"{100 * right / (right + wrong):.1f}% right" if right + wrong else ""


def run() -> list[Row]:
    folder = corpus_folder()
    if folder is None:
        return [Row("no corpus found (../shared/corpus): skipped", 0, unit="")]
    refused, found = corpus_findings(folder)
    keys = [key for key, _ in found]
    review = read_review()
    verdicts = judge(keys, review)
    tally: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    per_level: dict[str, Counter[str]] = defaultdict(Counter)
    for key, verdict in zip(keys, verdicts, strict=True):
        tally[(key.rule, key.severity)][verdict] += 1
        per_level[key.severity][verdict] += 1
    total: Counter[str] = sum(per_level.values(), Counter())
    releases = len(list(folder.glob("*.txt")))
    rows = [
        Row(
            "releases checked",
            releases - refused,
            unit="",
            note=f"in {folder}, each as of its own day",
        ),
        Row("releases refused (not read as a release)", refused, unit=""),
        Row("findings", len(keys), unit="", note=_note(total)),
    ]
    rows += [
        Row(f"  {level}", sum(per_level[level].values()), unit="", note=_note(per_level[level]))
        for level in LEVELS
    ]
    if REVIEW.is_file():
        dropped = gone(keys, review)
        rows.append(
            Row(
                "reviewed findings this code does not report",
                sum(dropped.values()),
                unit="",
                note=_note(dropped),
            )
        )
    for (rule, severity), n in sorted(tally.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])):
        rows.append(Row(f"{rule} ({severity})", sum(n.values()), unit="", note=_note(n)))
    return rows


def _note(n: Counter[str]) -> str:
    if not REVIEW.is_file():
        return ""
    parts = [f"{n['right']} right", f"{n['wrong']} wrong"]
    if n["unreviewed"]:
        parts.append(f"{n['unreviewed']} unreviewed")
    share = pct(n["right"], n["wrong"])
    return ", ".join(parts) + (f" ({share})" if share else "")


def list_unreviewed() -> None:
    """Print the findings with no verdict yet, with their messages, for the reviewer to read."""
    folder = corpus_folder()
    if folder is None:
        print("no corpus found (../shared/corpus)")
        return
    _, found = corpus_findings(folder)
    verdicts = judge([key for key, _ in found], read_review())
    for (key, finding), verdict in zip(found, verdicts, strict=True):
        if verdict == "unreviewed":
            fields = (key.file, key.rule, key.place, key.severity, str(finding["message"]))
            print("\t".join(fields))


if __name__ == "__main__":
    if "--unreviewed" in sys.argv:
        list_unreviewed()
    else:
        for row in run():
            print(f"{row.name:<48} {row.value:>6g}  {row.note}")

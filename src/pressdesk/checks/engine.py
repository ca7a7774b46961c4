"""Runs the registered rules under the active settings, and applies their safe fixes."""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from pressdesk.checks.context import Context
from pressdesk.checks.registry import REGISTRY, Rule
from pressdesk.checks.settings import Settings, read_settings
from pressdesk.findings import Finding, Severity
from pressdesk.model import FieldPathError, Release, get_text, set_text

# One module per family of rules; importing a module registers its rules.
FAMILIES = (
    "structure",
    "release_line",
    "dates",
    "contacts",
    "headline",
    "dateline",
    "speakers",
    "quotes",
    "body",
    "end_marks",
    "length_tone",
    "capitals",
    "links",
    "library_rules",
    "import_findings",
    "spelling",
)

# With --final these go out as errors whatever their usual level.
FINAL_ERRORS = frozenset({"quote-approved", "placeholder-left", "embargo-past"})

_loaded = False


def load_rules() -> None:
    """Import every family module once, so each rule is in the registry."""
    global _loaded
    if _loaded:
        return
    for name in FAMILIES:
        importlib.import_module(f"pressdesk.checks.{name}")
    _loaded = True


def load_settings(start_folder: Path) -> Settings:
    """The nearest `pressdesk.toml` above `start_folder` (or the defaults), its `[rules]` table
    checked against the registry: naming a rule pressdesk does not have is an error."""
    load_rules()
    return read_settings(start_folder, REGISTRY)


def active_rules(ctx: Context) -> list[Rule]:
    load_rules()
    return [r for r in REGISTRY.values() if not r.on_import and ctx.settings.level(r.id) != "off"]


def run_checks(release: Release, ctx: Context) -> list[Finding]:
    """Every active rule's findings, re-levelled by the settings, in reading order."""
    out: list[Finding] = []
    for r in active_rules(ctx):
        out.extend(apply_settings(r.func(release, ctx), ctx))
    return sort_findings(release, out)


def apply_settings(findings: Iterable[Finding], ctx: Context) -> list[Finding]:
    """Findings as the settings want them: rules switched off dropped, others re-levelled.

    Also used for the importer's layout findings, so a rule switched off in `pressdesk.toml`
    stays quiet whether its finding came from a rule or from reading a text file.
    """
    out: list[Finding] = []
    for f in findings:
        level = ctx.settings.level(f.rule)
        if level == "off":
            continue
        if level is not None:
            f = replace(f, severity=Severity(level))
        if ctx.final and f.rule in FINAL_ERRORS:
            f = replace(f, severity=Severity.ERROR)
        out.append(f)
    return out


def sort_findings(release: Release, findings: Iterable[Finding]) -> list[Finding]:
    order = reading_order(release)
    fallback = len(order)

    def key(f: Finding) -> tuple[int, int, int, str]:
        position = order.get(f.field)
        if position is None:
            position = order.get(f.field.rsplit(".", 1)[0], fallback)
        return (position, f.start if f.start is not None else -1, -f.severity.rank, f.rule)

    return sorted(findings, key=key)


def reading_order(release: Release) -> dict[str, int]:
    """Field path -> its place when the release is read top to bottom (parents before children)."""
    paths = ["release", "line", "date", "embargo", "zone", "contacts"]
    for i in range(len(release.contacts)):
        paths += [f"contacts[{i}]"] + [
            f"contacts[{i}].{n}" for n in ("name", "title", "org", "email", "phone")
        ]
    paths += ["headline", "subheadline", "dateline", "body"]
    for i, block in enumerate(release.body):
        prefix = f"body[{i}]"
        paths += [prefix, f"{prefix}.speaker", f"{prefix}.speaker.name", f"{prefix}.speaker.title"]
        paths += [f"{prefix}.speaker.org", f"{prefix}.text", f"{prefix}.heading"]
        n = len(getattr(block, "paragraphs", ())) or len(getattr(block, "items", ()))
        paths += [f"{prefix}.paragraphs[{j}]" for j in range(n)]
        paths += [f"{prefix}.items[{j}]" for j in range(n)]
    paths += ["end_mark", "boilerplate"]
    for i, _ in enumerate(release.boilerplate):
        paths += [f"boilerplate[{i}]", f"boilerplate[{i}].heading", f"boilerplate[{i}].text"]
    return {p: n for n, p in enumerate(paths)}


def apply_fixes(release: Release, findings: Iterable[Finding]) -> tuple[Release, list[Finding]]:
    """Apply the findings' fixes, field by field from right to left, skipping any that overlap.

    Returns the new release and the findings whose fixes were applied. A fix whose span no longer
    fits its field (the release changed since the check) is skipped.
    """
    by_field: dict[str, list[Finding]] = {}
    for f in findings:
        if f.fix is not None:
            by_field.setdefault(f.fix.field, []).append(f)
    applied: list[Finding] = []
    for path, group in by_field.items():
        try:
            text = get_text(release, path)
        except FieldPathError:
            continue
        chosen: list[Finding] = []
        last_end = -1
        for f in sorted(group, key=lambda f: (f.fix.start, f.fix.end)):  # type: ignore[union-attr]
            fix = f.fix
            assert fix is not None
            if fix.start < last_end or not 0 <= fix.start <= fix.end <= len(text):
                continue
            if chosen and fix.start == fix.end == last_end:
                continue  # two insertions at one place: keep the first
            chosen.append(f)
            last_end = fix.end
        for f in reversed(chosen):
            fix = f.fix
            assert fix is not None
            text = text[: fix.start] + fix.replacement + text[fix.end :]
        try:
            release = set_text(release, path, text)
        except FieldPathError:
            continue
        applied += chosen
    return release, applied


def fix_all(release: Release, ctx: Context, *, rounds: int = 5) -> tuple[Release, list[Finding]]:
    """Check and fix until no safe fix is left (overlapping fixes need more than one round)."""
    fixed: list[Finding] = []
    for _ in range(rounds):
        release, applied = apply_fixes(release, run_checks(release, ctx))
        if not applied:
            break
        fixed += applied
    return release, fixed

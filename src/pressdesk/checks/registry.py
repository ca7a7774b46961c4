"""The rule registry: the one list of rule ids, each with its severity, description and source.

A rule is a pure function of the release and a `Context` (settings, today's date, the library)
that yields findings. Families of rules live one per module in this package and register
themselves with `@rule(...)` when imported. Rules the rulebook plans but pressdesk does not check
yet are listed in docs/checks.md, not here: a settings file may only name a registered id.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from pressdesk.checks.context import Context
from pressdesk.findings import Finding, Severity
from pressdesk.model import Release

RuleFunc = Callable[[Release, Context], Iterable[Finding]]


class Rule(NamedTuple):
    id: str
    severity: Severity
    description: str
    source: str
    func: RuleFunc
    # Profile differences in one line for `--list-rules`, e.g. "wire: info".
    profiles: str = ""
    # Reported by the importer while it reads a text (`import-unplaced` …), never by a check:
    # registered so a settings file can switch it off and `--list-rules` shows it.
    on_import: bool = False


REGISTRY: dict[str, Rule] = {}


def rule(
    id: str,
    severity: Severity | str,
    description: str,
    source: str,
    *,
    profiles: str = "",
    on_import: bool = False,
) -> Callable[[RuleFunc], RuleFunc]:
    """Register a rule function under `id`."""

    def register(func: RuleFunc) -> RuleFunc:
        if id in REGISTRY:
            raise ValueError(f"rule {id!r} registered twice")
        REGISTRY[id] = Rule(id, Severity(severity), description, source, func, profiles, on_import)
        return func

    return register


def all_rules() -> Iterator[Rule]:
    return iter(REGISTRY.values())

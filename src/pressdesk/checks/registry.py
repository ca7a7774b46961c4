"""The rule registry: every rule declares its id, default severity, description and source.

A rule is a pure function of the release and a `Context` (settings, today's date, the library)
that yields findings. Families of rules live one per module in this package and register
themselves with `@rule(...)` when imported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from pressdesk.findings import Finding, Severity
from pressdesk.model import Release

if TYPE_CHECKING:
    from pressdesk.checks.settings import Settings
    from pressdesk.library import Library


@dataclass(frozen=True)
class Context:
    """What a rule may look at besides the release. Rules never do I/O or read the clock."""

    settings: Settings
    today: date
    final: bool = False  # `--final`: the release is about to go out
    library: Library | None = None


RuleFunc = Callable[[Release, Context], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    description: str
    source: str
    func: RuleFunc
    # Profile differences in one line for `--list-rules`, e.g. "wire: info".
    profiles: str = ""
    tier: int = 1
    extra: dict[str, Any] = field(default_factory=dict)


REGISTRY: dict[str, Rule] = {}


def rule(
    id: str,
    severity: Severity | str,
    description: str,
    source: str,
    *,
    profiles: str = "",
    tier: int = 1,
) -> Callable[[RuleFunc], RuleFunc]:
    """Register a rule function under `id`."""

    def register(func: RuleFunc) -> RuleFunc:
        if id in REGISTRY:
            raise ValueError(f"rule {id!r} registered twice")
        REGISTRY[id] = Rule(id, Severity(severity), description, source, func, profiles, tier)
        return func

    return register


def all_rules() -> Iterator[Rule]:
    return iter(REGISTRY.values())

"""The checks: the rulebook's rules, the settings they read, and their safe fixes."""

from pressdesk.checks.context import Context
from pressdesk.checks.engine import (
    FAMILIES,
    apply_fixes,
    apply_settings,
    fix_all,
    load_rules,
    load_settings,
    run_checks,
    sort_findings,
)
from pressdesk.checks.registry import REGISTRY, Rule, all_rules, rule
from pressdesk.checks.settings import Settings

__all__ = [
    "FAMILIES",
    "REGISTRY",
    "Context",
    "Rule",
    "Settings",
    "all_rules",
    "apply_fixes",
    "apply_settings",
    "fix_all",
    "load_rules",
    "load_settings",
    "rule",
    "run_checks",
    "sort_findings",
]

# Every family registers its rules on import, so REGISTRY is complete for anyone who imports checks.
load_rules()

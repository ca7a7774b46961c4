"""Finding ids the importer reports while it reads a typed text, registered like the rules.

They are never produced by a check (their functions yield nothing and the engine skips them), but
a settings file may switch them off or re-level them, and `check --list-rules` lists them, so the
registry stays the one list of ids a user can meet.
"""

from __future__ import annotations

from collections.abc import Iterator

from pressdesk.checks.context import Context
from pressdesk.checks.registry import rule
from pressdesk.findings import Finding
from pressdesk.model import Release


def _reported_on_import(release: Release, ctx: Context) -> Iterator[Finding]:
    return iter(())


rule(
    "import-unplaced",
    "info",
    "A line of a text input the importer could not place with confidence (it says where it put it).",
    "(importer)",
    on_import=True,
)(_reported_on_import)

rule(
    "import-date-missing",
    "warning",
    "A text input carries no release date: the import put in today's date, a guess to check.",
    "(importer)",
    on_import=True,
)(_reported_on_import)

rule(
    "structure-more-marker",
    "info",
    "A page marker (-more-) in a text input, left out: pressdesk sets page breaks itself.",
    "COPIARA, PETNW, COLUM",
    on_import=True,
)(_reported_on_import)

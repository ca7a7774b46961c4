"""The stand-alone dateline fix keeps a date after the state set off by a comma."""

from __future__ import annotations

import pytest
from checkcases import clean_release, run

from pressdesk.checks import apply_fixes


@pytest.mark.parametrize(
    ("typed", "fixed"),
    [
        ("WASHINGTON, D.C.", "WASHINGTON"),
        ("WASHINGTON, D.C., Nov. 24", "WASHINGTON, Nov. 24"),
        ("WASHINGTON, D.C. Nov. 24", "WASHINGTON, Nov. 24"),
        ("WASHINGTON, D.C.Nov. 24", "WASHINGTON, Nov. 24"),
        ("NEW YORK, N.Y.\n24 November 2026", "NEW YORK, 24 November 2026"),
    ],
)
def test_the_state_goes_and_the_date_stays(typed: str, fixed: str) -> None:
    release = clean_release(dateline=typed)
    found = [f for f in run(release) if f.rule == "dateline-standalone-city"]
    state = ", N.Y." if typed.startswith("NEW YORK") else ", D.C."
    assert [release.dateline[f.start : f.end] for f in found] == [state]
    new, _ = apply_fixes(release, found)
    assert new.dateline == fixed

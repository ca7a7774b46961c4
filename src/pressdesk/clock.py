"""Today's date and the current time, in one place so tests (and scripts) can pin them.

`PRESSDESK_TODAY=2026-06-01` (or a full ISO date-time) fixes "now" for every command, which keeps
checks such as `date-year-sanity` and `embargo-past` reproducible.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime


def now() -> datetime:
    pinned = os.environ.get("PRESSDESK_TODAY", "").strip()
    if pinned:
        moment = datetime.fromisoformat(pinned)
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return datetime.now(UTC)


def today() -> date:
    pinned = os.environ.get("PRESSDESK_TODAY", "").strip()
    if pinned:
        return datetime.fromisoformat(pinned).date()
    return date.today()

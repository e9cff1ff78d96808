"""Today's date, in one place, so tests and reproducible builds can fix it.

`EXPLAINER_TODAY=YYYY-MM-DD` stands in for today: lint's review-date check, handouts'
dates and the reader's review notice all read it. Without it, the system date is used.
"""

from __future__ import annotations

import datetime
import os

TODAY_VARIABLE = "EXPLAINER_TODAY"


class BadToday(ValueError):
    """EXPLAINER_TODAY is set but is not a date."""


def today() -> datetime.date:
    """EXPLAINER_TODAY when set, else the system's date."""
    text = os.environ.get(TODAY_VARIABLE, "").strip()
    if not text:
        return datetime.date.today()
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise BadToday(f"{TODAY_VARIABLE} must be a date like 2026-11-21, not {text[:40]!r}") from None

"""The status line: progress, the not-advice line and the content's dates."""

from __future__ import annotations

import datetime
from typing import TypedDict

from textual.widgets import Static

from .. import glyphs


class StatusExtras(TypedDict, total=False):
    """What a mode adds to the status line: the presenter's elapsed time and route."""

    elapsed: float | None
    route: str | None


def clock_text(elapsed: float) -> str:
    """Elapsed seconds as MM:SS, as the status line and the notes panel's title show them."""
    minutes, seconds = divmod(max(0, int(elapsed)), 60)
    return f"{minutes:02d}:{seconds:02d}"


def status_text(
    seen: int,
    total: int,
    review_by: datetime.date,
    *,
    remembering: bool,
    width: int,
    keys_hint: bool = False,
    elapsed: float | None = None,
    route: str | None = None,
    today: datetime.date | None = None,
) -> str:
    """Short enough for 80 columns; the last parts drop first when narrow."""
    parts = ["! help  ? keys"] if keys_hint else []
    if elapsed is not None:
        parts.append(clock_text(elapsed))
    if route is not None:
        ellipsis = glyphs.active().ellipsis
        parts.append(route if len(route) <= 64 else route[: 64 - len(ellipsis)] + ellipsis)
    parts += [
        f"Seen {min(seen, total)} of {total}",
        "Not medical advice",
        f"Review overdue since {review_by.isoformat()}"
        if today is not None and review_by < today
        else f"Review due {review_by.isoformat()}",
    ]
    if remembering:
        parts.append("Saving your place")
    text = " | ".join(parts)
    while len(text) > width and len(parts) > 1:
        parts.pop()
        text = " | ".join(parts)
    return text


class StatusLine(Static):
    """Shows whatever the reader screen last told it."""

"""What the presenter tells `explainer notes`, as one typed message decoded strictly.

Anything on the socket that is not exactly this shape (other JSON, wrong types, NaN,
huge numbers, deep nesting, bytes that are not UTF-8) is refused by the decoder, and
every text field is made terminal-safe before it is shown. Plain Python, no UI.
"""

from __future__ import annotations

from typing import Annotated

import msgspec

from ..core.escape import CONTROL, visible, visible_escape

MAX_MESSAGE_BYTES = 1_000_000
"""A message (one JSON line) longer than this is dropped unread; real ones are a few KB."""

Count = Annotated[int, msgspec.Meta(ge=0, le=1_000_000_000)]


class RouteState(msgspec.Struct, frozen=True):
    """Where a session on a prepared route stands: position 3 of 8 (None when off the route)."""

    id: str
    title: str
    step: Count
    total: Count
    position: Count | None = None
    next: str | None = None


class PresenterMessage(msgspec.Struct, frozen=True):
    """The section on show, its counsellor notes, the way on and the path so far.

    Unknown fields are ignored, so a newer presenter's extra fields do not stop older notes.
    """

    section: str
    title: str
    notes: str = ""
    choices: list[str] = msgspec.field(default_factory=list)
    seen: list[str] = msgspec.field(default_factory=list)
    total: Count = 0
    elapsed: Count = 0
    route: RouteState | None = None

    def encode(self) -> bytes:
        """One JSON line for the socket."""
        return msgspec.json.encode(self) + b"\n"


_DECODER = msgspec.json.Decoder(PresenterMessage)


def decode_message(line: bytes) -> PresenterMessage | None:
    """The message in one line, made safe to show; None for anything malformed."""
    if len(line) > MAX_MESSAGE_BYTES:
        return None
    try:
        message = _DECODER.decode(line)
    except (msgspec.DecodeError, msgspec.ValidationError, UnicodeDecodeError, RecursionError):
        return None
    return PresenterMessage(
        section=visible(message.section, limit=200),
        title=visible(message.title, limit=500),
        notes=CONTROL.sub(visible_escape, message.notes),  # Markdown: keeps its line breaks
        choices=[visible(choice, limit=500) for choice in message.choices],
        seen=[visible(title, limit=500) for title in message.seen],
        total=message.total,
        elapsed=message.elapsed,
        route=_visible_route(message.route),
    )


def _visible_route(route: RouteState | None) -> RouteState | None:
    if route is None:
        return None
    return RouteState(
        id=visible(route.id, limit=200),
        title=visible(route.title, limit=500),
        step=route.step,
        total=route.total,
        position=route.position,
        next=None if route.next is None else visible(route.next, limit=500),
    )

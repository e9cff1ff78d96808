"""Making any text from outside safe to show on a terminal, as one line.

Content values, mapping keys, file names, typed answers and messages from another
process all pass through `visible` before they reach a terminal: control characters
(which could move the cursor, set the window title or clear the screen), line breaks
(which would split a one-line message) and bidi overrides (which reorder what is
shown) become visible escapes such as \\x1b. No UI imports here.
"""

from __future__ import annotations

import re

CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]")
"""Characters that could drive a terminal or reorder text: C0 but tab and newline, DEL, C1,
bidi overrides, lone surrogates (from undecodable bytes) and the two non-characters U+FFFE/U+FFFF."""

_LINE_BREAKS = re.compile("[\t\n\r\x0b\x0c\x85\u2028\u2029]")


def visible_escape(match: re.Match[str]) -> str:
    code = ord(match[0])
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str, limit: int | None = None) -> str:
    """text on one line with every control character escaped; cut to limit characters (with ...)."""
    if limit is not None and len(text) > limit:
        text = text[:limit] + "..."
    return CONTROL.sub(visible_escape, _LINE_BREAKS.sub(visible_escape, text))


def visible_name(name: object) -> str:
    """A file name for a message: undecodable bytes (kept by Python as surrogates) shown as escapes."""
    return visible(str(name))

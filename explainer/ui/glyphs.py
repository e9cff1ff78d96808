"""The one table of glyphs the explainer draws, in Unicode and in ASCII (`--ascii`).

Every widget reads its arrows, bullets, marks and separators from `active()`, so a legacy
terminal (`--ascii` or EXPLAINER_ASCII=1) gets plain ASCII everywhere: the app picks the
table once at start. Text from the content goes through `text()`, which in ASCII mode
spells out what the content's own characters would draw (dashes, quotes, level marks).
Borders follow the same switch in ascii.tcss; scrollbars through `ScrollBar.renderer`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import ClassVar

from textual.scrollbar import ScrollBar, ScrollBarRender


@dataclass(frozen=True)
class Glyphs:
    """What each mark is drawn with; the words beside a mark never change."""

    ascii: bool
    arrow_down: str
    fold: str
    bullet: str
    quote_bar: str
    callout_bar: str
    separator: str
    here: str
    seen: str
    crumb: str
    ellipsis: str
    dot: str
    back: str
    counted: str
    not_counted: str
    progress_full: str
    progress_empty: str
    up_down: str
    left_right: str
    enter: str
    verdicts: dict[str, str] = field(default_factory=dict)
    level_rules: dict[str, str] = field(default_factory=dict)
    """The rule beside a paragraph with an evidence level, in the shape of its border elsewhere."""
    tree_lines: tuple[str, str, str, str] = ("  ", "│ ", "└─", "├─")
    tree_icons: tuple[str, str] = ("▶ ", "▼ ")


UNICODE = Glyphs(
    ascii=False,
    arrow_down="▼",
    fold="▾",
    bullet="•",
    quote_bar="│",
    callout_bar="▌",
    separator="│",
    here="●",
    seen="✓",
    crumb=" › ",
    ellipsis="…",
    dot=" · ",
    back="↩",
    counted="■",
    not_counted="·",
    progress_full="▰",
    progress_empty="▱",
    up_down="↑↓",
    left_right="← →",
    enter="⏎",
    verdicts={"myth": "✗", "partly true": "◐", "true": "✓"},
    level_rules={"shown": "┃", "theory": "┆", "claim": "│", "context": "║"},
)

ASCII = Glyphs(
    ascii=True,
    arrow_down="v",
    fold="+",
    bullet="-",
    quote_bar="|",
    callout_bar="|",
    separator="|",
    here=">",
    seen="*",
    crumb=" > ",
    ellipsis="...",
    dot=" - ",
    back="<",
    counted="#",
    not_counted=".",
    progress_full="#",
    progress_empty="-",
    up_down="up/down",
    left_right="left/right",
    enter="enter",
    verdicts={"myth": "x", "partly true": "~", "true": "+"},
    level_rules={"shown": "|", "theory": ":", "claim": "'", "context": "="},
    tree_lines=("  ", "| ", "`-", "|-"),
    tree_icons=("+ ", "- "),
)

SPELLED: dict[str, str] = {
    # the core's level marks (core.evidence.LEVELS): distinct, and always followed by words
    "✓": "*",
    "≈": "~",
    # the content's punctuation
    "–": "-",
    "—": "--",
    "‘": "'",
    "’": "'",
    "“": '"',
    "”": '"',
    "…": "...",
    "≥": ">=",
    "≤": "<=",
    "×": "x",
    "→": "->",
    "←": "<-",
    "·": "-",
    "•": "-",
    "\u00a0": " ",
}
"""How content characters are spelled in ASCII mode (others lose accents, else become '?')."""

_ASCII_TABLE = str.maketrans(SPELLED)


class AsciiScrollBarRender(ScrollBarRender):
    """Scrollbars drawn with whole cells only (no ▁▂▃ eighths)."""

    VERTICAL_BARS: ClassVar[list[str]] = [" "] * 8
    HORIZONTAL_BARS: ClassVar[list[str]] = [" "] * 8


_active = UNICODE


def active() -> Glyphs:
    """The table in use: Unicode unless the app started with --ascii."""
    return _active


def use(ascii: bool) -> Glyphs:
    """Pick the table for this process (the app does, once, before it composes anything)."""
    global _active
    _active = ASCII if ascii else UNICODE
    ScrollBar.renderer = AsciiScrollBarRender if ascii else ScrollBarRender
    return _active


def text(value: str) -> str:
    """Content text as the active table draws it: unchanged, or spelled in ASCII."""
    if not _active.ascii or value.isascii():
        return value
    spelled = value.translate(_ASCII_TABLE)
    if spelled.isascii():
        return spelled
    stripped = "".join(c for c in unicodedata.normalize("NFKD", spelled) if not unicodedata.combining(c))
    return stripped.encode("ascii", "replace").decode("ascii")

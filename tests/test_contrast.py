"""Every text the app draws meets WCAG AA (4.5:1) in every theme it ships.

The ratios are computed from each theme's own CSS variables (as Textual derives them),
for each style pair the app uses. A second test reads the stylesheets and the widgets'
inline styles, so a colour added without a row here fails too.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from explainer.ui.themes import THEMES

from .contrast import pair_ratio

AA = 4.5

PAIRS = [
    # (what, foreground variable, background variable)
    ("body text, titles, headings", "text", "background"),
    ("sources, more-below hint, NEXT, seen mark, arrows, a claim once busted", "text-muted", "background"),
    ("breadcrumb ancestors, status line", "text-muted", "panel"),
    ("breadcrumb current screen", "text", "panel"),
    ("glossary terms, links, choice numbers, added-context level", "text-primary", "background"),
    ("focused choice", "block-cursor-foreground", "block-cursor-background"),
    ("choice number and seen mark on the focused row", "block-cursor-foreground", "block-cursor-background"),
    ("seen mark on a hovered row", "text-muted", "primary-muted"),
    ("hovered choice, welcome title band", "text", "primary-muted"),
    ("welcome band subtitle", "text-muted", "primary-muted"),
    ("choice number on a hovered row", "text-primary", "primary-muted"),
    ("guess and confirm buttons at rest, a body's callout (quote)", "text", "panel"),
    ("glossary terms in a body's callout", "text-primary", "panel"),
    ("key bar", "footer-foreground", "footer-background"),
    ("key bar keys", "footer-key-foreground", "footer-background"),
    ("key bar help-now chip", "text-error", "error-muted"),
    ("key bar separator before the help-now chip", "footer-foreground", "footer-background"),
    ("the keys modal's key column", "footer-key-foreground", "surface"),
    ("scrollbar thumb on its track", "scrollbar", "scrollbar-background"),
    ("scrollbar thumb, hovered", "scrollbar-hover", "scrollbar-background"),
    ("verdict banner: myth", "text-error", "error-muted"),
    ("verdict banner: partly true", "text-warning", "warning-muted"),
    ("verdict banner: true", "text-success", "success-muted"),
    ("verdict banner: you guessed (myth)", "text", "error-muted"),
    ("verdict banner: you guessed (partly true)", "text", "warning-muted"),
    ("verdict banner: you guessed (true)", "text", "success-muted"),
    ("level shown in people: mark, words and border", "text-success", "background"),
    ("level theory: mark, words, border and step title", "text-warning", "background"),
    ("level one article's claim", "text-muted", "background"),
    ("care card red band", "background", "error"),
    ("care card lines, side panel, modals, notes panel", "text", "surface"),
    ("care card service names, side panel definitions, modal key hints", "text-muted", "surface"),
    ("side panel terms, modal and notes titles", "text-primary", "surface"),
    ("compare side titles", "text-secondary", "background"),
    ("error text in the help card's band colour family", "text-error", "background"),
    ("map and glossary cursor", "block-cursor-foreground", "block-cursor-background"),
    ("map and glossary cursor, blurred", "block-cursor-blurred-foreground", "block-cursor-blurred-background"),
]

DECORATIVE = {"foreground-muted", "panel", "primary", "error", "warning", "success", "background", "surface"}
"""Variables used only for rules, borders and fills (never for text) or checked as backgrounds."""

UI = Path(__file__).resolve().parent.parent / "explainer" / "ui"


@pytest.mark.parametrize("theme", THEMES, ids=lambda theme: theme.name)
@pytest.mark.parametrize(("what", "foreground", "background"), PAIRS, ids=[p[0] for p in PAIRS])
def test_contrast_meets_aa(theme, what: str, foreground: str, background: str) -> None:
    ratio = pair_ratio(theme, foreground, background)
    assert ratio >= AA, f"{theme.name}: {what} (${foreground} on ${background}) is {ratio:.2f}:1"


TEXT_PROPERTIES = re.compile(
    r"^\s*(color|border-title-color|border-subtitle-color|scrollbar-color(?:-hover)?):\s*\$([a-z-]+)", re.M
)
INLINE_STYLE = re.compile(r"\"(?:[a-z ]*\s)?\$([a-z-]+)\"")


def used_text_colours() -> set[str]:
    """Variables the app draws text with: in .tcss colour properties and inline Content styles."""
    used = {m[2] for path in UI.rglob("*.tcss") for m in TEXT_PROPERTIES.finditer(path.read_text())}
    used |= {m[1] for path in UI.rglob("*.py") for m in INLINE_STYLE.finditer(path.read_text())}
    return used


def test_every_text_colour_the_app_uses_is_checked() -> None:
    checked = {foreground for _, foreground, _ in PAIRS}
    used = used_text_colours()
    assert {"text", "text-muted", "text-primary"} <= used, "the scan finds the app's colours"
    assert used - checked - DECORATIVE == set()


def test_levels_and_verdicts_never_depend_on_colour_alone() -> None:
    from explainer.core.evidence import LEVELS
    from explainer.ui.widgets.legend import legend_content
    from explainer.ui.widgets.myth import verdict_stamp

    marks = [level.mark for level in LEVELS.values()]
    assert len(set(marks)) == 4, "each level has a mark of its own shape"
    assert all(level.label in legend_content().plain for level in LEVELS.values()), "marks with words"
    assert [verdict_stamp(v) for v in ("myth", "partly true", "true")] == ["✗ MYTH", "◐ PARTLY TRUE", "✓ TRUE"]

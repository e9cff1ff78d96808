"""Each colour keeps one job in every shipped theme: navigation and focus are never theory's amber."""

from __future__ import annotations

import pytest
from textual.theme import Theme

from explainer.ui.themes import THEMES


def colours_of(theme: Theme) -> dict[str, str]:
    return {**theme.to_color_system().generate(), **theme.variables}


@pytest.mark.parametrize("theme", THEMES, ids=[t.name for t in THEMES])
def test_navigation_and_focus_never_share_a_colour_with_theory_or_danger(theme: Theme) -> None:
    colours = colours_of(theme)
    caution = {colours["text-warning"].lower(), colours["text-error"].lower()}
    for role in ("text-primary", "block-cursor-background", "footer-key-foreground"):
        assert colours[role].lower() not in caution, f"{theme.name}: {role} looks like theory or danger"


@pytest.mark.parametrize("theme", THEMES, ids=[t.name for t in THEMES])
def test_verdict_banners_have_a_fill_of_their_own(theme: Theme) -> None:
    colours = colours_of(theme)
    fills = [colours[name].lower() for name in ("error-muted", "warning-muted", "success-muted")]
    assert len(set(fills)) == 3 and colours["background"].lower() not in fills

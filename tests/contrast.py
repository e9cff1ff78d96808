"""WCAG contrast ratios computed from a Textual theme's own CSS variables."""

from __future__ import annotations

from textual.color import Color
from textual.theme import Theme


def theme_variables(theme: Theme) -> dict[str, str]:
    """The CSS variables the theme gives the app ($text, $panel, ...), as Textual derives them."""
    return theme.to_color_system().generate()


def resolve(variables: dict[str, str], name: str, under: Color) -> Color:
    """One variable as an opaque colour over `under` (alpha and 'auto N%' are blended)."""
    value = variables[name].strip()
    if value.startswith("auto"):
        percent = value.removeprefix("auto").strip().rstrip("%") or "100"
        return under.get_contrast_text(float(percent) / 100)
    if " " in value and value.endswith("%"):
        colour, percent = value.rsplit(" ", 1)
        parsed = Color.parse(colour).multiply_alpha(float(percent.rstrip("%")) / 100)
    else:
        parsed = Color.parse(value)
    return under.blend(parsed.with_alpha(1.0), parsed.a) if parsed.a < 1 else parsed


def luminance(colour: Color) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.r) + 0.7152 * channel(colour.g) + 0.0722 * channel(colour.b)


def ratio(foreground: Color, background: Color) -> float:
    """The WCAG 2 contrast ratio, 1 to 21."""
    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def pair_ratio(theme: Theme, foreground: str, background: str) -> float:
    """The ratio of two of the theme's variables, the background laid over $background."""
    variables = theme_variables(theme)
    base = Color.parse(variables["background"])
    under = resolve(variables, background, base)
    return ratio(resolve(variables, foreground, under), under)

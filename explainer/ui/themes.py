"""A high-contrast theme beside Textual's own: black and white with bright yellow focus."""

from __future__ import annotations

from textual.theme import BUILTIN_THEMES, Theme

HIGH_CONTRAST = Theme(
    name="high-contrast",
    primary="#ffff00",
    secondary="#00ffff",
    accent="#ffff00",
    foreground="#ffffff",
    background="#000000",
    surface="#000000",
    panel="#1a1a1a",
    success="#00ff00",
    warning="#ffff00",
    error="#ff5555",
    dark=True,
    variables={
        "text-muted": "#ffffff",
        "footer-key-foreground": "#ffff00",
        "button-color-foreground": "#000000",
        "block-cursor-foreground": "#000000",
        "block-cursor-background": "#ffff00",
        "border": "#ffffff",
        "link-color": "#00ffff",
        "link-style": "underline",
    },
)

DEFAULT_THEME = "textual-dark"


def unknown_theme_message(name: str) -> str | None:
    """None for a theme the app can show; else the one-line message naming the choices.

    Every command that takes --theme checks it first: Textual raises (with a long
    traceback) only once the app runs, after files may have been written.
    """
    names = {*BUILTIN_THEMES, HIGH_CONTRAST.name}
    if name in names:
        return None
    return f"unknown theme '{name}'; choose from: {', '.join(sorted(names))}"

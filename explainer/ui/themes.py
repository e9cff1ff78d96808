"""The explainer's themes: a calm clinic palette, dark and light, and high contrast.

One calm teal for navigation and focus (choices, links, glossary terms, the cursor),
amber only for theory and caution, red only for danger. Every colour a reader reads is
set here rather than left to Textual's derivations, and tests/test_contrast.py holds
each pair of them to WCAG AA (4.5:1).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from textual.app import App
from textual.theme import Theme, ThemeProvider

CALM_DARK = Theme(
    name="explainer-dark",
    primary="#4fb3a9",
    secondary="#8fb3d9",
    accent="#4fb3a9",
    foreground="#e8e4dc",
    background="#15191c",
    surface="#1b2024",
    panel="#242b30",
    success="#6cc17a",
    warning="#e3a53c",
    error="#ef6b63",
    dark=True,
    variables={
        "text": "#e8e4dc",
        "text-muted": "#a9b0b4",
        "text-primary": "#6cc9bf",
        "text-secondary": "#a9c6e6",
        "text-accent": "#6cc9bf",
        "text-warning": "#f0b85a",
        "text-error": "#ff8f87",
        "text-success": "#86d493",
        "error-muted": "#4a1f1f",
        "warning-muted": "#47361a",
        "success-muted": "#1d3b24",
        "primary-muted": "#1f3b39",
        "block-cursor-background": "#2e5e59",
        "block-cursor-foreground": "#ffffff",
        "block-cursor-blurred-background": "#24403d",
        "block-cursor-blurred-foreground": "#e8e4dc",
        "border": "#4fb3a9",
        "scrollbar": "#7f9c99",
        "scrollbar-hover": "#8fb0ad",
        "scrollbar-active": "#4fb3a9",
        "scrollbar-background": "#20262a",
        "footer-background": "#242b30",
        "footer-foreground": "#e8e4dc",
        "footer-key-foreground": "#6cc9bf",
        "link-color": "#6cc9bf",
        "link-style": "underline",
        "link-color-hover": "#ffffff",
        "link-background-hover": "#2e5e59",
    },
)

CALM_LIGHT = Theme(
    name="explainer-light",
    primary="#0d6e6a",
    secondary="#2f5f8f",
    accent="#0d6e6a",
    foreground="#1f2428",
    background="#faf8f4",
    surface="#f2efe9",
    panel="#e7e3dc",
    success="#2b7a3d",
    warning="#945a00",
    error="#b3261e",
    dark=False,
    variables={
        "text": "#1f2428",
        "text-muted": "#545b61",
        "text-primary": "#0b5f5b",
        "text-secondary": "#2a5580",
        "text-accent": "#0b5f5b",
        "text-warning": "#7a4a00",
        "text-error": "#9b1c15",
        "text-success": "#1f6430",
        "error-muted": "#f8dcd9",
        "warning-muted": "#f7e6c6",
        "success-muted": "#d9eedc",
        "primary-muted": "#d5ebe9",
        "block-cursor-background": "#0d6e6a",
        "block-cursor-foreground": "#ffffff",
        "block-cursor-blurred-background": "#d5ebe9",
        "block-cursor-blurred-foreground": "#1f2428",
        "border": "#0d6e6a",
        "scrollbar": "#55615f",
        "scrollbar-hover": "#4d5b5a",
        "scrollbar-active": "#0d6e6a",
        "scrollbar-background": "#e3dfd7",
        "footer-background": "#e7e3dc",
        "footer-foreground": "#1f2428",
        "footer-key-foreground": "#0b5f5b",
        "link-color": "#0b5f5b",
        "link-style": "underline",
        "link-color-hover": "#000000",
        "link-background-hover": "#d5ebe9",
    },
)

HIGH_CONTRAST = Theme(
    name="high-contrast",
    primary="#00ffff",
    secondary="#00ffff",
    accent="#00ffff",
    foreground="#ffffff",
    background="#000000",
    surface="#000000",
    panel="#1a1a1a",
    success="#00ff00",
    warning="#ffff00",
    error="#ff5555",
    dark=True,
    variables={
        "text": "#ffffff",
        "text-muted": "#ffffff",
        "text-primary": "#00ffff",
        "text-secondary": "#00ffff",
        "text-accent": "#00ffff",
        "text-warning": "#ffff00",
        "text-error": "#ff8080",
        "text-success": "#00ff00",
        "error-muted": "#3d0000",
        "warning-muted": "#333300",
        "success-muted": "#003300",
        "primary-muted": "#003333",
        "footer-background": "#1a1a1a",
        "footer-foreground": "#ffffff",
        "footer-key-foreground": "#00ffff",
        "button-color-foreground": "#000000",
        "block-cursor-foreground": "#000000",
        "block-cursor-background": "#00ffff",
        "block-cursor-blurred-foreground": "#ffffff",
        "block-cursor-blurred-background": "#333333",
        "border": "#ffffff",
        "scrollbar": "#ffffff",
        "scrollbar-hover": "#00ffff",
        "scrollbar-active": "#00ffff",
        "scrollbar-background": "#333333",
        "link-color": "#00ffff",
        "link-style": "underline",
        "link-color-hover": "#000000",
        "link-background-hover": "#00ffff",
    },
)
"""Cyan for navigation and focus, yellow only for theory and caution, red for danger, as in the
other two; the verdict banners keep a dark fill of their own colour."""

THEMES = (CALM_DARK, CALM_LIGHT, HIGH_CONTRAST)
"""Every theme the explainer ships; the contrast test checks each one."""

DEFAULT_THEME = CALM_DARK.name


def unknown_theme_message(name: str) -> str | None:
    """None for a shipped theme; else the one-line message naming the three.

    Only the shipped themes are offered: Textual's own themes leave the app's text colours
    to derivations the contrast test does not cover (textual-light's headings measured
    1.48:1). Every command that takes --theme checks it first, before any terminal or file.
    """
    names = [theme.name for theme in THEMES]
    if name in names:
        return None
    return f"unknown theme '{name}'; choose from: {', '.join(names)}"


class ShippedThemes(ThemeProvider):
    """The palette's "Theme" command: only the themes tests/test_contrast.py checks."""

    @property
    def commands(self) -> list[tuple[str, Callable[[], None]]]:
        def set_app_theme(name: str) -> None:
            self.app.theme = name

        return [(theme.name, partial(set_app_theme, theme.name)) for theme in THEMES]


def theme_before_first_parse(app: App[Any], name: str) -> None:
    """Give a dark theme's colours to the CSS before it is first parsed.

    Setting App.theme once running parses every stylesheet again from scratch (about
    20 ms of a start). Nothing is parsed yet here, so a dark theme (Textual's default is
    dark too) is set quietly; a light one still goes through App.theme on mount, which
    also turns Textual's ANSI colours to their light mapping.
    """
    theme = app.get_theme(name)
    if theme is None or not theme.dark or not app.current_theme.dark:
        return
    app.set_reactive(App.theme, name)
    app.stylesheet.set_variables(app.get_css_variables())
    app.set_class(True, f"-theme-{name}", update=False)

"""The baseline: a minimal Textual app that shows one Markdown widget."""

from textual.app import App, ComposeResult
from textual.widgets import Markdown


class Minimal(App[None]):
    def compose(self) -> ComposeResult:
        yield Markdown("# Minimal\n\nMinimal app ready.")


if __name__ == "__main__":
    Minimal().run()

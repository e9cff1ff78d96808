"""A `help` section as a care card, in the manner of the NHS's emergency care cards.

A red band with what to do in danger now, then each line's number large and aligned
with its region and how to reach it, then the section's own gentle words. The reader
hides everything else on this screen (the `care` class, app.tcss) but the way back.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Digits, Static

from ...core.model import HelpResource
from .. import glyphs
from ..styles import styles_beside
from ..text import plain
from .body import Body
from .section_base import SectionView

NUMBER = re.compile(r"\d(?:[\d ]*\d)?")
"""A phone number in a contact line: '988', '116 123'."""


def is_emergency(resource: HelpResource) -> bool:
    """The call-your-emergency-number line: it goes in the red band, not the directory."""
    return resource.region.casefold() in {"anywhere", "everywhere"} or "emergency" in resource.name.casefold()


def phone_number(contact: str) -> str | None:
    """The first number in a contact line, to be drawn large; None when there is none."""
    match = NUMBER.search(contact)
    return match[0] if match else None


def band_content(resources: list[HelpResource]) -> Content:
    """'HELP NOW  If someone is in danger now, call ...': numbers bold."""
    text = (
        "  ".join(resource.contact for resource in resources)
        or "If someone is in danger now, call your local emergency number."
    )
    content = Content.assemble(("HELP NOW  ", "bold"), text)
    for match in re.finditer(r"\d+", text):
        start = len("HELP NOW  ") + match.start()
        content = content.stylize("bold", start, start + len(match[0]))
    return content


SLIM = 60
"""Below this many columns the large numbers leave no room for the words beside them: each line's
number is then the bold one in its words, so every number stays in view at 40x20."""


class HelpCardView(SectionView):
    """The band, the directory of lines, then the section's body."""

    DEFAULT_CSS = styles_beside(__file__)
    SCOPED_CSS = False

    def on_mount(self) -> None:
        self.set_class(self.app.size.width < SLIM, "slim")  # before the first layout: one frame

    def on_resize(self) -> None:
        self.set_class(self.app.size.width < SLIM, "slim")

    def compose(self) -> ComposeResult:
        resources = self.explainer.content.meta.help
        numbers = [phone_number(r.contact) or "" for r in resources if not is_emergency(r)]
        large = not glyphs.active().ascii  # Digits draws with box-drawing characters
        number_width = (3 if large else 1) * max((len(n) for n in numbers), default=0) + 2
        yield Static(band_content([r for r in resources if is_emergency(r)]), classes="care-band")
        with Vertical(classes="care-lines"):
            for resource in resources:
                if is_emergency(resource):
                    continue
                with Horizontal(classes="care-line"):
                    yield Static(plain(resource.region), classes="care-region")
                    number = phone_number(resource.contact)
                    if number is not None:
                        digits = (
                            Digits(number, classes="care-number")
                            if large
                            else Static(Content.styled(number, "bold"), classes="care-number")
                        )
                        digits.styles.width = number_width
                        yield digits
                    yield Static(
                        Content.assemble((resource.contact, "bold"), "\n", (resource.name, "$text-muted")),
                        classes="care-how",
                    )
        yield from self.intro()
        yield from self.outro()

    def intro(self) -> Iterator[Widget]:
        """The section's body, after the card: the numbers come first."""
        if self.section.body.strip():
            yield Body(self.shown(self.section.body), self.explainer, classes="body care-words")

"""The page kind: a page of Markdown, nothing more."""

from .base import Kind, PartsKit, Section


class Page(Section, tag="page", kw_only=True):
    """A page of Markdown."""


def page_parts(section: Page, kit: PartsKit) -> list[str]:
    """A page is its title and body only."""
    return []


KIND = Kind(model=Page, parts=page_parts, view="explainer.ui.widgets.page:PageView")

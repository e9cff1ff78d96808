"""The map: every section as a tree by branch, with visited marks; Enter jumps there."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Footer, Static, Tree

from ...core.explainer import Explainer
from ..styles import styles_beside
from ..text import plain
from .modal import OnceModal

HERE, SEEN, NOT_SEEN = "> ", "* ", "  "


class MapScreen(OnceModal[str | None]):
    """Returns the chosen section id, or None when closed."""

    DEFAULT_CSS = styles_beside(__file__)
    SCOPED_CSS = False

    BINDINGS = [Binding("escape,m,q", "close", "Close")]

    def __init__(self, explainer: Explainer, current: str, seen: set[str]) -> None:
        super().__init__()
        self.explainer = explainer
        self.current = current
        self.seen = seen

    def compose(self) -> ComposeResult:
        with Vertical(id="map-box"):
            yield Static(plain("Map: Enter jumps to a section. * seen, > you are here."), id="map-help")
            tree: Tree[str] = Tree(Text("All sections"), id="map-tree")
            tree.show_root = False
            tree.guide_depth = 2
            branches: dict[str, object] = {}
            for section in self.explainer.content.sections:
                name = section.branch or "Other"
                if name not in branches:
                    branches[name] = tree.root.add(Text(name), expand=True)
                mark = HERE if section.id == self.current else SEEN if section.id in self.seen else NOT_SEEN
                node = branches[name].add_leaf(Text(mark + section.title), data=section.id)  # type: ignore[attr-defined]
                if section.id == self.current:
                    self._current_node = node
            yield tree
        yield Footer()

    def on_mount(self) -> None:
        tree = self.query_one(Tree)
        tree.focus()
        node = getattr(self, "_current_node", None)
        if node is not None:
            tree.move_cursor(node)

    @on(Tree.NodeSelected)
    def _selected(self, event: Tree.NodeSelected[str]) -> None:
        if event.node.data is not None:
            self.dismiss(event.node.data)

    def action_close(self) -> None:
        self.dismiss(None)

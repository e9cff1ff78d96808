"""The map: every section as a tree by branch, with visited marks; Enter jumps there."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Footer, Tree

from ...core.explainer import Explainer
from .. import glyphs
from ..styles import styles_beside
from ..text import plain
from .modal import OnceModal


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
        box = Vertical(id="map-box", classes="modal-box")
        box.border_title = plain("Map")
        table = glyphs.active()
        box.border_subtitle = plain(
            table.dot.join(
                (
                    f"{table.up_down} browse",
                    f"{table.enter} open",
                    f"{table.here} here",
                    f"{table.seen} seen",
                    "esc close",
                )
            )
        )
        with box:
            tree: Tree[str] = Tree(Text("All sections"), id="map-tree")
            tree.show_root = False
            tree.guide_depth = 2
            if table.ascii:  # the tree's own guides and icons (Textual's defaults are the Unicode ones)
                tree.LINES = dict.fromkeys(tree.LINES, table.tree_lines)
                tree.ICON_NODE, tree.ICON_NODE_EXPANDED = table.tree_icons
            members: dict[str, list] = {}
            for section in self.explainer.content.sections:
                members.setdefault(section.branch or "Other", []).append(section)
            for name, sections in members.items():
                seen = sum(1 for s in sections if s.id in self.seen)
                branch = tree.root.add(
                    Text.assemble((glyphs.text(name), "bold"), f"  {seen}/{len(sections)}"), expand=True
                )
                for section in sections:
                    here = section.id == self.current
                    # you are here, seen, not yet seen: marks as well as colours
                    mark = f"{table.here} " if here else f"{table.seen} " if section.id in self.seen else "  "
                    style = "bold" if here else "dim" if section.id in self.seen else ""
                    node = branch.add_leaf(Text(mark + glyphs.text(section.title), style=style), data=section.id)
                    if here:
                        self._current_node = node
            yield tree
        yield Footer()

    def on_mount(self) -> None:
        tree = self.query_one(Tree)
        tree.focus()
        node = getattr(self, "_current_node", None)
        if node is not None:
            tree.move_cursor(node)
            self.call_after_refresh(self._show_branch, tree, node)

    def _show_branch(self, tree: Tree[str], node) -> None:
        """The branch's header in view above the cursor, where the screen has room for both."""
        if node.parent is not None:
            tree.scroll_to_node(node.parent, animate=False)
        tree.scroll_to_node(node, animate=False)

    @on(Tree.NodeSelected)
    def _selected(self, event: Tree.NodeSelected[str]) -> None:
        if event.node.data is not None:
            self.dismiss(event.node.data)

    def action_close(self) -> None:
        self.dismiss(None)

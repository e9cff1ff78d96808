"""Icon arrays drawn as inline SVG for the HTML handout: 100 people, the counted ones filled squares.

Counted and not-counted people differ by shape (filled square, hollow circle) as well as
by shade, and the number is always written beside the picture ("52 out of 100").
"""

from __future__ import annotations

import html

from .model import IconArray, IconRow

CELL = 12


def icon_array_figure(array: IconArray, numbers: dict[str, int]) -> str:
    """A <figure> with one 10x10 picture per row; every authored text is escaped."""
    rows = "\n".join(_row(row, numbers) for row in array.rows)
    return f'<figure class="icon-array">\n<figcaption>{html.escape(array.title)}</figcaption>\n{rows}\n</figure>\n'


def _row(row: IconRow, numbers: dict[str, int]) -> str:
    cited = ", ".join(str(numbers[s]) if s in numbers else "?" for s in dict.fromkeys(row.sources))
    words = f"{row.count} out of 100"
    label = f"{html.escape(row.label)}, {html.escape(row.time)}: <strong>{words}</strong> [{html.escape(cited)}]"
    return f'<div class="icon-row">{svg_grid(row.count, f"{row.label}, {row.time}: {words}")}<p>{label}</p></div>'


def svg_grid(count: int, description: str) -> str:
    """A 10x10 grid: the first `count` people as dark filled squares, the rest as light rings."""
    shapes = []
    for index in range(100):
        x, y = (index % 10) * CELL + CELL // 2, (index // 10) * CELL + CELL // 2
        if index < count:
            shapes.append(f'<rect x="{x - 4}" y="{y - 4}" width="8" height="8" fill="#1a4f8b"/>')
        else:
            shapes.append(f'<circle cx="{x}" cy="{y}" r="3.5" fill="none" stroke="#888" stroke-width="1.2"/>')
    size = CELL * 10
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" viewBox="0 0 {size} {size}" '
        f'role="img" aria-label="{html.escape(description, quote=True)}">{"".join(shapes)}</svg>'
    )

"""A content file whose every shown field is hostile: markup, variables, escapes, odd Unicode."""

from __future__ import annotations

from typing import Any

from .builders import content, meta

HOSTILE = (
    "[bold red]markup[/] [link=https://evil.invalid]l[/link] [@click=app.quit]q[/] $accent "
    "\x1b]52;c;SGVsbG8=\x07 \x1b]8;;https://evil.invalid\x1b\\osc8\x1b]8;;\x1b\\ \x1b[31mred \x00nul \x9bcsi "
    "\u202eevil\u202c \u200bzero-width e\u0301 \U0001f44d \u6f22\u5b57 " + "W" * 150
)
RAW_CONTROLS = ("\x1b", "\x07", "\x00", "\x9b", "\u202e")
HOSTILE_IDS = "[@<script>alert(1)</script>] [@$accent] [@[bold]x[/]] [@" + "i" * 3000 + "]"
"""Citations of ids no source has: markup, a variable, brackets and a very long id."""
HOSTILE_QUOTE = '{claim} "' + HOSTILE[:120] + '" [@src] and "</p><script>x</script>" [@src; @nope]'
"""A quote of markup and escapes cited to an article, and one cited to an article and an unknown id."""


def hostile_doc() -> dict[str, Any]:
    h = HOSTILE
    choices = [{"label": h, "target": "b"}, {"label": "Help " + h, "target": "help"}]
    common = {"title": h, "notes": h, "sources": ["src"], "choices": choices}
    sections = [
        {
            "id": "a",
            "kind": "page",
            "body": f"{h}\n\n- [[{h}]]\n- [x](app.quit) [y](javascript:alert(1))\n\n# {h}\n\n{HOSTILE_IDS}\n\n{HOSTILE_QUOTE}",
            "icon_arrays": [{"title": h, "rows": [{"label": h, "count": 52, "time": h, "sources": ["src"]}] * 2}],
            **common,
        },
        {"id": "b", "kind": "myth", "claim": h, "verdict": "myth", "explanation": h, **common},
        {"id": "c", "kind": "timeline", "phases": [{"name": h, "span": h, "items": [h, HOSTILE_QUOTE]}], **common},
        {"id": "d", "kind": "steps", "steps": [{"title": h, "text": h, "level": "claim"}, {"title": h}], **common},
        {"id": "e", "kind": "compare", "body": h, "sides": [{"label": h, "text": h, "sources": ["src"]}] * 2, **common},
        {"id": "help", "kind": "help", "title": h, "body": h, "end": True, "choices": [{"label": h, "target": "a"}]},
    ]
    for section, following in zip(sections[:-1], ["b", "c", "d", "e", "a"], strict=True):
        section["choices"] = [{"label": h, "target": following}, {"label": "Help " + h, "target": "help"}]
    return content(
        *sections,
        meta=meta(title=h, disclosure=h, not_advice=h, help=[{"name": h, "contact": h, "region": h}]),
        sources=[{"id": "src", "title": h, "publisher": h, "kind": "article", "cite": h, "note": h}],
        glossary=[{"term": h, "short": h, "long": h, "aliases": [h + " alias"]}],
    )

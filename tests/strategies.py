"""Hypothesis strategies: random content graphs that are valid by construction."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from .builders import content, help_card, page

KINDS = ("page", "myth", "timeline", "steps", "compare")
words = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"), exclude_characters="{@"),
    min_size=1,
    max_size=30,
)
"""Text with no '{' or '@', so it never forms an evidence marker or a citation by chance."""


@st.composite
def sections(draw: st.DrawFn, section_id: str, ids: list[str]) -> dict[str, Any]:
    targets = draw(st.lists(st.sampled_from(ids), min_size=0, max_size=9, unique=True))
    kind = draw(st.sampled_from(KINDS))
    section = page(section_id, *targets, title=draw(words), body=draw(words), end=not targets)
    section["kind"] = kind
    if kind == "myth":
        section.update(
            claim=draw(words), verdict=draw(st.sampled_from(["myth", "partly true", "true"])), explanation="x"
        )
    elif kind == "timeline":
        level = draw(st.sampled_from(["theory", "claim"]))  # both are satisfied by the article 'src'
        section["phases"] = [{"name": draw(words), "span": "1 day", "items": [f"{{{level}}} {draw(words)} [@src]"]}]
    elif kind == "steps":
        section["steps"] = [
            {"title": draw(words), "level": "theory"},
            {"title": draw(words), "text": draw(words) + " [@src]", "level": "claim"},
        ]
    elif kind == "compare":
        section["sides"] = [{"label": draw(words), "text": "t", "sources": ["src"]} for _ in range(2)]
    if "suicid" in str(section).casefold() and "help" not in targets:  # valid content links it to help
        section["choices"] = [*section["choices"][:8], {"label": "Help now", "target": "help"}]
        section["end"] = False
    return section


@st.composite
def graphs(draw: st.DrawFn, max_sections: int = 25) -> dict[str, Any]:
    count = draw(st.integers(min_value=1, max_value=max_sections))
    ids = [f"s{i}" for i in range(count)] + ["help"]
    body = [draw(sections(section_id, ids)) for section_id in ids[:-1]]
    return content(*body, help_card("help", "s0"), start=draw(st.sampled_from(ids)))

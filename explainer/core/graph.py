"""The section graph: edges, reachability, and text renderings for `explainer graph`."""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterator

from .model import Content


def edges(content: Content) -> Iterator[tuple[str, str, str]]:
    """(from id, to id, label) for every choice, in file order."""
    for section in content.sections:
        for choice in section.choices:
            yield section.id, choice.target, choice.label


def reachable(content: Content, start: str | None = None) -> dict[str, int]:
    """Section ids reachable from start, with their distance in choices (breadth-first)."""
    known = {section.id for section in content.sections}
    targets: dict[str, list[str]] = {}
    for source, target, _ in edges(content):
        targets.setdefault(source, []).append(target)
    first = start or content.start
    if first not in known:
        return {}
    seen = {first: 0}
    queue = deque([first])
    while queue:
        current = queue.popleft()
        for target in targets.get(current, ()):
            if target in known and target not in seen:
                seen[target] = seen[current] + 1
                queue.append(target)
    return seen


def broken_targets(content: Content) -> list[str]:
    """Targets of choices that name no section, once each, in file order."""
    known = {section.id for section in content.sections}
    return list(dict.fromkeys(target for _, target, _ in edges(content) if target not in known))


MISSING = "MISSING: "
"""How a broken link's target is labelled in both renderings."""


def to_mermaid(content: Content) -> str:
    """A Mermaid flowchart; end sections have rounded ends, broken links go to a red dashed MISSING node."""
    lines = ["flowchart TD"]
    for section in content.sections:
        title = section.title.replace('"', "#quot;")
        shape = f'(["{title}"])' if section.end else f'["{title}"]'
        lines.append(f"    {_mermaid_id(section.id)}{shape}")
    broken = broken_targets(content)
    for target in broken:
        lines.append(f'    {_mermaid_id(target)}["{MISSING}{target}"]:::missing')
    for source, target, label in edges(content):
        text = label.replace('"', "#quot;").replace("|", "#124;")
        arrow = "-.->" if target in broken else "-->"
        lines.append(f'    {_mermaid_id(source)} {arrow}|"{text}"| {_mermaid_id(target)}')
    if broken:
        lines.append("    classDef missing stroke:#c00,stroke-width:2px,stroke-dasharray:5 5,color:#c00")
    return "\n".join(lines) + "\n"


def _mermaid_id(section_id: str) -> str:
    return "s_" + section_id.replace("-", "_")


def to_dot(content: Content) -> str:
    """A Graphviz digraph; labels are JSON-quoted, which DOT accepts as strings."""
    lines = ["digraph explainer {", "    rankdir=LR;", "    node [shape=box];"]
    for section in content.sections:
        extra = ", peripheries=2" if section.end else ""
        lines.append(f"    {json.dumps(section.id)} [label={json.dumps(section.title)}{extra}];")
    broken = broken_targets(content)
    for target in broken:
        label = json.dumps(MISSING + target)
        lines.append(f"    {json.dumps(target)} [label={label}, color=red, fontcolor=red, style=dashed];")
    for source, target, label in edges(content):
        extra = ", color=red, style=dashed" if target in broken else ""
        lines.append(f"    {json.dumps(source)} -> {json.dumps(target)} [label={json.dumps(label)}{extra}];")
    lines.append("}")
    return "\n".join(lines) + "\n"

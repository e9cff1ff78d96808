"""Lint rules for evidence: inline citations, quotes checked against the articles, evidence levels.

Findings are placed at the citation, quote or marker inside its text (FILE:LINE:COL of the
words themselves, not of the key), through the collector's `add_text`. Each check declares
the rules it reports with `@rule` (see `rules.py`); `lint.py` runs them with its own.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from .citations import find_citations, inline_ids
from .evidence import LEVELS, leveled_units, markers, split_marker
from .model import Section, Source
from .quotes import Article, LockEntry, closest_passage, find_quotes, locate, lock_key, read_article, read_lock
from .rules import rule

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from .explainer import Explainer

_ARTICLE_NEEDED = "claim"
_REFERENCE_NEEDED = ("shown", "context")


class Run(Protocol):
    """What a check is given (`lint.LintRun`)."""

    @property
    def explainer(self) -> Explainer: ...

    @property
    def quotes(self) -> QuoteCheck | None: ...


class Collector(Protocol):
    def add(self, code: str, path: Sequence[str | int], message: str, *, key: bool = False) -> None: ...

    def add_text(self, code: str, path: Sequence[str | int], text: str, offset: int, message: str) -> None: ...


class QuoteCheck:
    """How to check quotes: the folder of article texts (or None), the lock file, and whether to rewrite it."""

    def __init__(self, sources: Path | None, lock: Path | None, *, update: bool = False) -> None:
        self.sources = sources
        self.lock = lock
        self.update = update
        self.checked = 0
        self.written: int | None = None
        self._articles: dict[str, Article | None] = {}

    def article(self, stem: str) -> Article | None:
        if stem not in self._articles:
            self._articles[stem] = read_article(self.sources / f"{stem}.txt", stem) if self.sources else None
        return self._articles[stem]


def _sections(run: Run) -> Iterator[tuple[Section, tuple[str, int], dict[tuple[str | int, ...], str]]]:
    """Each section with its path in the file and its texts by path."""
    for i, section in enumerate(run.explainer.content.sections):
        yield section, ("sections", i), dict(section.texts())


@rule("E114", "unknown-citation", "error", "An inline citation [@id] names a source that is not in `sources`.")
def unknown_citations(run: Run, out: Collector) -> None:
    sources = run.explainer.sources
    for section, here, texts in _sections(run):
        for path, source_id, offset in inline_ids(section):
            if source_id not in sources:
                hint = _did_you_mean(source_id, list(sources))
                out.add_text("E114", (*here, *path), texts[path], offset, f"unknown source '@{source_id}' cited{hint}")
    for i, entry in enumerate(run.explainer.content.glossary):
        for citation in find_citations(entry.long):
            for source_id, offset in zip(citation.ids, citation.id_offsets, strict=True):
                if source_id not in sources:
                    hint = _did_you_mean(source_id, list(sources))
                    where = ("glossary", i, "long")
                    out.add_text("E114", where, entry.long, offset, f"unknown source '@{source_id}' cited{hint}")


@rule("W214", "listed-not-cited", "warning", "A section lists a source in `sources` but never cites it inline.")
def listed_not_cited(run: Run, out: Collector) -> None:
    sources = run.explainer.sources
    for i, section in enumerate(run.explainer.content.sections):
        cited = {source_id for _, source_id, _ in inline_ids(section)}
        for _, source_id in section.cited():
            if source_id not in section.sources:
                cited.add(source_id)  # compare sides and icon-array rows cite by their own fields
        for k, source_id in enumerate(section.sources):
            if source_id in sources and source_id not in cited:
                out.add(
                    "W214",
                    ("sections", i, "sources", k),
                    f"section '{section.id}' lists source '{source_id}' but never cites it inline; "
                    f"cite it at the claim, e.g. [@{source_id}]",
                )


@rule("E117", "missing-level", "error", "A step or timeline item has no evidence level, or a marker is unknown.")
def missing_levels(run: Run, out: Collector) -> None:
    for section, here, texts in _sections(run):
        for path, text in texts.items():
            for word, offset in markers(text):
                if word not in LEVELS:
                    hint = _did_you_mean(word, list(LEVELS))
                    out.add_text(
                        "E117",
                        (*here, *path),
                        text,
                        offset,
                        f"unknown evidence marker '{{{word}}}'{hint}; use one of "
                        + ", ".join(f"{{{w}}}" for w in LEVELS),
                    )
        for item in section.levelled_items():
            if item.level is None and item.missing_at is not None:
                out.add(
                    "E117",
                    (*here, *item.missing_at),
                    f"{item.name} has no evidence level; add 'level:' (shown, theory, claim or context)",
                )
        for path, text in section.marked_items() or ():
            if split_marker(text)[0] is None:
                out.add_text(
                    "E117",
                    (*here, *path),
                    text,
                    0,
                    f"{section.MARKED_ITEM} does not begin with an evidence marker such as {{shown}} or {{theory}}",
                )


@rule(
    "E118",
    "level-without-support",
    "error",
    "A 'claim' cites no article; a 'shown' or 'context' block cites no reference.",
)
def levels_without_support(run: Run, out: Collector) -> None:
    sources = run.explainer.sources
    for section, here, texts in _sections(run):
        named = {item.path: item for item in section.levelled_items()}
        for path, level, text, listed, offset in leveled_units(section):
            if level is None:
                continue
            kinds = {sources[s].kind for s in (*_ids(text), *listed) if s in sources}
            wrong = ""
            if level == _ARTICLE_NEEDED and "article" not in kinds:
                wrong = "is marked {claim} (one article's claim) but cites no article"
            elif level in _REFERENCE_NEEDED and "reference" not in kinds:
                wrong = f"is marked {{{level}}} ({LEVELS[level].words.lower()}) but cites no reference"
            if wrong:
                if path in named:
                    out.add("E118", (*here, *named[path].level_at), f"{named[path].name} {wrong}")
                else:
                    out.add_text("E118", (*here, *path), texts[path], max(offset, 0), f"this block {wrong}")


def _ids(text: str) -> list[str]:
    return [source_id for citation in find_citations(text) for source_id in citation.ids]


@rule("E115", "quote-not-found", "error", "A quote cited to an article is not that article's words (--sources DIR).")
@rule(
    "E116",
    "quote-not-verified",
    "error",
    "Without the articles: a quote that content.quotes.lock does not record as verified.",
)
@rule(
    "W215",
    "quote-lock-outdated",
    "warning",
    "A verified quote is not in content.quotes.lock; run lint with --update-quotes.",
)
def quotes(run: Run, out: Collector) -> None:
    """Quotes cited to an article, checked against its text (or the lock); only when lint is told how."""
    check = run.quotes
    if check is None:
        return
    explainer = run.explainer
    sources = explainer.sources
    lock = read_lock(check.lock) if check.lock else {}
    verified: list[LockEntry] = []
    for i, section in enumerate(explainer.content.sections):
        for path, text in section.texts():
            for quote in find_quotes(text):
                articles = [sources[s] for s in quote.citation.ids if s in sources and sources[s].kind == "article"]
                if not articles:
                    continue
                check.checked += 1
                where = ("sections", i, *path)
                if check.sources is None:
                    if not any(lock_key(a.cite, quote.text) in lock for a in articles):
                        out.add_text(
                            "E116",
                            where,
                            text,
                            quote.start,
                            f"quote not verified against '{articles[0].id}': it is not in the record of checked "
                            "quotes; with the articles, run `explainer lint --sources DIR --update-quotes`",
                        )
                    continue
                _check_quote(check, quote.text, articles, where, text, quote.start, lock, verified, out)
    if check.update and check.sources is not None and check.lock is not None:
        from .quotes import write_lock

        write_lock(check.lock, verified)
        check.written = len({lock_key(e.article, e.quote) for e in verified})


def _check_quote(
    check: QuoteCheck,
    quote: str,
    articles: list[Source],
    where: tuple[str | int, ...],
    text: str,
    offset: int,
    lock: dict[tuple[str, str], LockEntry],
    verified: list[LockEntry],
    out: Collector,
) -> None:
    readable = [(source, check.article(source.cite)) for source in articles]
    for source, article in readable:
        if article is not None and (found := locate(quote, article)) is not None:
            entry = LockEntry(source.cite, " ".join(quote.split()), f"line {found.line}")
            verified.append(entry)
            if not check.update and lock_key(source.cite, quote) not in lock:
                out.add_text(
                    "W215",
                    where,
                    text,
                    offset,
                    f"quote verified in '{source.id}' but not recorded in the lock; run lint with --update-quotes",
                )
            return
    source, article = readable[0]
    if article is None:
        out.add_text(
            "E115",
            where,
            text,
            offset,
            f"cannot read the article '{source.id}' ({source.cite}.txt) in {check.sources}",
        )
        return
    closest = closest_passage(quote, article)
    shown = closest if len(closest) <= 160 else closest[:157] + "..."
    out.add_text(
        "E115",
        where,
        text,
        offset,
        f"quote not found in the article '{source.id}' ({source.cite}); the closest passage is \"{shown}\"",
    )


def _did_you_mean(word: str, options: list[str]) -> str:
    match = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return f"; did you mean '{match[0]}'?" if match else ""

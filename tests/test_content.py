"""The shipped content meets issue 3's bar: shape, sources, reachability, every path walked."""

from __future__ import annotations

import statistics
from collections import Counter

import pytest

from explainer.core.explainer import Explainer
from explainer.core.graph import reachable
from explainer.core.loader import load
from explainer.core.model import Compare, Myth, Steps, Timeline
from explainer.core.paths import default_content_path
from explainer.core.quicktest import walk

ARTICLES = ("clinic-mrd", "kap-practice", "infusion-clinic", "clear-mind", "maryland")
UNSOURCED_ALLOWED = {"welcome", "hub", "help-now", "what-matters"}  # navigation, help, and a values prompt


@pytest.fixture(scope="module")
def shipped() -> Explainer:
    return load(default_content_path())


def test_size_and_kinds(shipped: Explainer) -> None:
    sections = shipped.content.sections
    assert len(sections) >= 45
    kinds = Counter(type(s) for s in sections)
    assert kinds[Myth] >= 8
    assert kinds[Compare] >= 4
    assert kinds[Steps] >= 1 and kinds[Timeline] >= 1
    assert len(shipped.content.glossary) >= 25


def test_every_section_reachable_from_start(shipped: Explainer) -> None:
    seen = reachable(shipped.content)
    assert set(seen) == set(shipped.sections)


def test_choice_counts(shipped: Explainer) -> None:
    """At least two ways on, and at most nine: the number keys 1-9 pick them (E106)."""
    for section in shipped.content.sections:
        if not section.end:
            assert 2 <= len(section.choices) <= 9, section.id


def test_every_section_cites_a_source(shipped: Explainer) -> None:
    for section in shipped.content.sections:
        if section.id not in UNSOURCED_ALLOWED:
            assert list(section.cited()), section.id


def test_every_article_cited_on_several_sections(shipped: Explainer) -> None:
    citing = {
        article: [s.id for s in shipped.content.sections if article in {c for _, c in s.cited()}]
        for article in ARTICLES
    }
    for article, sections in citing.items():
        assert len(sections) >= 3, (article, sections)


def test_sources_match_the_shared_articles(shipped: Explainer) -> None:
    stems = {source.cite for source in shipped.content.sources if source.kind == "article"}
    assert len(stems) == 5
    shared = default_content_path().resolve().parent
    for parent in (shared, *shared.parents):
        folder = parent.parent / "shared" / "sources"
        if folder.is_dir():
            assert stems == {p.stem for p in folder.glob("0*.txt")}
            break


def test_meta_block(shipped: Explainer) -> None:
    meta = shipped.content.meta
    assert meta.authors and meta.disclosure and meta.not_advice
    assert meta.review_by > meta.written
    assert {"988" in r.contact or "116 123" in r.contact for r in meta.help} == {True, False} or len(meta.help) >= 2
    text = " ".join(r.contact for r in meta.help)
    for number in ("988", "116 123", "911", "999", "112"):
        assert number in text


def test_counsellor_notes_everywhere(shipped: Explainer) -> None:
    for section in shipped.content.sections:
        for part in ("**Say:**", "**Often asked:**", "**Next:**"):
            assert part in section.notes, (section.id, part)


def test_welcome_and_closing_link_to_help(shipped: Explainer) -> None:
    help_ids = {s.id for s in shipped.content.sections if s.__struct_config__.tag == "help"}
    for section in shipped.content.sections:
        if section.id == shipped.content.start or (section.end and section.id not in help_ids):
            assert {c.target for c in section.choices} & help_ids, section.id


def test_quicktest_walk_covers_every_section_and_choice(shipped: Explainer) -> None:
    result = walk(shipped.content)
    assert result.unvisited_sections == set()
    assert result.untaken_choices == set()
    assert result.trapped == set(), "sections from which no end can be reached"
    endings = Counter(ending for _, ending in result.paths)
    assert endings["end"] >= 2 and endings["unknown-target"] == 0
    for path, ending in result.paths:
        assert path[0] == shipped.content.start
        if ending == "end":
            assert shipped.sections[path[-1]].end
        else:  # cut where it revisits an explored section
            assert path[-1] in result.visited
    print(f"quicktest: {len(result.paths)} paths, {len(result.taken)} choices, {len(result.visited)} sections")


def test_quicktest_finds_gaps() -> None:
    from .builders import content, help_card, load_doc, page

    doc = content(
        page("a", "b", "help"), page("b", "a", "c"), page("c", "b", "c"), page("orphan", "a"), help_card("help", "a")
    )
    result = walk(load_doc(doc).content)
    assert result.unvisited_sections == {"orphan"}
    assert result.untaken_choices == {("orphan", 0)}
    assert result.trapped == set()
    trapped = content(page("a", "b", "help"), page("b", "c"), page("c", "b"), help_card("help", "a"))
    assert walk(load_doc(trapped).content).trapped == {"b", "c"}


def test_readability(shipped: Explainer) -> None:
    from explainer.core.readability import section_grades

    grades = section_grades(shipped.content.sections)  # every word a reader reads, glossary terms too
    values = [g.grade for g in grades.values() if g.words]
    worst = sorted(grades.items(), key=lambda kv: -kv[1].grade)[:3]
    report = f"median {statistics.median(values):.2f}; worst: " + ", ".join(f"{k} {g.grade:.2f}" for k, g in worst)
    print(report)
    assert statistics.median(values) <= 8, report
    assert max(values) <= 10, report


NO_QUESTION = {
    "welcome", "hub", "what-to-expect", "myths", "disagreements", "about",  # hubs: they list topics
    "help-now", "closing", "about-this-guide",  # help, the end, and the guide's own making
    "questions", "clinic-questions",  # already lists of questions to ask
}  # fmt: skip


def test_every_topic_screen_offers_a_question_for_a_clinician(shipped: Explainer) -> None:
    """A reader can take a question (`ask:`) from every screen but hubs, help and the question lists."""
    without = {s.id for s in shipped.content.sections if not s.ask.strip()}
    assert without == NO_QUESTION
    asks = [s.ask.strip() for s in shipped.content.sections if s.ask.strip()]
    assert all(ask.endswith("?") for ask in asks)
    assert len(set(asks)) == len(asks), "each question once"

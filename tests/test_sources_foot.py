"""A screen's sources without noise: one line at the foot, the list in the side panel when wide,
no per-side line where a compare side cites inline, no repeat where the body is the list."""

from __future__ import annotations

from explainer.core.citations import find_citations
from explainer.core.model import Compare
from explainer.ui.widgets.compare import uncited_sources
from explainer.ui.widgets.sources import SourcesLine, body_lists_them, sources_line

from .app_helpers import make_app, screen_text, shipped


async def test_the_foot_is_one_line_that_names_the_count_at_80x24() -> None:
    app = make_app(start="nmda")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        count = len(app.explainer.source_numbers(app.explainer.sections["nmda"]))
        assert count >= 2
        foot = app.screen.query_one("#sources", SourcesLine)
        assert foot.display and foot.region.height == 1, "one row, not a row per source"
        await pilot.press("end")
        await pilot.pause()
        text = screen_text(app)
        assert f"{count} sources, [1]–[{count}] · s shows them in full" in text
        assert "[1] " not in text.split("sources, [1]")[1], "no list of names after the line"


def test_the_foot_line_is_honest_about_one_source_and_none() -> None:
    assert sources_line(1) == "1 source, [1] · s shows it in full"
    assert sources_line(4) == "4 sources, [1]–[4] · s shows them in full"
    assert sources_line(0) == ""


async def test_at_140x40_the_list_is_in_the_side_panel_and_the_foot_is_gone() -> None:
    app = make_app(start="nmda")
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        await pilot.pause()
        rail = app.screen.query_one("#rail-sources")
        assert rail.display and "1 " in str(rail.render())
        assert not app.screen.query_one("#sources").region.height, "no foot where the panel lists them"
        assert "s shows them in full" not in screen_text(app)


async def test_compare_sides_that_cite_inline_have_no_source_line() -> None:
    compares = [s for s in shipped().content.sections if isinstance(s, Compare)]
    assert compares and all(find_citations(side.text) for s in compares for side in s.sides)
    for section in compares:
        app = make_app(start=section.id)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            assert len(app.screen.query(".side")) == len(section.sides)
            assert not app.screen.query(".side-sources"), section.id
            assert "Source: [" not in screen_text(app), section.id


def test_a_side_without_an_inline_citation_keeps_its_source_line() -> None:
    section = next(s for s in shipped().content.sections if isinstance(s, Compare))
    side = section.sides[0]
    bare = type(side)(**{**{f: getattr(side, f) for f in side.__struct_fields__}, "text": "No citation here."})
    assert uncited_sources(bare) == list(dict.fromkeys(side.sources)), "no claim loses its source"


async def test_about_sources_shows_no_repeated_list() -> None:
    assert shipped().sections["about-sources"].lists_sources
    app = make_app(start="about-sources")
    async with app.run_test(size=(80, 40)) as pilot:
        await pilot.pause()
        assert not app.screen.query_one("#sources").region.height
        text = screen_text(app)
        assert "sources, [1]" not in text and text.count("Clear Mind") == 1, "the articles once, in the body"


def test_the_flag_hides_the_line_only_when_the_body_cites_every_source() -> None:
    section = shipped().sections["about-sources"]
    assert body_lists_them(section, section.sources)
    assert not body_lists_them(section, [*section.sources, "zarate-2006"]), "a source the body does not list"
    nmda = shipped().sections["nmda"]
    assert not nmda.lists_sources and not body_lists_them(nmda, nmda.sources)


async def test_about_sources_at_140x40_has_no_sources_part_in_the_side_panel() -> None:
    app = make_app(start="about-sources")
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert app.screen.query_one("#side-panel").display
        assert not app.screen.query_one("#rail-sources").display
        text = screen_text(app)
        assert "SOURCES" not in text and text.count("Clear Mind") == 1, "the articles once, in the body"

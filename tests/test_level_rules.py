"""A paragraph or list item with an evidence level has a rule beside it in its level's shape."""

from __future__ import annotations

from explainer.core.evidence import worded
from explainer.core.markdown import parse
from explainer.ui import glyphs
from explainer.ui.widgets.body import level_of, wrap_blocks

from .app_helpers import make_app, screen_text

TEXT = "Plain words.\n\n{theory} A theory that runs on for long enough to wrap onto a second line here.\n\n- {shown} An item"


def test_each_line_of_a_levelled_block_carries_its_rule_and_others_none() -> None:
    blocks = parse(worded(TEXT)).blocks
    assert [level_of(block) for block in blocks] == [None, "theory", "shown"]
    lines = [line.plain for line in wrap_blocks(blocks, 40)]
    theory = [line for line in lines if line.startswith("┆ ")]
    assert len(theory) >= 2 and theory[0].startswith("┆ ≈ Leading theory:")
    assert lines[0] == "Plain words."
    assert any(line.startswith("• ┃ ✓ Shown in people: An item") for line in lines)


def test_ascii_mode_draws_the_rules_in_ascii() -> None:
    glyphs.use(True)
    lines = [line.plain for line in wrap_blocks(parse(worded(TEXT)).blocks, 40)]
    assert sum(line.startswith(": ") for line in lines) >= 2, "the theory's rule on each of its lines"
    assert any(line.startswith("- | ") for line in lines), "the item's rule after its bullet"


async def test_the_reader_draws_the_rules_beside_the_levelled_paragraphs() -> None:
    app = make_app(start="nmda")
    async with app.run_test(size=(80, 40)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "│ ! One article's claim:" in text and "║ + Added context:" in text and "┆ ≈ Leading theory:" in text
        assert "│ Glutamate works" not in text, "a paragraph without a level has no rule"


def test_the_keys_screen_explains_the_rules() -> None:
    from explainer.ui.screens.keys import marks_text

    assert "Rules beside paragraphs and steps mean the same: ┃ shown in people, ┆ leading theory" in marks_text()

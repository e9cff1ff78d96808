"""The timeline's two lanes (design review P2): the article's words beside what studies show."""

from __future__ import annotations

from explainer.core.model import Phase
from explainer.ui.widgets.timeline import ARTICLE_LANE, EVIDENCE_LANE, lanes

from .app_helpers import make_app, resize, screen_text


def test_items_go_to_their_lane_in_order_and_an_empty_lane_is_left_out() -> None:
    phase = Phase(name="Weeks", span="2 to 4 weeks", items=["{shown} a", "{claim} b", "{theory} c", "{claim} d"])
    assert lanes(phase) == [(ARTICLE_LANE, ["{claim} b", "{claim} d"]), (EVIDENCE_LANE, ["{shown} a", "{theory} c"])]
    assert lanes(Phase(name="Later", span="months", items=["{context} e"])) == [(EVIDENCE_LANE, ["{context} e"])]


async def test_lanes_sit_side_by_side_when_wide_and_stack_when_narrow() -> None:
    app = make_app(start="timeline")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        first = app.screen.query(".phase").first()
        article, evidence = first.query(".lane")
        assert article.query_one(".lane-name").render().plain == ARTICLE_LANE
        assert evidence.query_one(".lane-name").render().plain == EVIDENCE_LANE
        assert article.region.y == evidence.region.y and evidence.region.x >= article.region.right
        assert all(item.has_class("level-claim") for item in article.query(".phase-item"))
        assert not any(item.has_class("level-claim") for item in evidence.query(".phase-item"))
        await resize(pilot, 80, 24)
        await pilot.pause()
        assert evidence.region.y > article.region.bottom - 1 and evidence.region.x == article.region.x
        assert ARTICLE_LANE in screen_text(app)

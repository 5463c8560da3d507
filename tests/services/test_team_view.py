"""The manager's live team view: each rep's month so far, pipeline, this
week's visits and on-time record, with the team's total line last."""

from __future__ import annotations

from decimal import Decimal

from kamdesk import clock
from kamdesk.services.sync.team import team_view
from kamdesk.store.db import Database
from tests.services.reports_sample import MONTH, make_sample


def test_team_view_per_rep_and_total(db: Database) -> None:
    make_sample(db, rep_name="张伟")
    make_sample(db, rep_name="李娜", is_me=False)
    # Wednesday 18 November: the week of the 16th holds five of each rep's seven visits
    with clock.frozen_at("2026-11-18T12:00", tz="Asia/Shanghai"):
        lines = team_view(db, MONTH)
    assert [line.rep_name for line in lines[:-1]] == ["张伟", "李娜"] and lines[-1].rep_uuid == ""
    one = lines[0]
    assert (one.visits_done, one.visits_planned, one.visits_this_week) == (3, 7, 5)
    # as of Wednesday noon: 北京银行 (won the 19th) and 广州电网 (lost the 20th) still open,
    # MES still at E (moved to C at 15:00) — not the month end's 300,000 / 150,000
    assert (one.pipeline, one.weighted, one.open_opportunities) == (
        Decimal("430000.00"),
        Decimal("170000.00"),
        3,
    )
    assert one.handed_in is not None and one.handed_in.month == MONTH
    # nothing handed in yet: every report due by Wednesday noon counts as not handed in
    assert one.handed_in.on_time == 0 and one.handed_in.missing > 0
    total = lines[-1]
    assert total.handed_in is None
    assert (total.visits_done, total.visits_this_week) == (6, 10)
    assert (total.pipeline, total.weighted, total.open_opportunities) == (
        Decimal("860000.00"),
        Decimal("340000.00"),
        6,
    )


def test_a_week_outside_the_month_counts_no_visits_this_week(db: Database) -> None:
    make_sample(db, rep_name="张伟")
    with clock.frozen_at("2026-12-09T12:00", tz="Asia/Shanghai"):
        lines = team_view(db, MONTH)
    assert lines[0].visits_this_week == 0 and lines[-1].visits_this_week == 0
    assert lines[0].visits_done == 3  # November's figures, read in December
    assert (lines[0].pipeline, lines[0].weighted) == (
        Decimal("300000.00"),
        Decimal("150000.00"),
    )  # at its end

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from kamdesk.reports.monthly import render_monthly
from kamdesk.services.reporting.rollup import RepRollup, team_rollup
from kamdesk.services.submissions import consolidate, submit_month
from kamdesk.store.db import Database, sqlite_url
from kamdesk.store.schema import open_database
from tests.services.reports_sample import MONTH, make_sample

pytestmark = pytest.mark.dated  # also run at the clock moments of tests/conftest.py


def test_team_rollup_per_rep_and_total_in_sql(db: Database) -> None:
    make_sample(db, rep_name="张伟")
    make_sample(db, rep_name="李娜", is_me=False)
    seen: list[tuple[str, int, int]] = []
    team = team_rollup(db, MONTH, progress=lambda text, done, total: seen.append((text, done, total)))
    assert sorted(r.rep_name for r in team.reps) == ["张伟", "李娜"]
    one = team.reps[0]
    assert (one.visits_planned, one.visits_done, one.new_visits, one.revisits) == (7, 3, 1, 2)
    assert (one.pipeline, one.weighted) == (Decimal("300000.00"), Decimal("150000.00"))
    assert one.funnel == [3, 3, 3, 2, 1]
    assert one.nine_grid["G"] == 1
    assert (one.revenue, one.collections, one.won) == (Decimal("80000.00"), Decimal("40000.00"), 1)
    assert one.targets["revenue"] == [Decimal("50000.00"), Decimal("80000.00"), Decimal("120000.00")]
    assert team.total.visits_done == 6 and team.total.weighted == Decimal("300000.00")
    assert team.total.targets["visits"][1] == Decimal("30.00")
    assert seen[-1][1] == seen[-1][2]  # progress reached its end


def test_rollup_from_files_matches_rollup_from_the_database(tmp_path: Path) -> None:
    files = []
    for name in ("张伟", "李娜"):
        db = open_database(sqlite_url(tmp_path / f"{name}.db"))
        make_sample(db, rep_name=name)
        out = tmp_path / f"{name}.kamsub"
        submit_month(db, MONTH, out, lambda r, p: render_monthly(r, p, "zh"))
        files.append(out)
        db.dispose()
    from_files = consolidate(files)
    assert sorted(from_files.sources) == sorted(f.name for f in files)
    assert from_files.total.visits_done == 6
    assert from_files.total.funnel == [6, 6, 6, 4, 2]
    assert from_files.total.revenue == Decimal("160000.00")


def test_rep_rollup_survives_json() -> None:
    r = RepRollup("u", "张伟", pipeline=Decimal("1.50"), targets={"revenue": [None, Decimal("2"), None]})
    assert RepRollup.from_dict(r.to_dict()) == r


def test_month_without_activity_has_no_data(db: Database) -> None:
    make_sample(db)
    team = team_rollup(db, "2025-01")
    # open opportunities stand in every month; visits and money do not
    assert team.total.visits_planned == 0 and team.total.revenue == 0


def test_team_rollup_of_a_past_month_counts_the_pipeline_at_its_end(db: Database) -> None:
    """Made in January after a December move (C -> A), November's team rollup
    still weighs the MES project at C, as the rep's November report does."""
    from datetime import UTC, datetime

    from sqlalchemy import select

    from kamdesk import clock
    from kamdesk.domain.stages import Stage
    from kamdesk.services.reporting import monthly_report
    from kamdesk.store.models import Opportunity, StageChange

    make_sample(db, rep_name="张伟")
    with db.transaction() as s:
        mes = s.execute(select(Opportunity).where(Opportunity.name == "MES 项目")).scalar_one()
        s.add(StageChange(opportunity_id=mes.id, from_stage=Stage.C, to_stage=Stage.A, at=datetime(2026, 12, 10, 2, tzinfo=UTC)))
        mes.stage = Stage.A
    with clock.frozen_at("2027-01-15T10:00"):
        one = team_rollup(db, MONTH).reps[0]
        mine = monthly_report(db, MONTH)
    assert (one.pipeline, one.weighted) == (Decimal("300000.00"), Decimal("150000.00"))
    assert one.weighted == mine.weighted_end
    assert one.funnel == [3, 3, 3, 2, 1]

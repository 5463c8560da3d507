"""The team rollup from submission files carries each rep's own words for the
month and whether the month's report was handed in before the 28th."""

from __future__ import annotations

from pathlib import Path

from kamdesk import clock
from kamdesk.domain.periods import PeriodKind
from kamdesk.reports.monthly import render_monthly
from kamdesk.services.reporting.plans import save_period_text
from kamdesk.services.submissions import consolidate, submit_month
from kamdesk.store.db import Database
from tests.services.reports_sample import MONTH
from tests.services.test_submissions import rep_db  # noqa: F401  (the rep's laptop)


def render(report, path):  # type: ignore[no-untyped-def]
    return render_monthly(report, path, "zh")


def test_consolidated_files_carry_the_reps_words_and_handin(rep_db: Database, tmp_path: Path) -> None:  # noqa: F811
    save_period_text(
        rep_db, PeriodKind.MONTH, MONTH, summary_text="本月赢单一项", key_problems="MES 技术评估"
    )
    on_time = tmp_path / "a.kamsub"
    with clock.frozen_at("2026-11-27T16:00"):
        submit_month(rep_db, MONTH, on_time, render)
    team = consolidate([on_time])
    rep = team.reps[0]
    assert (rep.summary_text, rep.key_problems) == ("本月赢单一项", "MES 技术评估")
    assert rep.handins == (1, 0, 0)
    late = tmp_path / "b.kamsub"
    with clock.frozen_at("2026-11-28T09:00"):
        submit_month(rep_db, MONTH, late, render)
    assert consolidate([late]).reps[0].handins == (0, 1, 0)

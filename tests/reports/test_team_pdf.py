from __future__ import annotations

from pathlib import Path

from kamdesk.reports.team import render_team
from kamdesk.services.reporting.rollup import team_rollup
from kamdesk.store.db import Database
from tests.reports.pdfutil import assert_only_embedded_fonts, pdf_text
from tests.services.reports_sample import MONTH, make_sample


def test_team_pdf_shows_each_rep_and_the_total(db: Database, tmp_path: Path) -> None:
    make_sample(db, rep_name="张伟")
    make_sample(db, rep_name="李娜", is_me=False)
    out = render_team(team_rollup(db, MONTH), tmp_path / "t.pdf", "zh")
    text = pdf_text(out)
    for heading in ("团队汇总", "拜访", "管道金额", "加权管道", "销售漏斗", "开局定位九宫格", "目标与实际"):
        assert heading in text
    assert "张伟" in text and "李娜" in text and "合计" in text
    assert "¥300,000" in text  # total weighted: 2 × ¥150,000
    assert "¥160,000" in text  # total revenue
    # the nine-grid's share row: each cell's part of the team's openings
    team = team_rollup(db, MONTH)
    total = sum(team.total.nine_grid.values())
    assert total > 0 and "占比" in text
    for cell, n in team.total.nine_grid.items():
        if n:
            assert f"{100 * n / total:.0f}%" in text, cell
    assert_only_embedded_fonts(out)


def test_team_pdf_without_activity_says_so(db: Database, tmp_path: Path) -> None:
    text = pdf_text(render_team(team_rollup(db, MONTH), tmp_path / "t.pdf", "en"))
    assert "No data for this period" in text


def test_team_pdf_holds_each_reps_words_handins_reference_funnel_and_coloured_grid(
    db: Database, tmp_path: Path
) -> None:
    import re
    from datetime import datetime

    from kamdesk import clock
    from kamdesk.domain.periods import PeriodKind, ReportKind
    from kamdesk.services.reporting.plans import save_period_text
    from kamdesk.services.submissions.handins import hand_in

    make_sample(db, rep_name="张伟")
    make_sample(db, rep_name="李娜", is_me=False)
    save_period_text(
        db, PeriodKind.MONTH, MONTH, rep="李娜", summary_text="银行签约顺利", hard_problems="竞争对手降价"
    )
    hand_in(db, ReportKind.MONTHLY, MONTH, at=clock.localize(datetime(2026, 11, 27, 16, 0)))
    hand_in(db, ReportKind.WEEKLY, "2026-W47", at=clock.localize(datetime(2026, 11, 20, 18, 0)))
    with clock.frozen_at("2026-12-05T08:00"):
        team = team_rollup(db, MONTH)
    zhang = next(r for r in team.reps if r.rep_name == "张伟")
    assert zhang.handins is not None and zhang.handins[:2] == (1, 1)
    text = re.sub(r"\s+", "", pdf_text(render_team(team, tmp_path / "t.pdf", "zh")))
    for heading in (
        "图表",
        "报告提交（按时/迟交）",
        "按时率",
        "各人计划、总结与问题",
        "最弱环节",
        "参考（按首环节缩放）",
    ):
        assert heading in text, heading
    assert "银行签约顺利" in text and "竞争对手降价" in text
    assert "正常开局" in text and "问题开局" in text  # the grid's cells name their opening class

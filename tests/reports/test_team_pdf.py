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

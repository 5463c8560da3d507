from __future__ import annotations

from pathlib import Path

from kamdesk.reports.daily import render_daily
from kamdesk.services.reporting import daily_report
from kamdesk.store.db import Database
from tests.reports.pdfutil import assert_only_embedded_fonts, pdf_text
from tests.services.reports_sample import DAY, make_sample


def test_daily_log_pdf_lists_the_days_work(db: Database, tmp_path: Path) -> None:
    make_sample(db)
    out = render_daily(daily_report(db, DAY), tmp_path / "d.pdf", "zh")
    text = pdf_text(out)
    for heading in ("工作日志", "今日完成的拜访", "联络记录", "新增承诺", "明日计划拜访"):
        assert heading in text
    assert "客户同意技术交流" in text and "陈行长" in text and "提交技术方案" in text and "拜访新部门" in text
    assert "期间: 2026-11-17" in text
    assert_only_embedded_fonts(out)


def test_daily_log_pdf_for_an_empty_day_says_so(db: Database, tmp_path: Path) -> None:
    make_sample(db)
    assert "本期无数据" in pdf_text(render_daily(daily_report(db, "2026-11-01"), tmp_path / "d.pdf", "zh"))

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


def test_daily_log_pdf_checks_effective_calls_against_the_decomposition(db: Database, tmp_path: Path) -> None:
    from kamdesk.domain.periods import PeriodKind
    from kamdesk.services.opportunities import targets as tg

    make_sample(db)
    # November's own revenue target (80,000) is the source, not the quarter's
    tg.set_target(db, period_kind=PeriodKind.QUARTER, period_key="2026-Q4", normal=100_000)
    report = daily_report(db, DAY)
    assert report.activity is not None
    text = pdf_text(render_daily(report, tmp_path / "d.pdf", "zh"))
    assert "有效电话 对照任务分解" in text
    assert "每日应打有效电话" in text
    assert "1 / 112 通，0.9%，未达成，差111通" in text  # November's own 80,000 → 112 a day
    no_target = daily_report(db, "2027-03-02")
    assert no_target.activity is None
    assert "无法分解到每日电话量" in pdf_text(render_daily(no_target, tmp_path / "e.pdf", "zh"))

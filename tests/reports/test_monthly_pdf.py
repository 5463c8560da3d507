from __future__ import annotations

import re
from pathlib import Path

from kamdesk.domain.periods import PeriodKind
from kamdesk.reports.monthly import render_monthly
from kamdesk.services.reporting import monthly_report
from kamdesk.services.reporting.plans import add_plan_item, save_period_text
from kamdesk.store.db import Database
from tests.reports.pdfutil import assert_only_embedded_fonts, pdf_text
from tests.services.reports_sample import MONTH, make_sample


def test_monthly_pdf_holds_charts_tables_and_numbers(db: Database, tmp_path: Path) -> None:
    make_sample(db)
    save_period_text(db, PeriodKind.QUARTER, "2026-Q4", plan_text="四季度完成 30 万")
    out = render_monthly(monthly_report(db, MONTH), tmp_path / "m.pdf", "zh")
    text = pdf_text(out)
    for heading in (
        "月计划与总结",
        "目标与实际",
        "每周拜访",
        "各阶段管道",
        "销售漏斗",
        "重点客户",
        "开局定位九宫格",
        "季度",
    ):
        assert heading in text, heading
    assert "四季度完成 30 万" in text
    assert "正常任务" in text and "未达最低" in text  # revenue reached normal; visits below minimum
    assert "120,000" in text and "¥80,000" in text
    assert "C 需求调研与方案确认" in text and "¥150,000" in text
    assert "66.7%" in text  # proposal step: 2 of 3
    assert "W47" in text  # visits-per-week chart category
    assert "我方领先" in text and "加速客户的采购进程" in text  # nine-grid cell G, the seed's words
    assert_only_embedded_fonts(out)


def test_monthly_pdf_long_tables_repeat_their_header(db: Database, tmp_path: Path) -> None:
    make_sample(db)
    for i in range(70):
        add_plan_item(db, PeriodKind.MONTH, MONTH, f"事项 {i} " + "很长的说明文字" * 6)
    out = render_monthly(monthly_report(db, MONTH), tmp_path / "m.pdf", "zh")
    pages = pdf_text(out).split("\f")
    with_items = [p for p in pages if re.search(r"事项 \d+ 很长", p)]
    assert len(with_items) >= 2
    for page in with_items:  # the header row on every page the table runs over
        assert re.search(r"#\s+事项\s+客户\s+结果\s+完成", page), page[:300]
    assert "事项 69" in pdf_text(out)


def test_monthly_pdf_for_an_empty_month_says_so(db: Database, tmp_path: Path) -> None:
    make_sample(db)
    text = pdf_text(render_monthly(monthly_report(db, "2026-09"), tmp_path / "m.pdf", "en"))
    assert "No data for this period" in text


def test_monthly_pdf_charts_use_english_units_in_english_and_wan_in_chinese(
    db: Database, tmp_path: Path
) -> None:
    make_sample(db)
    data = monthly_report(db, MONTH)
    en = pdf_text(render_monthly(data, tmp_path / "en.pdf", "en"))
    zh = pdf_text(render_monthly(data, tmp_path / "zh.pdf", "zh"))
    # revenue actual 80,000 beside its target bar; the pipeline axis tops at 500,000
    assert "万" not in en and "亿" not in en
    assert re.search(r"\b80k\b", en) and re.search(r"\b500k\b", en)
    assert re.search(r"(?<![\d.])8万", zh) and re.search(r"(?<![\d.])50万", zh)


def test_amount_label_writes_large_figures_in_the_reports_language() -> None:
    from kamdesk.reports.charts import amount_label

    assert amount_label(1_515_000, "en") == "1.5M"
    assert amount_label(50_000_000, "en") == "50M"
    assert amount_label(151_500, "en") == "151.5k"
    assert amount_label(9_500, "en") == "9,500"
    assert amount_label(1_515_000, "zh") == "151.5万"
    assert amount_label(250_000_000, "zh") == "2.5亿"
    assert amount_label(9_500, "zh") == "9,500"

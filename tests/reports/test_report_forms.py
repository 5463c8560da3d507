"""The weekly and monthly reports laid out as seed 002's forms: this period's
summary (本周/本月工作总结) and the next period's plan (下周/下月工作计划),
new visits and revisits done / planned with %, the VP's three questions
answered with figures."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from kamdesk.domain.periods import PeriodKind, TargetMetric
from kamdesk.errors import ValidationError
from kamdesk.reports.monthly import render_monthly
from kamdesk.reports.weekly import render_weekly, vp_answers
from kamdesk.services.opportunities import targets as tg
from kamdesk.services.reporting import monthly_report, weekly_report
from kamdesk.services.reporting.plans import add_plan_item, save_period_text, set_collections_plan
from kamdesk.store.db import Database
from tests.reports.pdfutil import pdf_text
from tests.services.reports_sample import MONTH, WEEK, make_sample


@pytest.fixture
def filled(db: Database) -> Database:
    make_sample(db)
    save_period_text(db, PeriodKind.WEEK, "2026-W48", plan_text="上海烟草方案汇报；新开发两家能源客户")
    add_plan_item(db, PeriodKind.WEEK, "2026-W48", "北京银行首期回款跟进")
    set_collections_plan(db, PeriodKind.WEEK, WEEK, "50,000")
    save_period_text(db, PeriodKind.MONTH, "2026-12", plan_text="12月：MES 项目进入商务谈判")
    tg.set_target(db, period_kind=PeriodKind.MONTH, period_key="2026-12", normal=90_000)
    tg.set_target(
        db, period_kind=PeriodKind.MONTH, period_key=MONTH, metric=TargetMetric.COLLECTIONS, normal=80_000
    )
    return db


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_weekly_summary_numbers_and_next_week_plan(filled: Database) -> None:
    r = weekly_report(filled, WEEK)
    assert (r.new_visits, r.new_visits_planned, r.new_visits_rate) == (1, 2, Decimal("50.0"))
    assert (r.revisits, r.revisits_planned) == (2, 3)
    assert r.collections_plan == Decimal("50000.00") and r.collections_rate == Decimal("80.0")
    assert (r.next_new_visits, r.next_revisits, r.next_per_day) == (0, 2, Decimal("0.4"))
    assert r.next_text.plan_text.startswith("上海烟草方案汇报")
    assert [i.text for i in r.next_items] == ["北京银行首期回款跟进"]
    assert [(g.period_key, g.metric) for g in r.next_targets][:1] == [(MONTH, TargetMetric.REVENUE)]


def test_weekly_pdf_is_the_seed_form(filled: Database, tmp_path: Path) -> None:
    text = flat(pdf_text(render_weekly(weekly_report(filled, WEEK), tmp_path / "w.pdf", "zh")))
    assert text.index("本周工作总结") < text.index("销售副总每周三问") < text.index("下周工作计划2026-W48")
    assert "1/2（50.0%）" in text and "2/3（66.7%）" in text
    assert "本期回款¥40,000/计划¥50,000，完成80.0%" in text
    _coll, sched, probs = vp_answers(weekly_report(filled, WEEK), "zh")
    assert "完成拜访 3 / 计划 5（60.0%），5 个工作日，日均 0.6 次" in sched
    assert "下期（2026-W48）已排拜访 2 次，5 个工作日，日均 0.4 次" in sched
    assert probs == "重点问题：广州电网丢单；难点问题：回款慢"
    assert "上海烟草方案汇报" in text and "北京银行首期回款跟进" in text


def test_monthly_pdf_is_the_seed_form_with_both_funnels(filled: Database, tmp_path: Path) -> None:
    r = monthly_report(filled, MONTH)
    assert r.collections_plan == Decimal("80000")  # the month's collections target
    text = flat(pdf_text(render_monthly(r, tmp_path / "m.pdf", "zh")))
    assert text.index("本月工作总结") < text.index("下月工作计划2026-12")
    assert "完成50.0%" in text  # 40,000 of 80,000
    assert "12月：MES项目进入商务谈判" in text
    assert "客户销售状态分析" in text and "最弱环节" in text and "实际/参考" in text
    for status in ("初次拜访", "提交方案", "商务谈判", "签定合同", "跟踪维护"):
        assert status in text


def test_english_form_has_its_own_words(filled: Database, tmp_path: Path) -> None:
    text = pdf_text(render_weekly(weekly_report(filled, WEEK), tmp_path / "w.pdf", "en"))
    assert "This week's summary" in text and "Next week's plan" in text
    assert "Collected ¥40,000 of ¥50,000 planned, 80.0%" in re.sub(r"\s+", " ", text)


def test_a_collections_plan_that_is_not_a_number_is_refused_and_nothing_saved(filled: Database) -> None:
    with pytest.raises(ValidationError) as info:
        set_collections_plan(filled, PeriodKind.WEEK, WEEK, "五万")
    assert set(info.value.errors) == {"collections_plan"}
    with pytest.raises(ValidationError) as info:
        set_collections_plan(filled, PeriodKind.WEEK, "2026-W60", "1000")
    assert "key" in info.value.errors
    assert weekly_report(filled, WEEK).collections_plan == Decimal("50000.00")

from __future__ import annotations

import re
from pathlib import Path

from kamdesk.reports.weekly import render_weekly
from kamdesk.services.reporting import weekly_report
from kamdesk.store.db import Database
from tests.reports.pdfutil import assert_only_embedded_fonts, pdf_text
from tests.services.reports_sample import WEEK, make_sample


def test_weekly_pdf_holds_headings_and_numbers_in_chinese(db: Database, tmp_path: Path) -> None:
    make_sample(db)
    out = render_weekly(weekly_report(db, WEEK), tmp_path / "w.pdf", "zh")
    text = pdf_text(out)
    for heading in (
        "周计划和总结",
        "关键数字",
        "销售副总每周三问",
        "回款正常吗",
        "商机推进",
        "赢单与丢单",
        "重点问题",
    ):
        assert heading in text
    assert "客户经理: 张伟" in text and "期间: 2026-W47" in text
    assert (
        "¥150,000" in text and "¥170,000" in text and "-¥20,000" in text
    )  # weighted end, start, change
    assert "¥40,000" in text and "¥12,000" in text  # collections, overdue
    assert "60.0%" in text  # 3 of 5 visits done
    assert "第1页/共2页" in text.replace(" ", "")
    assert "本期无数据" not in text
    assert_only_embedded_fonts(out)


def test_weekly_pdf_in_english(db: Database, tmp_path: Path) -> None:
    make_sample(db)
    text = pdf_text(render_weekly(weekly_report(db, WEEK), tmp_path / "w.pdf", "en"))
    assert "Weekly plan and summary" in text and "Are collections normal?" in text
    assert "Page 1 of 2" in text and "¥150,000" in text


def test_weekly_pdf_for_an_empty_week_says_so(db: Database, tmp_path: Path) -> None:
    make_sample(db)
    out = render_weekly(weekly_report(db, "2026-W30"), tmp_path / "w.pdf", "zh")
    assert "本期无数据 / No data for this period" in pdf_text(out)
    assert_only_embedded_fonts(out)


def test_a_very_long_list_shows_its_first_rows_and_counts_the_rest(db: Database, tmp_path: Path) -> None:
    from sqlalchemy import select

    from kamdesk.domain.visits import VisitStatus
    from kamdesk.reports.daily import LIST_LIMIT
    from kamdesk.store.models import Account, Rep, Visit
    from tests.services.reports_sample import at

    make_sample(db)
    with db.transaction() as s:
        rep_id = s.execute(select(Rep.id)).scalar_one()
        account_id = s.execute(select(Account.id)).scalars().first()
        for i in range(LIST_LIMIT + 10):
            s.add(
                Visit(
                    account_id=account_id,
                    rep_id=rep_id,
                    status=VisitStatus.DONE,
                    starts_at=at(16 + i % 5, 8 + i % 10),
                )
            )
    text = pdf_text(render_weekly(weekly_report(db, WEEK), tmp_path / "w.pdf", "zh"))
    total = LIST_LIMIT + 10 + 5
    assert f"另有 {total - LIST_LIMIT} 条未列出（共 {total} 条）" in text


def test_table_cells_wrap_within_their_column_and_keep_every_character() -> None:
    from kamdesk.reports.tables import NO_LINE_START, _width, wrap_cell

    text = "上海烟草集团有限责任公司，需要尽快确认第二阶段的采购计划。以及 the quick brown fox jumps over the lazy dog"
    wrapped = wrap_cell(text, 100)
    lines = wrapped.split("\n")
    assert len(lines) > 3
    assert all(_width(line) <= 100 for line in lines)
    assert not any(line[0] in NO_LINE_START for line in lines)  # no line opens with "，" or "。"
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert "quick brown" in wrapped or "brown fox" in wrapped  # latin breaks at spaces, not inside words
    # a word longer than the column breaks where it must; short text stays as it is
    long_word = "Supercalifragilisticexpialidocious"
    assert "".join(wrap_cell(long_word, 40).split("\n")) == long_word
    assert wrap_cell("short", 40) == "short"
    assert wrap_cell("第一行\n第二行", 200) == "第一行\n第二行"


def test_report_titles_use_the_languages_brackets(db: Database, tmp_path: Path) -> None:
    from kamdesk.reports.monthly import render_monthly
    from kamdesk.services.reporting import monthly_report
    from tests.services.reports_sample import MONTH

    make_sample(db)
    week_en = pdf_text(render_weekly(weekly_report(db, WEEK), tmp_path / "w_en.pdf", "en"))
    week_zh = pdf_text(render_weekly(weekly_report(db, WEEK), tmp_path / "w_zh.pdf", "zh"))
    month_en = pdf_text(render_monthly(monthly_report(db, MONTH), tmp_path / "m_en.pdf", "en"))
    assert f"{WEEK} (" in week_en and f"{WEEK}（" not in week_en
    assert f"{WEEK}（" in week_zh
    assert f"{MONTH} (" in month_en and f"{MONTH}（" not in month_en


def test_weekly_pdf_counts_moves_not_new_opportunities(db: Database, tmp_path: Path) -> None:
    from decimal import Decimal

    from sqlalchemy import select

    from kamdesk.domain.stages import Stage
    from kamdesk.store.models import Account, Opportunity, Rep, StageChange
    from tests.services.reports_sample import at

    make_sample(db)  # one move E → C in the week
    with db.transaction() as s:
        opp = Opportunity(
            account_id=s.scalars(select(Account.id)).first(),
            owner_id=s.scalars(select(Rep.id)).first(),
            name="新建项目",
            stage=Stage.G,
            amount=Decimal("10000"),
            created_at=at(17),
        )
        s.add(opp)
        s.flush()
        s.add(StageChange(opportunity_id=opp.id, from_stage=None, to_stage=Stage.G, at=at(17)))
    data = weekly_report(db, WEEK)
    zh = pdf_text(render_weekly(data, tmp_path / "w_zh.pdf", "zh"))
    en = pdf_text(render_weekly(data, tmp_path / "w_en.pdf", "en"))
    assert re.search(r"商机推进\s+1\s", zh), zh[:1500]  # the key figure: E → C only
    assert "（新建商机）" in zh  # the new one is listed, as new
    assert "(new opportunity)" in en

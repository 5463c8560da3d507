"""The account record's 商机与拜访 tab lists the account's opportunities
(stage, amount, close) and its upcoming visits, and opens them; the record's
tabs are five (the file's own fields inside 档案) so they fit a 1366 px laptop."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from kamdesk import clock
from kamdesk.domain.stages import Stage
from kamdesk.domain.visits import Side
from kamdesk.services import opportunities as ops
from kamdesk.services import visits as svc
from kamdesk.ui.accounts.form.account_form import AccountForm
from kamdesk.ui.context import AppContext
from kamdesk.ui.i18n import Translators
from tests.services.visit_seed import seed

#: the form's share of a 1366 px window (list beside it)
FORM_WIDTH = 540


def _fill(ctx: AppContext) -> tuple[str, str, str]:
    sd = seed(ctx.db)
    opp = ops.create_opportunity(
        ctx.db, account=sd.account, name="回访中心转网项目", stage=Stage.C, amount=1_200_000,
        expected_close=date(2027, 2, 16),
    )  # fmt: skip
    opp_uuid = str(getattr(opp, "value", opp) if not isinstance(opp, str) else opp)
    tz = svc.local_tz()
    day = clock.today() + timedelta(days=2)
    visit = svc.plan_visit(
        ctx.db,
        svc.VisitInput(
            account_uuid=sd.account,
            starts_at=datetime(day.year, day.month, day.day, 9, 30, tzinfo=tz),
            ends_at=datetime(day.year, day.month, day.day, 10, 30, tzinfo=tz),
            attendees=[svc.AttendeeInput(Side.THEM, contact_uuid=sd.zheng)],
            stage_objective="确认技术交流时间",
        ),
    ).value.uuid
    return sd.account, opp_uuid, visit


def test_work_tab_lists_opportunities_and_upcoming_visits(qtbot: Any, ctx: AppContext) -> None:
    account, _opp, visit = _fill(ctx)
    form = AccountForm(ctx)
    qtbot.addWidget(form)
    form.load(account)
    assert form.tabs.count() == 5 and form.tabs.indexOf(form.work) == 1
    table = form.work.opportunities
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "回访中心转网项目")
    assert table.item(row, 1).text().startswith("C ")
    assert table.item(row, 3).text() == "¥1,200,000"
    assert table.item(row, 4).text() == "2027-02-16"
    visits = form.work.visits
    assert visits.rowCount() == 1 and visits.item(0, 0).text() == "确认技术交流时间"
    assert visits.item(0, 1).text().endswith(" 09:30")
    opened: list[tuple[str, str]] = []
    ctx.hub.navigate.connect(lambda page, uuid: opened.append((page, uuid)))
    visits.cellDoubleClicked.emit(0, 1)
    assert opened == [("visits", visit)]


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_record_tabs_fit_beside_the_list_at_1366(
    qtbot: Any, ctx: AppContext, app_font: str, lang: str
) -> None:
    translators = Translators(QApplication.instance())  # type: ignore[arg-type]
    translators.switch(lang)
    try:
        ctx.lang = "zh" if lang == "zh_CN" else "en"
        form = AccountForm(ctx)
        qtbot.addWidget(form)
        form.resize(FORM_WIDTH, 640)
        form.show()
        qtbot.waitExposed(form)
        for tabs in (form.tabs, form.file_tabs):
            assert tabs.tabBar().sizeHint().width() <= tabs.width(), [
                tabs.tabText(i) for i in range(tabs.count())
            ]
        if lang == "zh_CN":
            assert [form.tabs.tabText(i) for i in range(5)] == [
                "档案",
                "商机与拜访",
                "联系人",
                "决策链",
                "联络记录",
            ]
    finally:
        translators.switch("en")

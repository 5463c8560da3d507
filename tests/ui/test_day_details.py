"""The smaller things a rep's day ran into (issue 18): the outcome dialog names
the seed's two objectives, an empty map does not call itself complete, the
top-20% list opens at its top, a language switch keeps the open account, and
the manager's tab shows only on a manager's database, without a checksum column."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtWidgets import QApplication, QFormLayout, QLabel

from kamdesk import clock
from kamdesk.domain.visits import Side
from kamdesk.services import accounts as account_service
from kamdesk.services import visits as svc
from kamdesk.store.models import Rep
from kamdesk.ui.accounts.page import AccountsPage
from kamdesk.ui.context import AppContext
from kamdesk.ui.i18n import Translators
from kamdesk.ui.main_window import MainWindow
from kamdesk.ui.reports.page import ReportsPage
from kamdesk.ui.settings import Settings
from kamdesk.ui.visits.outcome import OutcomeDialog
from tests.services.visit_seed import seed


def _row_label(field: QLabel) -> str:
    layout = next(f for f in field.parentWidget().findChildren(QFormLayout) if f.indexOf(field) >= 0)
    label = layout.labelForField(field)
    assert isinstance(label, QLabel)
    return label.text()


def test_outcome_dialog_names_the_stage_and_the_final_objective(qtbot: Any, ctx: AppContext) -> None:
    sd = seed(ctx.db)
    day = clock.today() + timedelta(days=1)
    tz = svc.local_tz()
    uuid = svc.plan_visit(
        ctx.db,
        svc.VisitInput(
            account_uuid=sd.account,
            starts_at=datetime(day.year, day.month, day.day, 10, tzinfo=tz),
            ends_at=datetime(day.year, day.month, day.day, 11, tzinfo=tz),
            attendees=[svc.AttendeeInput(Side.THEM, contact_uuid=sd.zheng)],
            stage_objective="确认技术交流时间",
            final_objective="回访中心转网至我司",
        ),
    ).value.uuid
    dialog = OutcomeDialog(ctx, uuid)
    qtbot.addWidget(dialog)
    stage, final = dialog.objective_labels["stage_objective"], dialog.objective_labels["final_objective"]
    assert stage.text() == "确认技术交流时间" and final.text() == "回访中心转网至我司"
    # English source here (no translator installed); the zh .ts says 阶段目标 / 终极目标
    assert _row_label(stage) == "Stage objective" and _row_label(final) == "Final objective"


def test_empty_map_asks_for_people_instead_of_calling_itself_complete(qtbot: Any, ctx: AppContext) -> None:
    from kamdesk.ui.stakeholders.page import MapsPage

    sd = seed(ctx.db)
    page = MapsPage(ctx)
    qtbot.addWidget(page)
    page.open_map(sd.account)  # the account's standing relationships: nobody on it yet
    assert page.snapshot is not None and not page.snapshot.people
    texts = [page.side.insights.item(i).text() for i in range(page.side.insights.count())]
    assert not any("looks complete" in t for t in texts), texts
    assert any("Nobody on this map yet" in t for t in texts), texts


def test_top_fifth_opens_at_its_top(qtbot: Any, ctx: AppContext) -> None:
    from kamdesk.store.demo import generate

    generate(ctx.db, size="small")
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1190, 660)
    page.show()
    qtbot.waitExposed(page)
    view = page.list.view
    page.pareto.setChecked(True)
    page.list.select(page.list.model.loaded_rows()[-1].uuid)  # the smallest of the top fifth
    QApplication.processEvents()
    assert view.verticalScrollBar().value() > 0
    page.pareto.setChecked(False)
    page.pareto.setChecked(True)  # opened again with that account selected
    QApplication.processEvents()
    assert view.verticalScrollBar().value() == 0


def test_language_switch_keeps_the_open_account(qtbot: Any, ctx: AppContext, settings: Settings) -> None:
    sd = seed(ctx.db)
    win = MainWindow(ctx, settings=settings, translators=Translators(QApplication.instance()))  # type: ignore[arg-type]
    qtbot.addWidget(win)
    page = win.show_page("accounts")
    assert isinstance(page, AccountsPage)
    page.show_record(sd.account)
    assert page.form.uuid == sd.account
    try:
        assert win.set_language("en") == "en"
        after = win.page("accounts")
        assert isinstance(after, AccountsPage) and after is not page
        assert after.form.uuid == sd.account
        assert after.form.title.text() == account_service.get_account(ctx.db, sd.account).data.name
    finally:
        win.set_language("en")


def test_manager_tab_only_on_a_managers_database(qtbot: Any, ctx: AppContext) -> None:
    seed(ctx.db)
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    manager_at = page.tabs.indexOf(page.manager)
    assert not page.tabs.isTabVisible(manager_at)  # one rep: this laptop's own
    with ctx.db.transaction() as s:
        s.add(Rep(name="李娜"))
    from kamdesk.services.changes import Changes

    page.on_changed(Changes.of("rep"))
    assert page.tabs.isTabVisible(manager_at)
    headers = [
        page.manager.table.horizontalHeaderItem(i).text() for i in range(page.manager.table.columnCount())
    ]
    assert not any("SHA" in h for h in headers), headers


def test_date_fields_start_on_the_clocks_day(qtbot: Any, ctx: AppContext) -> None:
    from kamdesk.ui.stakeholders.page import MapsPage

    with clock.frozen_at("2026-03-10T10:00+08:00", tz="Asia/Shanghai"):
        page = MapsPage(ctx)
        qtbot.addWidget(page)
        assert page.as_of_date.date().toPython() == date(2026, 3, 10)
        assert page.as_of_date.maximumDate().toPython() == date(2026, 3, 10)

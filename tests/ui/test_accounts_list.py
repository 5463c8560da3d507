"""The account list through the real widgets: search by Chinese, latin and
pinyin initials, the overdue filter, saved filters, lazy paging and SQL sort."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox

from kamdesk import clock
from kamdesk.services import accounts as account_service
from kamdesk.services import contacts as contact_service
from kamdesk.services.contacts import log as log_service
from kamdesk.ui.accounts.page import AccountsPage
from kamdesk.ui.context import AppContext
from tests.ui.test_accounts_support import make_page, type_into


def _page(qtbot, ctx: AppContext) -> AccountsPage:  # type: ignore[no-untyped-def]
    return make_page(qtbot, ctx)  # type: ignore[no-any-return]


def _names(page: AccountsPage) -> list[str]:
    return [r.name for r in page.list.model.loaded_rows()]


def _search(qtbot, page: AccountsPage, text: str) -> None:  # type: ignore[no-untyped-def]
    type_into(qtbot, page.search, text)
    page.search.flush()  # the debounce would fire 150 ms later


def _seed(ctx: AppContext) -> tuple[str, str]:
    shyc = account_service.save_account(
        ctx.db,
        account_service.AccountInput(
            name="上海烟草集团有限公司", city="上海", cadence="weekly", notes="Marlboro 合作伙伴"
        ),
    ).value
    other = account_service.save_account(
        ctx.db, account_service.AccountInput(name="北京银行股份有限公司", city="北京", cadence="weekly")
    ).value
    contact_service.save_contact(ctx.db, contact_service.ContactInput(account_uuid=other, name="王建国"))
    now = clock.now()
    log_service.log_contact(
        ctx.db, log_service.ContactLogInput(account_uuid=shyc, at=now - dt.timedelta(days=10), content="电话")
    )
    log_service.log_contact(ctx.db, log_service.ContactLogInput(account_uuid=other, at=now, content="拜访"))
    return shyc, other


def test_search_finds_by_chinese_latin_and_pinyin_initials(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    _seed(ctx)
    page = _page(qtbot, ctx)
    assert page.list.model.total == 2
    _search(qtbot, page, "烟草")
    assert _names(page) == ["上海烟草集团有限公司"]
    _search(qtbot, page, "marlboro")
    assert _names(page) == ["上海烟草集团有限公司"]
    _search(qtbot, page, "shyc")
    assert _names(page) == ["上海烟草集团有限公司"]
    _search(qtbot, page, "王建国")  # a contact's name finds the account
    assert _names(page) == ["北京银行股份有限公司"]
    _search(qtbot, page, "")
    assert page.list.model.total == 2
    assert page.search_timings and page.search_timings[0][0] == "烟草"
    assert "2" in page.count.text()


def test_overdue_filter_shows_the_account_past_its_cadence(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    _seed(ctx)
    page = _page(qtbot, ctx)
    page.filters.overdue.setChecked(True)
    assert _names(page) == ["上海烟草集团有限公司"]
    row = page.list.model.row_at(0)
    assert row is not None and row.days_overdue == 3
    # the row is visibly marked
    name_cell = page.list.model.index(0, 0)
    assert page.list.model.data(name_cell, Qt.ItemDataRole.BackgroundRole) is not None
    overdue_col = page.list.model.column_of("days_overdue")
    assert "3" in page.list.model.data(page.list.model.index(0, overdue_col))
    page.filters.overdue.setChecked(False)
    assert page.list.model.total == 2


def test_saved_filter_can_be_saved_applied_and_deleted(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _seed(ctx)
    page = _page(qtbot, ctx)
    page.filters.city.set_values(["上海"], quiet=False)
    assert page.list.model.total == 1
    page.filters.save_current(name="上海客户")
    assert [f.name for f in account_service.list_filters(ctx.db)] == ["上海客户"]
    page.filters.reset()
    assert page.list.model.total == 2
    index = page.filters.saved.findText("上海客户")
    page.filters.saved.setCurrentIndex(index)
    page.filters.saved.activated.emit(index)
    assert _names(page) == ["上海烟草集团有限公司"]
    from kamdesk.ui.widgets import messages

    monkeypatch.setattr(messages, "ask_yes_no", lambda *a, **k: True)
    page.filters.delete_current()
    assert account_service.list_filters(ctx.db) == []


def test_list_fetches_the_pages_the_view_shows(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    for i in range(450):
        account_service.save_account(
            ctx.db, account_service.AccountInput(name=f"测试客户{i:03d}", city=f"城{i % 7}")
        )
    page = _page(qtbot, ctx)
    model = page.list.model
    assert model.total == 450
    assert model.rowCount() == 450  # the scroll bar spans the whole list at once
    assert model.pages_fetched == 1
    assert len(model.loaded_rows()) == 200
    view = page.list.view
    view.resize(600, 400)
    view.show()
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.row_of_key(model.loaded_rows()[-1].uuid) == 449)
    assert model.loaded_rows()[-1].name == "测试客户449"
    assert model.pages_fetched == 2  # the last page only, not the one in between
    assert model.row_of_key(model.loaded_rows()[0].uuid) == 0


def test_header_click_sorts_in_sql(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    for name, city in (("阿公司", "重庆"), ("波公司", "北京"), ("次公司", "上海")):
        account_service.save_account(ctx.db, account_service.AccountInput(name=name, city=city))
    page = _page(qtbot, ctx)
    assert _names(page) == ["阿公司", "波公司", "次公司"]  # pinyin order: a, bo, ci
    column = page.list.model.column_of("city")
    header = page.list.view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert page.list.model.sort_key == "city"
    assert [r.city for r in page.list.model.loaded_rows()] == sorted(["重庆", "北京", "上海"])
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert page.list.model.descending
    assert [r.city for r in page.list.model.loaded_rows()] == sorted(["重庆", "北京", "上海"], reverse=True)


def test_show_record_selects_and_opens_the_account(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    _shyc, other = _seed(ctx)
    page = _page(qtbot, ctx)
    page.show_record(other)
    assert page.form.uuid == other
    assert page.list.current_uuid() == other
    assert page.form.title.text() == "北京银行股份有限公司"


def test_filter_choices_are_read_when_a_drop_down_first_opens(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _seed(ctx)
    calls: list[int] = []
    real = account_service.filter_options

    def counting(db):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(db)

    monkeypatch.setattr(account_service, "filter_options", counting)
    page = _page(qtbot, ctx)
    assert calls == []  # not at start-up: DISTINCT over every account
    assert page.filters.city.isEnabled()
    page.filters.city.menu().aboutToShow.emit()
    assert calls == [1]
    cities = [a.text() for a in page.filters.city.menu().actions() if a.isCheckable()]
    assert sorted(cities) == sorted(["上海", "北京"])
    assert page.filters.industry.menu().actions() == []  # no industries: nothing to offer
    assert not page.filters.industry.isEnabled()
    page.filters.owner.menu().aboutToShow.emit()
    account_service.save_account(ctx.db, account_service.AccountInput(name="广州客户", city="广州"))
    page.on_changed(account_service.Changes.of("account"))
    assert calls == [1, 1]  # read again after a change, once they were shown
    assert "广州" in [a.text() for a in page.filters.city.menu().actions()]


def test_saved_filters_are_read_when_their_list_first_opens(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    account_service.save_filter(ctx.db, "上海客户", account_service.AccountFilter(cities=("上海",)))
    calls: list[int] = []
    real = account_service.list_filters

    def counting(db):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(db)

    monkeypatch.setattr(account_service, "list_filters", counting)
    monkeypatch.setattr(QComboBox, "showPopup", lambda self: None)  # no popup window offscreen
    page = _page(qtbot, ctx)
    assert calls == []
    page.filters.saved.showPopup()
    assert calls == [1]
    assert page.filters.saved.findText("上海客户") > 0
    page.filters.saved.showPopup()
    assert calls == [1]

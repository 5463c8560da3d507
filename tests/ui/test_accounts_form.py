"""The account form through the real widgets: create, refuse bad input at
the field, undo, and the guard against losing unsaved changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from kamdesk import clock
from kamdesk.services import accounts as account_service
from kamdesk.ui.accounts.page import AccountsPage
from kamdesk.ui.context import AppContext
from tests.ui.test_accounts_support import make_page, type_into


def _page(qtbot, ctx: AppContext) -> AccountsPage:  # type: ignore[no-untyped-def]
    return make_page(qtbot, ctx)  # type: ignore[no-any-return]


def _type(qtbot, page: AccountsPage, field: str, text: str) -> None:  # type: ignore[no-untyped-def]
    editor = page.form.binder.editor(field)
    assert isinstance(editor, QLineEdit)
    type_into(qtbot, editor, text)


def test_account_created_through_the_form_is_listed(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, ctx)
    page.new_account()
    _type(qtbot, page, "name", "上海烟草集团有限公司")
    _type(qtbot, page, "short_name", "上海烟草")
    _type(qtbot, page, "phone", "021-61234567")
    _type(qtbot, page, "email", "office@shyc.com.cn")
    _type(qtbot, page, "employee_count", "1200")
    assert page.form.is_dirty()
    qtbot.keyClick(page.form.binder.editor("name"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    rows = account_service.list_accounts(ctx.db, account_service.AccountFilter())
    assert [r.name for r in rows] == ["上海烟草集团有限公司"]
    detail = account_service.get_account(ctx.db, rows[0].uuid)
    assert detail.data.employee_count == 1200
    assert detail.data.email == "office@shyc.com.cn"
    assert not page.form.is_dirty()
    assert page.form.uuid == rows[0].uuid
    assert page.list.model.total == 1
    assert page.list.current_uuid() == rows[0].uuid
    assert page.count.text() != ""


def test_bad_phone_and_email_are_refused_at_the_field_and_nothing_is_saved(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, ctx)
    page.new_account()
    _type(qtbot, page, "name", "北京测试有限公司")
    _type(qtbot, page, "phone", "call me maybe")
    _type(qtbot, page, "email", "not-an-address")
    assert page.form.save() is False

    binder = page.form.binder
    assert "phone" in binder.error_text("phone") or binder.error_text("phone")
    assert binder.error_text("phone")
    assert binder.error_text("email")
    assert binder.error_text("name") == ""
    assert account_service.count_accounts(ctx.db, account_service.AccountFilter()) == 0
    # what was typed is kept, so nothing is lost
    assert binder.value("email") == "not-an-address"
    # fixing the field clears its message and saves
    _type(qtbot, page, "phone", "010-88886666")
    _type(qtbot, page, "email", "info@test.cn")
    assert binder.error_text("phone") == ""
    assert page.form.save() is True
    assert account_service.count_accounts(ctx.db, account_service.AccountFilter()) == 1


def test_a_number_field_with_text_is_refused_before_the_service(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, ctx)
    page.new_account()
    _type(qtbot, page, "name", "某公司")
    _type(qtbot, page, "registered_capital", "很多")
    assert page.form.save() is False
    assert page.form.binder.error_text("registered_capital")
    assert account_service.count_accounts(ctx.db, account_service.AccountFilter()) == 0


def test_ctrl_z_undoes_edits_field_by_field(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    uuid = account_service.save_account(
        ctx.db, account_service.AccountInput(name="甲公司", city="上海")
    ).value
    page = _page(qtbot, ctx)
    page.show_record(uuid)
    binder = page.form.binder
    binder.editor("city").setFocus()
    _type(qtbot, page, "city", "杭州")
    _type(qtbot, page, "industry", "烟草")
    assert binder.dirty_fields() == ["industry", "city"] or set(binder.dirty_fields()) == {"industry", "city"}
    binder.undo.undo()
    assert binder.value("industry") is None
    assert binder.value("city") == "杭州"
    binder.undo.undo()
    assert binder.value("city") == "上海"
    assert not page.form.is_dirty()
    binder.undo.redo()
    assert binder.value("city") == "杭州"


def test_switching_account_with_unsaved_edits_asks_first(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    a = account_service.save_account(ctx.db, account_service.AccountInput(name="阿尔法公司")).value
    b = account_service.save_account(ctx.db, account_service.AccountInput(name="贝塔公司")).value
    page = _page(qtbot, ctx)
    page.list.select(a)
    page.show_record(a)
    _type(qtbot, page, "industry", "银行")
    asked: list[str] = []

    def cancel(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[1])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    page.list.view.selectRow(page.list.model.row_of_key(b))
    assert asked, "no question was asked"
    assert page.form.uuid == a  # stayed on the edited account
    assert page.form.binder.value("industry") == "银行"
    assert page.list.current_uuid() == a

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    page.list.view.selectRow(page.list.model.row_of_key(b))
    assert page.form.uuid == b
    assert account_service.get_account(ctx.db, a).data.industry == "银行"


def test_closing_the_window_with_unsaved_edits_can_be_cancelled(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    page = AccountsPage(ctx)
    window.setCentralWidget(page)
    window.show()
    page.new_account()
    _type(qtbot, page, "name", "未保存公司")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert window.close() is False
    assert window.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert window.close() is True
    assert account_service.count_accounts(ctx.db, account_service.AccountFilter()) == 0


def test_every_kind_of_field_round_trips_and_the_grade_suggestion_applies(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt
    from decimal import Decimal

    page = _page(qtbot, ctx)
    page.new_account()
    b = page.form.binder
    _type(qtbot, page, "name", "全字段公司")
    for field, text in (
        ("share_of_wallet_pct", "35.5"),
        ("registered_capital", "1200.50"),
        ("purchase_cycle_days", "30"),
        ("postcode", "200000"),
        ("website", "www.example.cn"),
    ):
        _type(qtbot, page, field, text)
    b.editor("founded_on").set_date_value(dt.date(2001, 2, 3))  # type: ignore[attr-defined]
    b.editor("expected_close").set_date_value(clock.today() + dt.timedelta(days=20))  # type: ignore[attr-defined]
    b.editor("listed").setChecked(True)  # type: ignore[attr-defined]
    b.editor("tier").set_code("gold")  # type: ignore[attr-defined]
    b.editor("cadence").set_code("weekly")  # type: ignore[attr-defined]
    assert "A" in page.form.classification.suggestion.text()
    page.form.classification.apply_grade.click()
    assert b.value("grade").code == "A"
    assert page.form.save() is True
    data = account_service.get_account(ctx.db, page.form.uuid).data  # type: ignore[arg-type]
    assert data.registered_capital == Decimal("1200.50")
    assert data.share_of_wallet_pct == 35.5
    assert data.founded_on == dt.date(2001, 2, 3)
    assert data.listed is True
    assert (data.tier, data.grade, data.cadence) == ("gold", "A", "weekly")
    assert data.purchase_cycle_days == 30

"""List actions (archive, plan visit) and service messages shown in the UI language."""

from __future__ import annotations

from kamdesk.services import accounts as account_service
from kamdesk.ui.accounts.form.field_messages import translate_message
from kamdesk.ui.context import AppContext
from kamdesk.ui.widgets import messages
from tests.ui.test_accounts_support import make_page


def test_archive_hides_the_account_until_archived_ones_are_asked_for(
    qtbot, ctx: AppContext, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    a = account_service.save_account(ctx.db, account_service.AccountInput(name="甲公司")).value
    account_service.save_account(ctx.db, account_service.AccountInput(name="乙公司"))
    page = make_page(qtbot, ctx)
    monkeypatch.setattr(messages, "ask_yes_no", lambda *args, **kw: True)
    page.archive([a])
    assert page.list.model.total == 1
    page.filters.archived.setChecked(True)
    assert page.list.model.total == 2
    page.archive([a])  # all chosen are archived: restore
    page.filters.archived.setChecked(False)
    assert page.list.model.total == 2


def test_plan_visit_asks_the_visits_page_to_open_the_account(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    a = account_service.save_account(ctx.db, account_service.AccountInput(name="甲公司")).value
    page = make_page(qtbot, ctx)
    with qtbot.waitSignal(ctx.hub.navigate) as blocker:
        page.list.visit_requested.emit(a)
    assert blocker.args == ["visits", a]


def test_service_messages_are_reworded_and_unknown_ones_kept() -> None:
    phone = translate_message(
        "not a phone number: 'abc' (digits, spaces, + - ( ) allowed; at least 5 digits)"
    )
    assert phone.startswith("Not a phone number: 'abc'")
    assert translate_message("规模: not a number: 'x'") == "规模: Not a number: 'x'."
    assert translate_message("something new") == "something new"


def test_delete_asks_and_removes_the_account(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    a = account_service.save_account(ctx.db, account_service.AccountInput(name="甲公司")).value
    page = make_page(qtbot, ctx)
    page.show_record(a)
    monkeypatch.setattr(messages, "ask_yes_no", lambda *args, **kw: False)
    page.delete_account(a)
    assert page.list.model.total == 1
    monkeypatch.setattr(messages, "ask_yes_no", lambda *args, **kw: True)
    page.delete_account(a)
    assert page.list.model.total == 0
    assert page.form.uuid is None

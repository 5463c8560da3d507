"""Pareto view, hand-over, custom fields and related parties through the page."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from kamdesk.domain.grading import LinkKind
from kamdesk.domain.periods import CustomFieldKind
from kamdesk.services import accounts as account_service
from kamdesk.services.accounts import custom_fields as custom_service
from kamdesk.services.changes import Changes
from kamdesk.store.demo import generate
from kamdesk.store.models import Rep
from kamdesk.ui.accounts.handover import HandOverDialog
from kamdesk.ui.context import AppContext
from tests.ui.test_accounts_support import make_page, type_into


def test_pareto_view_lists_the_top_fifth_by_revenue(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    generate(ctx.db, size="small")
    page = make_page(qtbot, ctx)
    page.pareto.setChecked(True)
    view = page.list.pareto_view
    assert view is not None and view.top_count > 0
    assert page.list.model.total == view.top_count
    revenues = [r.revenue_total for r in page.list.model.loaded_rows()]
    assert revenues == sorted(revenues, reverse=True)  # largest first
    assert "20%" in page.count.text()
    assert not page.filters.isEnabled()
    page.pareto.setChecked(False)
    assert page.list.model.total == account_service.count_accounts(ctx.db, account_service.AccountFilter())


def test_hand_over_moves_the_chosen_accounts_to_the_other_rep(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    me = account_service.ensure_me(ctx.db)
    a = account_service.save_account(ctx.db, account_service.AccountInput(name="甲公司")).value
    b = account_service.save_account(ctx.db, account_service.AccountInput(name="乙公司")).value
    page = make_page(qtbot, ctx)
    owner = page.form.binder.editor("owner_uuid")
    assert owner.findText("李娜") < 0  # type: ignore[attr-defined]
    with ctx.db.transaction() as s:  # no service adds reps yet: the test adds one
        s.add(Rep(name="李娜", is_me=False, active=True))
    ctx.hub.publish(Changes.of("rep"))  # whoever adds a rep says so; the form offers them as owner
    assert owner.findText("李娜") >= 0  # type: ignore[attr-defined]
    dialog = HandOverDialog(ctx, [(a, "甲公司")], page)
    qtbot.addWidget(dialog)
    assert dialog.account_uuids() == [a]
    dialog.rep.setCurrentIndex(dialog.rep.findText("李娜"))
    dialog.run()
    assert dialog.moved == 1
    assert account_service.get_account(ctx.db, a).owner_name == "李娜"
    assert account_service.get_account(ctx.db, b).owner_name == me.name
    # the list heard it: the owner filter now offers 李娜 and finds the account
    lina = next(r.uuid for r in account_service.list_reps(ctx.db) if r.name == "李娜")
    page.filters.owner.set_values([lina], quiet=False)
    assert [r.name for r in page.list.model.loaded_rows()] == ["甲公司"]


def test_custom_field_shows_in_the_list_and_the_form_and_is_saved(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    uuid = account_service.save_account(ctx.db, account_service.AccountInput(name="甲公司")).value
    page = make_page(qtbot, ctx)
    result = custom_service.save_field(
        ctx.db, custom_service.CustomFieldInput(name="年采购预算", kind=CustomFieldKind.NUMBER)
    )
    ctx.hub.publish(result.changes)
    field = result.value
    assert page.list.model.column_of(f"custom:{field}") >= 0
    page.show_record(uuid)
    binder = page.form.custom.binder
    assert binder is not None
    editor = binder.editor(field)
    assert isinstance(editor, QLineEdit)
    type_into(qtbot, editor, "abc")
    assert page.form.is_dirty()
    assert page.form.save() is False
    assert binder.error_text(field)
    type_into(qtbot, editor, "120")
    assert page.form.save() is True
    values = {c.field_uuid: c.value for c in account_service.get_account(ctx.db, uuid).custom_values}
    assert values[field] == "120"
    col = page.list.model.column_of(f"custom:{field}")
    assert page.list.model.data(page.list.model.index(0, col)) == "120"


def test_related_party_link_shows_on_both_accounts(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    maker = account_service.save_account(ctx.db, account_service.AccountInput(name="烟厂")).value
    supplier = account_service.save_account(
        ctx.db, account_service.AccountInput(name="纸业公司", counterparty_kind="supplier")
    ).value
    account_service.link_accounts(ctx.db, maker, supplier, LinkKind.UPSTREAM)
    page = make_page(qtbot, ctx)
    page.show_record(maker)
    table = page.form.links.table
    assert table.rowCount() == 1
    assert table.item(0, 0).text() == LinkKind.UPSTREAM.label("zh")
    assert table.item(0, 1).text() == "纸业公司"
    page.show_record(supplier)
    assert page.form.links.table.item(0, 0).text() == LinkKind.DOWNSTREAM.label("zh")

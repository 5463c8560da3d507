"""Contacts and the contact log through the real widgets."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLineEdit

from kamdesk.domain.visits import ContactCategory, ContactWay
from kamdesk.services import accounts as account_service
from kamdesk.services import contacts as contact_service
from kamdesk.services.contacts import log as log_service
from kamdesk.ui.accounts.contacts.contact_form import ContactDialog
from kamdesk.ui.accounts.log import ContactLogDialog
from kamdesk.ui.context import AppContext
from tests.ui.test_accounts_support import make_page, type_into


def _account(ctx: AppContext) -> str:
    return account_service.save_account(
        ctx.db, account_service.AccountInput(name="上海烟草集团有限公司")
    ).value


def _line(dialog: ContactDialog, name: str) -> QLineEdit:
    editor = dialog.binder.editor(name)
    assert isinstance(editor, QLineEdit)
    return editor


def test_contact_added_through_the_form_with_private_details(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    acc = _account(ctx)
    boss = contact_service.save_contact(
        ctx.db, contact_service.ContactInput(account_uuid=acc, name="李总", title="总经理")
    ).value
    dialog = ContactDialog(ctx, acc)
    qtbot.addWidget(dialog)
    type_into(qtbot, _line(dialog, "name"), "张伟")
    type_into(qtbot, _line(dialog, "title"), "采购经理")
    type_into(qtbot, _line(dialog, "mobile"), "13912345678")
    reports_to = dialog.binder.editor("reports_to_uuid")
    reports_to.setCurrentIndex(reports_to.findData(boss))  # type: ignore[attr-defined]
    dialog.binder.editor("interests").setPlainText("钓鱼、围棋")  # type: ignore[attr-defined]
    dialog.private.setChecked(True)
    # the personal sections are marked private
    assert "私密" in dialog.tabs.tabText(1) or "private" in dialog.tabs.tabText(1)
    assert dialog.findChild(object, "privateBanner_personal") is not None
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted

    rows = contact_service.list_contacts(ctx.db, account_uuid=acc, text="张伟")
    assert len(rows) == 1
    detail = contact_service.get_contact(ctx.db, rows[0].uuid)
    assert detail.title == "采购经理"
    assert detail.reports_to_uuid == boss
    assert detail.interests == "钓鱼、围棋"
    assert detail.is_private is True


def test_reports_to_offers_only_contacts_of_the_same_account(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    acc = _account(ctx)
    other = account_service.save_account(ctx.db, account_service.AccountInput(name="别的公司")).value
    contact_service.save_contact(ctx.db, contact_service.ContactInput(account_uuid=acc, name="李总"))
    contact_service.save_contact(ctx.db, contact_service.ContactInput(account_uuid=other, name="外人"))
    dialog = ContactDialog(ctx, acc)
    qtbot.addWidget(dialog)
    combo = dialog.binder.editor("reports_to_uuid")
    names = [combo.itemText(i) for i in range(combo.count())]  # type: ignore[attr-defined]
    assert any("李总" in n for n in names)
    assert not any("外人" in n for n in names)


def test_bad_contact_email_is_shown_at_the_field(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    acc = _account(ctx)
    dialog = ContactDialog(ctx, acc)
    qtbot.addWidget(dialog)
    type_into(qtbot, _line(dialog, "name"), "张伟")
    type_into(qtbot, _line(dialog, "email"), "zhang@@")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.binder.error_text("email")
    assert contact_service.count_contacts(ctx.db, account_uuid=acc) == 0


def test_contact_logged_shows_on_the_timeline_and_touches_the_account(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    acc = _account(ctx)
    contact_service.save_contact(
        ctx.db, contact_service.ContactInput(account_uuid=acc, name="张伟", title="采购经理")
    )
    page = make_page(qtbot, ctx)
    page.show_record(acc)
    dialog = ContactLogDialog(ctx, acc, None, page)
    qtbot.addWidget(dialog)
    dialog.way.set_code(ContactWay.VISIT)
    dialog.category.set_code(ContactCategory.TASK)
    dialog.contact.setCurrentIndex(
        dialog.contact.findData(contact_service.list_contacts(ctx.db, account_uuid=acc)[0].uuid)
    )
    assert dialog.their_person.text() == "张伟"
    assert dialog.their_title.text() == "采购经理"
    dialog.content.setPlainText("介绍新方案，客户关心交付周期")
    dialog.next_step.setPlainText("下周三前发报价")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted

    entries = log_service.list_log(ctx.db, acc)
    assert len(entries) == 1 and entries[0].way is ContactWay.VISIT and entries[0].their_title == "采购经理"
    # the page heard the change: the timeline and the last contact show it
    timeline = page.form.log.timeline
    assert timeline.count() == 1
    assert "下周三前发报价" in timeline.item(0).text()
    assert account_service.get_account(ctx.db, acc).last_touch_at is not None
    assert page.list.model.row_at(0).last_touch_at is not None  # type: ignore[union-attr]


def test_all_contacts_view_lists_every_account_and_searches(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    a = _account(ctx)
    b = account_service.save_account(ctx.db, account_service.AccountInput(name="北京银行")).value
    contact_service.save_contact(ctx.db, contact_service.ContactInput(account_uuid=a, name="张伟"))
    contact_service.save_contact(ctx.db, contact_service.ContactInput(account_uuid=b, name="王芳"))
    page = make_page(qtbot, ctx)
    view = page.contacts
    assert view.model.total == 0  # not loaded until the view is shown
    page.views.setCurrentIndex(1)
    assert view.model.total == 2
    type_into(qtbot, view.search, "wf")
    view.search.flush()
    assert [r.name for r in view.model.loaded_rows()] == ["王芳"]
    assert view.model.loaded_rows()[0].account_name == "北京银行"

"""The contact-log dialog preselects their person: the one last logged with,
else the account's first contact; "someone else" only without contacts."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from kamdesk.services import accounts as account_service
from kamdesk.services import contacts as contact_service
from kamdesk.services.contacts import log as log_service
from kamdesk.ui.accounts.log import ContactLogDialog
from kamdesk.ui.context import AppContext


def _account(ctx: AppContext, name: str = "上海烟草集团有限公司") -> str:
    return account_service.save_account(ctx.db, account_service.AccountInput(name=name)).value


def _contact(ctx: AppContext, acc: str, name: str, title: str) -> str:
    return contact_service.save_contact(
        ctx.db, contact_service.ContactInput(account_uuid=acc, name=name, title=title)
    ).value


def _log(qtbot, ctx: AppContext, acc: str) -> ContactLogDialog:  # type: ignore[no-untyped-def]
    dialog = ContactLogDialog(ctx, acc)
    qtbot.addWidget(dialog)
    return dialog


def test_a_new_entry_preselects_the_accounts_first_contact(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    acc = _account(ctx)
    _contact(ctx, acc, "张伟", "采购经理")
    dialog = _log(qtbot, ctx, acc)
    first = contact_service.list_contacts(ctx.db, account_uuid=acc)[0]
    assert dialog.contact.currentData() == first.uuid
    assert dialog.their_person.text() == "张伟"
    assert dialog.their_title.text() == "采购经理"
    # the rep only types what was said
    dialog.content.setPlainText("电话确认交付周期")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    entry = log_service.list_log(ctx.db, acc)[0]
    assert entry.contact_uuid == first.uuid and entry.their_person == "张伟"


def test_a_new_entry_preselects_the_person_last_logged_with(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    acc = _account(ctx)
    _contact(ctx, acc, "张伟", "采购经理")
    wang = _contact(ctx, acc, "王芳", "财务总监")
    first = _log(qtbot, ctx, acc)
    first.contact.setCurrentIndex(first.contact.findData(wang))
    first.content.setPlainText("谈付款节点")
    first.save()
    assert first.result() == QDialog.DialogCode.Accepted

    second = _log(qtbot, ctx, acc)
    assert second.contact.currentData() == wang
    assert second.their_person.text() == "王芳"
    assert second.their_title.text() == "财务总监"


def test_an_account_without_contacts_starts_with_someone_else(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    acc = _account(ctx)
    other = _account(ctx, "北京银行")
    _contact(ctx, other, "外人", "行长")
    dialog = _log(qtbot, ctx, acc)
    assert dialog.contact.count() == 1
    assert dialog.contact.currentData() is None
    assert dialog.their_person.text() == ""


def test_contact_choices_use_the_languages_brackets(qtbot, ctx: AppContext, ctx_en: AppContext) -> None:  # type: ignore[no-untyped-def]
    acc = _account(ctx)
    _contact(ctx, acc, "张伟", "采购经理")
    assert _log(qtbot, ctx, acc).contact.currentText() == "张伟（采购经理）"
    assert _log(qtbot, ctx_en, acc).contact.currentText() == "张伟 (采购经理)"


def test_with_their_person_preselected_the_cursor_starts_in_the_content(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    acc = _account(ctx)
    _contact(ctx, acc, "张伟", "采购经理")
    dialog = _log(qtbot, ctx, acc)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.content

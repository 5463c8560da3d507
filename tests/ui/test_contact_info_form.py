"""The whole of 客户信息收集表 (seed 002) in the contact dialog: every field
in its group, private ones on the private tabs, and shown back on reopening;
the bundle carries them, the private ones only when asked."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit

from kamdesk.domain.forms import CONTACT_INFO_FORM
from kamdesk.services import accounts as account_service
from kamdesk.services import contacts as contact_service
from kamdesk.store.io.bundle import build_bundle
from kamdesk.store.models import PRIVATE_CONTACT_FIELDS
from kamdesk.ui.accounts.contacts.contact_form import ContactDialog
from kamdesk.ui.context import AppContext
from tests.ui.test_accounts_support import type_into

#: the seed form's keys that the product keeps under another name (or derives)
ALIASES = {"age": "birth_year", "superior": "reports_to_uuid", "subordinates": "subordinates_text",
           "graduate": "graduate_school", "schools": "schools"}  # fmt: skip

NEW_WORK = {
    "professional_title": "高级工程师",
    "professional_rank": "信息系统项目管理师",
    "employer_1": "上海电信",
}
NEW_PRIVATE = {
    "home_address": "浦东新区张杨路 500 弄",
    "primary_school": "建平小学",
    "university": "复旦大学",
}
NEW_FAMILY = {"cousins": "表弟在浦发银行", "uncles": "叔叔退休", "subordinates_text": "外包团队两人"}


def _set(dialog: ContactDialog, qtbot, name: str, text: str) -> None:  # type: ignore[no-untyped-def]
    editor = dialog.binder.editor(name)
    if isinstance(editor, QLineEdit):
        type_into(qtbot, editor, text)
    else:
        assert isinstance(editor, QPlainTextEdit)
        editor.setPlainText(text)


def test_every_field_of_the_seed_form_is_in_the_dialog_in_its_place(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    acc = account_service.save_account(ctx.db, account_service.AccountInput(name="上海浦东发展银行")).value
    dialog = ContactDialog(ctx, acc)
    qtbot.addWidget(dialog)
    names = set(dialog.binder.names())
    for group in CONTACT_INFO_FORM:
        for fld in group.fields:
            assert ALIASES.get(fld.key, fld.key) in names, fld.zh
    # private fields sit on the private tabs, work fields on the first
    work_page = dialog.tabs.widget(0)
    for name in names:
        on_work = work_page.isAncestorOf(dialog.binder.editor(name))
        assert on_work == (name not in PRIVATE_CONTACT_FIELDS and name != "personality"), name


def test_new_fields_are_saved_shown_back_and_kept_private_in_the_bundle(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    acc = account_service.save_account(ctx.db, account_service.AccountInput(name="上海浦东发展银行")).value
    dialog = ContactDialog(ctx, acc)
    qtbot.addWidget(dialog)
    _set(dialog, qtbot, "name", "郑师超")
    for name, text in {**NEW_WORK, **NEW_PRIVATE, **NEW_FAMILY}.items():
        _set(dialog, qtbot, name, text)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted

    again = ContactDialog(ctx, acc, dialog.saved_uuid)
    qtbot.addWidget(again)
    for name, text in {**NEW_WORK, **NEW_PRIVATE, **NEW_FAMILY}.items():
        editor = again.binder.editor(name)
        shown = editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()  # type: ignore[attr-defined]
        assert shown == text, name

    with ctx.db.reading() as s:
        public = build_bundle(s.connection())["tables"]["contact"][0]
    with ctx.db.reading() as s:
        private = build_bundle(s.connection(), include_private=True)["tables"]["contact"][0]
    for name, text in NEW_WORK.items():
        assert public[name] == text
    for name, text in NEW_PRIVATE.items():
        assert name not in public or public[name] is None, name
        assert private[name] == text
    assert "cousins" not in public or public["cousins"] is None
    assert private["uncles"] == "叔叔退休"
    detail = contact_service.get_contact(ctx.db, dialog.saved_uuid or "")
    assert detail.home_address == "浦东新区张杨路 500 弄"

"""The import wizard and the exports through the real widgets."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QWizard

from kamdesk.services import accounts as account_service
from kamdesk.services import contacts as contact_service
from kamdesk.ui.accounts.export import export_accounts, export_vcards
from kamdesk.ui.accounts.import_wizard import ImportWizard
from kamdesk.ui.context import AppContext
from kamdesk.ui.widgets import messages

SAMPLE = Path("/work/shared/samples/accounts_sample.csv")


def _quiet(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_info", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(messages, "show_error", lambda _p, _t, text: shown.append("ERROR " + text))
    return shown


def _sample(tmp_path: Path) -> Path:
    if SAMPLE.exists():
        return Path(shutil.copy(SAMPLE, tmp_path / "sample.csv"))
    path = tmp_path / "sample.csv"
    path.write_text(
        "客户名称,行业,电话,联系人\n上海华信烟草集团有限公司,烟草,021-53240447,张强\n", encoding="utf-8-sig"
    )
    return path


def test_import_wizard_maps_previews_and_imports_the_sample(
    qtbot, ctx: AppContext, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _quiet(monkeypatch)
    path = _sample(tmp_path)
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose(path, "accounts")
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    mapping = wizard.mapping_page.mapping()
    assert mapping["客户名称"] == "name"  # the seed's own header recognised
    assert mapping["行业"] == "industry"
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    assert wizard.preview is not None and wizard.preview.total_rows >= 1
    wizard.next()
    assert wizard.currentPage() is wizard.result_page
    outcome = wizard.outcome
    assert outcome is not None and outcome.written
    assert account_service.count_accounts(ctx.db, account_service.AccountFilter()) == outcome.added
    rows = account_service.list_accounts(ctx.db, account_service.AccountFilter(text="华信"))
    assert rows and rows[0].industry == "烟草"
    assert contact_service.count_contacts(ctx.db) == outcome.contacts_added > 0


def test_import_with_a_bad_row_names_the_line_and_writes_nothing(
    qtbot, ctx: AppContext, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _quiet(monkeypatch)
    path = tmp_path / "bad.csv"
    path.write_text(
        "客户名称,成立日期,电话\n好公司,2001-02-03,010-12345678\n坏公司,2020-13-45,010-22223333\n",
        encoding="utf-8",
    )
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose(path)
    wizard.next()
    wizard.next()
    problems = wizard.preview_page.problems
    assert problems.rowCount() == 1  # one message: the bad date
    assert problems.item(0, 0).text() == "3"  # header is line 1
    assert "2020-13-45" in problems.item(0, 1).text()
    wizard.next()
    outcome = wizard.outcome
    assert outcome is not None and not outcome.written
    assert account_service.count_accounts(ctx.db, account_service.AccountFilter()) == 0
    assert wizard.result_page.rejected.item(0, 0).text() == "3"
    assert wizard.currentPage() is wizard.result_page
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()


def test_mapping_a_column_by_hand_is_used(qtbot, ctx: AppContext, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _quiet(monkeypatch)
    path = tmp_path / "odd.csv"
    path.write_text("单位,随便\n某某有限公司,备注文字\n", encoding="utf-8")
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose(path)
    wizard.next()
    page = wizard.mapping_page
    combo = page.combos["单位"]
    combo.setCurrentIndex(combo.findData("name"))
    notes = page.combos["随便"]
    notes.setCurrentIndex(notes.findData("notes"))
    assert page.isComplete()
    wizard.next()
    wizard.next()
    rows = account_service.list_accounts(ctx.db, account_service.AccountFilter())
    assert [r.name for r in rows] == ["某某有限公司"]
    assert account_service.get_account(ctx.db, rows[0].uuid).data.notes == "备注文字"


def test_export_list_to_csv_follows_the_filter(qtbot, ctx: AppContext, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown = _quiet(monkeypatch)
    account_service.save_account(ctx.db, account_service.AccountInput(name="上海甲公司", city="上海"))
    account_service.save_account(ctx.db, account_service.AccountInput(name="北京乙公司", city="北京"))
    target = tmp_path / "out.csv"
    written = export_accounts(None, ctx, account_service.AccountFilter(cities=("上海",)), "csv", path=target)
    assert written == 1
    text = target.read_text(encoding="utf-8-sig")
    assert "上海甲公司" in text and "北京乙公司" not in text
    assert shown and "1" in shown[0]


def test_vcard_export_leaves_private_details_out_by_default(
    qtbot, ctx: AppContext, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _quiet(monkeypatch)
    acc = account_service.save_account(ctx.db, account_service.AccountInput(name="上海甲公司")).value
    contact_service.save_contact(
        ctx.db,
        contact_service.ContactInput(account_uuid=acc, name="张伟", mobile="13912345678", interests="钓鱼"),
    )
    contact_service.save_contact(
        ctx.db, contact_service.ContactInput(account_uuid=acc, name="秘密", is_private=True)
    )
    from kamdesk.ui.accounts.export import VCardOptions

    options = VCardOptions()
    qtbot.addWidget(options)
    assert not options.private_details.isChecked() and not options.private_contacts.isChecked()
    target = tmp_path / "c.vcf"
    result = export_vcards(
        None, ctx, account_uuid=acc, path=target, include_private=False, include_private_contacts=False
    )
    assert result is not None and result.written == 1 and result.private_contacts_left_out == 1
    text = target.read_text(encoding="utf-8")
    assert "张伟" in text and "13912345678" in text
    assert "钓鱼" not in text and "秘密" not in text

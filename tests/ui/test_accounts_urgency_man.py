"""The classification tab: urgency derived from the handle-by date (read-only
until set by hand) and the MAN guidance for a prospect."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox

from kamdesk import clock
from kamdesk.domain.grading import Urgency
from kamdesk.services import accounts as account_service
from kamdesk.ui.context import AppContext
from kamdesk.ui.widgets.coded import CodeCombo
from kamdesk.ui.widgets.dates import OptionalDateEdit
from tests.ui.test_accounts_support import make_page, type_into


def test_handle_by_sets_the_urgency_until_it_is_set_by_hand(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    with clock.frozen_at("2026-03-01T10:00+08:00"):
        page = make_page(qtbot, ctx)
        page.new_account()
        type_into(qtbot, page.form.binder.editor("name"), "上海浦东发展银行")
        tab = page.form.classification
        handle_by = page.form.binder.editor("handle_by")
        urgency = page.form.binder.editor("urgency")
        manual = page.form.binder.editor("urgency_manual")
        assert isinstance(handle_by, OptionalDateEdit) and isinstance(urgency, CodeCombo)
        assert isinstance(manual, QCheckBox)
        handle_by.set_date_value(date(2026, 3, 20))
        assert urgency.code() is Urgency.SOON and not urgency.isEnabled()
        assert "缓急客户" in tab.urgency_hint.text() and "一周到1个月" in tab.urgency_hint.text()
        manual.setChecked(True)
        assert urgency.isEnabled()
        urgency.set_code(Urgency.SLOW)
        assert page.form.save()
        uuid = account_service.list_accounts(ctx.db, account_service.AccountFilter())[0].uuid
        data = account_service.get_account(ctx.db, uuid).data
        assert (data.urgency, data.urgency_manual, data.handle_by) == (Urgency.SLOW, True, date(2026, 3, 20))


def test_man_guidance_shows_the_seeds_words_and_marks_stop_contact(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, ctx)
    page.new_account()
    tab = page.form.classification
    combos = [page.form.binder.editor(n) for n in ("man_money", "man_authority", "man_need")]
    assert all(isinstance(c, QComboBox) for c in combos)
    assert "M、A" in tab.man_guidance.text() or "M, A" in tab.man_guidance.text()
    for combo in combos:
        combo.setCurrentIndex(combo.findData(False))  # type: ignore[attr-defined]
    assert tab.man_guidance.text() == "m+a+n：非客户，停止接触"
    assert "b3261e" in tab.man_guidance.styleSheet()
    combos[2].setCurrentIndex(combos[2].findData(True))  # type: ignore[attr-defined]
    assert tab.man_guidance.text() == "m+a+N：可接触，应长期观察、培养，使具备另一条件"
    assert tab.man_guidance.styleSheet() == ""

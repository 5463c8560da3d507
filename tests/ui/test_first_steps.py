"""First run on an empty database: each page offers the next step, and the
reports page's "set up my profile" leads to a report in the rep's name."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from kamdesk import clock
from kamdesk.services.accounts.overview import current_rep_name
from kamdesk.ui.dialogs import profile as profile_dialog
from kamdesk.ui.main_window import MainWindow
from kamdesk.ui.pages import PAGES
from kamdesk.ui.widgets.first_steps import FirstSteps
from tests.ui.test_shell import translators, window  # noqa: F401 - fixtures


def test_every_page_of_an_empty_database_offers_a_next_step(window: MainWindow) -> None:  # noqa: F811
    for spec in PAGES:
        page = window.show_page(spec.key)
        steps = page.findChild(FirstSteps)
        assert steps is not None and steps.isVisible(), spec.key
        assert steps.demo_button.isVisible() and steps.account_button.isVisible(), spec.key
        assert steps.profile_button.isVisible(), spec.key  # no rep yet either
        assert "empty" in steps.text.text() or "profile" in steps.text.text()


def test_set_up_my_profile_from_the_reports_page_then_the_report_is_mine(
    window: MainWindow,  # noqa: F811
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fill_and_save(dialog: profile_dialog.ProfileDialog) -> int:
        dialog.fields["name"].setText("张伟")
        dialog.fields["region"].setText("华东")
        dialog.fields["manager_name"].setText("王建国")
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(profile_dialog.ProfileDialog, "exec", fill_and_save)
    with clock.frozen_at("2026-03-11T10:00+08:00"):
        page = window.show_page("reports")
        steps = page.findChild(FirstSteps)
        assert steps is not None and "profile" in steps.text.text()
        assert page.report.status.text() == "Add yourself as a rep to write reports."
        qtbot.mouseClick(steps.profile_button, Qt.MouseButton.LeftButton)
        assert current_rep_name(window.ctx.db) == "张伟"
        assert not steps.profile_button.isVisible()
        # still no accounts: the banner stays, now offering the account and the demo
        assert steps.isVisible() and steps.account_button.isVisible()
        assert page.report.rep.currentText() == "张伟"
        assert page.report.output.pdf_button.isEnabled()


def test_add_an_account_from_an_empty_page_opens_the_new_account_form(window: MainWindow) -> None:  # noqa: F811
    steps = window.show_page("visits").findChild(FirstSteps)
    assert steps is not None
    steps.account_button.click()
    assert window.current_key == "accounts"

"""A rep's whole day at 1366×768, through the main window: the evening before,
go through the startup reminders (grouped; snooze a group till tomorrow), plan
tomorrow's two visits, read them in the Day view and on the account's
商机与拜访 tab, and print tomorrow's pack (to PDF through QPrinter); the next
day the snoozed reminders are back, log the outcome of the first visit; on
Friday write the weekly report and make its PDF. Dialogs are driven through
the pages' ``_exec``."""

from __future__ import annotations

import subprocess
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from sqlalchemy import select

from kamdesk import clock
from kamdesk.domain.periods import ReportKind
from kamdesk.domain.reminders import ReminderKind
from kamdesk.domain.visits import Side, VisitStatus
from kamdesk.services import visits as svc
from kamdesk.store.models import Account, Commitment
from kamdesk.ui.accounts.page import AccountsPage
from kamdesk.ui.context import AppContext
from kamdesk.ui.main_window import MainWindow
from kamdesk.ui.reports.page import ReportsPage
from kamdesk.ui.settings import Settings
from kamdesk.ui.visits.editor import PlanEditor
from kamdesk.ui.visits.outcome import OutcomeDialog
from kamdesk.ui.visits.pack_scope import PackScopeDialog
from kamdesk.ui.visits.page import VisitsPage
from kamdesk.ui.visits.reminder_panel import ReminderPanel
from tests.services.visit_seed import seed


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _qdt(value: datetime) -> QDateTime:
    return QDateTime(value.replace(tzinfo=None))


def _inside_the_window(win: MainWindow, widget: QWidget) -> bool:
    top_left = widget.mapTo(win, widget.rect().topLeft())
    bottom_right = widget.mapTo(win, widget.rect().bottomRight())
    return win.rect().contains(top_left) and win.rect().contains(bottom_right)


def test_a_reps_day_at_1366x768(
    qtbot: Any, ctx: AppContext, settings: Settings, app_font: str, tmp_path: Path
) -> None:
    sd = seed(ctx.db)
    with ctx.db.transaction() as s:
        bank = s.execute(select(Account).where(Account.uuid == sd.account)).scalar_one()
        s.add(
            Commitment(
                account_id=bank.id, side=Side.US, text="送测试报告", due_on=datetime(2026, 3, 6).date()
            )
        )
    with clock.frozen_at("2026-03-10T17:30+08:00", tz="Asia/Shanghai"):  # Tuesday evening
        tz = svc.local_tz()
        tomorrow = clock.today().replace(day=11)
        win = MainWindow(ctx, settings=settings)
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        qtbot.waitExposed(win)

        # --- the startup reminders: one line per kind; put the overdue commitments off till tomorrow
        win.start_reminders()
        panel = win._kamdesk_reminders
        assert isinstance(panel, ReminderPanel) and panel.isVisible()
        assert panel.tree.topLevelItemCount() == len(panel.groups)
        overdue = panel.groups[ReminderKind.COMMITMENT_OVERDUE]
        assert "送测试报告" in [overdue.child(i).text(1) for i in range(overdue.childCount())]
        panel.tree.setCurrentItem(overdue)
        panel.snooze_selected("tomorrow")
        assert ReminderKind.COMMITMENT_OVERDUE not in panel.groups
        panel.close()
        visits = win.show_page("visits")
        assert isinstance(visits, VisitsPage)
        # nothing of the page is cut off at 1366×768
        for widget in (visits.new_button, visits.pack_button, visits.print_button, visits.log_button):
            assert _inside_the_window(win, widget), widget.text()
        assert _inside_the_window(win, win.statusBar())

        # --- plan tomorrow's two visits -------------------------------------------------------
        planned: list[str] = []
        for hour, objective, contact in (
            (9, "回访中心转网至我司", sd.zheng),
            (14, "确认技术交流时间", sd.huang),
        ):

            def fill(
                dialog: QDialog, hour: int = hour, objective: str = objective, contact: str = contact
            ) -> int:
                assert isinstance(dialog, PlanEditor)
                start = datetime(tomorrow.year, tomorrow.month, tomorrow.day, hour, tzinfo=tz)
                dialog.starts.setDateTime(_qdt(start))
                dialog.ends.setDateTime(_qdt(start.replace(hour=hour + 1)))
                dialog.check_contact(contact)
                dialog.final_objective.insertPlainText(objective)
                qtbot.mouseClick(
                    dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
                )
                return dialog.result()

            visits._exec = fill  # type: ignore[method-assign]
            uuid = visits.plan_visit(account_uuid=sd.account)
            assert uuid is not None
            planned.append(uuid)
        assert [svc.get_visit(ctx.db, u).starts_at.astimezone(tz).hour for u in planned] == [9, 14]

        # --- tomorrow in the Day view: each visit with its time and account name
        visits.set_mode("day")
        visits.go_to(tomorrow)
        visits.calendar.grab()
        fm = visits.calendar.fontMetrics()
        for uuid, hour in zip(planned, (9, 14), strict=True):
            rect = visits.calendar.visit_rect(uuid)
            assert rect is not None and rect.width() > 300
            row = next(r for r in visits.calendar.rows if r.uuid == uuid)
            first_line = visits.calendar.block_lines(row, rect.width() - 9, fm).texts[0]
            assert first_line.startswith(f"{hour:02d}:00 ") and first_line.endswith("上海浦东发展银行")
        visits.set_mode("week")

        # --- and on the account's record, 商机与拜访
        accounts = win.show_page("accounts")
        assert isinstance(accounts, AccountsPage)
        accounts.show_record(sd.account)
        work = accounts.form.work
        assert [work.visits.item(r, 1).text() for r in range(work.visits.rowCount())] == [
            "2026-03-11 09:00",
            "2026-03-11 14:00",
        ]
        visits = win.show_page("visits")
        assert isinstance(visits, VisitsPage)

        # --- print tomorrow's pack (print to PDF) ------------------------------------------------
        printed = tmp_path / "tomorrow.pdf"

        def print_it(dialog: QDialog) -> int:
            if isinstance(dialog, PackScopeDialog):
                assert dialog.tomorrow.isChecked() or dialog.selected_visit.isChecked()
                dialog.tomorrow.setChecked(True)
                assert dialog.scope().start == tomorrow and dialog.scope().days == 1
                return QDialog.DialogCode.Accepted
            assert isinstance(dialog, QPrintPreviewDialog)
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(printed))
            printer.setResolution(96)  # pages are rasterised at the printer's resolution: keep it quick
            dialog.paintRequested.emit(printer)
            # the printout is the pack's PDF, rasterised: its words are in the PDF shown
            exported.write_bytes(dialog.pdf_pages.data)  # type: ignore[attr-defined]
            return 0

        exported = tmp_path / "tomorrow-pack.pdf"
        visits._exec = print_it  # type: ignore[method-assign]
        visits.print_preview()
        assert pdf_text(printed).count("\f") == 3
        text = pdf_text(exported)
        assert "拜访行程" in text and "2026-03-11" in text
        assert "回访中心转网至我司" in text and "确认技术交流时间" in text
        assert text.count("\f") == 3  # the itinerary and one page per visit, not the whole week

    # --- the next day: log the first visit's outcome ---------------------------------------------
    with clock.frozen_at("2026-03-11T11:00+08:00", tz="Asia/Shanghai"):
        win.start_reminders()  # the snooze is over
        assert ReminderKind.COMMITMENT_OVERDUE in win._kamdesk_reminders.groups
        win._kamdesk_reminders.close()
        visits.go_today()
        visits.select_visit(planned[0])
        assert visits.log_button.isEnabled()

        def log_it(dialog: QDialog) -> int:
            assert isinstance(dialog, OutcomeDialog)
            assert dialog.objective_labels["final_objective"].text() == "回访中心转网至我司"
            dialog.outcome.insertPlainText("同意安排线路测试")
            qtbot.mouseClick(
                dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
            )
            return dialog.result()

        visits._exec = log_it  # type: ignore[method-assign]
        qtbot.mouseClick(visits.log_button, Qt.MouseButton.LeftButton)
        done = svc.get_visit(ctx.db, planned[0])
        assert done.status is VisitStatus.DONE and done.outcome == "同意安排线路测试"

    # --- Friday: the weekly report ---------------------------------------------------------------
    with clock.frozen_at("2026-03-13T17:00+08:00", tz="Asia/Shanghai"):
        reports = win.show_page("reports")
        assert isinstance(reports, ReportsPage)
        view = reports.report
        view.set_period(ReportKind.WEEKLY, "2026-W11")
        assert view.data is not None and view.data.period.key == "2026-W11"
        view.editor.texts["summary_text"].setPlainText("浦发银行同意线路测试，下周技术交流。")
        assert view.editor.save_text()
        for button in (view.output.pdf_button, view.output.print_button):
            assert button.isEnabled() and _inside_the_window(win, button)
        with qtbot.waitSignal(view.pdf_written, timeout=20000):
            written = view.output.make_pdf(tmp_path / "week.pdf")
        assert written is not None
        week = pdf_text(written)
        assert "周计划和总结" in week and "2026-W11" in week
        assert "浦发银行同意线路测试" in week and "上海浦东发展银行" in week

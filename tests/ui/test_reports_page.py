"""The Reports page through real widgets: pick a month, edit the summary (it
is saved), add a plan item, make the PDF with the job runner, the month-end
submission dialog, deadlines and the manager's tab."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kamdesk import clock
from kamdesk.domain.periods import PeriodKind, ReportKind, SubmissionStatus
from kamdesk.services.reporting import monthly_report
from kamdesk.services.reporting.plans import period_text
from kamdesk.services.submissions import report_status
from kamdesk.ui.context import AppContext
from kamdesk.ui.reports.page import ReportsPage
from kamdesk.ui.reports.submit_dialog import SubmitDialog
from tests.reports.pdfutil import pdf_text
from tests.services.reports_sample import MONTH, make_sample


@pytest.fixture
def page(qtbot, ctx: AppContext) -> ReportsPage:  # type: ignore[no-untyped-def]
    make_sample(ctx.db)
    p = ReportsPage(ctx)
    qtbot.addWidget(p)
    return p


def pick_month(qtbot, page: ReportsPage, key: str) -> None:  # type: ignore[no-untyped-def]
    view = page.report
    view.kind.setCurrentIndex(view.kind.findData(ReportKind.MONTHLY.code))
    view.period.clear()
    qtbot.keyClicks(view.period, key)
    qtbot.keyClick(view.period, Qt.Key.Key_Return)


def test_pick_a_month_shows_its_numbers(qtbot, page: ReportsPage) -> None:  # type: ignore[no-untyped-def]
    pick_month(qtbot, page, MONTH)
    view = page.report
    assert view.data is not None and view.data.period.key == MONTH
    cells = {
        view.sections.figures.item(r, 0).text(): view.sections.figures.item(r, 1).text()
        for r in range(view.sections.figures.rowCount())
    }
    assert cells["已完成拜访"] == "3"
    assert cells["期末加权管道"] == "¥150,000"
    assert view.sections.targets.rowCount() == 2 and view.sections.isTabVisible(3)
    assert view.no_data.isHidden()


def test_edit_the_summary_text_is_saved(qtbot, page: ReportsPage, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    pick_month(qtbot, page, MONTH)
    view = page.report
    # Chinese arrives through the input method as committed text, not key clicks
    view.editor.texts["summary_text"].insertPlainText("本月签约一单")
    assert view.editor.saved_label.text() == "Not saved yet"
    qtbot.mouseClick(view.editor.save_button, Qt.MouseButton.LeftButton)
    assert period_text(ctx.db, PeriodKind.MONTH, MONTH).summary_text == "本月签约一单"
    # an unsaved edit is kept when the user moves to another period
    view.editor.texts["key_problems"].insertPlainText("回款慢")
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.data is not None and view.data.period.key == "2026-12"
    assert period_text(ctx.db, PeriodKind.MONTH, MONTH).key_problems == "回款慢"


def test_add_and_tick_a_plan_item(qtbot, page: ReportsPage, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    pick_month(qtbot, page, MONTH)
    view = page.report
    view.editor.plan_items.new_item.setText("")
    view.editor.plan_items.add_item()
    assert view.editor.plan_items.item_error.text()  # empty item refused at the field
    view.editor.plan_items.new_item.setText("拜访 10 家新客户")
    qtbot.keyClick(view.editor.plan_items.new_item, Qt.Key.Key_Return)
    assert view.editor.plan_items.items.rowCount() == 1
    view.editor.plan_items.items.item(0, 2).setCheckState(Qt.CheckState.Checked)
    assert monthly_report(ctx.db, MONTH).items[0].done


def test_make_pdf_with_the_job_runner(qtbot, page: ReportsPage, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pick_month(qtbot, page, MONTH)
    with qtbot.waitSignal(page.report.pdf_written, timeout=20000):
        written = page.report.output.make_pdf(tmp_path / "month.pdf")
    assert written is not None and written.is_file()
    text = pdf_text(written)
    assert "月计划与总结" in text and "¥150,000" in text
    assert "month.pdf" in page.report.output.pdf_label.text()


def test_empty_month_says_so(qtbot, page: ReportsPage) -> None:  # type: ignore[no-untyped-def]
    pick_month(qtbot, page, "2026-08")
    assert not page.report.no_data.isHidden()


def test_bad_period_is_shown_at_the_field_and_nothing_lost(qtbot, page: ReportsPage) -> None:  # type: ignore[no-untyped-def]
    pick_month(qtbot, page, MONTH)
    pick_month(qtbot, page, "2026-13")
    assert not page.report.period_error.isHidden()
    assert page.report.data is not None and page.report.data.period.key == MONTH


def test_submission_dialog_writes_one_file_and_shows_its_checksum(
    qtbot, page: ReportsPage, ctx: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = SubmitDialog(ctx, MONTH, parent=page)
    qtbot.addWidget(dialog)
    assert not dialog.private.isChecked()  # private details left out by default
    out = tmp_path / "nov.kamsub"
    dialog.output.setText(str(out))
    result = dialog.submit()
    assert result is not None and out.is_file()
    assert result.checksum in dialog.done_label.text() and str(out) in dialog.done_label.text()
    with zipfile.ZipFile(out) as z:
        assert json.loads(z.read("manifest.json"))["include_private"] is False
    assert report_status(ctx.db, ReportKind.MONTHLY, MONTH).status is SubmissionStatus.SUBMITTED


@pytest.fixture
def early_december() -> Iterator[None]:
    """The month-end round trip happens early in the next month, whatever day the test runs."""
    with clock.frozen_at("2026-12-03T09:00"):
        yield


def test_manager_tab_receives_annotates_and_rep_sees_the_note(
    early_december: None, qtbot, page: ReportsPage, ctx: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from kamdesk.reports.monthly import render_monthly
    from kamdesk.services.submissions import submit_month
    from kamdesk.store.db import sqlite_url
    from kamdesk.store.schema import open_database

    sub = tmp_path / "s.kamsub"
    submit_month(ctx.db, MONTH, sub, lambda r, p: render_monthly(r, p, "zh"))
    from kamdesk.services.submissions.sign import key_text, register_rep_key, signing_key

    register_rep_key(key_text(signing_key().public_key()), "张伟")  # the manager trusts 张伟's laptop key
    manager_db = open_database(sqlite_url(tmp_path / "manager.db"))
    try:
        manager_page = ReportsPage(AppContext(db=manager_db, lang="zh"))
        qtbot.addWidget(manager_page)
        manager = manager_page.manager
        assert manager.receive([str(sub)]) is not None
        assert manager.table.rowCount() == 1
        manager.table.setCurrentCell(0, 0)
        manager.section.setText("回款")
        manager.note.setPlainText("月底前收回北京银行余款")
        notes = manager.annotate(str(tmp_path / "n.kamnote"))
        assert notes is not None and notes.is_file()
        team = manager.rollup(str(tmp_path / "team.pdf"))
        assert team is not None and "张伟" in pdf_text(team)
    finally:
        manager_db.dispose()

    assert page.deadlines.import_notes(str(tmp_path / "n.kamnote")) == 1
    pick_month(qtbot, page, MONTH)
    assert not page.report.notes_box.isHidden()
    assert "月底前收回北京银行余款" in page.report.notes.text()
    row = next(
        i for i, r in enumerate(page.deadlines.rows) if r.key == MONTH and r.kind is ReportKind.MONTHLY
    )
    assert page.deadlines.table.item(row, 5).text() == "1"


def test_quarter_plan_edited_beside_the_month(qtbot, page: ReportsPage, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    pick_month(qtbot, page, MONTH)
    view = page.report
    assert not view.editor.longer.isHidden()
    assert view.editor.longer.longer_key.text() == "2026-Q4"
    view.editor.longer.longer_text.setPlainText("四季度回款 100 万")
    qtbot.mouseClick(view.editor.longer.longer_save, Qt.MouseButton.LeftButton)
    assert period_text(ctx.db, PeriodKind.QUARTER, "2026-Q4").plan_text == "四季度回款 100 万"
    assert [p.plan_text for p in monthly_report(ctx.db, MONTH).longer_plans] == ["四季度回款 100 万"]


def test_print_preview_shows_the_pages_of_the_reports_pdf(
    qtbot, page: ReportsPage, ctx: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from kamdesk.ui.reports.printing import print_preview, report_pdf
    from kamdesk.ui.widgets.pdf_print import PdfPages, preview_widget
    from tests.ui.test_pdf_print import dark_share

    data = monthly_report(ctx.db, MONTH)
    printed = tmp_path / "printed.pdf"
    printed.write_bytes(report_pdf(data, "zh"))
    assert "月计划与总结" in pdf_text(printed) and "¥150,000" in pdf_text(printed)
    pdf = PdfPages(printed.read_bytes())
    dialog = print_preview(page, data, "zh")
    qtbot.addWidget(dialog)
    preview = preview_widget(dialog)
    preview.updatePreview()
    assert preview.pageCount() == len(pdf) >= 1
    assert dark_share(pdf.image(0, 40)) > 0.01

"""The report's outputs: PDF (off the GUI thread), print, mark submitted and
the month-end submission."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from kamdesk.domain.periods import ReportKind
from kamdesk.services.reporting import DailyReport, PeriodSummary, report_data
from kamdesk.services.submissions import mark_submitted
from kamdesk.ui.context import AppContext
from kamdesk.ui.reports.printing import print_preview
from kamdesk.ui.widgets.jobs import JobProgress, run_job
from kamdesk.ui.widgets.private_choice import ask_include_private


@dataclass(frozen=True)
class ShownReport:
    """The report on screen: its kind, its data and whose it is."""

    kind: ReportKind
    data: DailyReport | PeriodSummary
    rep: str | None


class ReportActions(QWidget):
    """The buttons that make, print and submit the shown report.

    ``ready()`` gives the shown report with its text saved first (None when
    none is shown); ``status_changed`` tells that it was submitted."""

    #: a PDF was written (path)
    pdf_written = Signal(str)
    status_changed = Signal()

    def __init__(
        self, ctx: AppContext, ready: Callable[[], ShownReport | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._ready = ready
        self.last_pdf: Path | None = None
        actions = QHBoxLayout(self)
        actions.setContentsMargins(0, 0, 0, 0)
        self.pdf_button = QPushButton(self.tr("Make PDF…"))
        self.pdf_button.clicked.connect(lambda: self.make_pdf())
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_report)
        self.submitted_button = QPushButton(self.tr("Mark as submitted"))
        self.submitted_button.clicked.connect(self.mark_submitted)
        self.submit_month_button = QPushButton(self.tr("Month-end submission…"))
        self.submit_month_button.clicked.connect(self.open_submission_dialog)
        for b in (self.pdf_button, self.print_button, self.submitted_button, self.submit_month_button):
            actions.addWidget(b)
        self.pdf_label = QLabel()
        self.pdf_label.setOpenExternalLinks(False)
        self.pdf_label.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        actions.addWidget(self.pdf_label, 1)

    def set_month(self, is_month: bool) -> None:
        """A month is submitted with its files; other reports are only marked."""
        self.submitted_button.setVisible(not is_month)
        self.submit_month_button.setVisible(is_month)

    def make_pdf(self, path: Path | str | None = None, include_private: bool | None = None) -> Path | None:
        """Write the PDF (asks where unless ``path`` is given), off the GUI thread.
        Contacts marked private: asked with the file, else ``include_private`` (default no)."""
        shown = self._ready()
        if shown is None:
            return None
        include = include_private if include_private is not None or path is None else False
        if path is None:
            suggested = f"{shown.kind.code}-{shown.data.period.key}.pdf"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the report as PDF"), suggested, "PDF (*.pdf)"
            )
            if not chosen:
                return None
            path = chosen
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        if include is None:
            include = ask_include_private(self, self.ctx.db)
            if include is None:
                return None
        written = self._write_pdf(shown, target, include)
        if written is None:
            return None
        self.last_pdf = written
        url = QUrl.fromLocalFile(str(written)).toString()
        self.pdf_label.setText(
            self.tr("PDF written: {path}").format(path=written.name)
            + f' — <a href="{url}">{self.tr("Open")}</a>'
        )
        self.pdf_written.emit(str(written))
        return written

    def _write_pdf(self, shown: ShownReport, target: Path, include: bool) -> Path | None:
        kind, key, rep, lang, db = shown.kind, shown.data.period.key, shown.rep, self.ctx.lang, self.ctx.db
        gathering, laying_out = self.tr("Gathering the figures…"), self.tr("Laying out the PDF…")

        def work(progress: JobProgress) -> Path:
            from kamdesk.reports.common import render_report

            progress.report(0, 2, gathering)
            data = report_data(db, kind, key, rep, include_private=include)
            progress.report(1, 2, laying_out)
            out = render_report(data, target, lang)
            progress.report(2, 2)
            return out

        return run_job(self, self.tr("Make PDF"), work)

    def print_report(self) -> None:
        shown = self._ready()
        if shown is None:
            return
        dialog = print_preview(self, shown.data, self.ctx.lang)
        dialog.exec()

    def mark_submitted(self) -> None:
        shown = self._ready()
        if shown is None:
            return
        result = mark_submitted(
            self.ctx.db,
            shown.kind,
            shown.data.period.key,
            rep=shown.rep,
            file_name=str(self.last_pdf) if self.last_pdf else None,
        )
        self.ctx.hub.publish(result.changes)
        self.status_changed.emit()

    def open_submission_dialog(self) -> None:
        shown = self._ready()
        if shown is None:
            return
        from kamdesk.ui.reports.submit_dialog import SubmitDialog

        dialog = SubmitDialog(self.ctx, shown.data.period.key, rep=shown.rep, parent=self)
        dialog.exec()
        self.status_changed.emit()

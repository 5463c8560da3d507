"""The report view's outputs: PDF (off the GUI thread), print, mark
submitted and the month-end submission (moved out of ``report_view``; strings
keep the ``ReportView`` translation context)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl, SignalInstance
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

from kamdesk.domain.periods import ReportKind
from kamdesk.services.reporting import report_data
from kamdesk.services.submissions import mark_submitted
from kamdesk.ui.reports.printing import print_preview
from kamdesk.ui.widgets.jobs import JobProgress, run_job
from kamdesk.ui.widgets.private_choice import ask_include_private

if TYPE_CHECKING:
    from kamdesk.services.reporting import DailyReport, PeriodSummary
    from kamdesk.ui.context import AppContext


if TYPE_CHECKING:
    _Base = QWidget
else:
    _Base = object


class ReportOutputMixin(_Base):
    """PDF, print and submission actions of the shown report."""

    if TYPE_CHECKING:
        ctx: AppContext
        data: DailyReport | PeriodSummary | None
        _dirty: bool
        _loading: bool
        last_pdf: Path | None
        pdf_label: QLabel
        pdf_written: SignalInstance

        @property
        def report_kind(self) -> ReportKind: ...
        @property
        def rep_uuid(self) -> str | None: ...
        def _save_if_dirty(self) -> None: ...
        def _show_status(self) -> None: ...

    # --- output ------------------------------------------------------------------------------
    def make_pdf(self, path: Path | str | None = None, include_private: bool | None = None) -> Path | None:
        """Write the PDF (asks where unless ``path`` is given), off the GUI thread.
        Contacts marked private: asked with the file, else ``include_private`` (default no)."""
        if self.data is None:
            return None
        self._save_if_dirty()
        include = include_private if include_private is not None or path is None else False
        if path is None:
            suggested = f"{self.report_kind.code}-{self.data.period.key}.pdf"
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("ReportView", "Save the report as PDF"),
                suggested,
                "PDF (*.pdf)",
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
        kind, key, rep, lang, db = (
            self.report_kind,
            self.data.period.key,
            self.rep_uuid,
            self.ctx.lang,
            self.ctx.db,
        )

        def work(progress: JobProgress) -> Path:
            from kamdesk.reports.common import render_report

            progress.report(0, 2, QCoreApplication.translate("ReportView", "Gathering the figures…"))
            data = report_data(db, kind, key, rep, include_private=include)
            progress.report(1, 2, QCoreApplication.translate("ReportView", "Laying out the PDF…"))
            out = render_report(data, target, lang)
            progress.report(2, 2)
            return out

        written = run_job(self, QCoreApplication.translate("ReportView", "Make PDF"), work)
        if written is None:
            return None
        self.last_pdf = written
        url = QUrl.fromLocalFile(str(written)).toString()
        self.pdf_label.setText(
            QCoreApplication.translate("ReportView", "PDF written: {path}").format(path=written.name)
            + f' — <a href="{url}">{QCoreApplication.translate("ReportView", "Open")}</a>'
        )
        self.pdf_written.emit(str(written))
        return written

    def print_report(self) -> None:
        if self.data is None:
            return
        self._save_if_dirty()
        dialog = print_preview(self, self.data, self.ctx.lang)
        dialog.exec()

    def mark_submitted(self) -> None:
        if self.data is None:
            return
        self._save_if_dirty()
        result = mark_submitted(
            self.ctx.db,
            self.report_kind,
            self.data.period.key,
            rep=self.rep_uuid,
            file_name=str(self.last_pdf) if self.last_pdf else None,
        )
        self.ctx.hub.publish(result.changes)
        self._show_status()

    def open_submission_dialog(self) -> None:
        if self.data is None:
            return
        self._save_if_dirty()
        from kamdesk.ui.reports.submit_dialog import SubmitDialog

        dialog = SubmitDialog(self.ctx, self.data.period.key, rep=self.rep_uuid, parent=self)
        dialog.exec()
        self._show_status()

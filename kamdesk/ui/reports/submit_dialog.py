"""The month-end submission dialog: one file with the monthly PDF and the
month's data for the manager; private contact details only if chosen. Shows
the checksum and where the file went."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.paths import data_dir
from kamdesk.services.submissions import SubmissionResult, submit_month
from kamdesk.ui.context import AppContext
from kamdesk.ui.widgets.jobs import JobProgress, run_job


class SubmitDialog(QDialog):
    def __init__(
        self, ctx: AppContext, month: str, *, rep: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rep = rep
        self.submission: SubmissionResult | None = None
        self.setWindowTitle(self.tr("Month-end submission"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "One file for your manager: the monthly report as PDF and the month's data "
                "(accounts touched, visits, opportunities and their moves, targets, plans)."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.month = QLineEdit(month)
        form.addRow(self.tr("Month"), self.month)
        self.private = QCheckBox(self.tr("Include contacts' private details (birthday, family, interests…)"))
        self.private.setChecked(False)
        form.addRow("", self.private)
        row = QHBoxLayout()
        default = Path.home() / f"kamdesk-{month}.kamsub"
        if not default.parent.is_dir():  # pragma: no cover - a home without a folder
            default = data_dir() / default.name
        self.output = QLineEdit(str(default))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        row.addWidget(self.output, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Save to"), row)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet("color:#b0453a")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.done_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.submit_button = self.buttons.addButton(
            self.tr("Make submission file"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.submit_button.clicked.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the submission"), self.output.text(), self.tr("KAMdesk submission (*.kamsub)")
        )
        if chosen:
            self.output.setText(chosen if chosen.endswith(".kamsub") else chosen + ".kamsub")

    def submit(self) -> SubmissionResult | None:
        month = self.month.text().strip()
        out = Path(self.output.text().strip()).expanduser()
        include_private = self.private.isChecked()
        lang = self.ctx.lang
        db, rep = self.ctx.db, self.rep

        def work(progress: JobProgress) -> SubmissionResult:
            from kamdesk.reports.monthly import render_monthly

            return submit_month(
                db,
                month,
                out,
                lambda report, path: render_monthly(report, path, lang),
                rep=rep,
                include_private=include_private,
                progress=progress,
            ).value

        try:
            result = run_job(self, self.tr("Month-end submission"), work, errors="raise")
        except Exception as exc:  # shown at the dialog, nothing lost
            self.error.setText(str(exc))
            return None
        if result is None:
            return None
        self.error.setText("")
        self.submission = result
        private = self.tr("included") if result.include_private else self.tr("left out")
        self.done_label.setText(
            self.tr("Written to: {path}\nSHA-256: {checksum}\nPrivate contact details: {private}").format(
                path=str(result.path), checksum=result.checksum, private=private
            )
        )
        self.submit_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        from kamdesk.services.changes import Changes

        self.ctx.hub.publish(Changes.of("report", uuids=(result.submission_uuid,)))
        return result

"""The manager's side, offline: receive reps' submission files, see what was
received, build the team rollup (from this database or straight from files)
and write notes on a rep's report as a file to send back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk import clock
from kamdesk.domain.formats import money
from kamdesk.domain.periods import PeriodKind, period_key
from kamdesk.errors import UserError
from kamdesk.services import submissions as bundle
from kamdesk.services.changes import Changes, Result
from kamdesk.services.reporting.activity import team_activity
from kamdesk.services.sync.team import team_view
from kamdesk.ui.context import AppContext
from kamdesk.ui.operations import run_op, user_error_text
from kamdesk.ui.reports.report_tables import Cell, fill_table, read_only_table
from kamdesk.ui.widgets.jobs import JobProgress, run_job


class ManagerView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.received: list[bundle.ReceivedSubmission] = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        receive = QPushButton(self.tr("Receive submissions…"))
        receive.clicked.connect(lambda: self.receive())
        bar.addWidget(receive)
        consolidate = QPushButton(self.tr("Team PDF from files…"))
        consolidate.clicked.connect(lambda: self.consolidate())
        bar.addWidget(consolidate)
        bar.addSpacing(20)
        bar.addWidget(QLabel(self.tr("Month")))
        self.month = QLineEdit(period_key(PeriodKind.MONTH, clock.today()))
        self.month.setMaximumWidth(90)
        self.month.editingFinished.connect(lambda: self.refresh_team())
        bar.addWidget(self.month)
        rollup = QPushButton(self.tr("Team rollup PDF…"))
        rollup.setToolTip(self.tr("Every rep in this database, for the month"))
        rollup.clicked.connect(lambda: self.rollup())
        bar.addWidget(rollup)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Each rep this month, live: visits, pipeline, reports on time, calls against the decomposition"
                )
            )
        )
        self.team = read_only_table()
        # a team of 5–50 reps: the live view is what a manager reads most, so it takes the room
        self.team.setMinimumHeight(120)
        layout.addWidget(self.team, 2)
        layout.addWidget(QLabel(self.tr("Received submissions")))
        self.table = read_only_table()
        layout.addWidget(self.table, 1)

        box = QGroupBox(self.tr("Note on the selected submission"))
        form = QFormLayout(box)
        self.section = QLineEdit()
        self.section.setPlaceholderText(self.tr("e.g. collections, opportunities"))
        form.addRow(self.tr("Section"), self.section)
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(90)
        form.addRow(self.tr("Note"), self.note)
        write = QPushButton(self.tr("Save note file for the rep…"))
        write.clicked.connect(lambda: self.annotate())
        form.addRow("", write)
        layout.addWidget(box)
        self.refresh()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color:#b0453a" if error else "")
        self.message.setText(text)

    def refresh_team(self) -> None:
        """The team view, live off this database (the team server's synced copy
        or the reps' received files): each rep's month so far, pipeline, this
        week's visits, reports handed in on time and today's effective calls."""
        lang = self.ctx.lang
        today = clock.today()
        month = self.month.text().strip()

        def unreadable(exc: UserError) -> None:
            self._say(user_error_text(exc), error=True)
            fill_table(self.team, [], [])

        read = run_op(
            self,
            self.ctx,
            lambda: Result((team_view(self.ctx.db, month), team_activity(self.ctx.db, today))),
            title=self.tr("Rep"),
            failure=unreadable,
        )
        if read is None:
            return
        lines = read.value[0]
        activity = dict((r.uuid, a) for r, a in read.value[1])
        none = self.tr("no revenue target")

        def calls(rep_uuid: str) -> tuple[str, str]:
            """Today's and the month's calls; nothing on the total line."""
            if (a := activity.get(rep_uuid)) is not None:
                return a.today.describe(lang), a.so_far.describe(lang)
            return (none, none) if rep_uuid else ("", "")

        fill_table(
            self.team,
            [
                self.tr("Rep"),
                self.tr("Visits done / planned"),
                self.tr("Visits this week"),
                self.tr("Open opportunities"),
                self.tr("Pipeline"),
                self.tr("Weighted"),
                self.tr("Reports handed in"),
                self.tr("Calls today"),
                self.tr("Calls this month"),
            ],
            [
                [
                    line.rep_name if line.rep_uuid else self.tr("Team"),
                    Cell(f"{line.visits_done} / {line.visits_planned}", line.visits_done),
                    Cell(str(line.visits_this_week), line.visits_this_week),
                    Cell(str(line.open_opportunities), line.open_opportunities),
                    Cell(money(line.pipeline, lang), float(line.pipeline)),
                    Cell(money(line.weighted, lang), float(line.weighted)),
                    line.handed_in.summary(lang) if line.handed_in else "",
                    *calls(line.rep_uuid),
                ]
                for line in lines
            ],
        )

    def refresh(self) -> None:
        self.refresh_team()
        self.received = bundle.received_submissions(self.ctx.db)
        fill_table(
            self.table,
            [
                self.tr("Rep"),
                self.tr("Period"),
                self.tr("Submitted"),
                self.tr("File"),
                self.tr("Notes"),
            ],
            [
                [
                    r.rep_name,
                    r.period,
                    r.submitted_at.strftime("%Y-%m-%d %H:%M"),
                    r.file_name or "",
                    r.annotations or "",
                ]
                for r in self.received
            ],
        )
        self.table.setSortingEnabled(False)
        for i, r in enumerate(self.received):
            item = self.table.item(i, 0)
            if item is not None:
                item.setData(Qt.ItemDataRole.UserRole, r.uuid)
            # the checksum is for checking a file, not for reading: on the file's tooltip
            file_item = self.table.item(i, 3)
            if file_item is not None and r.checksum:
                file_item.setToolTip(f"SHA-256 {r.checksum}")
        self.table.setSortingEnabled(True)

    def receive(self, paths: list[str] | None = None) -> list[bundle.Received] | None:
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(
                self, self.tr("Receive submissions"), "", self.tr("KAMdesk submission (*.kamsub)")
            )
            if not paths:
                return None
        db = self.ctx.db
        try:
            result = run_job(
                self,
                self.tr("Receive submissions"),
                lambda p: bundle.receive_submissions(db, paths, progress=p),
                errors="raise",
            )
        except UserError as exc:
            self._say(str(exc), error=True)
            return None
        if result is None:
            return None
        new = sum(1 for r in result.value if r.imported)
        self._say(
            self.tr("{new} imported, {old} already received").format(new=new, old=len(result.value) - new)
        )
        self.ctx.hub.publish(result.changes)
        self.refresh()
        return result.value

    def _ask_pdf(self, title: str, name: str) -> str | None:
        chosen, _ = QFileDialog.getSaveFileName(self, title, name, "PDF (*.pdf)")
        return chosen or None

    def consolidate(self, paths: list[str] | None = None, out: str | None = None) -> Path | None:
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(
                self, self.tr("Submission files to consolidate"), "", self.tr("KAMdesk submission (*.kamsub)")
            )
            if not paths:
                return None
        out = out or self._ask_pdf(self.tr("Save the team rollup"), "team.pdf")
        if not out:
            return None
        lang, target = self.ctx.lang, Path(out)

        def work(progress: JobProgress) -> Path:
            from kamdesk.reports.team import render_team

            progress.report(0, 2, self.tr("Checking the files…"))
            team = bundle.consolidate(paths)
            progress.report(1, 2, self.tr("Laying out the PDF…"))
            return render_team(team, target, lang)

        return self._run_pdf(work)

    def rollup(self, out: str | None = None) -> Path | None:
        month = self.month.text().strip()
        out = out or self._ask_pdf(self.tr("Save the team rollup"), f"team-{month}.pdf")
        if not out:
            return None
        db, lang, target = self.ctx.db, self.ctx.lang, Path(out)

        def work(progress: JobProgress) -> Path:
            from kamdesk.reports.team import render_team
            from kamdesk.services.reporting.rollup import team_rollup

            team = team_rollup(db, month, progress=progress)
            progress.report(0, 0, self.tr("Laying out the PDF…"))
            return render_team(team, target, lang)

        return self._run_pdf(work)

    def _run_pdf(self, work) -> Path | None:  # type: ignore[no-untyped-def]
        try:
            written = run_job(self, self.tr("Team rollup"), work, errors="raise")
        except UserError as exc:
            self._say(str(exc), error=True)
            return None
        if written is not None:
            self._say(self.tr("Team rollup written: {path}").format(path=str(written)))
        return written

    def annotate(self, out: str | None = None) -> Path | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None:
            self._say(self.tr("Choose a received submission first."), error=True)
            return None
        text = self.note.toPlainText().strip()
        if not text:
            self._say(self.tr("Write the note first."), error=True)
            return None
        uuid = str(item.data(Qt.ItemDataRole.UserRole))
        if out is None:
            out, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the notes for the rep"),
                "notes.kamnote",
                self.tr("KAMdesk notes (*.kamnote)"),
            )
            if not out:
                return None
        section = self.section.text().strip() or None
        target = out

        def written(result: Result[Path]) -> None:
            self.note.clear()
            self._say(
                self.tr("Notes written: {path} — send this file to the rep.").format(path=str(result.value))
            )

        result = run_op(
            self,
            self.ctx,
            lambda: bundle.annotate(self.ctx.db, uuid, text, target, section=section),
            title=self.tr("Save the notes for the rep"),
            success=written,
            failure=lambda exc: self._say(user_error_text(exc), error=True),
        )
        if result is None:
            return None
        self.refresh()
        return result.value

    def on_changed(self, changes: Changes) -> None:
        if changes.touches("report", "rep"):
            self.refresh()

"""Import accounts or contacts from CSV/XLSX: file → column mapping →
preview with problems by line → run with progress → result.

The import is all or nothing unless the user ticks "skip rejected rows";
duplicates (same name, phone, or short name in the same city) are never
written twice and are listed with their line numbers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kamdesk.errors import UserError
from kamdesk.services.exchange import imports as import_service
from kamdesk.ui.accounts.form.field_messages import translate_message
from kamdesk.ui.accounts.form.fields import ERROR_STYLE
from kamdesk.ui.context import AppContext
from kamdesk.ui.widgets import messages
from kamdesk.ui.widgets.jobs import JobProgress, run_job


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.setItem(i, j, QTableWidgetItem(text))
    table.resizeColumnToContents(0)
    table.resizeRowsToContents()


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr("A CSV or Excel (XLSX) file with one account or contact per row and a header row.")
        )
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.textChanged.connect(lambda _t: self.completeChanged.emit())
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.accounts = QRadioButton(self.tr("Accounts (a 联系人 column also adds that contact)"))
        self.contacts = QRadioButton(self.tr("Contacts (the 客户名称 column names their account)"))
        self.accounts.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.accounts)
        group.addButton(self.contacts)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.accounts)
        lay.addWidget(self.contacts)
        lay.addStretch(1)

    def _browse(self) -> None:
        chosen, _f = QFileDialog.getOpenFileName(
            self, self.tr("Import"), str(Path.home()), self.tr("Tables (*.csv *.xlsx)")
        )
        if chosen:
            self.path.setText(chosen)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        self.w.path = Path(self.path.text().strip())
        self.w.kind = "contacts" if self.contacts.isChecked() else "accounts"
        return self.w.load_preview(None)


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Each column of the file goes into a field; the guesses can be changed."))
        self.table = _table([self.tr("Column in the file"), self.tr("First value"), self.tr("Goes into")])
        self.table.setObjectName("mappingTable")
        self.missing = QLabel()
        self.missing.setStyleSheet(ERROR_STYLE)
        self.missing.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.missing)
        self.combos: dict[str, QComboBox] = {}

    def initializePage(self) -> None:
        p = self.w.preview
        assert p is not None
        lang = self.w.ctx.lang
        self.table.setRowCount(len(p.headers))
        self.combos = {}
        first = p.sample[0][1] if p.sample else ()
        for i, header in enumerate(p.headers):
            self.table.setItem(i, 0, QTableWidgetItem(header))
            value = first[i] if i < len(first) else None
            self.table.setItem(i, 1, QTableWidgetItem("" if value is None else str(value)))
            combo = QComboBox()
            combo.addItem(self.tr("— ignore —"), None)
            for f in p.fields:
                combo.addItem(f.label(lang) + (" *" if f.required else ""), f.key)
            for key, name in p.custom_fields:
                combo.addItem(self.tr("{name} (custom)").format(name=name), key)
            combo.setCurrentIndex(max(0, combo.findData(p.mapping.get(header))))
            combo.currentIndexChanged.connect(self._show_missing)
            self.combos[header] = combo
            self.table.setCellWidget(i, 2, combo)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(2, 220)
        self._show_missing()

    def mapping(self) -> dict[str, str | None]:
        return {header: combo.currentData() for header, combo in self.combos.items()}

    def _show_missing(self) -> None:
        p = self.w.preview
        assert p is not None
        mapped = {v for v in self.mapping().values() if v}
        missing = [f.label(self.w.ctx.lang) for f in p.fields if f.required and f.key not in mapped]
        self.missing.setText(
            self.tr("Required and not matched: {fields}").format(fields="、".join(missing)) if missing else ""
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.missing.text()

    def validatePage(self) -> bool:
        return self.w.load_preview(self.mapping())


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Check before importing"))
        self.summary = QLabel()
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        self.problems = _table([self.tr("Line"), self.tr("Problem")])
        self.problems.setObjectName("previewProblems")
        self.skip = QCheckBox(self.tr("Import the good rows and skip the rejected ones"))
        self.skip.setObjectName("skipRejected")
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.problems, 1)
        lay.addWidget(self.skip)

    def initializePage(self) -> None:
        p = self.w.preview
        assert p is not None
        self.summary.setText(
            self.tr(
                "{total} rows: {ok} can be added, {bad} have problems, {dup} are duplicates (they are skipped). "
                "Without the box below, any problem stops the whole import and nothing is written."
            ).format(total=p.total_rows, ok=p.ok_rows, bad=len(p.problems), dup=len(p.duplicates))
        )
        rows = [[str(pr.line), translate_message(m)] for pr in p.problems for m in pr.messages]
        rows += [
            [str(d.line), self.tr("duplicate: {name} — {reason}").format(name=d.name, reason=d.reason)]
            for d in p.duplicates
        ]
        rows.sort(key=lambda r: int(r[0]))  # stable: a line's messages stay in order
        _fill(self.problems, rows)
        self.skip.setEnabled(bool(p.problems))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Import"))

    def validatePage(self) -> bool:
        return self.w.run(skip_rejected=self.skip.isChecked())


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Result"))
        self.summary = QLabel()
        self.summary.setObjectName("resultSummary")
        self.summary.setWordWrap(True)
        self.rejected = _table([self.tr("Line"), self.tr("Not imported because")])
        self.rejected.setObjectName("resultRejected")
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.rejected, 1)

    def initializePage(self) -> None:
        o = self.w.outcome
        assert o is not None
        if o.written:
            text = self.tr("Imported {added} rows.").format(added=o.added)
            if o.contacts_added:
                text += " " + self.tr("{n} contacts were added with them.").format(n=o.contacts_added)
        else:
            text = self.tr(
                "Nothing was written: {n} rows were rejected. Fix them in the file and import again."
            ).format(n=len(o.rejected))
        if o.duplicates:
            text += " " + self.tr("{n} duplicates were skipped.").format(n=len(o.duplicates))
        self.summary.setText(text)
        rows = [[str(pr.line), translate_message(m)] for pr in o.rejected for m in pr.messages]
        rows += [
            [str(d.line), self.tr("duplicate: {name} — {reason}").format(name=d.name, reason=d.reason)]
            for d in o.duplicates
        ]
        rows.sort(key=lambda r: int(r[0]))  # stable: a line's messages stay in order
        _fill(self.rejected, rows)


class ImportWizard(QWizard):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.kind = "accounts"
        self.preview: import_service.ImportPreview | None = None
        self.outcome: import_service.ImportOutcome | None = None
        self.setWindowTitle(self.tr("Import accounts or contacts"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(780, 560)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.result_page):
            self.addPage(page)

    def load_preview(self, mapping: dict[str, str | None] | None) -> bool:
        """Read and check the file (no writing); False (with a message) on failure."""
        assert self.path is not None
        path, kind = self.path, self.kind

        def work(_progress: JobProgress) -> import_service.ImportPreview:
            return import_service.preview(self.ctx.db, path, kind, mapping)

        try:
            result = run_job(self, self.tr("Reading the file"), work, errors="raise")
        except UserError as exc:
            messages.show_error(self, self.windowTitle(), str(exc))
            return False
        except Exception as exc:  # a damaged file is reported, not a crash
            messages.show_exception(self, self.windowTitle(), exc)
            return False
        if result is None:
            return False
        self.preview = result
        return True

    def run(self, *, skip_rejected: bool) -> bool:
        assert self.path is not None and self.preview is not None
        path, kind, mapping = self.path, self.kind, self.mapping_page.mapping() or self.preview.mapping

        def work(progress: JobProgress) -> import_service.ImportOutcome:
            return import_service.run_import(
                self.ctx.db, path, kind, mapping, skip_rejected=skip_rejected, progress=progress.report
            )

        outcome = run_job(self, self.tr("Importing"), work)
        if outcome is None:
            return False
        self.outcome = outcome
        if outcome.written:
            self.ctx.hub.publish(outcome.changes)
        return True

    # for tests and scripting: the whole flow without clicking
    def choose(self, path: Path | str, kind: str = "accounts") -> None:
        self.file_page.path.setText(str(path))
        (self.file_page.contacts if kind == "contacts" else self.file_page.accounts).setChecked(True)

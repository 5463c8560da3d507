"""Conflicts to review, side by side: for each record both sides changed, the
value that stands (the server's, for a sync) next to the one saved from the other
side (this laptop's), field by field; the rep keeps one or the other, or types
the right value over the one that stands (checked like a form)."""

from __future__ import annotations

from typing import Any, Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk import clock
from kamdesk.services.changes import Changes, Result
from kamdesk.services.exchange.conflicts import (
    ConflictView,
    edit_conflict,
    field_label,
    list_conflicts,
    resolve_conflict,
)
from kamdesk.ui.context import AppContext
from kamdesk.ui.operations import run_op


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    return str(value)


class ConflictsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ConflictsDialog")
        self.setWindowTitle(self.tr("Conflicts to review"))
        self.resize(860, 420)
        self.list = QListWidget()
        self.list.setObjectName("conflictList")
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("conflictFields")
        # the value that stands is typed over in place; only those cells are editable
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.keep_current = QPushButton(self.tr("Keep the value that stands"))
        self.keep_current.setObjectName("keepCurrent")
        self.take_saved = QPushButton(self.tr("Use the saved value instead"))
        self.take_saved.setObjectName("takeSaved")
        self.use_edits = QPushButton(self.tr("Save my edited values"))
        self.use_edits.setObjectName("useEdits")
        self.use_edits.setToolTip(self.tr("Double-click a value that stands to type the right one"))
        self.use_edits.setEnabled(False)
        self.empty = QLabel(self.tr("No conflicts to review."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.detail)
        column.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_current)
        buttons.addWidget(self.take_saved)
        buttons.addWidget(self.use_edits)
        column.addLayout(buttons)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        split.setSizes([300, 560])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.empty)
        layout.addWidget(close)

        self.list.currentRowChanged.connect(self._show)
        self.keep_current.clicked.connect(lambda: self._resolve("mine"))
        self.take_saved.clicked.connect(lambda: self._resolve("theirs"))
        self.use_edits.clicked.connect(lambda: self._resolve("edited"))
        self.table.itemChanged.connect(lambda _item: self.use_edits.setEnabled(bool(self.edits())))
        self._rows: list[ConflictView] = []
        self._shown_values: list[str] = []
        self.reload()

    def reload(self) -> None:
        self._rows = list_conflicts(self.ctx.db)
        self.list.clear()
        for c in self._rows:
            when = clock.to_local(c.found_at).strftime("%m-%d %H:%M")
            item = QListWidgetItem(f"#{c.id} {c.label or c.record_uuid[:8]} · {c.table} · {when}")
            self.list.addItem(item)
        self.empty.setVisible(not self._rows)
        for w in (self.keep_current, self.take_saved):
            w.setEnabled(bool(self._rows))
        if self._rows:
            self.list.setCurrentRow(0)
        else:
            self.table.setRowCount(0)
            self.detail.setText("")

    def _labels(self, c: ConflictView) -> tuple[str, str]:
        if c.source == "team server":
            return self.tr("Server (stands)"), self.tr("This laptop (saved)")
        return self.tr("Here (stands)"), self.tr("Other side (saved)")

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        c = self._rows[row]
        current, saved = self._labels(c)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), current, saved])
        self.table.blockSignals(True)
        self.table.setRowCount(len(c.differences))
        self._shown_values = []
        for i, (name, ours, theirs) in enumerate(c.differences):
            label = field_label(c.table, name, self.ctx.lang)
            for j, text in enumerate((label, _shown(ours), _shown(theirs))):
                item = QTableWidgetItem(text)
                if j == 0:
                    item.setData(Qt.ItemDataRole.UserRole, name)
                    item.setToolTip(name)
                # a reference (another record) is kept or taken, never typed
                if j != 1 or name.endswith("_uuid"):
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(i, j, item)
            self._shown_values.append(_shown(ours))
        self.table.blockSignals(False)
        self.use_edits.setEnabled(False)
        self.detail.setText(
            self.tr("{table} {label}: changed on both sides ({source}).").format(
                table=c.table, label=c.label or c.record_uuid, source=c.source or "-"
            )
        )

    def edits(self) -> dict[str, str]:
        """Field → the text typed over the value that stands, where it was changed."""
        out = {}
        for i, shown in enumerate(self._shown_values):
            name, typed = self.table.item(i, 0), self.table.item(i, 1)
            if name is not None and typed is not None and typed.text() != shown:
                out[str(name.data(Qt.ItemDataRole.UserRole))] = typed.text()
        return out

    def _resolve(self, how: Literal["mine", "theirs", "edited"]) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._rows):
            return
        conflict = self._rows[row].id
        if how == "edited":
            edits = self.edits()
            call = lambda: Result(edit_conflict(self.ctx.db, conflict, edits), Changes.of("all"))  # noqa: E731
        else:
            call = lambda: Result(resolve_conflict(self.ctx.db, conflict, how), Changes.of("all"))  # noqa: E731
        # refused (a value the field rules reject): the message, the conflict and the typing stay
        if run_op(self, self.ctx, call, title=self.tr("Conflicts to review"), initiator=self) is not None:
            self.reload()

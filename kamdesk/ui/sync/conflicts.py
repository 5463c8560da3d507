"""Conflicts to review, side by side: for each record both sides changed, the
value that stands (the server's, for a sync) next to the one saved from the other
side (this laptop's), field by field; the rep keeps one or the other."""

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
from kamdesk.services.changes import Changes
from kamdesk.services.exchange.conflicts import ConflictView, list_conflicts, resolve_conflict
from kamdesk.ui.context import AppContext
from kamdesk.ui.widgets import messages


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
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.keep_current = QPushButton(self.tr("Keep the value that stands"))
        self.keep_current.setObjectName("keepCurrent")
        self.take_saved = QPushButton(self.tr("Use the saved value instead"))
        self.take_saved.setObjectName("takeSaved")
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
        self._rows: list[ConflictView] = []
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
        self.table.setRowCount(len(c.differences))
        for i, (name, ours, theirs) in enumerate(c.differences):
            for j, text in enumerate((name, _shown(ours), _shown(theirs))):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.detail.setText(
            self.tr("{table} {label}: changed on both sides ({source}).").format(
                table=c.table, label=c.label or c.record_uuid, source=c.source or "-"
            )
        )

    def _resolve(self, keep: Literal["mine", "theirs"]) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._rows):
            return
        try:
            resolve_conflict(self.ctx.db, self._rows[row].id, keep)
        except Exception as exc:  # a UserError as its line, anything else as a bug: nothing changed
            messages.show_exception(self, self.tr("Conflicts to review"), exc)
            return
        self.ctx.hub.publish(Changes.of("all"))
        self.reload()

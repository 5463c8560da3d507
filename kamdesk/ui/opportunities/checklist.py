"""The opportunity editor's Exit criteria tab: each stage's checklist, ticked
and edited at once (not by "Save")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.stages import Stage
from kamdesk.services import opportunities as ops
from kamdesk.ui.context import AppContext


class ChecklistTab(QWidget):
    """The editor's Exit criteria tab."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.uuid: str | None = None
        self.current = Stage.G
        v = QVBoxLayout(self)
        v.addWidget(
            QLabel(
                self.tr(
                    "Exit criteria per stage: tick what is done. Moving past a stage with unticked criteria asks first and records them.",
                )
            )
        )
        self.checklist = QTreeWidget()
        self.checklist.setHeaderLabels(
            [
                self.tr("Criterion"),
                self.tr("Done on"),
            ]
        )
        self.checklist.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.checklist.itemChanged.connect(self._tick)
        v.addWidget(self.checklist, 1)
        h = QHBoxLayout()
        for text, slot in (
            (self.tr("Add criterion…"), self._add_criterion),
            (self.tr("Edit…"), self._edit_criterion),
            (self.tr("Remove"), self._remove_criterion),
        ):
            b = QPushButton(text)
            b.clicked.connect(slot)
            h.addWidget(b)
        h.addStretch(1)
        v.addLayout(h)

    def load(self, uuid: str, current: Stage) -> None:
        """Show the criteria of opportunity ``uuid``, now at stage ``current``."""
        self.uuid = uuid
        self.current = current
        self._load()

    def _load(self) -> None:
        assert self.uuid
        self.checklist.blockSignals(True)
        self.checklist.clear()
        current = self.current
        groups: dict[Stage, QTreeWidgetItem] = {}
        for stage in Stage:
            group = QTreeWidgetItem([f"{stage.code} {stage.label(self.ctx.lang)} ({stage.win_pct}%)"])
            font = group.font(0)
            font.setBold(stage is current)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.checklist.addTopLevelItem(group)
            groups[stage] = group
        for item in ops.checklist(self.ctx.db, self.uuid):
            child = QTreeWidgetItem([item.text, item.done_on.isoformat() if item.done_on else ""])
            child.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
            )
            child.setCheckState(0, Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked)
            child.setData(0, Qt.ItemDataRole.UserRole, item.uuid)
            groups[item.stage].addChild(child)
        for stage, group in groups.items():
            done = 0
            for i in range(group.childCount()):
                child_item = group.child(i)
                if child_item is not None and child_item.checkState(0) == Qt.CheckState.Checked:
                    done += 1
            group.setText(1, f"{done}/{group.childCount()}")
            group.setExpanded(stage.order <= current.order + 1)
        self.checklist.blockSignals(False)

    def _tick(self, item: QTreeWidgetItem, column: int) -> None:
        uuid = item.data(0, Qt.ItemDataRole.UserRole)
        if not uuid or column != 0:
            return
        result = ops.tick_checklist_item(self.ctx.db, str(uuid), item.checkState(0) == Qt.CheckState.Checked)
        self.ctx.hub.publish(result.changes)
        self._load()

    def _selected_stage_and_item(self) -> tuple[Stage | None, str | None]:
        item = self.checklist.currentItem()
        if item is None:
            return None, None
        uuid = item.data(0, Qt.ItemDataRole.UserRole)
        group = item.parent() or item
        stage = list(Stage)[self.checklist.indexOfTopLevelItem(group)]
        return stage, str(uuid) if uuid else None

    def _add_criterion(self) -> None:
        if not self.uuid:
            return
        stage, _ = self._selected_stage_and_item()
        stage = stage or self.current
        text, ok = QInputDialog.getText(
            self,
            self.tr("Add criterion"),
            self.tr("New exit criterion for stage %1:").replace("%1", stage.code),
        )
        if ok and text.strip():
            self.ctx.hub.publish(ops.add_checklist_item(self.ctx.db, self.uuid, stage, text).changes)
            self._load()

    def _edit_criterion(self) -> None:
        _stage, uuid = self._selected_stage_and_item()
        item = self.checklist.currentItem()
        if not uuid or item is None:
            return
        text, ok = QInputDialog.getText(
            self,
            self.tr("Edit criterion"),
            self.tr("Criterion:"),
            text=item.text(0),
        )
        if ok and text.strip():
            self.ctx.hub.publish(ops.edit_checklist_item(self.ctx.db, uuid, text).changes)
            self._load()

    def _remove_criterion(self) -> None:
        _stage, uuid = self._selected_stage_and_item()
        if not uuid:
            return
        self.ctx.hub.publish(ops.remove_checklist_item(self.ctx.db, uuid).changes)
        self._load()

"""The opportunity editor's Overview and Exit criteria tabs, and the account
field that finds accounts as the user types.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.stages import Stage
from kamdesk.services import opportunities as ops
from kamdesk.services.opportunities import pipeline as pl
from kamdesk.ui.context import AppContext
from kamdesk.ui.opportunities._base import EditorBase
from kamdesk.ui.widgets.dates import OptionalDateEdit


class AccountField(QComboBox):
    """An editable combo that finds accounts as the user types."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._search)
        edit = self.lineEdit()
        if edit is not None:
            edit.textEdited.connect(lambda _t: self._timer.start())
        self._fill("")

    def _fill(self, text: str) -> None:
        current = self.currentText()
        self.blockSignals(True)
        self.clear()
        for uuid, name in pl.accounts_for_choice(self.ctx.db, text, limit=50):
            self.addItem(name, uuid)
        self.setEditText(current if text else "")
        self.blockSignals(False)

    def _search(self) -> None:
        text = self.currentText()
        self._fill(text)
        self.setEditText(text)
        if self.count():
            self.showPopup()

    def set_account(self, uuid: str, name: str) -> None:
        if self.findData(uuid) < 0:
            self.addItem(name, uuid)
        self.setCurrentIndex(self.findData(uuid))

    def account_uuid(self) -> str | None:
        text = self.currentText().strip()
        i = self.findText(text, Qt.MatchFlag.MatchExactly)
        return str(self.itemData(i)) if i >= 0 else None


class OverviewTabs(EditorBase):
    """The editor's Overview and Exit criteria tabs."""

    def _build_overview(self) -> None:
        self.errors: dict[str, QLabel] = {}
        page = QWidget()
        grid = QHBoxLayout(page)
        left = QFormLayout()
        right = QFormLayout()
        # the texts' titles above them: in English the titles are long and,
        # beside the fields, left the fields ~70 px at any window size
        right.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        right.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for form, stretch in ((left, 3), (right, 2)):
            column = QVBoxLayout()
            column.addLayout(form)
            column.addStretch(1)
            grid.addLayout(column, stretch)
        self.name = QLineEdit()
        self.number = QLineEdit()
        self.account = AccountField(self.ctx)
        self.owner = QComboBox()
        self.owner.addItem("—", None)
        for uuid, name, _me in pl.reps(self.ctx.db):
            self.owner.addItem(name, uuid)
        stage_box = QWidget()
        sh = QHBoxLayout(stage_box)
        sh.setContentsMargins(0, 0, 0, 0)
        self.stage_label = QLabel()
        self.stage_label.setWordWrap(True)
        self.move_combo = QComboBox()
        # the stage names are long in English: the combo shrinks, its popup shows them whole
        self.move_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.move_combo.setMinimumContentsLength(12)
        for stage in Stage:
            self.move_combo.addItem(
                f"{stage.code} {stage.label(self.ctx.lang)} ({stage.win_pct}%)", stage.code
            )
        self.move_button = QPushButton(QCoreApplication.translate("OpportunityEditor", "Move"))
        self.move_button.clicked.connect(self._move)
        sh.addWidget(self.stage_label, 1)
        sh.addWidget(self.move_combo)
        sh.addWidget(self.move_button)
        status_box = QWidget()
        st = QHBoxLayout(status_box)
        st.setContentsMargins(0, 0, 0, 0)
        self.status_label = QLabel()
        self.won_button = QPushButton(QCoreApplication.translate("OpportunityEditor", "Won…"))
        self.lost_button = QPushButton(QCoreApplication.translate("OpportunityEditor", "Lost…"))
        self.reopen_button = QPushButton(QCoreApplication.translate("OpportunityEditor", "Reopen"))
        self.won_button.clicked.connect(self._won)
        self.lost_button.clicked.connect(self._lost)
        self.reopen_button.clicked.connect(self._reopen)
        st.addWidget(self.status_label, 1)
        for b in (self.won_button, self.lost_button, self.reopen_button):
            st.addWidget(b)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(QCoreApplication.translate("OpportunityEditor", "e.g. 60000"))
        self.win_override = QLineEdit()
        self.win_override.setPlaceholderText(
            QCoreApplication.translate("OpportunityEditor", "blank: the stage's win %")
        )
        self.started_on = OptionalDateEdit()
        self.expected_close = OptionalDateEdit()
        self.weighted_label = QLabel()
        self._row(left, QCoreApplication.translate("OpportunityEditor", "Name"), self.name, "name")
        self._row(left, QCoreApplication.translate("OpportunityEditor", "Opportunity no."), self.number, "number")
        self._row(left, QCoreApplication.translate("OpportunityEditor", "Account"), self.account, "account")
        self._row(left, QCoreApplication.translate("OpportunityEditor", "Owner"), self.owner, "owner")
        self._row(left, QCoreApplication.translate("OpportunityEditor", "Stage"), stage_box, "stage")
        self._row(left, QCoreApplication.translate("OpportunityEditor", "Status"), status_box, "status")
        self._row(left, QCoreApplication.translate("OpportunityEditor", "Amount (¥)"), self.amount, "amount")
        self._row(
            left,
            QCoreApplication.translate("OpportunityEditor", "Win % override"),
            self.win_override,
            "win_pct_override",
        )
        left.addRow(QCoreApplication.translate("OpportunityEditor", "Weighted"), self.weighted_label)
        self._row(
            left, QCoreApplication.translate("OpportunityEditor", "Started on"), self.started_on, "started_on"
        )
        self._row(
            left,
            QCoreApplication.translate("OpportunityEditor", "Expected close"),
            self.expected_close,
            "expected_close",
        )
        self.objective = QPlainTextEdit()
        self.breakthroughs = QPlainTextEdit()
        self.next_steps = QPlainTextEdit()
        self.assessment = QPlainTextEdit()
        self.notes = QPlainTextEdit()
        for key, title, edit in (
            (
                "objective",
                QCoreApplication.translate("OpportunityEditor", "Opportunity objective"),
                self.objective,
            ),
            (
                "breakthroughs",
                QCoreApplication.translate("OpportunityEditor", "Breakthroughs so far"),
                self.breakthroughs,
            ),
            ("next_steps", QCoreApplication.translate("OpportunityEditor", "Next steps"), self.next_steps),
            (
                "manager_assessment",
                QCoreApplication.translate("OpportunityEditor", "Manager's assessment"),
                self.assessment,
            ),
            ("notes", QCoreApplication.translate("OpportunityEditor", "Notes"), self.notes),
        ):
            edit.setFixedHeight(64)
            edit.setMinimumWidth(220)
            self._row(right, title, edit, key)
        self.tabs.addTab(page, QCoreApplication.translate("OpportunityEditor", "Overview"))

    def _build_checklist(self) -> None:
        page = QWidget()
        v = QVBoxLayout(page)
        v.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "OpportunityEditor",
                    "Exit criteria per stage: tick what is done. Moving past a stage with unticked criteria asks first and records them.",
                )
            )
        )
        self.checklist = QTreeWidget()
        self.checklist.setHeaderLabels(
            [
                QCoreApplication.translate("OpportunityEditor", "Criterion"),
                QCoreApplication.translate("OpportunityEditor", "Done on"),
            ]
        )
        self.checklist.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.checklist.itemChanged.connect(self._tick)
        v.addWidget(self.checklist, 1)
        h = QHBoxLayout()
        for text, slot in (
            (QCoreApplication.translate("OpportunityEditor", "Add criterion…"), self._add_criterion),
            (QCoreApplication.translate("OpportunityEditor", "Edit…"), self._edit_criterion),
            (QCoreApplication.translate("OpportunityEditor", "Remove"), self._remove_criterion),
        ):
            b = QPushButton(text)
            b.clicked.connect(slot)
            h.addWidget(b)
        h.addStretch(1)
        v.addLayout(h)
        self.tabs.addTab(page, QCoreApplication.translate("OpportunityEditor", "Exit criteria"))

    def _load_checklist(self) -> None:
        assert self.uuid
        self.checklist.blockSignals(True)
        self.checklist.clear()
        current = self.detail.stage if self.detail else Stage.G
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
        self._load_checklist()

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
        stage = stage or (self.detail.stage if self.detail else Stage.G)
        text, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("OpportunityEditor", "Add criterion"),
            QCoreApplication.translate("OpportunityEditor", "New exit criterion for stage %1:").replace(
                "%1", stage.code
            ),
        )
        if ok and text.strip():
            self.ctx.hub.publish(ops.add_checklist_item(self.ctx.db, self.uuid, stage, text).changes)
            self._load_checklist()

    def _edit_criterion(self) -> None:
        _stage, uuid = self._selected_stage_and_item()
        item = self.checklist.currentItem()
        if not uuid or item is None:
            return
        text, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("OpportunityEditor", "Edit criterion"),
            QCoreApplication.translate("OpportunityEditor", "Criterion:"),
            text=item.text(0),
        )
        if ok and text.strip():
            self.ctx.hub.publish(ops.edit_checklist_item(self.ctx.db, uuid, text).changes)
            self._load_checklist()

    def _remove_criterion(self) -> None:
        _stage, uuid = self._selected_stage_and_item()
        if not uuid:
            return
        self.ctx.hub.publish(ops.remove_checklist_item(self.ctx.db, uuid).changes)
        self._load_checklist()

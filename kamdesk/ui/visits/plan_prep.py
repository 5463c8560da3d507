"""The visit plan's preparation tab: the resources to take (ticked when
ready), SPIN questions, FAB points and the objections expected, with answers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.visit_plan import FabPoint, Objection, ResourceCheck, SpinCategory
from kamdesk.services import visits as svc
from kamdesk.ui.visits.fields import cell_text


class RowsTable(QWidget):
    """A table of free-text rows with Add and Remove buttons below it."""

    def __init__(self, headers: list[str], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        table = QTableWidget(0, len(headers))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table = table
        add = QPushButton(self.tr("Add"))
        remove = QPushButton(self.tr("Remove"))
        add.clicked.connect(lambda: self.add_row())
        remove.clicked.connect(
            lambda: table.removeRow(table.currentRow()) if table.currentRow() >= 0 else None
        )
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(table)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        lay.addLayout(row)

    def add_row(self, values: list[str] | None = None) -> None:
        table = self.table
        r = table.rowCount()
        table.insertRow(r)
        for c in range(table.columnCount()):
            table.setItem(r, c, QTableWidgetItem((values or [])[c] if values and c < len(values) else ""))

    def rows(self) -> list[list[str]]:
        table = self.table
        return [[cell_text(table, r, c) for c in range(table.columnCount())] for r in range(table.rowCount())]


class PrepTab(QWidget):
    """What to bring and what to ask, say and answer."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        lay = QVBoxLayout(self)
        res_row = QHBoxLayout()
        res_row.addLayout(self._build_resources(), 1)
        res_row.addLayout(self._build_spin(), 2)
        lay.addLayout(res_row, 2)
        lay.addWidget(QLabel(self.tr("FAB points: feature → advantage → benefit to this customer")))
        self.fab = RowsTable([self.tr("Feature"), self.tr("Advantage"), self.tr("Benefit")], "fabTable")
        lay.addWidget(self.fab, 1)
        lay.addWidget(QLabel(self.tr("Expected objections and answers")))
        self.objections = RowsTable([self.tr("Objection"), self.tr("Answer")], "objectionsTable")
        lay.addWidget(self.objections, 1)

    def _build_resources(self) -> QVBoxLayout:
        res_box = QVBoxLayout()
        res_box.addWidget(QLabel(self.tr("Resources (tick what is ready)")))
        self.resources = QListWidget()
        self.resources.setObjectName("resourcesList")
        res_box.addWidget(self.resources)
        add_row = QHBoxLayout()
        self.resource_new = QLineEdit()
        self.resource_new.setPlaceholderText(self.tr("Another item"))
        add_res = QPushButton(self.tr("Add"))
        add_res.clicked.connect(self._add_resource)
        self.resource_new.returnPressed.connect(self._add_resource)
        add_row.addWidget(self.resource_new)
        add_row.addWidget(add_res)
        res_box.addLayout(add_row)
        return res_box

    def _build_spin(self) -> QVBoxLayout:
        spin_box = QFormLayout()
        self.spin_edits: dict[SpinCategory, QPlainTextEdit] = {}
        for cat in SpinCategory:
            edit = QPlainTextEdit()
            edit.setFixedHeight(44)
            edit.setPlaceholderText(self.tr("One question per line"))
            self.spin_edits[cat] = edit
            spin_box.addRow(cat.label(self.lang), edit)
        spin_widget = QWidget()
        spin_widget.setLayout(spin_box)
        spin_col = QVBoxLayout()
        spin_col.addWidget(QLabel(self.tr("SPIN questions")))
        spin_col.addWidget(spin_widget)
        return spin_col

    # --- resources --------------------------------------------------------------
    def set_resources(self, items: list[ResourceCheck] | tuple[ResourceCheck, ...]) -> None:
        self.resources.clear()
        for r in items:
            self._resource_item(r.item, r.ready)

    def _resource_item(self, text: str, ready: bool) -> None:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
        item.setCheckState(Qt.CheckState.Checked if ready else Qt.CheckState.Unchecked)
        self.resources.addItem(item)

    def _add_resource(self) -> None:
        text = self.resource_new.text().strip()
        if text:
            self._resource_item(text, False)
            self.resource_new.clear()

    # --- load and collect ----------------------------------------------------------
    def load(self, d: svc.VisitDetail) -> None:
        self.set_resources(d.resources)
        for cat, items in d.spin_questions.items():
            self.spin_edits[cat].setPlainText("\n".join(items))
        for f in d.fab_points:
            self.fab.add_row([f.feature, f.advantage, f.benefit])
        for o in d.objections:
            self.objections.add_row([o.objection, o.answer])

    def resource_checks(self) -> list[ResourceCheck]:
        return [
            ResourceCheck(
                self.resources.item(i).text(), self.resources.item(i).checkState() == Qt.CheckState.Checked
            )
            for i in range(self.resources.count())
        ]

    def fab_points(self) -> list[FabPoint]:
        return [FabPoint(*row) for row in self.fab.rows()]

    def spin_questions(self) -> dict[SpinCategory, list[str]]:
        return {c: e.toPlainText().splitlines() for c, e in self.spin_edits.items()}

    def objection_list(self) -> list[Objection]:
        return [Objection(*row) for row in self.objections.rows()]

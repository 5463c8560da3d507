"""The visit's objective kinds (拜访目标, seed 002) as a row of check boxes:
a visit may sell and build the relationship at once. Each box carries the
seed's sentence for its kind as the tooltip."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QSizePolicy, QWidget

from kamdesk.domain.visits import ObjectiveKind


class ObjectiveKindsBox(QWidget):
    changed = Signal()

    #: boxes per row: the five seed kinds fit a 1366-wide editor in two rows
    PER_ROW = 3

    def __init__(self, lang: str = "zh", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("objective_kinds")
        # as tall as its boxes: a form row, not a stretching area
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        self.boxes: dict[ObjectiveKind, QCheckBox] = {}
        for i, kind in enumerate(ObjectiveKind):
            box = QCheckBox(kind.label(lang))
            box.setObjectName(f"objective_{kind.code}")
            box.setToolTip(kind.tooltip(lang))
            box.toggled.connect(lambda _on: self.changed.emit())
            grid.addWidget(box, i // self.PER_ROW, i % self.PER_ROW)
            self.boxes[kind] = box
        grid.setColumnStretch(self.PER_ROW, 1)

    def kinds(self) -> tuple[ObjectiveKind, ...]:
        """The ticked kinds, in the seed's order."""
        return tuple(k for k, box in self.boxes.items() if box.isChecked())

    def set_kinds(self, kinds: Iterable[ObjectiveKind]) -> None:
        chosen = set(kinds)
        for kind, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(kind in chosen)
            box.blockSignals(False)
        self.changed.emit()

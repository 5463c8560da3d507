"""Small layout helpers shared by the account and contact forms."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kamdesk.ui.accounts.form.fields import FieldBinder, FieldSpec


def form_group(title: str, specs: list[FieldSpec], binder: FieldBinder) -> QGroupBox:
    """A titled group with one labelled row per field (editor + its error line)."""
    box = QGroupBox(title)
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    for spec in specs:
        label = QLabel(spec.label)
        label.setBuddy(binder.editor(spec.name))
        label.setObjectName(f"label_{spec.name}")
        form.addRow(label, binder.cell(spec.name))
    return box


def scroll_page(*widgets: QWidget, stretch: bool = True) -> QScrollArea:
    """Widgets stacked in a vertically scrolling page (forms grow past 800 px)."""
    inner = QWidget()
    lay = QVBoxLayout(inner)
    lay.setContentsMargins(8, 8, 8, 8)
    for widget in widgets:
        lay.addWidget(widget)
    if stretch:
        lay.addStretch(1)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(inner)
    return area


def note_label(text: str = "") -> QLabel:
    """A wrapped, muted explanatory line (advice from the seeds, statuses)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("color: #44546a;")
    return label

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

from kamdesk.ui.accounts.form.field_editors import FieldSpec
from kamdesk.ui.accounts.form.fields import FieldBinder


def label_width(widget: QWidget, groups: list[tuple[str, list[FieldSpec]]]) -> int:
    """The width that fits every label of ``groups`` (so the groups line up)."""
    metrics = widget.fontMetrics()
    return max((metrics.horizontalAdvance(s.label) for _t, specs in groups for s in specs), default=60) + 12


def form_group(title: str, specs: list[FieldSpec], binder: FieldBinder, *, width: int = 0) -> QGroupBox:
    """A titled group with one labelled row per field (editor + its error line);
    ``width`` fixes the label column so several groups line up."""
    box = QGroupBox(title)
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    for spec in specs:
        label = QLabel(spec.label)
        label.setBuddy(binder.editor(spec.name))
        label.setObjectName(f"label_{spec.name}")
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if width:
            label.setMinimumWidth(width)
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

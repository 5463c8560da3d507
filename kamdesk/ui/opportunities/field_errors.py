"""The messages shown under the opportunity editor's fields, shared by its tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

ERROR_STYLE = "color: #c0392b;"

# the service's field names that are shown under another field's label
_SHOWN_AT = {"score": "weights", "criterion": "weights", "scores": "weights"}


class FieldErrors:
    """One hidden message label per field key; each tab adds the rows it builds,
    the dialog shows a refused save's messages at them."""

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}

    def label(self, key: str) -> QLabel:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setVisible(False)
        self.labels[key] = label
        return label

    def row(self, form: QFormLayout, title: str, widget: QWidget, key: str) -> None:
        """Add ``widget`` to ``form`` with its message label under it."""
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(1)
        v.addWidget(widget)
        v.addWidget(self.label(key))
        form.addRow(title, box)

    def clear(self) -> None:
        for label in self.labels.values():
            label.clear()
            label.setVisible(False)

    def show(self, errors: dict[str, str]) -> bool:
        """Show each message at its field; False when none had a field."""
        shown = False
        for field, message in errors.items():
            key = field.split(".")[0]
            label = self.labels.get(_SHOWN_AT.get(key, key))
            if label is None:
                continue
            label.setText(message)
            label.setVisible(True)
            shown = True
        return shown

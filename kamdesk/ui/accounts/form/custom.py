"""The custom-fields tab of the account form: one editor per field the user
defined (text, number, date, choice), and the button to manage the fields."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kamdesk.domain.periods import CustomFieldKind
from kamdesk.services.accounts import custom_fields as custom_service
from kamdesk.ui.accounts.form.field_editors import CHOICE, DATE, DECIMAL, LINE, FieldSpec
from kamdesk.ui.accounts.form.fields import FieldBinder
from kamdesk.ui.accounts.form.layout import form_group, note_label, scroll_page
from kamdesk.ui.context import AppContext

_KIND = {
    CustomFieldKind.TEXT: LINE,
    CustomFieldKind.NUMBER: DECIMAL,
    CustomFieldKind.DATE: DATE,
    CustomFieldKind.CHOICE: CHOICE,
}


class CustomFieldsTab(QWidget):
    """Editors for the account custom fields; values keyed by field uuid."""

    edited = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, entity: str = "account") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entity = entity
        self._fields: list[custom_service.CustomFieldRow] = []
        self._detail: Any = None
        self.binder: FieldBinder | None = None
        self.undo = QUndoStack(self)
        self.manage = QPushButton(self.tr("Manage fields…"))
        self.manage.clicked.connect(self._manage)
        self._body = QVBoxLayout()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(self._body, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.manage)
        lay.addLayout(row)
        self.rebuild()

    def rebuild(self) -> None:
        """Re-read the field definitions (after they were edited)."""
        while self._body.count():
            item = self._body.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._fields = custom_service.list_fields(self.ctx.db, self.entity)
        if not self._fields:
            self.binder = None
            self._body.addWidget(
                scroll_page(
                    note_label(self.tr("No custom fields yet. Use “Manage fields…” to define your own."))
                )
            )
            return
        specs = [
            FieldSpec(
                f.uuid,
                f.name + (" *" if f.required else ""),
                _KIND[f.kind],
                choices=tuple((c, c) for c in f.choices),
            )
            for f in self._fields
        ]
        self.binder = FieldBinder(specs, lang=self.ctx.lang, parent=self, undo=self.undo, tr=self.tr)
        self.binder.dirty_changed.connect(lambda _d: self.edited.emit())
        box: QGroupBox = form_group(self.tr("Custom fields"), specs, self.binder)
        self._body.addWidget(scroll_page(box))
        self.load(self._detail)

    def load(self, detail: Any) -> None:
        self._detail = detail
        if self.binder is None:
            return
        custom = {c.field_uuid: c.value for c in detail.custom_values} if detail is not None else {}
        values: dict[str, Any] = {}
        for f in self._fields:
            raw = custom.get(f.uuid, custom.get(f.column_key, custom.get(f.name)))
            if raw is not None and f.kind is CustomFieldKind.DATE:
                import datetime as dt

                try:
                    raw = dt.date.fromisoformat(str(raw))
                except ValueError:
                    raw = None
            values[f.uuid] = raw
        self.binder.load(values)

    def values(self) -> tuple[dict[str, Any], dict[str, str]]:
        if self.binder is None:
            return {}, {}
        values, errors = self.binder.values()
        out = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in values.items()}
        return out, errors

    def is_dirty(self) -> bool:
        return self.binder is not None and self.binder.is_dirty()

    def mark_saved(self) -> None:
        if self.binder is not None:
            self.binder.mark_saved()

    def show_errors(self, errors: dict[str, str]) -> list[str]:
        if self.binder is None:
            return list(errors)
        rest = []
        for key, message in errors.items():
            name = key.removeprefix("custom:")
            by_name = {f.name: f.uuid for f in self._fields}
            name = by_name.get(name, name)
            if name in self.binder.names():
                self.binder.show_error(name, message)
            else:
                rest.append(key)
        return rest

    def _manage(self) -> None:
        from kamdesk.ui.accounts.custom_fields_dialog import CustomFieldsDialog

        dialog = CustomFieldsDialog(self.ctx, self.entity, self)
        dialog.exec()
        if dialog.changed:
            self.rebuild()

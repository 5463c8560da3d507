"""Define, edit and delete the custom fields of accounts or contacts."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.periods import CustomFieldKind
from kamdesk.errors import ValidationError
from kamdesk.services.accounts import custom_fields as custom_service
from kamdesk.ui.accounts.form.field_messages import translate_errors
from kamdesk.ui.accounts.form.fields import ERROR_STYLE
from kamdesk.ui.context import AppContext
from kamdesk.ui.operations import run_op
from kamdesk.ui.widgets import messages
from kamdesk.ui.widgets.coded import CodeCombo


class FieldEditor(QDialog):
    """One field's definition: name, kind, choices (one per line), required."""

    def __init__(
        self,
        ctx: AppContext,
        entity: str,
        row: custom_service.CustomFieldRow | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entity = entity
        self.row = row
        self.setWindowTitle(self.tr("Edit field") if row else self.tr("New field"))
        self.name = QLineEdit(row.name if row else "")
        self.kind: CodeCombo[CustomFieldKind] = CodeCombo(CustomFieldKind, lang=ctx.lang, show_code=False)
        self.kind.set_code(row.kind if row else CustomFieldKind.TEXT)
        self.choices = QPlainTextEdit("\n".join(row.choices) if row else "")
        self.choices.setPlaceholderText(self.tr("One choice per line"))
        self.choices.setMaximumHeight(110)
        self.required = QCheckBox(self.tr("Required"))
        self.required.setChecked(bool(row and row.required))
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Choices"), self.choices)
        form.addRow("", self.required)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        self.choices.setEnabled(self.kind.code() is CustomFieldKind.CHOICE)

    def save(self) -> None:
        kind = self.kind.code() or CustomFieldKind.TEXT
        choices = tuple(line.strip() for line in self.choices.toPlainText().splitlines() if line.strip())
        data = custom_service.CustomFieldInput(
            name=self.name.text(),
            kind=kind,
            entity=self.entity,
            choices=choices if kind is CustomFieldKind.CHOICE else (),
            required=self.required.isChecked(),
            uuid=self.row.uuid if self.row else None,
        )

        def invalid(exc: ValidationError) -> None:
            self.error.setText("\n".join(translate_errors(exc.errors).values()))
            self.error.show()

        saving = lambda: custom_service.save_field(self.ctx.db, data)  # noqa: E731
        if run_op(self, self.ctx, saving, title=self.windowTitle(), invalid=invalid) is not None:
            self.accept()


class CustomFieldsDialog(QDialog):
    def __init__(self, ctx: AppContext, entity: str = "account", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entity = entity
        self.changed = False
        self.setWindowTitle(self.tr("Custom fields"))
        self.resize(520, 360)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("Choices")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _i: self._edit())
        add = QPushButton(self.tr("Add…"))
        add.clicked.connect(self._add)
        edit = QPushButton(self.tr("Edit…"))
        edit.clicked.connect(self._edit)
        remove = QPushButton(self.tr("Delete"))
        remove.clicked.connect(self._delete)
        row = QHBoxLayout()
        for b in (add, edit, remove):
            row.addWidget(b)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addLayout(row)
        lay.addWidget(close)
        self._rows: list[custom_service.CustomFieldRow] = []
        self.refresh()

    def refresh(self) -> None:
        self._rows = custom_service.list_fields(self.ctx.db, self.entity)
        self.table.setRowCount(len(self._rows))
        for i, f in enumerate(self._rows):
            self.table.setItem(i, 0, QTableWidgetItem(f.name))
            self.table.setItem(i, 1, QTableWidgetItem(f.kind.label(self.ctx.lang)))
            self.table.setItem(i, 2, QTableWidgetItem("、".join(f.choices)))
        self.table.resizeColumnsToContents()

    def _current(self) -> custom_service.CustomFieldRow | None:
        row = self.table.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _add(self) -> None:
        if FieldEditor(self.ctx, self.entity, None, self).exec():
            self.changed = True
            self.refresh()

    def _edit(self) -> None:
        row = self._current()
        if row is not None and FieldEditor(self.ctx, self.entity, row, self).exec():
            self.changed = True
            self.refresh()

    def _delete(self) -> None:
        row = self._current()
        if row is None:
            return
        if not messages.ask_yes_no(
            self,
            self.tr("Delete field"),
            self.tr("Delete the field “{name}” and every value stored in it?").format(name=row.name),
            default_yes=False,
        ):
            return
        if (
            run_op(
                self,
                self.ctx,
                lambda: custom_service.delete_field(self.ctx.db, row.uuid),
                title=self.windowTitle(),
            )
            is None
        ):
            return
        self.changed = True
        self.refresh()

"""The kinds of field a form declares and the editor each kind gets.

A :class:`FieldSpec` names a field and its kind; ``make_editor`` builds the
editor for it, ``read_editor`` reads the plain Python value it holds and
``write_editor`` shows a value in it. :class:`~.fields.FieldBinder` ties
these to undo, dirty tracking and the error lines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from kamdesk.domain.codes import Coded
from kamdesk.ui.widgets.coded import CodeCombo
from kamdesk.ui.widgets.dates import OptionalDateEdit

#: editor kinds
LINE, TEXT, CODE, DATE, INT, DECIMAL, BOOL, CHOICE = (
    "line",
    "text",
    "code",
    "date",
    "int",
    "decimal",
    "bool",
    "choice",
)


@dataclass(frozen=True)
class FieldSpec:
    """One field of a form: ``name`` is the service's field name."""

    name: str
    label: str
    kind: str = LINE
    enum: type[Coded] | None = None
    choices: tuple[tuple[object, str], ...] = ()  # (value, label) for CHOICE
    placeholder: str = ""
    readonly: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


class ParseError(ValueError):
    """An editor holds text that is not a valid value (shown at the field)."""


def make_editor(spec: FieldSpec, lang: str, on_change: Callable[[str], None]) -> QWidget:
    """The editor for ``spec``; every user edit calls ``on_change(spec.name)``."""
    editor: QWidget
    if spec.kind == TEXT:
        text = QPlainTextEdit()
        text.setTabChangesFocus(True)
        text.setMaximumHeight(int(spec.extra.get("height", 64)))
        text.setPlaceholderText(spec.placeholder)
        text.textChanged.connect(lambda n=spec.name: on_change(n))
        editor = text
    elif spec.kind == CODE:
        assert spec.enum is not None
        combo: QComboBox = CodeCombo(
            spec.enum, lang=lang, blank=True, show_code=bool(spec.extra.get("show_code", False))
        )
        combo.currentIndexChanged.connect(lambda _i, n=spec.name: on_change(n))
        editor = combo
    elif spec.kind == CHOICE:
        combo = QComboBox()
        combo.addItem("—", None)
        for value, label in spec.choices:
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(lambda _i, n=spec.name: on_change(n))
        editor = combo
    elif spec.kind == DATE:
        date = OptionalDateEdit()
        date.date_value_changed.connect(lambda _v, n=spec.name: on_change(n))
        editor = date
    elif spec.kind == BOOL:
        box = QCheckBox(spec.extra.get("text", ""))
        box.toggled.connect(lambda _b, n=spec.name: on_change(n))
        editor = box
    else:
        line = QLineEdit()
        line.setPlaceholderText(spec.placeholder)
        if spec.kind in (INT, DECIMAL):
            line.setMaximumWidth(int(spec.extra.get("width", 180)))
        line.textEdited.connect(lambda _t, n=spec.name: on_change(n))
        editor = line
    editor.setObjectName(f"field_{spec.name}")
    if spec.readonly:
        editor.setEnabled(False)
    return editor


def read_editor(spec: FieldSpec, editor: QWidget) -> Any:
    """The editor's value; raises ParseError for unparsable number text."""
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText().strip() or None
    if isinstance(editor, CodeCombo):
        return editor.code()
    if isinstance(editor, QComboBox):
        return editor.currentData()
    if isinstance(editor, OptionalDateEdit):
        return editor.date_value()
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    assert isinstance(editor, QLineEdit)
    text = editor.text().strip()
    if not text:
        return None
    if spec.kind == INT:
        try:
            return int(text.replace(",", ""))
        except ValueError as exc:
            raise ParseError(QCoreApplication.translate("FieldBinder", "Enter a whole number.")) from exc
    if spec.kind == DECIMAL:
        try:
            value = Decimal(text.replace(",", ""))
        except InvalidOperation as exc:
            raise ParseError(
                QCoreApplication.translate("FieldBinder", "Enter a number, e.g. 1200.50.")
            ) from exc
        if not value.is_finite():
            raise ParseError(QCoreApplication.translate("FieldBinder", "Enter a number, e.g. 1200.50."))
        return value
    return text


def write_editor(editor: QWidget, value: Any) -> None:
    """Show ``value`` in the editor (a value it cannot show shows as blank)."""
    if isinstance(editor, QPlainTextEdit):
        editor.setPlainText("" if value is None else str(value))
    elif isinstance(editor, CodeCombo):
        code = value.code if isinstance(value, Coded) else value
        try:
            editor.set_code(code or None)
        except ValueError:
            editor.set_code(None)
    elif isinstance(editor, QComboBox):
        index = editor.findData(value)
        editor.setCurrentIndex(max(index, 0))
    elif isinstance(editor, OptionalDateEdit):
        editor.set_date_value(value if isinstance(value, dt.date) else None)
    elif isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(editor, QLineEdit):
        editor.setText(_to_text(value))


def _to_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral() else format(value, "f")
    return str(value)

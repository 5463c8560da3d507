"""Editors bound to named fields, with undo, dirty tracking and an error line
under each field.

A form declares its fields once (:class:`~.field_editors.FieldSpec`);
:class:`FieldBinder` makes the editor for each, reads and writes plain Python
values (``str``, ``int``, ``Decimal``, ``date``, ``bool``, a ``Coded`` member
or ``None``), puts every user edit on a ``QUndoStack`` (Ctrl+Z /
Ctrl+Shift+Z; consecutive typing in one field merges into one step), and
shows a message under a field (``show_errors({"email": "…"})`` — the keys of
``ValidationError.errors``). The editors per kind are in ``field_editors``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from kamdesk.ui.accounts.form.field_editors import (
    DECIMAL,
    INT,
    LINE,
    TEXT,
    FieldSpec,
    ParseError,
    make_editor,
    read_editor,
    write_editor,
)
from kamdesk.ui.widgets.coded import CodeCombo

ERROR_STYLE = "color: #b3261e;"
ERROR_FRAME = "border: 1px solid #b3261e;"


class _Edit(QUndoCommand):
    def __init__(self, binder: FieldBinder, name: str, old: Any, new: Any, text: str) -> None:
        super().__init__(text)
        self._binder = binder
        self.name = name
        self.old = old
        self.new = new
        self._first = True

    def id(self) -> int:
        return 4242

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _Edit) or other.name != self.name:
            return False
        if self._binder.spec(self.name).kind not in (LINE, TEXT, INT, DECIMAL):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        if self._first:  # the editor already shows the new value
            self._first = False
            return
        self._binder.set_value(self.name, self.new, quiet=True)

    def undo(self) -> None:
        self._binder.set_value(self.name, self.old, quiet=True)


class FieldBinder(QObject):
    """Build, read, write and undo a set of fields; see the module docstring."""

    #: emitted when the user changes a field (not when the form loads values)
    edited = Signal(str)
    dirty_changed = Signal(bool)

    def __init__(
        self,
        specs: Iterable[FieldSpec],
        *,
        lang: str,
        undo: QUndoStack | None = None,
        parent: QObject | None = None,
        tr: Callable[[str], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._specs = {s.name: s for s in specs}
        self._lang = lang
        self._tr = tr or (lambda s: s)
        self.undo = undo if undo is not None else QUndoStack(self)
        self._editors: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._cells: dict[str, QWidget] = {}
        self._current: dict[str, Any] = {}
        self._loaded: dict[str, Any] = {}
        self._quiet = False
        self._was_dirty = False
        for spec in self._specs.values():
            self._build(spec)

    # --- building ----------------------------------------------------------------
    def spec(self, name: str) -> FieldSpec:
        return self._specs[name]

    def names(self) -> list[str]:
        return list(self._specs)

    def editor(self, name: str) -> QWidget:
        return self._editors[name]

    def cell(self, name: str) -> QWidget:
        """The editor with its error line below: put this in a form layout."""
        return self._cells[name]

    def _build(self, spec: FieldSpec) -> None:
        editor = make_editor(spec, self._lang, self._on_change)
        error = QLabel()
        error.setObjectName(f"error_{spec.name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        cell = QWidget()
        lay = QVBoxLayout(cell)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(editor)
        lay.addWidget(error)
        self._editors[spec.name] = editor
        self._errors[spec.name] = error
        self._cells[spec.name] = cell
        self._current[spec.name] = None
        self._loaded[spec.name] = None

    def set_choices(self, name: str, choices: tuple[tuple[str, str], ...]) -> None:
        """Replace the (value, label) choices of a CHOICE field, keeping its value."""
        editor = self._editors[name]
        assert isinstance(editor, QComboBox) and not isinstance(editor, CodeCombo)
        current = editor.currentData()
        old_quiet = self._quiet
        self._quiet = True
        try:
            editor.clear()
            editor.addItem("—", None)
            for value, label in choices:
                editor.addItem(label, value)
            editor.setCurrentIndex(max(0, editor.findData(current)))
        finally:
            self._quiet = old_quiet

    # --- values --------------------------------------------------------------------
    def _read_raw(self, name: str) -> Any:
        """The editor's value; raises ParseError for unparsable number text."""
        return read_editor(self._specs[name], self._editors[name])

    def _raw_text(self, name: str) -> Any:
        """What the editor shows, for undo of unparsable text."""
        editor = self._editors[name]
        if isinstance(editor, QLineEdit):
            return editor.text()
        return self._read_raw(name)

    def value(self, name: str) -> Any:
        return self._read_raw(name)

    def values(self) -> tuple[dict[str, Any], dict[str, str]]:
        """(values by field, parse errors by field)."""
        out: dict[str, Any] = {}
        errors: dict[str, str] = {}
        for name, spec in self._specs.items():
            if spec.readonly:
                continue
            try:
                out[name] = self._read_raw(name)
            except ParseError as exc:
                errors[name] = str(exc)
        return out, errors

    def set_value(self, name: str, value: Any, *, quiet: bool = False) -> None:
        editor = self._editors[name]
        old_quiet = self._quiet
        self._quiet = self._quiet or quiet
        try:
            write_editor(editor, value)
        finally:
            self._quiet = old_quiet
        self._current[name] = self._raw_text_safe(name)
        self._emit_dirty()

    def _raw_text_safe(self, name: str) -> Any:
        try:
            return self._raw_text(name)
        except ParseError:
            return self._editors[name].text() if isinstance(self._editors[name], QLineEdit) else None  # type: ignore[attr-defined]

    def load(self, values: dict[str, Any]) -> None:
        """Show a record: set every field, clear errors, undo and dirty."""
        self._quiet = True
        try:
            for name in self._specs:
                self.set_value(name, values.get(name))
        finally:
            self._quiet = False
        self._loaded = dict(self._current)
        self.undo.clear()
        self.clear_errors()
        self._emit_dirty()

    def mark_saved(self) -> None:
        self._loaded = dict(self._current)
        self.undo.setClean()
        self._emit_dirty()

    def is_dirty(self) -> bool:
        return any(self._current[n] != self._loaded[n] for n in self._specs)

    def dirty_fields(self) -> list[str]:
        return [n for n in self._specs if self._current[n] != self._loaded[n]]

    def revert(self, name: str) -> None:
        """Put one field back to the value it had when loaded (undoable)."""
        old = self._current[name]
        new = self._loaded[name]
        if old == new:
            return
        self.set_value(name, new, quiet=True)
        self.undo.push(_Edit(self, name, old, new, self._specs[name].label))

    def _on_change(self, name: str) -> None:
        if self._quiet:
            return
        old = self._current[name]
        new = self._raw_text_safe(name)
        if old == new:
            return
        self._current[name] = new
        self.undo.push(_Edit(self, name, old, new, self._specs[name].label))
        self.show_error(name, None)
        self.edited.emit(name)
        self._emit_dirty()

    def _emit_dirty(self) -> None:
        dirty = self.is_dirty()
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.dirty_changed.emit(dirty)

    # --- errors ----------------------------------------------------------------------
    def show_error(self, name: str, message: str | None) -> None:
        label = self._errors.get(name)
        if label is None:
            return
        editor = self._editors[name]
        if message:
            label.setText(message)
            label.show()
            editor.setStyleSheet(ERROR_FRAME if isinstance(editor, QLineEdit) else "")
            editor.setToolTip(message)
        else:
            label.clear()
            label.hide()
            editor.setStyleSheet("")
            editor.setToolTip("")

    def show_errors(self, errors: dict[str, str]) -> list[str]:
        """Show each message at its field; returns the names not on this form."""
        missing = []
        for name, message in errors.items():
            if name in self._errors:
                self.show_error(name, message)
            else:
                missing.append(name)
        return missing

    def clear_errors(self) -> None:
        for name in self._errors:
            self.show_error(name, None)

    def error_text(self, name: str) -> str:
        label = self._errors[name]
        return label.text() if not label.isHidden() else ""

    def first_error(self) -> str | None:
        for name, label in self._errors.items():
            if not label.isHidden():
                return name
        return None

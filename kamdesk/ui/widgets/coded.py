"""A combo box for the seed codes (``Coded`` enums), labelled in the UI language."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from kamdesk.domain.codes import Coded

C = TypeVar("C", bound=Coded)


class CodeCombo(QComboBox, Generic[C]):
    """Choose one member of a ``Coded`` enum.

    ``CodeCombo(Stage, lang=ctx.lang, blank=True)`` shows ``"C 需求调研与方案确认"``
    style items (``show_code=True``, the default) or only the label. The item
    data is the code string. ``blank=True`` adds a first empty choice ("—").

    * ``code() -> C | None`` — the chosen member (None for blank)
    * ``set_code(member_or_code_or_None)``
    * ``set_lang(lang)`` — relabel in place, keeping the choice
    * ``members=`` restricts the choices (e.g. only open stages)
    """

    def __init__(
        self,
        enum: type[C],
        parent: QWidget | None = None,
        *,
        lang: str = "zh",
        blank: bool = False,
        show_code: bool = True,
        members: Iterable[C] | None = None,
    ) -> None:
        super().__init__(parent)
        self._enum = enum
        self._blank = blank
        self._show_code = show_code
        self._members: list[C] = list(members) if members is not None else list(enum)
        self._lang = lang
        self._fill()

    def _text(self, member: C) -> str:
        label = member.label(self._lang)
        return f"{member.code} {label}" if self._show_code and label != member.code else label

    def _fill(self) -> None:
        self.clear()
        if self._blank:
            self.addItem(QCoreApplication.translate("Widgets", "—"), None)
        for member in self._members:
            self.addItem(self._text(member), member.code)

    def code(self) -> C | None:
        data = self.currentData()
        return None if data is None else self._enum(data)

    def set_code(self, value: C | str | None) -> None:
        if value is None or value == "":
            if self._blank:
                self.setCurrentIndex(0)
            return
        index = self.findData(str(value.code if isinstance(value, Coded) else value))
        if index < 0:
            raise ValueError(f"{value!r} is not a choice of {self._enum.__name__}")
        self.setCurrentIndex(index)

    def set_lang(self, lang: str) -> None:
        current = self.currentData()
        self._lang = lang
        self.blockSignals(True)
        try:
            self._fill()
            index = self.findData(current)
            self.setCurrentIndex(max(index, 0))
        finally:
            self.blockSignals(False)

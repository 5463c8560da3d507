"""Shared pieces of the opportunity editor's tab modules."""

from __future__ import annotations

from typing import TYPE_CHECKING

ERROR_STYLE = "color: #c0392b;"

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QTabWidget, QWidget

    from kamdesk.services import opportunities as ops
    from kamdesk.ui.context import AppContext

    class EditorBase(QDialog):
        """What the tab mixins use from :class:`OpportunityEditor` (type checking only)."""

        ctx: AppContext
        uuid: str | None
        detail: ops.OpportunityDetail | None
        tabs: QTabWidget
        errors: dict[str, QLabel]

        def _row(self, form: QFormLayout, title: str, widget: QWidget, key: str) -> None: ...
        def _move(self) -> None: ...
        def _won(self) -> None: ...
        def _lost(self) -> None: ...
        def _reopen(self) -> None: ...
        def _load_progress(self) -> None: ...

else:
    EditorBase = object

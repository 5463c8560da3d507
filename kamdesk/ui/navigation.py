"""The shell's navigation list: one row per page (icon and title), as narrow
as the longest title allows."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from kamdesk.ui.page_placeholder import page_title
from kamdesk.ui.pages import PageSpec
from kamdesk.ui.widgets.icons import icon


class PageNavigation(QListWidget):
    """The pages ``specs`` (fixed for the window's lifetime), the page key in each row's UserRole."""

    def __init__(self, specs: tuple[PageSpec, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.specs = specs
        self.setObjectName("navigation")
        self.setIconSize(QSize(22, 22))
        self.setSpacing(2)
        self.setStyleSheet(
            "QListWidget#navigation { border: none; border-right: 1px solid palette(mid);"
            " background: palette(window); padding-top: 8px; outline: 0; }"
            "QListWidget#navigation::item { padding: 9px 8px; border-radius: 4px; color: palette(text); }"
            "QListWidget#navigation::item:selected { background: #d6e4f2; color: #1d3d5c; }"
            "QListWidget#navigation::item:hover:!selected { background: palette(midlight); }"
        )
        for spec in specs:
            item = QListWidgetItem(icon(spec.icon), "")
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.addItem(item)

    def retranslate(self) -> None:
        for row, spec in enumerate(self.specs):
            item = self.item(row)
            item.setText(page_title(spec))
            item.setToolTip(f"{page_title(spec)} (Ctrl+{row + 1})")
        # as narrow as the longest title allows: the pages need the room
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(page_title(spec)) for spec in self.specs)
        self.setFixedWidth(max(120, widest + self.iconSize().width() + 52))

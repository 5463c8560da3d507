"""What the shell shows for a page whose module is not written yet (or
failed to load), and the translated title of a page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kamdesk.ui.pages import PageSpec
from kamdesk.ui.widgets.icons import icon


def page_title(spec: PageSpec) -> str:
    return QCoreApplication.translate("Pages", spec.title)


class PlaceholderPage(QWidget):
    """Shown for a page whose module is not written yet (or failed to load)."""

    def __init__(self, spec: PageSpec, parent: QWidget | None = None, *, error: str | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.error = error
        self.setObjectName(f"placeholder_{spec.key}")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self._icon = QLabel()
        self._icon.setPixmap(icon(spec.icon).pixmap(QSize(64, 64)))
        self._icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._title = QLabel()
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self._title.setFont(font)
        self._detail = QLabel()
        self._detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._detail.setWordWrap(True)
        self._detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for w in (self._icon, self._title, self._detail):
            layout.addWidget(w)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        title = page_title(self.spec)
        if self.error:
            self._title.setText(self.tr("{page}: this page could not be loaded").format(page=title))
            self._detail.setText(self.error)
        else:
            self._title.setText(self.tr("Coming soon: {page}").format(page=title))
            self._detail.setText(self.tr("This part of KAMdesk is under construction."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

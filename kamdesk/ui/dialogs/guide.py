"""Help → User guide (F1): a short offline guide to a rep's day, in the UI
language (resources/guide/guide_<lang>.html), in a non-modal window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from kamdesk.paths import resources_dir

if TYPE_CHECKING:
    from kamdesk.ui.main_window import MainWindow


def guide_path(lang: str) -> Path:
    """The guide in ``lang`` ("zh_CN" or "en"), English when there is none."""
    folder = resources_dir() / "guide"
    name = "guide_zh_CN.html" if lang.startswith("zh") else "guide_en.html"
    path = folder / name
    return path if path.is_file() else folder / "guide_en.html"


class GuideWindow(QDialog):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.setWindowTitle(QCoreApplication.translate("Guide", "KAMdesk user guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)  # offline: nothing leaves the laptop
        self.browser.setSource(QUrl.fromLocalFile(str(guide_path(lang))))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.resize(720, 640)


def show_guide(win: MainWindow) -> GuideWindow:
    """Show the guide (one window, raised again on the next F1)."""
    lang = win.translators.lang if win.translators is not None else win.ctx.lang
    existing = getattr(win, "_kamdesk_guide", None)
    if isinstance(existing, GuideWindow) and existing.property("lang") == lang:
        existing.show()
        existing.raise_()
        return existing
    guide = GuideWindow(lang, win)
    guide.setProperty("lang", lang)
    win._kamdesk_guide = guide  # type: ignore[attr-defined]
    # fit a 1366×768 screen
    guide.resize(guide.size().boundedTo(win.screen().availableGeometry().size() * 0.9))
    guide.show()
    return guide

"""Help → About: version, database, schema revision, font licence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from kamdesk.paths import resources_dir

if TYPE_CHECKING:
    from kamdesk.ui.main_window import MainWindow


def version() -> str:
    try:
        from importlib.metadata import version as dist_version

        return dist_version("kamdesk")
    except Exception:  # not installed (running from a source tree)
        return "dev"


class AboutDialog(QDialog):
    def __init__(self, win: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or win)
        import PySide6

        from kamdesk.store.schema import current_revision, head_revision

        db = win.ctx.db
        where = str(db.path) if db.path is not None else db.url
        try:
            revision = current_revision(db) or "—"
        except Exception:
            revision = "?"
        self.setWindowTitle(QCoreApplication.translate("About", "About KAMdesk"))
        layout = QVBoxLayout(self)
        head = QLabel(
            "<h2>KAMdesk {v}</h2><p>{what}</p>".format(
                v=version(),
                what=QCoreApplication.translate("About", "Key account management for field sales reps."),
            )
        )
        layout.addWidget(head)
        facts = QLabel(
            QCoreApplication.translate(
                "About",
                "Database: {where}\nSchema revision: {revision} (this version: {head})\nQt: {qt}",
            ).format(where=where, revision=revision, head=head_revision(), qt=PySide6.__version__)
        )
        facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        facts.setWordWrap(True)
        layout.addWidget(facts)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "About",
                    "Chinese text is shown with the bundled WenQuanYi Micro Hei font, under this licence:",
                )
            )
        )
        licence = QPlainTextEdit()
        licence.setReadOnly(True)
        path = resources_dir() / "fonts" / "LICENSE-wqy-microhei.txt"
        try:
            licence.setPlainText(path.read_text(encoding="utf-8", errors="replace"))
        except OSError:
            licence.setPlainText(str(path))
        licence.setMinimumSize(520, 220)
        layout.addWidget(licence, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


def show_about(win: MainWindow) -> None:
    AboutDialog(win).exec()

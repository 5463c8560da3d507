"""Help → About: version, database, schema revision, the bundled font and
its licence, as a few formatted lines (the font's Debian copyright file is
summarised; its full text opens on request)."""

from __future__ import annotations

import html
import platform
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.paths import resources_dir

if TYPE_CHECKING:
    from kamdesk.ui.main_window import MainWindow

FONT_LICENCE = Path("fonts") / "LICENSE-wqy-microhei.txt"


def version() -> str:
    try:
        from importlib.metadata import version as dist_version

        return dist_version("kamdesk")
    except Exception:  # not installed (running from a source tree)
        return "dev"


@dataclass(frozen=True)
class FontCredit:
    name: str
    copyright: str  # the first holder of the font files
    licence: str


def font_credit(text: str) -> FontCredit:
    """The font's name, first copyright holder and licence from a Debian
    (DEP-5) copyright file: the ``Upstream-Name`` and the ``Files: *`` stanza."""
    fields: dict[str, str] = {}
    stanzas = [s for s in text.split("\n\n") if s.strip()]
    header = stanzas[0] if stanzas else ""
    for line in header.splitlines():
        if line.startswith("Upstream-Name:"):
            fields["name"] = line.split(":", 1)[1].strip()
    for stanza in stanzas:
        lines = stanza.splitlines()
        if lines and lines[0].strip() == "Files: *":
            for line in lines:
                if line.startswith("Copyright:"):
                    fields["copyright"] = line.split(":", 1)[1].strip()
                elif line.startswith("License:"):
                    fields["licence"] = line.split(":", 1)[1].strip()
            break
    return FontCredit(fields.get("name", ""), fields.get("copyright", ""), fields.get("licence", ""))


def _tr(text: str) -> str:
    return QCoreApplication.translate("About", text)


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
        self.setWindowTitle(_tr("About KAMdesk"))
        path = resources_dir() / FONT_LICENCE
        try:
            self.licence_text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            self.licence_text = str(path)
        credit = font_credit(self.licence_text)
        rows = [
            (_tr("Version"), version()),
            (_tr("Database"), where),
            (
                _tr("Schema revision"),
                _tr("{revision} (this version: {head})").format(revision=revision, head=head_revision()),
            ),
            (_tr("Qt"), PySide6.__version__),
            (_tr("Python"), platform.python_version()),
        ]
        table = "".join(
            f"<tr><td style='color:#6b7280; padding-right:12px'>{html.escape(k)}</td><td>{html.escape(v)}</td></tr>"
            for k, v in rows
        )
        font_line = _tr(
            "Chinese is shown in the bundled font {name} ({copyright}), licensed {licence}."
        ).format(
            name=html.escape(credit.name),
            copyright=html.escape(credit.copyright),
            licence=html.escape(credit.licence),
        )
        self.text = QLabel(
            f"<h2>KAMdesk {html.escape(version())}</h2>"
            f"<p>{html.escape(_tr('Key account management for field sales reps.'))}</p>"
            f"<table>{table}</table><p>{font_line}</p>"
        )
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setWordWrap(True)
        self.text.setMinimumWidth(460)
        self.licence = QPlainTextEdit(self.licence_text)
        self.licence.setReadOnly(True)
        self.licence.setMinimumHeight(200)
        self.licence.hide()  # the full copyright file only when asked for
        self.licence_button = QPushButton(_tr("Show the font's licence text"))
        self.licence_button.setCheckable(True)
        self.licence_button.toggled.connect(self._show_licence)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.licence_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.licence, 1)
        layout.addWidget(buttons)

    def _show_licence(self, on: bool) -> None:
        self.licence.setVisible(on)
        self.adjustSize()


def show_about(win: MainWindow) -> None:
    AboutDialog(win).exec()

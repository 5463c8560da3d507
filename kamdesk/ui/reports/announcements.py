"""The manager's announcements, shown at start on the rep's laptop until the
rep marks them read (closing the window leaves them for the next start)."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kamdesk.services.submissions.announcements import AnnouncementRow, mark_read, unread_announcements
from kamdesk.ui.context import AppContext
from kamdesk.ui.operations import run_op


class AnnouncementsDialog(QDialog):
    def __init__(self, ctx: AppContext, rows: list[AnnouncementRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows = rows
        self.setWindowTitle(self.tr("Announcements from your manager"))
        self.resize(520, 380)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%n unread announcement(s)", "", len(rows))))
        self.body = QTextBrowser()
        self.body.setHtml(
            "".join(
                f"<h3>{html.escape(r.title)}</h3>"
                f"<p style='color:#666'>{html.escape(r.author)} · {r.at:%Y-%m-%d %H:%M}</p>"
                f"<p>{html.escape(r.text).replace(chr(10), '<br>')}</p>"
                for r in rows
            )
        )
        layout.addWidget(self.body, 1)
        buttons = QDialogButtonBox()
        self.read_button = QPushButton(self.tr("Mark as read"))
        buttons.addButton(self.read_button, QDialogButtonBox.ButtonRole.AcceptRole)
        later = buttons.addButton(self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.read_button.clicked.connect(self.mark_read)
        later.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def mark_read(self) -> None:
        uuids = [r.uuid for r in self.rows]
        result = run_op(
            self,
            self.ctx,
            lambda: mark_read(self.ctx.db, uuids),
            title=self.windowTitle(),
            failure=lambda _exc: self.reject(),  # gone meanwhile: nothing left to mark
        )
        if result is not None:
            self.accept()


def show_unread_announcements(ctx: AppContext, parent: QWidget | None = None) -> AnnouncementsDialog | None:
    """Open the window when there are unread announcements (not modal: the app is usable)."""
    rows = unread_announcements(ctx.db)
    if not rows:
        return None
    dialog = AnnouncementsDialog(ctx, rows, parent)
    dialog.setObjectName("announcements")
    dialog.show()
    return dialog

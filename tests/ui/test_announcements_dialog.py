"""The manager's announcements at start: shown until marked read."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from kamdesk.services.submissions.announcements import unread_announcements
from kamdesk.store.models import Announcement
from kamdesk.ui.context import AppContext
from kamdesk.ui.reports.announcements import show_unread_announcements


def test_unread_announcements_show_until_marked_read(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    assert show_unread_announcements(ctx) is None
    with ctx.db.transaction() as s:
        s.add(
            Announcement(
                at=datetime(2026, 12, 1, 1, 0, tzinfo=UTC),
                author="王经理",
                title="周报改为周五16:00前提交",
                text="请按时",
            )
        )
    dialog = show_unread_announcements(ctx)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert "周报改为周五16:00前提交" in dialog.body.toPlainText() and "王经理" in dialog.body.toPlainText()
    dialog.reject()  # later: still unread, shown again next start
    assert len(unread_announcements(ctx.db)) == 1
    again = show_unread_announcements(ctx)
    assert again is not None
    qtbot.addWidget(again)
    qtbot.mouseClick(again.read_button, Qt.MouseButton.LeftButton)
    assert unread_announcements(ctx.db) == [] and show_unread_announcements(ctx) is None

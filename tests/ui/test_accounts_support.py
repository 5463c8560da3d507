"""Helpers for the account UI tests: typing Chinese like an input method does."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QLineEdit


def type_into(qtbot, editor: QLineEdit, text: str, *, replace: bool = True) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` into ``editor`` as the user would: ASCII as key clicks,
    anything else committed by an input-method event (QTest's key clicks
    only know ASCII). Replaces the current text unless ``replace=False``."""
    editor.setFocus()
    if replace:
        editor.selectAll()
        if editor.text():
            editor.del_()
            editor.textEdited.emit(editor.text())
    if text.isascii():
        qtbot.keyClicks(editor, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QCoreApplication.sendEvent(editor, event)


def make_page(qtbot, ctx):  # type: ignore[no-untyped-def]
    """An AccountsPage wired to the hub as the main window wires it
    (``hub.changed`` → ``page.on_changed``), shown at 1280×800 and active."""
    from kamdesk.ui.accounts.page import AccountsPage

    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    ctx.hub.changed.connect(page.on_changed)
    page.resize(1280, 800)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page

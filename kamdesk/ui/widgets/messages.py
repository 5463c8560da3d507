"""The app's message boxes, in one place.

Every user-facing message box goes through these functions so that

* a :class:`~kamdesk.errors.UserError` is shown as its one clear line, and a bug
  is logged with its traceback and shown as a short apology (never a raw
  traceback in the user's face);
* tests can replace them with ``monkeypatch.setattr(messages, "show_error", …)``
  instead of clicking a modal box.

Functions:

* ``show_info(parent, title, text)``
* ``show_error(parent, title, text)`` — a user-fixable problem (warning icon)
* ``show_exception(parent, title, exc)`` — UserError → ``show_error``;
  anything else → logged with traceback + ``show_bug``
* ``show_bug(parent, title, text)`` — an unexpected error (critical icon)
* ``ask_yes_no(parent, title, text, *, default_yes=True) -> bool``
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kamdesk.errors import UserError

log = logging.getLogger(__name__)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def show_bug(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def show_exception(parent: QWidget | None, title: str, exc: BaseException) -> None:
    """Show ``exc``: its message if the user can fix it, else log it as a bug."""
    if isinstance(exc, UserError):
        show_error(parent, title, str(exc))
        return
    log.error("unexpected error in %s", title, exc_info=(type(exc), exc, exc.__traceback__))
    show_bug(
        parent,
        title,
        QCoreApplication.translate(
            "Messages", "Something went wrong: {error}\n\nThe details were written to the log."
        ).format(error=f"{type(exc).__name__}: {exc}"),
    )


def ask_yes_no(parent: QWidget | None, title: str, text: str, *, default_yes: bool = True) -> bool:
    default = QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        default,
    )
    return answer == QMessageBox.StandardButton.Yes

"""The include-private choice of an export: asked only when the store has
contacts marked private (personal fields never go into maps, reports, visit
packs or calendars), unticked by default."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from kamdesk.store.db import Database


def has_private_contacts(db: Database) -> bool:
    from kamdesk.services.privacy import load_privacy

    return bool(load_privacy(db, False).contact_ids)


def ask_include_private(parent: QWidget | None, db: Database) -> bool | None:
    """True/False: whether contacts marked private go into this file; None:
    the user cancelled the export."""
    if not has_private_contacts(db):
        return False
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("PrivateChoice", "Private contacts"))
    box.setText(
        QCoreApplication.translate(
            "PrivateChoice",
            "Contacts marked private stay on this laptop: they are left out of this file "
            "unless you include them.",
        )
    )
    check = QCheckBox(QCoreApplication.translate("PrivateChoice", "Include contacts marked private"))
    check.setObjectName("includePrivate")
    box.setCheckBox(check)
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    if box.exec() != QMessageBox.StandardButton.Ok:
        return None
    return check.isChecked()

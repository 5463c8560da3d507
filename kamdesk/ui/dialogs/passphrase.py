"""The passphrase of an encrypted database, asked at start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit


def ask_passphrase(path: Path) -> str | None:
    """The passphrase for ``path`` from a dialog (None: cancelled)."""
    text, ok = QInputDialog.getText(
        None,
        QCoreApplication.translate("Passphrase", "Encrypted database"),
        QCoreApplication.translate("Passphrase", "Passphrase for {name}:").format(name=path.name),
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None

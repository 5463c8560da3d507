"""File choosers, wrapped so tests can replace them (``monkeypatch.setattr``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def ask_open_file(parent: QWidget | None, title: str, name_filter: str, start: str = "") -> Path | None:
    """The chosen existing file, or None when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, start, name_filter)
    return Path(path) if path else None


def ask_save_file(
    parent: QWidget | None,
    title: str,
    name_filter: str,
    start: str = "",
    *,
    suffix: str = "",
    confirm_overwrite: bool = True,
) -> Path | None:
    """The chosen file to write (``suffix`` added when missing), or None."""
    options = QFileDialog.Option(0)
    if not confirm_overwrite:
        options |= QFileDialog.Option.DontConfirmOverwrite
    path, _ = QFileDialog.getSaveFileName(parent, title, start, name_filter, options=options)
    if not path:
        return None
    result = Path(path)
    if suffix and result.suffix.lower() != suffix:
        result = result.with_name(result.name + suffix)
    return result

"""What the visit dialogs (plan and outcome) share: a field with its error
below it, table cells, and local dates and times for Qt's editors."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QLabel, QSizePolicy, QTableWidget, QVBoxLayout, QWidget

from kamdesk.services import visits as svc

ERROR_STYLE = "color: #b42318;"
WARNING_STYLE = "color: #b54708;"


def with_detail(name: str, detail: str | None, lang: str) -> str:
    """ "name（detail）" in Chinese, "name (detail)" in English."""
    if not detail:
        return name
    return f"{name}（{detail}）" if lang.startswith("zh") else f"{name} ({detail})"


def list_sep(lang: str) -> str:
    """The separator of names in a list: "、" in Chinese, ", " in English."""
    return "、" if lang.startswith("zh") else ", "


def cell_text(table: QTableWidget, row: int, col: int) -> str:
    item = table.item(row, col)
    return item.text() if item is not None else ""


def to_qdatetime(value: datetime) -> QDateTime:
    local = value.astimezone(svc.local_tz())
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second))


def from_qdatetime(value: QDateTime) -> datetime:
    naive = value.toPython()
    assert isinstance(naive, datetime)
    return naive.replace(tzinfo=svc.local_tz())


def note_label(name: str, style: str) -> QLabel:
    """A hidden, wrapping label for a message about a field (shown when there is one)."""
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(style)
    label.setWordWrap(True)
    label.hide()
    return label


def error_label(errors: dict[str, QLabel], key: str) -> QLabel:
    """The label showing the error of field ``key``, registered in ``errors``."""
    label = note_label(f"error_{key}", ERROR_STYLE)
    errors[key] = label
    return label


def error_field(errors: dict[str, QLabel], widget: QWidget, key: str, *, compact: bool = False) -> QWidget:
    """``widget`` with its error label below it; ``compact`` keeps the pair
    close and no taller than it needs (a form of many rows)."""
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    if compact:
        lay.setSpacing(2)
    lay.addWidget(widget)
    lay.addWidget(error_label(errors, key))
    if compact:
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    return box

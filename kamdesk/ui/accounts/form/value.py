"""The value tab: read-only indicators worked out from the account's
purchase and payment records (``domain.classify.value_indicators``)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from kamdesk.domain import formats
from kamdesk.ui.accounts.form.layout import note_label, scroll_page
from kamdesk.ui.context import AppContext


def money(value: Decimal | None) -> str:
    """``¥1,234.50`` / ``¥3,200,000``: :func:`kamdesk.domain.formats.money`."""
    return formats.money(value)


def percent(value: Decimal | float | None) -> str:
    if value is None:
        return "—"
    return f"{Decimal(str(value)) * 100:.1f}%"


class ValueTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # (indicator attribute, label, formatter)
        self._rows: dict[str, list[tuple[str, str, Any]]] = {
            self.tr("Transactions"): [
                ("order_count", self.tr("Orders"), str),
                ("sales_amount", self.tr("Sales"), money),
                ("net_amount", self.tr("Net of returns"), money),
                ("profit", self.tr("Profit"), money),
                ("gross_margin", self.tr("Gross margin"), percent),
                ("average_order", self.tr("Average order"), money),
                ("largest_order", self.tr("Largest order"), money),
                ("return_count", self.tr("Returns"), str),
                ("return_amount", self.tr("Returned amount"), money),
                ("first_order_on", self.tr("First order"), _date),
                ("last_order_on", self.tr("Last order"), _date),
                ("months_trading", self.tr("Months trading"), str),
                ("average_interval_days", self.tr("Average days between orders"), _plain),
            ],
            self.tr("Finance"): [
                ("paid_total", self.tr("Paid"), money),
                ("payment_count", self.tr("Payments"), str),
                ("largest_payment", self.tr("Largest payment"), money),
                ("average_payment", self.tr("Average payment"), money),
                ("average_collection_days", self.tr("Average collection days"), _plain),
                ("arrears", self.tr("Arrears"), money),
                ("arrears_rate", self.tr("Arrears rate"), percent),
            ],
        }
        self._labels: dict[str, QLabel] = {}
        boxes = []
        for title, rows in self._rows.items():
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
            for attr, label, _fmt in rows:
                value = QLabel("—")
                value.setObjectName(f"value_{attr}")
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self._labels[attr] = value
                form.addRow(label, value)
            boxes.append(box)
        self.note = note_label(
            self.tr("Worked out from the purchase and payment records; they cannot be edited here.")
        )
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(scroll_page(self.note, *boxes))

    def show_detail(self, detail: Any) -> None:
        indicators = getattr(detail, "value", None) if detail is not None else None
        for rows in self._rows.values():
            for attr, _label, fmt in rows:
                value = getattr(indicators, attr, None) if indicators is not None else None
                self._labels[attr].setText("—" if value is None else fmt(value))


def _date(value: Any) -> str:
    return "—" if value is None else value.isoformat()


def _plain(value: Any) -> str:
    return "—" if value is None else str(value)

"""The pipeline list's columns (the Opportunities page's List tab) and their
widths: two-line rows, so a long name shows whole. Strings keep the
``OpportunitiesPage`` translation context they had before the split."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from kamdesk.domain import formats
from kamdesk.services.opportunities.pipeline import PipelineRow
from kamdesk.ui.models.lazy_table import LazyColumn, LazyTableModel
from kamdesk.ui.opportunities import words
from kamdesk.ui.opportunities.board import money

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

#: characters of a Chinese name per line in the list; two lines hold a 20-character name
NAME_CHARS_PER_LINE = 11


def _tr(text: str) -> str:
    return QCoreApplication.translate("OpportunitiesPage", text)


def pipeline_columns(lang: str) -> list[LazyColumn[PipelineRow]]:
    """The List tab's columns, each sorted in SQL by its key."""
    return [
        LazyColumn("number", _tr("No."), lambda r: r.number or "", sort="number"),
        LazyColumn("name", _tr("Opportunity"), lambda r: r.name, sort="name", tooltip=lambda r: r.name),
        LazyColumn("account", _tr("Account"), lambda r: r.account_name, sort="account"),
        LazyColumn("owner", _tr("Owner"), lambda r: r.owner_name or "", sort="owner"),
        LazyColumn("stage", _tr("Stage"), lambda r: f"{r.stage.code} {r.stage.label(lang)}", sort="stage"),
        LazyColumn("status", _tr("Status"), lambda r: r.status.label(lang), sort="status"),
        LazyColumn(
            "amount",
            _tr("Amount"),
            lambda r: money(r.amount) if r.amount is not None else "",
            sort="amount",
            align=RIGHT,
        ),
        LazyColumn("win_pct", _tr("Win %"), lambda r: f"{r.win_pct}%", sort="win_pct", align=RIGHT),
        LazyColumn("weighted", _tr("Weighted"), lambda r: money(r.weighted), sort="weighted", align=RIGHT),
        LazyColumn(
            "expected_close",
            _tr("Expected close"),
            lambda r: formats.date_text(r.expected_close) if r.expected_close else "",
            sort="expected_close",
        ),
        LazyColumn(
            "value_type",
            _tr("Value type"),
            lambda r: words.value_type_text(r.value_type, lang),
            sort="value_type",
            tooltip=lambda r: words.value_type_tip(r.value_type, lang),
        ),
        LazyColumn(
            "nine_grid",
            _tr("Opening"),
            lambda r: words.opening_text(r.nine_grid_cell, lang),
            sort="nine_grid",
            tooltip=lambda r: words.opening_tip(r.nine_grid_cell, lang),
        ),
        LazyColumn(
            "progress",
            _tr("Vs rival"),
            lambda r: "" if r.progress_vs_rival is None else f"{r.progress_vs_rival:+d}",
            sort="progress",
            align=RIGHT,
        ),
    ]


def size_columns(table: QTableView, model: LazyTableModel[PipelineRow]) -> None:
    """Two-line rows, so a long name ("宁波卷烟厂数字化…" and "宁波卷烟厂ERP…" alike)
    shows whole instead of being cut at six characters."""
    fm = table.fontMetrics()
    table.setWordWrap(True)
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(2 * fm.lineSpacing() + 10)
    header = table.horizontalHeader()
    wide = fm.horizontalAdvance("商" * NAME_CHARS_PER_LINE) + 16
    widths = {"name": wide, "account": wide}
    samples = {
        "number": "XM260000079",
        "owner": "欧阳建国",
        "status": "进行中",
        "amount": "¥10,000,000",
        "weighted": "¥10,000,000",
        "win_pct": "100%",
        "expected_close": "2027-02-16",
        "progress": "+3",
    }
    for key, sample in samples.items():
        column = model.column_of(key)
        title = str(model.headerData(column, Qt.Orientation.Horizontal)) if column >= 0 else ""
        # the sort arrow needs room beside the header's text
        widths[key] = max(fm.horizontalAdvance(sample) + 16, fm.horizontalAdvance(title) + 28)
    for key, width in widths.items():
        column = model.column_of(key)
        if column >= 0:
            header.resizeSection(column, width)

"""Export the pipeline as CSV (UTF-8 with BOM, so Excel opens Chinese right)
or XLSX, with labels in the chosen language, through the one table writer
(:mod:`kamdesk.store.io.spreadsheet`): money, percentages and dates typed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from kamdesk.domain.glossary import TERMS
from kamdesk.errors import UserError
from kamdesk.services.opportunities.pipeline import PipelineFilter, PipelineRow, list_pipeline
from kamdesk.store.db import Database
from kamdesk.store.io.spreadsheet import SUFFIXES, Column, Kind, write_table

#: (key, zh, en, cell kind) of the exported columns, in order.
COLUMNS: tuple[tuple[str, str, str, Kind], ...] = (
    ("number", *TERMS["opportunity_no"], Kind.ID),
    ("name", "商机名称", "Opportunity", Kind.TEXT),
    ("account", "客户", "Account", Kind.TEXT),
    ("owner", *TERMS["owner"], Kind.TEXT),
    ("stage", "阶段", "Stage", Kind.TEXT),
    ("stage_name", "阶段名称", "Stage name", Kind.TEXT),
    ("status", "状态", "Status", Kind.TEXT),
    ("amount", "金额", "Amount", Kind.MONEY),
    ("win_pct", "赢单率%", "Win %", Kind.INT),
    ("weighted", "加权金额", "Weighted amount", Kind.MONEY),
    ("expected_close", "预计成交", "Expected close", Kind.DATE),
    ("value_type", "客户价值类型", "Value type", Kind.ID),  # codes 1-4: text, as codes are
    ("nine_grid", "开局定位", "Opening", Kind.TEXT),
    ("progress", "对比主要对手", "Vs main rival", Kind.INT),
    ("uuid", "UUID", "UUID", Kind.TEXT),
)


@dataclass(frozen=True)
class ExportReport:
    path: Path
    rows: int
    weighted_total: Decimal


def _values(row: PipelineRow, lang: str) -> list[Any]:
    return [
        row.number,
        row.name,
        row.account_name,
        row.owner_name,
        row.stage.code,
        row.stage.label(lang),
        row.status.label(lang),
        row.amount,
        row.win_pct,
        row.weighted,
        row.expected_close,
        row.value_type.code if row.value_type else None,
        row.nine_grid_cell,
        row.progress_vs_rival,
        row.uuid,
    ]


def export_pipeline(
    db: Database,
    path: Path,
    *,
    flt: PipelineFilter | None = None,
    lang: str = "zh",
    progress: Callable[[str, int, int], Any] | None = None,
) -> ExportReport:
    """Write the (filtered) pipeline to ``path`` (.csv or .xlsx), sorted by
    expected close. The file is written whole or not at all."""
    if path.suffix.lower() not in SUFFIXES:
        raise UserError(f"{path.name}: expected a .csv or .xlsx file")
    page = list_pipeline(db, flt, sort="expected_close", limit=None)
    zh = lang.startswith("zh")
    columns = [Column(zh_h if zh else en_h, kind) for _key, zh_h, en_h, kind in COLUMNS]

    def rows() -> Iterator[list[Any]]:
        for i, r in enumerate(page.rows):
            if progress and i % 500 == 0:
                progress("", i, len(page.rows))
            yield _values(r, lang)

    try:
        n = write_table(path, columns, rows(), sheet="销售漏斗" if zh else "pipeline")
    except OSError as exc:
        raise UserError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return ExportReport(
        path, n, sum((r.weighted for r in page.rows if r.status.code == "open"), Decimal("0.00"))
    )

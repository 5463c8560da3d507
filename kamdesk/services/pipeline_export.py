"""Export the pipeline as CSV (UTF-8 with BOM, so Excel opens Chinese right)
or XLSX, with labels in the chosen language. Money is written as plain
decimals (CSV) or numbers (XLSX)."""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from kamdesk.domain.glossary import TERMS
from kamdesk.errors import UserError
from kamdesk.services.pipeline import PipelineFilter, PipelineRow, list_pipeline
from kamdesk.store.db import Database

#: (key, zh, en) of the exported columns, in order.
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("number", *TERMS["opportunity_no"]),
    ("name", "商机名称", "Opportunity"),
    ("account", "客户", "Account"),
    ("owner", *TERMS["owner"]),
    ("stage", "阶段", "Stage"),
    ("stage_name", "阶段名称", "Stage name"),
    ("status", "状态", "Status"),
    ("amount", "金额", "Amount"),
    ("win_pct", "赢单率%", "Win %"),
    ("weighted", "加权金额", "Weighted amount"),
    ("expected_close", "预计成交", "Expected close"),
    ("value_type", "客户价值类型", "Value type"),
    ("nine_grid", "开局定位", "Opening"),
    ("progress", "对比主要对手", "Vs main rival"),
    ("uuid", "UUID", "UUID"),
)


@dataclass(frozen=True)
class ExportReport:
    path: Path
    rows: int
    weighted_total: Decimal


def _values(row: PipelineRow, lang: str) -> list[Any]:
    return [
        row.number or "",
        row.name,
        row.account_name,
        row.owner_name or "",
        row.stage.code,
        row.stage.label(lang),
        row.status.label(lang),
        row.amount if row.amount is not None else "",
        row.win_pct,
        row.weighted,
        row.expected_close.isoformat() if row.expected_close else "",
        row.value_type.code if row.value_type else "",
        row.nine_grid_cell or "",
        row.progress_vs_rival if row.progress_vs_rival is not None else "",
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
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise UserError(f"{path.name}: expected a .csv or .xlsx file")
    page = list_pipeline(db, flt, sort="expected_close", limit=None)
    headers = [zh if lang.startswith("zh") else en for _key, zh, en in COLUMNS]
    rows = [_values(r, lang) for r in page.rows]
    tmp = path.with_name(path.name + ".part")
    try:
        if suffix == ".csv":
            with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(headers)
                for i, values in enumerate(rows):
                    writer.writerow(values)
                    if progress and i % 500 == 0:
                        progress("", i, len(rows))
        else:
            from openpyxl import Workbook

            wb = Workbook(write_only=True)
            ws = wb.create_sheet("pipeline" if not lang.startswith("zh") else "销售漏斗")
            ws.append(headers)
            for i, values in enumerate(rows):
                ws.append([float(v) if isinstance(v, Decimal) else v for v in values])
                if progress and i % 500 == 0:
                    progress("", i, len(rows))
            wb.save(tmp)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return ExportReport(
        path, len(rows), sum((r.weighted for r in page.rows if r.status.code == "open"), Decimal("0.00"))
    )

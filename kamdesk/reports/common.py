"""What every report PDF shares: the labels in both languages, the A4 page
with a header (rep and period) and page numbers (:mod:`kamdesk.reports.page`),
tables that repeat their header rows and wrap CJK text
(:mod:`kamdesk.reports.tables`), and number formats. The report modules import
all of it from here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from kamdesk.domain import formats
from kamdesk.reports.labels import LABELS as LABELS
from kamdesk.reports.labels import t
from kamdesk.reports.page import FRAME_WIDTH as FRAME_WIDTH
from kamdesk.reports.page import MARGIN as MARGIN
from kamdesk.reports.page import build_pdf as build_pdf
from kamdesk.reports.page import pdf_info as pdf_info
from kamdesk.reports.page import pdf_lang as pdf_lang
from kamdesk.reports.tables import NO_LINE_START as NO_LINE_START
from kamdesk.reports.tables import key_value_table as key_value_table
from kamdesk.reports.tables import no_data as no_data
from kamdesk.reports.tables import para
from kamdesk.reports.tables import table as table
from kamdesk.reports.tables import wrap_cell as wrap_cell

__all__ = [
    "FRAME_WIDTH",
    "LABELS",
    "MARGIN",
    "NO_LINE_START",
    "Progress",
    "build_pdf",
    "fmt_date",
    "heading",
    "keep_space",
    "key_value_table",
    "money",
    "no_data",
    "number",
    "para",
    "pct",
    "pdf_info",
    "pdf_lang",
    "render_report",
    "rep_author",
    "t",
    "table",
    "text_block",
    "wrap_cell",
    "yes_no",
]


def money(value: Decimal | None) -> str:
    """¥150,000 (¥1,234.50 with cents): :func:`kamdesk.domain.formats.money`."""
    return formats.money(value)


def number(value: Decimal | int | None) -> str:
    """A count or a target figure: no decimals when it is whole."""
    if value is None:
        return "—"
    d = Decimal(value)
    if d == d.to_integral_value():
        return f"{int(d):,}"
    return f"{d:,.2f}"


def pct(value: Decimal | None, *, fraction: bool = False) -> str:
    if value is None:
        return "—"
    v = value * 100 if fraction else value
    return f"{v:.1f}%"


def heading(text: str, level: int = 1) -> Any:
    return para(text, "h1" if level == 1 else "h2")


def keep_space(points: float = 90) -> Any:
    """Start a new page unless ``points`` are left: no heading alone at a page's foot."""
    from reportlab.platypus import CondPageBreak

    return CondPageBreak(points)


def text_block(label: str, body: str, lang: str) -> list[Any]:
    return [keep_space(60), heading(label, 2), para(body if body.strip() else t("nothing", lang), "base")]


def rep_author(db: Any) -> str | None:
    """The laptop's own rep, the author of a PDF that names no rep itself."""
    from kamdesk.services.accounts.extras import list_reps

    return next((r.name for r in list_reps(db) if r.is_me), None)


def fmt_date(d: date | None) -> str:
    return d.isoformat() if d else "—"


def yes_no(flag: bool, lang: str) -> str:
    return t("yes", lang) if flag else t("no", lang)


Progress = Callable[[str, int, int], None]


def render_report(data: Any, path: Path | str, lang: str = "zh") -> Path:
    """Write the PDF for a daily, weekly or monthly report data object."""
    from kamdesk.services.reporting import DailyReport, MonthlyReport, WeeklyReport

    if isinstance(data, DailyReport):
        from kamdesk.reports.daily import render_daily

        return render_daily(data, path, lang)
    if isinstance(data, MonthlyReport):
        from kamdesk.reports.monthly import render_monthly

        return render_monthly(data, path, lang)
    if isinstance(data, WeeklyReport):
        from kamdesk.reports.weekly import render_weekly

        return render_weekly(data, path, lang)
    raise TypeError(f"not a report: {type(data).__name__}")

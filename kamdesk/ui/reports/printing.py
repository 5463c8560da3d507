"""Printing a report: print and print preview show the very PDF that "Make
PDF" writes (rasterised by :mod:`kamdesk.ui.widgets.pdf_print`); and the key
figures as the PDF states them, for the on-screen table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from kamdesk.reports.common import money, number, pct, render_report, t
from kamdesk.services.reporting import DailyReport, MonthlyReport, PeriodSummary
from kamdesk.ui.widgets.pdf_print import pdf_bytes, pdf_preview_dialog


def activity_figures(data: DailyReport, lang: str) -> list[tuple[str, str]]:
    """The day's effective calls against the decomposition (none without a revenue target)."""
    from kamdesk.reports import planning_labels  # noqa: F401  (registers the planning labels)

    a = data.activity
    if a is None:
        return []
    return [
        (f"{t('calls', lang)} · {t('activity_today', lang)}", a.today.describe(lang)),
        (f"{t('calls', lang)} · {t('activity_so_far', lang)}", a.so_far.describe(lang)),
    ]


def figures(data: DailyReport | PeriodSummary, lang: str) -> list[tuple[str, str]]:
    """The report's key numbers as (label, value), as the PDF shows them."""
    if isinstance(data, DailyReport):
        return [
            (t("visits_done", lang), number(len(data.visits_done))),
            (t("contact_log", lang), number(len(data.contact_log))),
            (t("commitments_made", lang), number(len(data.commitments_made))),
            (t("commitments_due", lang), number(len(data.commitments_due))),
            (t("planned_tomorrow", lang), number(len(data.planned_tomorrow))),
            *activity_figures(data, lang),
        ]
    out = [
        (t("visits_planned", lang), number(data.visits_planned)),
        (t("visits_done", lang), number(data.visits_done)),
        (t("done_rate", lang), pct(data.done_rate)),
        (t("new_visits", lang), number(data.new_visits)),
        (t("revisits", lang), number(data.revisits)),
        (t("calls", lang), number(data.calls)),
        (t("stage_moves", lang), number(data.moves_between_stages)),
        (t("won", lang), f"{len(data.won)} / {money(data.won_amount)}"),
        (t("lost", lang), number(len(data.lost))),
        (t("weighted_start", lang), money(data.weighted_start)),
        (t("weighted_end", lang), money(data.weighted_end)),
        (t("weighted_change", lang), money(data.weighted_change)),
        (t("collections", lang), money(data.collections)),
        (t("overdue", lang), money(data.overdue_collections)),
        (t("next_planned", lang), number(len(data.next_planned))),
    ]
    if isinstance(data, MonthlyReport):
        out.append((t("revenue", lang), money(data.revenue)))
    return out


def report_pdf(data: DailyReport | PeriodSummary, lang: str) -> bytes:
    """The report's PDF, as "Make PDF" writes it."""
    return pdf_bytes(lambda path: render_report(data, path, lang))


def print_preview(parent: QWidget, data: DailyReport | PeriodSummary, lang: str) -> QPrintPreviewDialog:
    """A print preview dialog over the report's PDF (not yet shown: call ``exec()``)."""
    # the button's own words, without its ellipsis (already translated)
    title = QCoreApplication.translate("ReportView", "Print…").rstrip("….") + f" — {data.period.key}"
    return pdf_preview_dialog(parent, report_pdf(data, lang), title)

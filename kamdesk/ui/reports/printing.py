"""Print preview of a report: the same figures, tables and text as the PDF,
laid out as HTML in a QTextDocument (Qt has no PDF renderer in
pyside6-essentials), printed through QPrintPreviewDialog."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from kamdesk.reports.common import money, number, pct, t
from kamdesk.services.reporting import DailyReport, MonthlyReport, PeriodSummary

_CSS = (
    "<style>body{font-size:9pt} table{border-collapse:collapse;width:100%} td,th{border:1px solid #9aa5b1;"
    "padding:3px;vertical-align:top} th{background:#e8eef5;font-weight:normal;text-align:left}"
    " h1{font-size:15pt} h2{font-size:12pt;margin:8px 0 3px 0} .r{text-align:right}</style>"
)


def _e(text: object) -> str:
    return escape(str(text if text is not None else "")).replace("\n", "<br/>")


def _table(header: list[str], rows: list[list[Any]]) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


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


def report_html(data: DailyReport | PeriodSummary, lang: str) -> str:
    title_key = (
        "daily_title"
        if isinstance(data, DailyReport)
        else ("monthly_title" if isinstance(data, MonthlyReport) else "weekly_title")
    )
    parts = [_CSS, f"<h1>{_e(t(title_key, lang))} {_e(data.period.key)} · {_e(data.rep.name)}</h1>"]
    if not data.has_data:
        parts.append(f"<p><b>{_e(t('no_data', lang))}</b></p>")
    if data.annotations:
        parts.append(f"<h2>{_e(t('annotations', lang))}</h2>")
        parts.append(
            _table(
                [t("author", lang), t("section", lang), t("content", lang)],
                [[a.author, a.section or "", a.text] for a in data.annotations],
            )
        )
    parts.append(f"<h2>{_e(t('key_figures', lang))}</h2>")
    parts.append(_table([t("item", lang), t("actual", lang)], [list(p) for p in figures(data, lang)]))
    visits = data.visits_done if isinstance(data, DailyReport) else data.visits
    if visits:
        parts.append(f"<h2>{_e(t('visits_section', lang))}</h2>")
        parts.append(
            _table(
                [
                    t("date", lang),
                    t("account", lang),
                    t("kind", lang),
                    t("objective", lang),
                    t("outcome", lang),
                ],
                [[f"{v.on} {v.at}", v.account, v.kind.label(lang), v.objective, v.outcome] for v in visits],
            )
        )
    if isinstance(data, MonthlyReport) and data.targets:
        parts.append(f"<h2>{_e(t('targets', lang))}</h2>")
        parts.append(
            _table(
                [
                    t("metric", lang),
                    t("minimum", lang),
                    t("normal", lang),
                    t("stretch", lang),
                    t("actual", lang),
                ],
                [
                    [
                        x.metric.label(lang),
                        number(x.minimum),
                        number(x.normal),
                        number(x.stretch),
                        number(x.actual),
                    ]
                    for x in data.targets
                ],
            )
        )
    if data.items:
        parts.append(f"<h2>{_e(t('plan_items', lang))}</h2>")
        parts.append(
            _table(
                [t("item", lang), t("result", lang), t("done", lang)],
                [[i.text, i.result, t("yes", lang) if i.done else t("no", lang)] for i in data.items],
            )
        )
    for key, value in (
        ("plan", data.text.plan_text),
        ("summary", data.text.summary_text),
        ("key_problems", data.text.key_problems),
        ("hard_problems", data.text.hard_problems),
    ):
        parts.append(f"<h2>{_e(t(key, lang))}</h2><p>{_e(value or t('nothing', lang))}</p>")
    return "".join(parts)


def print_preview(parent: QWidget, data: DailyReport | PeriodSummary, lang: str) -> QPrintPreviewDialog:
    """A print preview dialog for the report (not yet shown: call ``exec()``)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer, parent)
    doc = QTextDocument(dialog)
    doc.setHtml(report_html(data, lang))
    dialog.paintRequested.connect(doc.print_)
    return dialog

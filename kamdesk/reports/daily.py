"""The daily work log (工作日志) as a PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kamdesk.reports import planning_labels  # noqa: F401  (registers the planning labels)
from kamdesk.reports.common import (
    build_pdf,
    fmt_date,
    heading,
    keep_space,
    key_value_table,
    no_data,
    number,
    para,
    t,
    table,
    text_block,
    yes_no,
)
from kamdesk.services.reporting import AnnotationRow, CommitmentRow, DailyReport, PlanItemRow, VisitRow


def visits_table(
    rows: tuple[VisitRow, ...], lang: str, *, with_date: bool = False, outcome: bool = True
) -> Any:
    header = [
        t("date" if with_date else "time", lang),
        t("account", lang),
        t("kind", lang),
        t("objective", lang),
    ]
    widths = [0.13, 0.25, 0.1, 0.22]
    if outcome:
        header += [t("outcome", lang), t("met", lang)]
        widths += [0.22, 0.08]
    else:
        header += [t("status", lang)]
        widths += [0.3]
    data = []
    for v in rows:
        when = f"{v.on.isoformat()} {v.at}" if with_date else v.at
        row: list[object] = [when, v.account, v.kind.label(lang), v.objective]
        if outcome:
            met = (
                t(v.objective_met, lang)
                if v.objective_met in ("yes", "partly", "no")
                else v.objective_met or ""
            )
            row += [v.outcome, met]
        else:
            row += [v.status.label(lang)]
        data.append(row)
    return table(header, data, widths)


def commitments_table(rows: tuple[CommitmentRow, ...], lang: str) -> Any:
    header = [
        t("account", lang),
        t("side", lang),
        t("commitment", lang),
        t("owner", lang),
        t("due_on", lang),
        t("done_on", lang),
    ]
    data = [
        [c.account, c.side.label(lang), c.text, c.owner, fmt_date(c.due_on), fmt_date(c.done_on)]
        for c in rows
    ]
    return table(header, data, [0.22, 0.1, 0.32, 0.12, 0.12, 0.12])


def items_table(rows: tuple[PlanItemRow, ...], lang: str) -> Any:
    header = ["#", t("item", lang), t("account", lang), t("result", lang), t("done", lang)]
    data = [[i + 1, it.text, it.account or "", it.result, yes_no(it.done, lang)] for i, it in enumerate(rows)]
    return table(header, data, [0.05, 0.38, 0.2, 0.27, 0.1])


def annotations_block(rows: tuple[AnnotationRow, ...], lang: str) -> list[Any]:
    if not rows:
        return []
    header = [t("author", lang), t("date", lang), t("section", lang), t("content", lang)]
    data = [[a.author, a.at.strftime("%Y-%m-%d %H:%M"), a.section or "", a.text] for a in rows]
    return [keep_space(), heading(t("annotations", lang)), table(header, data, [0.14, 0.18, 0.14, 0.54])]


#: Longest list a report prints in full; past it the first rows and a count of the rest.
LIST_LIMIT = 120


def section(
    title: str, rows: tuple[Any, ...], lang: str, builder: Any, *, limit: int | None = LIST_LIMIT
) -> list[Any]:
    """A heading and its table (or "none"); a list longer than ``limit`` shows
    its first ``limit`` rows and says how many more there are (None: a summary
    table built from all rows, never cut)."""
    out: list[Any] = [keep_space(), heading(title, 2)]
    if not rows:
        out.append(para(t("nothing", lang), "muted"))
        return out
    out.append(builder(rows if limit is None else rows[:limit], lang))
    if limit is not None and len(rows) > limit:
        out.append(para(t("more_rows", lang).format(n=len(rows) - limit, total=len(rows)), "muted"))
    return out


def activity_block(report: DailyReport, lang: str) -> list[Any]:
    """The day's effective calls against the decomposition (seed 004: "40通电话就是
    每天必须要检视达到的目标量")."""
    out: list[Any] = [heading(t("activity", lang))]
    a = report.activity
    if a is None:
        out.append(para(t("activity_none", lang), "muted"))
        return out
    out.append(
        key_value_table(
            [
                (t("activity_per_day", lang), number(a.per_day)),
                (t("activity_target", lang), a.target_period),
                (t("activity_today", lang), a.today.describe(lang)),
                (
                    f"{t('activity_so_far', lang)}（{a.working_days_gone} 个工作日）"
                    if lang.startswith("zh")
                    else f"{t('activity_so_far', lang)} ({a.working_days_gone} working days)",
                    a.so_far.describe(lang),
                ),
            ],
            columns=1,
        )
    )
    return out


def story(report: DailyReport, lang: str) -> list[Any]:
    from reportlab.platypus import Spacer

    out: list[Any] = [para(f"{t('daily_title', lang)} {report.period.key}", "title")]
    if not report.has_data:
        out.append(no_data(lang))
    out += annotations_block(report.annotations, lang)
    out.append(heading(t("key_figures", lang)))
    out.append(
        key_value_table(
            [
                (t("visits_done", lang), number(len(report.visits_done))),
                (t("contact_log", lang), number(len(report.contact_log))),
                (t("commitments_made", lang), number(len(report.commitments_made))),
                (t("commitments_due", lang), number(len(report.commitments_due))),
                (t("planned_tomorrow", lang), number(len(report.planned_tomorrow))),
                (t("plan_items", lang), number(len(report.items))),
            ],
            columns=3,
        )
    )
    out.append(Spacer(1, 4))
    out += activity_block(report, lang)
    out += section(t("visits_done_section", lang), report.visits_done, lang, visits_table)
    out += section(
        t("contact_log", lang),
        report.contact_log,
        lang,
        lambda rows, lg: table(
            [
                t("time", lg),
                t("account", lg),
                t("way", lg),
                t("person", lg),
                t("content", lg),
                t("next_step", lg),
            ],
            [
                [c.at.strftime("%H:%M"), c.account, c.way.label(lg), c.their_person, c.content, c.next_step]
                for c in rows
            ],
            [0.08, 0.2, 0.08, 0.16, 0.28, 0.2],
        ),
    )
    out += section(t("commitments_made", lang), report.commitments_made, lang, commitments_table)
    out += section(t("commitments_due", lang), report.commitments_due, lang, commitments_table)
    out += section(
        f"{t('planned_tomorrow', lang)}（{report.tomorrow.isoformat()}）"
        if lang.startswith("zh")
        else f"{t('planned_tomorrow', lang)} ({report.tomorrow.isoformat()})",
        report.planned_tomorrow,
        lang,
        lambda rows, lg: visits_table(rows, lg, outcome=False),
    )
    out += section(t("plan_items", lang), report.items, lang, items_table)
    out += text_block(t("plan", lang), report.text.plan_text, lang)
    out += text_block(t("summary", lang), report.text.summary_text, lang)
    out += text_block(t("key_problems", lang), report.text.key_problems, lang)
    out += text_block(t("hard_problems", lang), report.text.hard_problems, lang)
    return out


def render_daily(report: DailyReport, path: Path | str, lang: str = "zh") -> Path:
    """Write the daily work log PDF to ``path``."""
    return build_pdf(
        path,
        story(report, lang),
        title=t("daily_title", lang),
        rep_name=report.rep.name,
        period_label=report.period.key,
        lang=lang,
    )

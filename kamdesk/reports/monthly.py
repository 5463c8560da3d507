"""The monthly plan and summary (月计划与总结) as a PDF: the weekly sections
by month plus charts — visits per week, pipeline by stage, the funnel against
the reference ratios, targets vs actual with min/normal/stretch — top
accounts and the nine-grid openings as a 3×3 table."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from kamdesk.domain.funnels import StatusStep, reference_funnel
from kamdesk.domain.matrix import Lead, Territory
from kamdesk.reports import charts
from kamdesk.reports.common import (
    FRAME_WIDTH,
    build_pdf,
    heading,
    money,
    no_data,
    number,
    para,
    pct,
    t,
    table,
)
from kamdesk.reports.daily import annotations_block
from kamdesk.reports.period_details import detail_sections
from kamdesk.reports.weekly import (
    key_figures,
    next_plan_part,
    part_heading,
    period_label,
    text_sections,
    vp_questions,
)
from kamdesk.services.reporting import MonthlyReport, NineGridCellRow


def nine_grid_table(cells: tuple[NineGridCellRow, ...], lang: str, *, amounts: bool = True) -> Any:
    """Rows: our lead (we lead / even / we trail); columns: territory; each
    cell tinted by its opening class (normal / problem / abnormal)."""
    from reportlab.lib import colors
    from reportlab.platypus import Table

    from kamdesk.domain.matrix import OpeningKind, nine_grid
    from kamdesk.reports.styles import table_style

    by = {(c.territory, c.lead): c for c in cells}
    total = sum(c.count for c in cells)
    header = [para(f"{t('territory', lang)} →")] + [para(tr.label(lang)) for tr in Territory]
    rows: list[list[Any]] = [header]
    style = table_style()
    tint = {OpeningKind.NORMAL: "#eaf4ec", OpeningKind.PROBLEM: "#fdf3e3", OpeningKind.ABNORMAL: "#fbeeee"}
    for ri, ld in enumerate(Lead, start=1):
        row: list[Any] = [para(ld.label(lang))]
        for ci, tr in enumerate(Territory, start=1):
            c = by.get((tr, ld))
            cell = nine_grid(tr, ld)
            count = c.count if c else 0
            amount = f" · {money(c.amount)}" if amounts and c and c.count else ""
            unit = "项" if lang.startswith("zh") else ("opp." if count == 1 else "opps.")
            share = f"（{100 * count / total:.0f}%）" if total else ""
            text = f"{cell.cell} · {cell.kind.label(lang)}\n{number(count)} {unit}{share}{amount}\n{cell.strategy(lang)}"
            row.append(para(text))
            style.add("BACKGROUND", (ci, ri), (ci, ri), colors.HexColor(tint[cell.kind]))
        rows.append(row)
    tbl = Table(rows, colWidths=[FRAME_WIDTH * 0.16] + [FRAME_WIDTH * 0.28] * 3, repeatRows=1)
    tbl.setStyle(style)
    return tbl


def reference_funnel_block(counts: list[int], lang: str, *, title_key: str = "funnel") -> list[Any]:
    """The opportunity funnel against the seed's 250 : 125 : 25 : 5 : 1 scaled
    to the first step: actual, reference, actual as % of it, conversions, and
    the weakest step named."""
    from reportlab.platypus import CondPageBreak

    out: list[Any] = [CondPageBreak(260), heading(t(title_key, lang))]
    if not counts or not counts[0]:
        out.append(para(t("nothing", lang), "muted"))
        return out
    ref = reference_funnel(counts)
    out.append(
        charts.funnel(
            [(s.step.label(lang), s.actual, s.reference) for s in ref.steps],
            title="",
            legend=(t("scaled_reference", lang), t("reached", lang)),
        )
    )
    out.append(
        table(
            [
                t("step", lang),
                t("reached", lang),
                t("scaled_reference", lang),
                t("of_reference", lang),
                t("conversion", lang),
                t("reference_conversion", lang),
            ],
            [
                [
                    s.step.label(lang),
                    number(s.actual),
                    f"{s.reference:g}",
                    pct(s.of_reference),
                    pct(s.conversion),
                    pct(s.reference_conversion),
                ]
                for s in ref.steps
            ],
            [0.24, 0.11, 0.19, 0.15, 0.14, 0.17],
            align_right=(1, 2, 3, 4, 5),
        )
    )
    out.append(
        para(
            f"{t('weakest', lang)}：{ref.weakest_text(lang)}"
            if lang.startswith("zh")
            else f"{t('weakest', lang)}: {ref.weakest_text(lang)}",
            "base",
        )
    )
    return out


def status_funnel_block(steps: tuple[StatusStep, ...], lang: str) -> list[Any]:
    """客户销售状态分析: accounts at each of the five statuses, reached at least, conversions."""
    from reportlab.platypus import CondPageBreak

    out: list[Any] = [CondPageBreak(240), heading(t("status_funnel", lang))]
    if not steps or not steps[0].reached:
        out.append(para(t("nothing", lang), "muted"))
        return out
    out.append(
        charts.funnel(
            [(s.status.label(lang), s.accounts, Decimal(s.reached)) for s in steps],
            title="",
            legend=(t("reached_at_least", lang), t("accounts_at", lang)),
        )
    )
    out.append(
        table(
            [t("step", lang), t("accounts_at", lang), t("reached_at_least", lang), t("conversion", lang)],
            [[s.status.label(lang), number(s.accounts), number(s.reached), pct(s.conversion)] for s in steps],
            [0.34, 0.22, 0.22, 0.22],
            align_right=(1, 2, 3),
        )
    )
    return out


def story(r: MonthlyReport, lang: str) -> list[Any]:
    from reportlab.platypus import KeepTogether

    out: list[Any] = [para(f"{t('monthly_title', lang)} {period_label(r, lang)}", "title")]
    if not r.has_data:
        out.append(no_data(lang))
    out += annotations_block(r.annotations, lang)
    out.append(part_heading(t("month_summary", lang)))
    out += key_figures(r, lang)
    out += vp_questions(r, lang)
    out += _targets(r, lang)
    out += _visits_per_week(r, lang)
    out += _pipeline_by_stage(r, lang)
    out += reference_funnel_block([f.reached for f in r.funnel] if r.funnel else [], lang)
    out += status_funnel_block(r.status_funnel, lang)
    out += _top_accounts(r, lang)
    out.append(KeepTogether([heading(t("nine_grid", lang)), nine_grid_table(r.nine_grid, lang)]))
    out += _longer_plans(r, lang)
    out += text_sections(r, lang)
    out += detail_sections(r, lang, monthly=True)
    out += next_plan_part(r, lang, t("month_plan", lang))
    return out


def _targets(r: MonthlyReport, lang: str) -> list[Any]:
    """Targets against actuals: the table and its chart."""
    from reportlab.platypus import CondPageBreak

    out: list[Any] = [CondPageBreak(160), heading(t("targets", lang))]
    if not r.targets:
        out.append(para(t("nothing", lang), "muted"))
        return out
    trows = [
        [
            tg.metric.label(lang),
            number(tg.minimum),
            number(tg.normal),
            number(tg.stretch),
            number(tg.actual),
            tg.level.label(lang) if tg.level else t("none_reached", lang),
        ]
        for tg in r.targets
    ]
    out.append(
        table(
            [
                t("metric", lang),
                t("minimum", lang),
                t("normal", lang),
                t("stretch", lang),
                t("actual", lang),
                t("level", lang),
            ],
            trows,
            [0.2, 0.16, 0.16, 0.16, 0.16, 0.16],
            align_right=(1, 2, 3, 4),
        )
    )
    out.append(
        charts.targets(
            [(tg.metric.label(lang), tg.actual, tg.minimum, tg.normal, tg.stretch) for tg in r.targets],
            title="",
            marker_labels=(t("minimum", lang), t("normal", lang), t("stretch", lang)),
            lang=lang,
        )
    )
    return out


def _visits_per_week(r: MonthlyReport, lang: str) -> list[Any]:
    from reportlab.platypus import CondPageBreak

    return [
        CondPageBreak(200),
        heading(t("visits_per_week", lang)),
        charts.visits_per_week(
            [(w.key.split("-")[1], w.planned, w.done) for w in r.visits_per_week],
            title="",
            legend=(t("visits_planned", lang), t("visits_done", lang)),
        ),
    ]


def _pipeline_by_stage(r: MonthlyReport, lang: str) -> list[Any]:
    """The pipeline by stage: the chart, then the table with its total."""
    from reportlab.platypus import CondPageBreak

    stages = r.pipeline_by_stage
    zero = r.pipeline_start * 0
    chart = charts.pipeline_by_stage(
        [(s.stage.code, s.amount, s.weighted) for s in stages],
        title="",
        legend=(t("amount", lang), t("weighted", lang)),
        lang=lang,
    )
    rows = [
        [f"{s.stage.code} {s.stage.label(lang)}", number(s.count), money(s.amount), money(s.weighted)]
        for s in stages
    ]
    rows.append(
        [
            t("total", lang),
            number(sum(s.count for s in stages)),
            money(sum((s.amount for s in stages), start=zero)),
            money(sum((s.weighted for s in stages), start=zero)),
        ]
    )
    tbl = table(
        [t("stage", lang), t("count", lang), t("amount", lang), t("weighted", lang)],
        rows,
        [0.4, 0.14, 0.23, 0.23],
        align_right=(1, 2, 3),
    )
    return [CondPageBreak(260), heading(t("pipeline_by_stage", lang)), chart, tbl]


def _top_accounts(r: MonthlyReport, lang: str) -> list[Any]:
    from reportlab.platypus import CondPageBreak

    out: list[Any] = [CondPageBreak(120), heading(t("top_accounts", lang))]
    if not r.top_accounts:
        out.append(para(t("nothing", lang), "muted"))
        return out
    out.append(
        table(
            ["#", t("account", lang), t("purchases", lang), t("revenue", lang)],
            [[i + 1, a.account, number(a.purchases), money(a.revenue)] for i, a in enumerate(r.top_accounts)]
            + [["", t("total", lang), "", money(r.revenue)]],
            [0.06, 0.56, 0.14, 0.24],
            align_right=(2, 3),
        )
    )
    return out


def _longer_plans(r: MonthlyReport, lang: str) -> list[Any]:
    from reportlab.platypus import CondPageBreak

    if not r.longer_plans:
        return []
    return [
        CondPageBreak(90),
        heading(t("longer_plans", lang)),
        table(
            [t("period", lang), t("plan", lang)],
            [[f"{p.kind.label(lang)} {p.key}", p.plan_text] for p in r.longer_plans],
            [0.2, 0.8],
        ),
    ]


def render_monthly(report: MonthlyReport, path: Path | str, lang: str = "zh") -> Path:
    """Write the monthly plan and summary PDF to ``path``."""
    return build_pdf(
        path,
        story(report, lang),
        title=t("monthly_title", lang),
        rep_name=report.rep.name,
        period_label=report.period.key,
        lang=lang,
    )

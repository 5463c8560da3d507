"""The monthly plan and summary (月计划与总结) as a PDF: the weekly sections
by month plus charts — visits per week, pipeline by stage, the funnel against
the reference ratios, targets vs actual with min/normal/stretch — top
accounts and the nine-grid openings as a 3×3 table."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kamdesk.domain.matrix import Lead, Territory
from kamdesk.domain.reporting import expected_counts
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
from kamdesk.reports.weekly import detail_sections, key_figures, period_label, text_sections, vp_questions
from kamdesk.services.reporting import MonthlyReport, NineGridCellRow


def nine_grid_table(cells: tuple[NineGridCellRow, ...], lang: str) -> Any:
    """Rows: our lead (we lead / even / we trail); columns: territory."""
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
            amount = f" · {money(c.amount)}" if c and c.count else ""
            unit = "项" if lang.startswith("zh") else ("opp." if count == 1 else "opps.")
            share = f"（{100 * count / total:.0f}%）" if total else ""
            text = f"{cell.cell} · {cell.kind.label(lang)}\n{number(count)} {unit}{share}{amount}\n{cell.strategy(lang)}"
            row.append(para(text))
            style.add("BACKGROUND", (ci, ri), (ci, ri), colors.HexColor(tint[cell.kind]))
        rows.append(row)
    tbl = Table(rows, colWidths=[FRAME_WIDTH * 0.16] + [FRAME_WIDTH * 0.28] * 3, repeatRows=1)
    tbl.setStyle(style)
    return tbl


def story(r: MonthlyReport, lang: str) -> list[Any]:
    from reportlab.platypus import CondPageBreak, KeepTogether

    out: list[Any] = [para(f"{t('monthly_title', lang)} {period_label(r, lang)}", "title")]
    if not r.has_data:
        out.append(no_data(lang))
    out += annotations_block(r.annotations, lang)
    out += key_figures(r, lang)
    out += vp_questions(r, lang)

    # targets vs actual
    out.append(CondPageBreak(160))
    out.append(heading(t("targets", lang)))
    if r.targets:
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
    else:
        out.append(para(t("nothing", lang), "muted"))

    # visits per week
    out.append(CondPageBreak(200))
    out.append(heading(t("visits_per_week", lang)))
    out.append(
        charts.visits_per_week(
            [(w.key.split("-")[1], w.planned, w.done) for w in r.visits_per_week],
            title="",
            legend=(t("visits_planned", lang), t("visits_done", lang)),
        )
    )

    # pipeline by stage
    out.append(CondPageBreak(260))
    out.append(heading(t("pipeline_by_stage", lang)))
    out.append(
        charts.pipeline_by_stage(
            [(s.stage.code, s.amount, s.weighted) for s in r.pipeline_by_stage],
            title="",
            legend=(t("amount", lang), t("weighted", lang)),
            lang=lang,
        )
    )
    out.append(
        table(
            [t("stage", lang), t("count", lang), t("amount", lang), t("weighted", lang)],
            [
                [f"{s.stage.code} {s.stage.label(lang)}", number(s.count), money(s.amount), money(s.weighted)]
                for s in r.pipeline_by_stage
            ]
            + [
                [
                    t("total", lang),
                    number(sum(s.count for s in r.pipeline_by_stage)),
                    money(sum((s.amount for s in r.pipeline_by_stage), start=r.pipeline_start * 0)),
                    money(sum((s.weighted for s in r.pipeline_by_stage), start=r.pipeline_start * 0)),
                ]
            ],
            [0.4, 0.14, 0.23, 0.23],
            align_right=(1, 2, 3),
        )
    )

    # funnel
    out.append(CondPageBreak(260))
    out.append(heading(t("funnel", lang)))
    if r.funnel:
        expected = expected_counts(r.funnel[0].reached)
        out.append(
            charts.funnel(
                [(f.step.label(lang), f.reached, expected[i]) for i, f in enumerate(r.funnel)],
                title="",
                legend=(t("expected", lang), t("reached", lang)),
            )
        )
        out.append(
            table(
                [
                    t("step", lang),
                    t("reached", lang),
                    t("expected", lang),
                    t("conversion", lang),
                    t("reference_conversion", lang),
                    t("below", lang),
                ],
                [
                    [
                        f.step.label(lang),
                        number(f.reached),
                        f"{expected[i]:g}",
                        pct(f.conversion, fraction=True),
                        pct(f.reference_conversion, fraction=True),
                        t("yes", lang) if f.below_reference else "",
                    ]
                    for i, f in enumerate(r.funnel)
                ],
                [0.26, 0.12, 0.14, 0.16, 0.18, 0.14],
                align_right=(1, 2, 3, 4),
            )
        )
    else:
        out.append(para(t("nothing", lang), "muted"))

    # top accounts
    out.append(CondPageBreak(120))
    out.append(heading(t("top_accounts", lang)))
    if r.top_accounts:
        out.append(
            table(
                ["#", t("account", lang), t("purchases", lang), t("revenue", lang)],
                [
                    [i + 1, a.account, number(a.purchases), money(a.revenue)]
                    for i, a in enumerate(r.top_accounts)
                ]
                + [["", t("total", lang), "", money(r.revenue)]],
                [0.06, 0.56, 0.14, 0.24],
                align_right=(2, 3),
            )
        )
    else:
        out.append(para(t("nothing", lang), "muted"))

    # nine-grid
    out.append(KeepTogether([heading(t("nine_grid", lang)), nine_grid_table(r.nine_grid, lang)]))

    # longer plans
    if r.longer_plans:
        out.append(CondPageBreak(90))
        out.append(heading(t("longer_plans", lang)))
        out.append(
            table(
                [t("period", lang), t("plan", lang)],
                [[f"{p.kind.label(lang)} {p.key}", p.plan_text] for p in r.longer_plans],
                [0.2, 0.8],
            )
        )
    out += text_sections(r, lang)
    out += detail_sections(r, lang, monthly=True)
    return out


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

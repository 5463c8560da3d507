"""The weekly plan and summary (周计划和总结) as a PDF. Its sections are
shared with the monthly report: "no prose, only numbers" first, then the
VP's three questions (collections, schedule, key and hard problems), then
the lists behind the numbers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kamdesk.reports import planning_labels  # noqa: F401  (registers the planning labels)
from kamdesk.reports.common import (
    build_pdf,
    heading,
    keep_space,
    key_value_table,
    money,
    no_data,
    number,
    para,
    pct,
    t,
    table,
    text_block,
)
from kamdesk.reports.daily import (
    annotations_block,
    items_table,
    section,
    visits_table,
)
from kamdesk.reports.period_details import detail_sections
from kamdesk.services.reporting import PeriodSummary, WeeklyReport


def done_of_planned(done: int, planned: int, rate: Any, lang: str = "zh") -> str:
    """``3 / 5（60.0%）``: done against planned with the percentage."""
    if lang.lower().startswith("zh"):
        return f"{done} / {planned}（{pct(rate)}）"
    return f"{done} / {planned} ({pct(rate)})"


def key_figures(r: PeriodSummary, lang: str) -> list[Any]:
    pairs = [
        (t("visits_planned", lang), number(r.visits_planned)),
        (t("visits_done", lang), number(r.visits_done)),
        (t("done_rate", lang), pct(r.done_rate)),
        (
            f"{t('new_visits', lang)} {t('done_planned', lang)}",
            done_of_planned(r.new_visits, r.new_visits_planned, r.new_visits_rate, lang),
        ),
        (
            f"{t('revisits', lang)} {t('done_planned', lang)}",
            done_of_planned(r.revisits, r.revisits_planned, r.revisits_rate, lang),
        ),
        (t("per_day", lang), "—" if r.visits_per_day is None else f"{r.visits_per_day}"),
        (t("calls", lang), number(r.calls)),
        (t("stage_moves", lang), number(r.moves_between_stages)),
        (t("won", lang), f"{len(r.won)} / {money(r.won_amount)}"),
        (t("lost", lang), number(len(r.lost))),
        (t("pipeline_start", lang), money(r.pipeline_start)),
        (t("pipeline_end", lang), money(r.pipeline_end)),
        (t("weighted_start", lang), money(r.weighted_start)),
        (t("weighted_end", lang), money(r.weighted_end)),
        (t("weighted_change", lang), ("+" if r.weighted_change > 0 else "") + money(r.weighted_change)),
        (t("collections", lang), money(r.collections)),
        (t("overdue", lang), money(r.overdue_collections)),
        (t("next_planned", lang), number(len(r.next_planned))),
    ]
    return [heading(t("key_figures", lang)), key_value_table(pairs, columns=3)]


def vp_answers(r: PeriodSummary, lang: str) -> tuple[str, str, str]:
    """The sales VP's three questions (seed 004: 回款是否正常？销售人员的日程是否饱满？
    重点和难点问题是什么？) answered with the period's figures: "拒绝文字，只要数字"."""
    zh = lang.startswith("zh")
    per_day = "—" if r.visits_per_day is None else f"{r.visits_per_day}"
    next_day = "—" if r.next_per_day is None else f"{r.next_per_day}"
    if zh:
        if r.collections_plan is None:
            coll = f"本期回款 {money(r.collections)}（未设回款计划）"
        else:
            coll = f"本期回款 {money(r.collections)} / 计划 {money(r.collections_plan)}，完成 {pct(r.collections_rate)}"
        coll += f"；逾期未回款 {money(r.overdue_collections)}。"
        sched = (
            f"完成拜访 {r.visits_done} / 计划 {r.visits_planned}（{pct(r.done_rate)}），"
            f"{r.working_days} 个工作日，日均 {per_day} 次；有效电话 {r.calls} 通。"
            f"下期（{r.next_period.key}）已排拜访 {len(r.next_planned)} 次，"
            f"{r.next_working_days} 个工作日，日均 {next_day} 次。"
        )
        problems = []
        if r.text.key_problems:
            problems.append(f"重点问题：{r.text.key_problems}")
        if r.text.hard_problems:
            problems.append(f"难点问题：{r.text.hard_problems}")
        probs = "；".join(problems) or t("nothing", lang)
    else:
        if r.collections_plan is None:
            coll = f"Collected {money(r.collections)} (no collections plan set)"
        else:
            coll = (
                f"Collected {money(r.collections)} of {money(r.collections_plan)} planned, "
                f"{pct(r.collections_rate)}"
            )
        coll += f"; overdue and unpaid {money(r.overdue_collections)}."
        sched = (
            f"{r.visits_done} of {r.visits_planned} visits done ({pct(r.done_rate)}) over "
            f"{r.working_days} working days, {per_day} a day; {r.calls} effective calls. "
            f"Next period ({r.next_period.key}): {len(r.next_planned)} visits booked over "
            f"{r.next_working_days} working days, {next_day} a day."
        )
        problems = []
        if r.text.key_problems:
            problems.append(f"Key: {r.text.key_problems}")
        if r.text.hard_problems:
            problems.append(f"Hard: {r.text.hard_problems}")
        probs = "; ".join(problems) or t("nothing", lang)
    return coll, sched, probs


def vp_questions(r: PeriodSummary, lang: str) -> list[Any]:
    coll, sched, probs = vp_answers(r, lang)
    data = [
        [t("q_collections", lang), coll],
        [t("q_schedule", lang), sched],
        [t("q_problems", lang), probs],
    ]
    return [
        keep_space(110),
        heading(t("vp_questions", lang)),
        table([t("item", lang), t("summary", lang)], data, [0.25, 0.75]),
    ]


def part_heading(text: str) -> Any:
    """A banded heading for the form's two parts (工作总结 / 工作计划)."""
    from reportlab.lib import colors
    from reportlab.platypus import Table

    from kamdesk.reports.common import FRAME_WIDTH
    from kamdesk.reports.fonts import register_fonts

    tbl = Table([[para(text, "h1")]], colWidths=[FRAME_WIDTH])
    tbl.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), register_fonts()),
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e3ecf5")),
            ("LINEBELOW", (0, 0), (-1, -1), 1.2, colors.HexColor("#2b5d8a")),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
    )
    return tbl


def next_plan_part(r: PeriodSummary, lang: str, title: str) -> list[Any]:
    """下周工作计划 / 下月工作计划: the next period's own plan printed in this
    report — planned new visits and revisits, visits booked a working day,
    its targets, the rep's plan text and items, the visits booked."""
    zh = lang.startswith("zh")
    next_day = "—" if r.next_per_day is None else f"{r.next_per_day}"
    from reportlab.platypus import Spacer

    out: list[Any] = [
        keep_space(160),
        Spacer(1, 10),
        part_heading(f"{title} {period_label_of(r.next_period, lang)}"),
    ]
    out.append(
        key_value_table(
            [
                (t("new_visits", lang), number(r.next_new_visits)),
                (t("revisits", lang), number(r.next_revisits)),
                (t("booked", lang), number(len(r.next_planned))),
                (
                    t("per_day", lang),
                    f"{next_day}（{r.next_working_days} 个工作日）"
                    if zh
                    else f"{next_day} ({r.next_working_days} working days)",
                ),
            ],
            columns=2,
        )
    )
    out += text_block(t("plan", lang), r.next_text.plan_text, lang)
    if r.next_items:
        out += section(t("plan_items", lang), r.next_items, lang, items_table)
    out += next_targets(r, lang)
    out += section(
        f"{t('next_planned', lang)} {r.next_period.key}",
        r.next_planned,
        lang,
        lambda rows, lg: visits_table(rows, lg, with_date=True, outcome=False),
    )
    return out


def next_targets(r: PeriodSummary, lang: str) -> list[Any]:
    """The next period's targets (minimum, normal, stretch)."""
    out: list[Any] = [keep_space(80), heading(t("next_targets", lang), 2)]
    if r.next_targets:
        out.append(
            table(
                [
                    t("period", lang),
                    t("metric", lang),
                    t("minimum", lang),
                    t("normal", lang),
                    t("stretch", lang),
                ],
                [
                    [
                        f"{g.period_kind.label(lang)} {g.period_key}",
                        g.metric.label(lang),
                        number(g.minimum),
                        number(g.normal),
                        number(g.stretch),
                    ]
                    for g in r.next_targets
                ],
                [0.22, 0.18, 0.2, 0.2, 0.2],
                align_right=(2, 3, 4),
            )
        )
    else:
        out.append(para(t("nothing", lang), "muted"))
    return out


def period_label_of(p: Any, lang: str = "zh") -> str:
    span = f"{p.starts_on.isoformat()} – {p.ends_on.isoformat()}"
    return f"{p.key}（{span}）" if lang.lower().startswith("zh") else f"{p.key} ({span})"


def text_sections(r: PeriodSummary, lang: str) -> list[Any]:
    out: list[Any] = []
    out += text_block(t("plan", lang), r.text.plan_text, lang)
    out += text_block(t("summary", lang), r.text.summary_text, lang)
    out += text_block(t("key_problems", lang), r.text.key_problems, lang)
    out += text_block(t("hard_problems", lang), r.text.hard_problems, lang)
    return out


def period_label(r: PeriodSummary, lang: str = "zh") -> str:
    """``2026-W48（2026-11-23 – 2026-11-29）``; English punctuation in English."""
    return period_label_of(r.period, lang)


def story(r: WeeklyReport, lang: str) -> list[Any]:
    out: list[Any] = [para(f"{t('weekly_title', lang)} {period_label(r, lang)}", "title")]
    if not r.has_data:
        out.append(no_data(lang))
    out += annotations_block(r.annotations, lang)
    out.append(part_heading(t("week_summary", lang)))
    out += key_figures(r, lang)
    out += vp_questions(r, lang)
    out += text_sections(r, lang)
    out += detail_sections(r, lang)
    out += next_plan_part(r, lang, t("week_plan", lang))
    return out


def render_weekly(report: WeeklyReport, path: Path | str, lang: str = "zh") -> Path:
    """Write the weekly plan and summary PDF to ``path``."""
    return build_pdf(
        path,
        story(report, lang),
        title=t("weekly_title", lang),
        rep_name=report.rep.name,
        period_label=report.period.key,
        lang=lang,
    )

"""The team rollup PDF for a manager: per rep and in total — visits (new vs
revisits), pipeline and weighted pipeline, funnel, nine-grid openings,
targets vs actual."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kamdesk.domain.matrix import nine_grid_shares
from kamdesk.domain.periods import TargetMetric
from kamdesk.domain.pipeline import FUNNEL_STEPS
from kamdesk.domain.reporting import level_reached, rate
from kamdesk.reports import planning_labels  # noqa: F401  (registers the planning labels)
from kamdesk.reports.common import build_pdf, heading, keep_space, money, no_data, number, para, pct, t, table
from kamdesk.services.reporting.rollup import CELLS, ZERO, RepRollup, TeamRollup


def _name(r: RepRollup, lang: str) -> str:
    return t("total", lang) if r.rep_uuid == "" else r.rep_name


def _bold_last(rows: int) -> list[tuple[Any, ...]]:
    from reportlab.lib import colors

    return [("BACKGROUND", (0, rows), (-1, rows), colors.HexColor("#f3f6f9"))]


def story(team: TeamRollup, lang: str) -> list[Any]:
    everyone = [*team.reps, team.total]
    out: list[Any] = [para(f"{t('team_title', lang)} {team.month}", "title")]
    out.append(para(f"{t('reps', lang)}: {len(team.reps)}", "muted"))
    if not team.has_data:
        out.append(no_data(lang))
        return out
    out += [heading(t("visits_section", lang)), _visits_table(everyone, lang)]
    out += [keep_space(), heading(t("pipeline", lang)), _pipeline_table(everyone, lang)]
    out += [keep_space(), heading(t("funnel", lang)), _funnel_table(everyone, lang)]
    out += [keep_space(), heading(t("nine_grid", lang)), _nine_grid_table(team, everyone, lang)]
    out += _targets(everyone, lang)
    out += planning_sections(team, lang)
    if team.sources:
        out += [keep_space(), heading(t("sources", lang), 2), para(", ".join(team.sources), "muted")]
    return out


def _visits_table(everyone: list[RepRollup], lang: str) -> Any:
    return table(
        [
            t("rep", lang),
            t("visits_planned", lang),
            t("visits_done", lang),
            t("done_rate", lang),
            t("new_visits", lang),
            t("revisits", lang),
        ],
        [
            [
                _name(r, lang),
                number(r.visits_planned),
                number(r.visits_done),
                pct(rate(r.visits_done, r.visits_planned)),
                number(r.new_visits),
                number(r.revisits),
            ]
            for r in everyone
        ],
        [0.25, 0.15, 0.15, 0.15, 0.15, 0.15],
        align_right=(1, 2, 3, 4, 5),
        extra=_bold_last(len(everyone)),
    )


def _pipeline_table(everyone: list[RepRollup], lang: str) -> Any:
    return table(
        [
            t("rep", lang),
            t("open_opps", lang),
            t("pipeline", lang),
            t("weighted_pipeline", lang),
            t("won", lang),
            t("won_amount", lang),
            t("revenue", lang),
            t("collections", lang),
        ],
        [
            [
                _name(r, lang),
                number(r.open_opportunities),
                money(r.pipeline),
                money(r.weighted),
                number(r.won),
                money(r.won_amount),
                money(r.revenue),
                money(r.collections),
            ]
            for r in everyone
        ],
        [0.16, 0.1, 0.14, 0.14, 0.07, 0.13, 0.13, 0.13],
        align_right=(1, 2, 3, 4, 5, 6, 7),
        extra=_bold_last(len(everyone)),
    )


def _funnel_table(everyone: list[RepRollup], lang: str) -> Any:
    return table(
        [t("rep", lang)] + [s.label(lang) for s in FUNNEL_STEPS],
        [[_name(r, lang)] + [number(x) for x in r.funnel] for r in everyone]
        + [[t("expected", lang)] + [f"{s.reference}" for s in FUNNEL_STEPS]],
        [0.25] + [0.15] * 5,
        align_right=(1, 2, 3, 4, 5),
        extra=_bold_last(len(everyone)),
    )


def _nine_grid_table(team: TeamRollup, everyone: list[RepRollup], lang: str) -> Any:
    shares = nine_grid_shares(team.total.nine_grid)  # each cell's share of the team's openings
    return table(
        [t("rep", lang), *list(CELLS)],
        [[_name(r, lang)] + [number(r.nine_grid.get(c, 0)) for c in CELLS] for r in everyone]
        + [[t("share_of_all", lang)] + [f"{shares[c]:.0f}%" for c in CELLS]],
        [0.19] + [0.09] * 9,
        align_right=tuple(range(1, 10)),
        extra=_bold_last(len(everyone)),
    )


def _targets(everyone: list[RepRollup], lang: str) -> list[Any]:
    """Targets against actuals, per metric and rep, with the level reached."""
    metrics = [m for m in TargetMetric if any(m.code in r.targets for r in everyone)]
    out: list[Any] = [keep_space(), heading(t("targets", lang))]
    if not metrics:
        out.append(para(t("nothing", lang), "muted"))
    rows = []
    for m in metrics:
        for r in everyone:
            if m.code not in r.targets:
                continue
            mn, nm, st = r.targets[m.code]
            actual = r.actuals.get(m.code)
            level = level_reached(actual, mn, nm, st) if actual is not None else None
            rows.append(
                [
                    m.label(lang),
                    _name(r, lang),
                    number(mn),
                    number(nm),
                    number(st),
                    number(actual),
                    level.label(lang) if level else t("none_reached", lang),
                ]
            )
    if rows:
        out.append(
            table(
                [
                    t("metric", lang),
                    t("rep", lang),
                    t("minimum", lang),
                    t("normal", lang),
                    t("stretch", lang),
                    t("actual", lang),
                    t("level", lang),
                ],
                rows,
                [0.13, 0.17, 0.14, 0.14, 0.14, 0.14, 0.14],
                align_right=(2, 3, 4, 5),
            )
        )
    return out


def planning_sections(team: TeamRollup, lang: str) -> list[Any]:
    """What a manager's month needs beyond the tables: the charts, the funnel
    against the reference scaled to the team, the nine-grid coloured by
    opening class, each rep's on-time record, and each rep's own plan,
    summary, key and hard problems."""
    out = _charts(team, lang)
    out += [keep_space(), heading(t("handins", lang)), _handins(team, lang)]
    out += [keep_space(), heading(t("rep_text", lang))]
    for r in team.reps:
        rows = [
            [t("plan", lang), r.plan_text or t("nothing", lang)],
            [t("summary", lang), r.summary_text or t("nothing", lang)],
            [t("key_problems", lang), r.key_problems or t("nothing", lang)],
            [t("hard_problems", lang), r.hard_problems or t("nothing", lang)],
        ]
        out.append(keep_space(80))
        out.append(heading(r.rep_name, 2))
        out.append(table([t("item", lang), t("summary", lang)], rows, [0.2, 0.8]))
    return out


def _charts(team: TeamRollup, lang: str) -> list[Any]:
    """Visits and pipeline per rep, the team's funnel against the reference,
    and the nine-grid coloured by opening class."""
    from reportlab.platypus import KeepTogether

    from kamdesk.domain.matrix import Lead, Territory, nine_grid
    from kamdesk.reports import charts
    from kamdesk.reports.monthly import nine_grid_table, reference_funnel_block
    from kamdesk.services.reporting import NineGridCellRow

    out: list[Any] = [keep_space(220), heading(t("charts", lang))]
    out.append(
        charts.visits_per_week(
            [(r.rep_name, r.visits_planned, r.visits_done) for r in team.reps],
            title=t("visits_section", lang),
            legend=(t("visits_planned", lang), t("visits_done", lang)),
        )
    )
    out.append(
        charts.pipeline_by_stage(
            [(r.rep_name, r.pipeline, r.weighted) for r in team.reps],
            title=t("pipeline", lang),
            legend=(t("pipeline", lang), t("weighted_pipeline", lang)),
            lang=lang,
        )
    )
    out += reference_funnel_block(list(team.total.funnel), lang)
    cells = tuple(
        NineGridCellRow(
            nine_grid(tr, ld).cell, tr, ld, team.total.nine_grid.get(nine_grid(tr, ld).cell, 0), ZERO
        )
        for tr in Territory
        for ld in Lead
    )
    out.append(KeepTogether([heading(t("nine_grid", lang)), nine_grid_table(cells, lang, amounts=False)]))
    return out


def _handins(team: TeamRollup, lang: str) -> Any:
    """Each rep's reports handed in on time, late and missing."""
    known = [r for r in team.reps if r.handins is not None]
    if not known:
        return para(t("nothing", lang), "muted")
    return table(
        [
            t("rep", lang),
            t("on_time", lang),
            t("late", lang),
            t("missing", lang),
            t("on_time_rate", lang),
        ],
        [
            [
                r.rep_name,
                number(r.handins[0]),
                number(r.handins[1]),
                number(r.handins[2]),
                pct(rate(r.handins[0], sum(r.handins))),
            ]
            for r in known
            if r.handins is not None
        ],
        [0.28, 0.18, 0.18, 0.18, 0.18],
        align_right=(1, 2, 3, 4),
    )


def render_team(team: TeamRollup, path: Path | str, lang: str = "zh", *, manager: str = "") -> Path:
    """Write the team rollup PDF to ``path``."""
    return build_pdf(
        path,
        story(team, lang),
        title=t("team_title", lang),
        rep_name=manager or t("n_reps", lang).format(n=len(team.reps)),
        who_label=t("team", lang),
        # the PDF's author is a person (or the app), never a head count
        author=manager or "KAMdesk team report",
        period_label=team.month,
        lang=lang,
    )

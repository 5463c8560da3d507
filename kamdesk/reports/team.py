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
from kamdesk.reports.common import build_pdf, heading, keep_space, money, no_data, number, para, pct, t, table
from kamdesk.services.reporting.rollup import CELLS, RepRollup, TeamRollup


def _name(r: RepRollup, lang: str) -> str:
    return t("total", lang) if r.rep_uuid == "" else r.rep_name


def _bold_last(rows: int) -> list[tuple[Any, ...]]:
    from reportlab.lib import colors

    return [("BACKGROUND", (0, rows), (-1, rows), colors.HexColor("#f3f6f9"))]


def story(team: TeamRollup, lang: str) -> list[Any]:
    everyone = [*team.reps, team.total]
    n = len(everyone)
    out: list[Any] = [para(f"{t('team_title', lang)} {team.month}", "title")]
    out.append(para(f"{t('reps', lang)}: {len(team.reps)}", "muted"))
    if not team.has_data:
        out.append(no_data(lang))
        return out

    out.append(heading(t("visits_section", lang)))
    out.append(
        table(
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
            extra=_bold_last(n),
        )
    )

    out += [keep_space(), heading(t("pipeline", lang))]
    out.append(
        table(
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
            extra=_bold_last(n),
        )
    )

    out += [keep_space(), heading(t("funnel", lang))]
    out.append(
        table(
            [t("rep", lang)] + [s.label(lang) for s in FUNNEL_STEPS],
            [[_name(r, lang)] + [number(x) for x in r.funnel] for r in everyone]
            + [[t("expected", lang)] + [f"{s.reference}" for s in FUNNEL_STEPS]],
            [0.25] + [0.15] * 5,
            align_right=(1, 2, 3, 4, 5),
            extra=_bold_last(n),
        )
    )

    out += [keep_space(), heading(t("nine_grid", lang))]
    shares = nine_grid_shares(team.total.nine_grid)  # each cell's share of the team's openings
    out.append(
        table(
            [t("rep", lang), *list(CELLS)],
            [[_name(r, lang)] + [number(r.nine_grid.get(c, 0)) for c in CELLS] for r in everyone]
            + [[t("share_of_all", lang)] + [f"{shares[c]:.0f}%" for c in CELLS]],
            [0.19] + [0.09] * 9,
            align_right=tuple(range(1, 10)),
            extra=_bold_last(n),
        )
    )

    metrics = [m for m in TargetMetric if any(m.code in r.targets for r in everyone)]
    out += [keep_space(), heading(t("targets", lang))]
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
    if team.sources:
        out += [keep_space(), heading(t("sources", lang), 2), para(", ".join(team.sources), "muted")]
    return out


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

"""The lists behind a weekly or monthly report's numbers: plan items, visits
(one by one, or summed per account for a month), stage moves, opportunities
closed, commitments and collections."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kamdesk.reports.common import fmt_date, money, number, t, table
from kamdesk.reports.daily import LIST_LIMIT, commitments_table, items_table, section, visits_table
from kamdesk.services.reporting import PeriodSummary

TOP_ACCOUNTS_VISITED = 20


def visits_by_account(r: PeriodSummary, lang: str) -> Any:
    """Visits summed per account (most visited first; the rest in one row):
    a month's summary shows where the time went, not every visit."""
    from collections import Counter

    scheduled = Counter(v.account for v in r.visits)
    done = Counter(v.account for v in r.visits if v.status.code == "done")
    new = Counter(v.account for v in r.visits if v.status.code == "done" and v.kind.code == "new")
    order = sorted(scheduled, key=lambda a: (-done[a], -scheduled[a], a))
    rows: list[list[object]] = [
        [a, number(scheduled[a]), number(done[a]), number(new[a]), number(done[a] - new[a])]
        for a in order[:TOP_ACCOUNTS_VISITED]
    ]
    rest = order[TOP_ACCOUNTS_VISITED:]
    if rest:
        label = f"其他 {len(rest)} 家客户" if lang.startswith("zh") else f"{len(rest)} other accounts"
        rows.append(
            [
                label,
                number(sum(scheduled[a] for a in rest)),
                number(sum(done[a] for a in rest)),
                number(sum(new[a] for a in rest)),
                number(sum(done[a] - new[a] for a in rest)),
            ]
        )
    header = [
        t("account", lang),
        t("visits_planned", lang),
        t("visits_done", lang),
        t("new_visits", lang),
        t("revisits", lang),
    ]
    return table(header, rows, [0.44, 0.14, 0.14, 0.14, 0.14], align_right=(1, 2, 3, 4))


def moves_summary(r: PeriodSummary, lang: str) -> Any:
    """Stage changes of the period counted by (from, to), most frequent first."""
    from collections import Counter

    pairs = Counter((m.from_stage, m.to_stage) for m in r.stage_moves)

    def label(stage: Any) -> str:
        return f"{stage.code} {stage.label(lang)}" if stage is not None else t("new_opportunity", lang)

    rows: list[list[object]] = [
        [label(a), label(b), number(n)]
        for (a, b), n in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0][1].order))
    ]
    return table(
        [t("from_stage", lang), t("to_stage", lang), t("count", lang)],
        rows,
        [0.42, 0.42, 0.16],
        align_right=(2,),
    )


def payments_by_account(r: PeriodSummary, lang: str) -> Any:
    """Collections summed per account, largest first (top 20, the rest in one row)."""
    totals: dict[str, list[Any]] = {}
    for p in r.payments:
        acc = totals.setdefault(p.account, [r.collections * 0, 0])
        acc[0] += p.amount
        acc[1] += 1
    order = sorted(totals.items(), key=lambda kv: (-kv[1][0], kv[0]))
    rows: list[list[object]] = [[a, number(v[1]), money(v[0])] for a, v in order[:TOP_ACCOUNTS_VISITED]]
    rest = order[TOP_ACCOUNTS_VISITED:]
    if rest:
        label = f"其他 {len(rest)} 家客户" if lang.startswith("zh") else f"{len(rest)} other accounts"
        rows.append(
            [
                label,
                number(sum(v[1] for _a, v in rest)),
                money(sum((v[0] for _a, v in rest), r.collections * 0)),
            ]
        )
    rows.append([t("total", lang), number(len(r.payments)), money(r.collections)])
    return table(
        [t("account", lang), t("payments_count", lang), t("amount", lang)],
        rows,
        [0.56, 0.16, 0.28],
        align_right=(1, 2),
    )


def detail_sections(r: PeriodSummary, lang: str, *, monthly: bool = False) -> list[Any]:
    """The lists behind the numbers. A month lists visits per account and
    leaves out the visit-by-visit lists (the weekly reports hold them)."""
    out: list[Any] = []
    out += section(t("plan_items", lang), r.items, lang, items_table)
    if monthly:
        out += section(
            t("visits_by_account", lang),
            r.visits,
            lang,
            lambda _rows, lg: visits_by_account(r, lg),
            limit=None,
        )
        out += section(
            t("moves_summary", lang), r.stage_moves, lang, lambda _rows, lg: moves_summary(r, lg), limit=None
        )
    else:
        out += section(
            t("visits_section", lang), r.visits, lang, lambda rows, lg: visits_table(rows, lg, with_date=True)
        )
    out += section(
        t("stage_moves", lang),
        r.stage_moves,
        lang,
        limit=40 if monthly else LIST_LIMIT,
        builder=stage_moves_table,
    )
    out += section(t("closed", lang), r.won + r.lost, lang, closed_table)
    if not monthly:
        out += section(t("commitments_made", lang), r.commitments_made, lang, commitments_table)
    out += section(
        t("commitments_due", lang),
        r.commitments_due,
        lang,
        commitments_table,
        limit=60 if monthly else LIST_LIMIT,
    )
    if monthly:
        out += section(
            t("payments_by_account", lang),
            r.payments,
            lang,
            lambda _rows, lg: payments_by_account(r, lg),
            limit=None,
        )
    else:
        out += section(t("payments", lang), r.payments, lang, payments_table)
    return out


def stage_moves_table(rows: Sequence[Any], lang: str) -> Any:
    return table(
        [
            t("date", lang),
            t("opportunity", lang),
            t("account", lang),
            t("from_stage", lang),
            t("to_stage", lang),
        ],
        [
            [
                m.at.strftime("%Y-%m-%d"),
                m.opportunity,
                m.account,
                f"{m.from_stage.code} {m.from_stage.label(lang)}"
                if m.from_stage
                else t("new_opportunity", lang),
                f"{m.to_stage.code} {m.to_stage.label(lang)}",
            ]
            for m in rows
        ],
        [0.12, 0.22, 0.22, 0.22, 0.22],
    )


def closed_table(rows: Sequence[Any], lang: str) -> Any:
    """Opportunities won and lost."""
    return table(
        [
            t("status", lang),
            t("opportunity", lang),
            t("account", lang),
            t("amount", lang),
            t("date", lang),
            t("reason", lang),
        ],
        [
            [c.status.label(lang), c.opportunity, c.account, money(c.amount), fmt_date(c.closed_on), c.reason]
            for c in rows
        ],
        [0.1, 0.2, 0.22, 0.16, 0.12, 0.2],
        align_right=(3,),
    )


def payments_table(rows: Sequence[Any], lang: str) -> Any:
    return table(
        [t("paid_on", lang), t("account", lang), t("amount", lang)],
        [[fmt_date(p.paid_on), p.account, money(p.amount)] for p in rows],
        [0.2, 0.55, 0.25],
        align_right=(2,),
    )

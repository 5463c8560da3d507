"""Plans and summaries (daily logs for recent working days, weekly and monthly
plans with items), targets at minimum/normal/stretch, and a couple of report
submissions with a manager's annotation."""

from __future__ import annotations

import random
from datetime import date, timedelta

from kamdesk.domain.periods import PeriodKind, period_bounds, period_key
from kamdesk.store.demo import corpora as C
from kamdesk.store.demo.context import Recent, RepInfo, Run
from kamdesk.store.demo.rows import RECORD_COLS, Writer, cents

PERIOD_COLS = (*RECORD_COLS,
    "rep_id", "kind", "key", "starts_on", "ends_on", "plan_text", "summary_text", "key_problems",
    "hard_problems", "collections",
)  # fmt: skip
ITEM_COLS = (*RECORD_COLS, "period_id", "position", "text", "result", "done", "account_id")
TARGET_COLS = (*RECORD_COLS,
    "rep_id", "period_kind", "period_key", "metric", "dimension", "dimension_value", "minimum", "normal",
    "stretch", "reward", "penalty",
)  # fmt: skip
SUBMISSION_COLS = (
    *RECORD_COLS,
    "rep_id",
    "kind",
    "period_key",
    "submitted_at",
    "file_name",
    "checksum",
    "received",
)
ANNOTATION_COLS = (*RECORD_COLS, "submission_id", "author", "at", "section", "text", "read_on")


class _Ids:
    def __init__(self) -> None:
        self.next: dict[str, int] = {}

    def __call__(self, name: str) -> int:
        got = self.next.get(name, 0) + 1
        self.next[name] = got
        return got


def write_plans(run: Run, writer: Writer, recent: Recent) -> None:
    cal = run.cal
    today = cal.today
    ids = _Ids()
    periods: list[tuple[object, ...]] = []
    items: list[tuple[object, ...]] = []
    targets: list[tuple[object, ...]] = []
    uu = run.uuids

    def stamp(name: str, row_id: int, day: date, hour: int = 17) -> tuple[int, str, str, str]:
        at = cal.at((day - today).days, hour)
        return (row_id, f"{uu.prefix(name)}{row_id:012x}", at, at)

    for rep in run.team.reps:
        rng = random.Random(run.seed * 31 + rep.id)
        days = sorted((off for (rid, off) in recent.days if rid == rep.id), reverse=True)
        # daily logs for the last ten working days with visits
        for off in [d for d in days if d < 0][:10]:
            day = today + timedelta(days=off)
            visits = recent.days[(rep.id, off)]
            pid = ids("plan_period")
            names = "、".join(v[1] for v in visits)
            periods.append((*stamp("plan_period", pid, day, 18), rep.id, "day", day.isoformat(), day.isoformat(),
                            day.isoformat(), f"拜访：{names}", f"完成拜访{len(visits)}家，其中新拜访"
                            f"{sum(v[2] == 'new' for v in visits)}家", None, None, None))  # fmt: skip
            for pos, (account_id, short, _kind, outcome) in enumerate(visits):
                iid = ids("plan_item")
                items.append(
                    (*stamp("plan_item", iid, day, 18), pid, pos, f"拜访{short}", outcome, True, account_id)
                )
        _weeks_and_months(run, rep, rng, ids, periods, items, stamp)
        _targets(run, rep, rng, ids, targets, stamp)
    writer.write("plan_period", PERIOD_COLS, periods)
    writer.write("plan_item", ITEM_COLS, items)
    writer.write("target", TARGET_COLS, targets)
    _submissions(run, writer)


def _weeks_and_months(run, rep: RepInfo, rng, ids, periods, items, stamp) -> None:  # type: ignore[no-untyped-def]
    today = run.cal.today
    for back in range(8, -1, -1):
        day = today - timedelta(weeks=back)
        key = period_key(PeriodKind.WEEK, day)
        start, end = period_bounds(PeriodKind.WEEK, key)
        pid = ids("plan_period")
        visits = rng.randint(8, 16)
        done = back > 0
        periods.append((*stamp("plan_period", pid, min(end, today - timedelta(days=1)) if done else start, 17), rep.id,
                        "week", key, start.isoformat(), end.isoformat(),
                        f"本周计划拜访{visits}家，重点推进A、B级项目", f"实际拜访{visits - rng.randint(0, 3)}家，"
                        f"新增商机{rng.randint(0, 3)}个" if done else None,
                        "部分客户预算未落实" if rng.random() < 0.5 else None,
                        "对手在重点客户降价" if rng.random() < 0.3 else None,
                        cents(rng.randint(5, 60) * 10_000) if done else None))  # fmt: skip
        for pos, text in enumerate(rng.sample(C.NEXT_STEPS, 3)):
            iid = ids("plan_item")
            items.append(
                (*stamp("plan_item", iid, start, 9), pid, pos, text, "已完成" if done else None, done, None)
            )
    for back in range(4, -1, -1):
        first = date(today.year, today.month, 1)
        for _ in range(back):
            first = (first - timedelta(days=1)).replace(day=1)
        key = period_key(PeriodKind.MONTH, first)
        start, end = period_bounds(PeriodKind.MONTH, key)
        pid = ids("plan_period")
        done = back > 0
        periods.append((*stamp("plan_period", pid, min(end, today - timedelta(days=1)), 17), rep.id, "month", key,
                        start.isoformat(), end.isoformat(), "本月目标：签约2单，回款100万元，新拜访10家",
                        f"签约{rng.randint(0, 3)}单，回款{rng.randint(40, 160)}万元" if done else None,
                        "回款进度偏慢" if rng.random() < 0.5 else None, None,
                        cents(rng.randint(40, 160) * 10_000) if done else None))  # fmt: skip
        for pos, text in enumerate(("完成重点客户季度回访", "推进两个C阶段项目进入B阶段", "清理逾期应收款")):
            iid = ids("plan_item")
            items.append(
                (*stamp("plan_item", iid, start, 9), pid, pos, text, None, done and rng.random() < 0.7, None)
            )


def _targets(run, rep: RepInfo, rng, ids, targets, stamp) -> None:  # type: ignore[no-untyped-def]
    today = run.cal.today
    month_keys = []
    first = date(today.year, today.month, 1)
    for back in range(3, -2, -1):
        d = first
        if back > 0:
            for _ in range(back):
                d = (d - timedelta(days=1)).replace(day=1)
        elif back < 0:
            d = (d + timedelta(days=32)).replace(day=1)
        month_keys.append(("month", period_key(PeriodKind.MONTH, d), d))
    quarters = [("quarter", period_key(PeriodKind.QUARTER, first), first)]
    prev_q = period_bounds(PeriodKind.QUARTER, quarters[0][1])[0] - timedelta(days=1)
    quarters.append(("quarter", period_key(PeriodKind.QUARTER, prev_q), prev_q))
    # targets near what a book of this size yields in the demo (~65k revenue and
    # ~1 visit per account a month), so progress reads as a real rep's would
    profile = run.profile
    per_rep = profile.accounts / profile.reps
    visits = round(0.95 * per_rep * profile.visit_factor / 1.36)
    new_visits = max(5, visits // 30)
    base = {
        "revenue": round(65_000 * per_rep, -5),
        "visits": visits,
        "new_visits": new_visits,
        "revisits": visits - new_visits,
        "deals": max(2, round(per_rep / 100)),
    }
    for kind, key, d in month_keys + quarters:
        factor = 3 if kind == "quarter" else 1
        for metric, normal in base.items():
            value = normal * factor * (0.8 + rng.random() * 0.4)
            n = round(value, -4) if metric == "revenue" else round(value)
            tid = ids("target")
            targets.append((*stamp("target", tid, d, 9), rep.id, kind, key, metric, None, None, cents(min(int(n) - 1, int(n * 0.8))),
                            cents(int(n)), cents(max(int(n) + 1, int(n * 1.25))),
                            "超额部分提成加10%" if metric == "revenue" else None,
                            "未达最低目标需提交改进计划" if metric == "revenue" else None))  # fmt: skip


def _submissions(run: Run, writer: Writer) -> None:
    cal = run.cal
    today = cal.today
    me = run.team.reps[0]
    uu = run.uuids
    last_week = today - timedelta(weeks=1)
    week_key = period_key(PeriodKind.WEEK, last_week)
    friday = period_bounds(PeriodKind.WEEK, week_key)[0] + timedelta(days=4)
    prev_month = today.replace(day=1) - timedelta(days=1)
    month_key = period_key(PeriodKind.MONTH, prev_month)
    sub_at_w = cal.at((friday - today).days, 17, 20)
    sub_at_m = cal.at((prev_month.replace(day=27) - today).days, 16)
    writer.write("report_submission", SUBMISSION_COLS, [
        (1, f"{uu.prefix('report_submission')}{1:012x}", sub_at_w, sub_at_w, me.id, "weekly", week_key, sub_at_w,
         f"周计划和总结_{me.name}_{week_key}.pdf", None, False),
        (2, f"{uu.prefix('report_submission')}{2:012x}", sub_at_m, sub_at_m, me.id, "monthly", month_key, sub_at_m,
         f"月计划与总结_{me.name}_{month_key}.pdf", None, False),
    ])  # fmt: skip
    ann_at = cal.at(min(-1, (friday - today).days + 3), 10)
    writer.write("annotation", ANNOTATION_COLS, [
        (1, f"{uu.prefix('annotation')}{1:012x}", ann_at, ann_at, 1, "王建国", ann_at, "重点客户", C.ANNOTATIONS[1], None),
    ])  # fmt: skip

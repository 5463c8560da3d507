"""Planning commands (DOMAIN.md §5): ``handin`` marks a report handed in and
says on time or how late; ``handins`` lists a month's on-time record;
``workday-end`` shows or sets the hour the daily log is due; ``activity``
checks effective calls against the target's decomposition."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "handin", help="mark a daily, weekly or monthly report handed in (on time or late)"
    )
    p.add_argument("kind", choices=("daily", "weekly", "monthly"))
    p.add_argument(
        "--period",
        metavar="KEY",
        help="2026-11-25, 2026-W48 or 2026-11 (default: today, this week, this month)",
    )
    p.add_argument("--rep", metavar="REP", help="rep name, code or uuid (default: you)")
    p.set_defaults(func=run_handin)

    p = subparsers.add_parser("handins", help="a month's reports: on time, late (by how much), not handed in")
    p.add_argument("--month", metavar="YYYY-MM", help="default: this month")
    p.add_argument("--rep", metavar="REP")
    p.add_argument("--team", action="store_true", help="every rep in this database, one line each")
    p.set_defaults(func=run_handins)

    p = subparsers.add_parser("workday-end", help="show or set the hour the daily log is due (e.g. 18:00)")
    p.add_argument("time", nargs="?", metavar="HH:MM")
    p.set_defaults(func=run_workday_end)

    p = subparsers.add_parser(
        "activity", help="effective calls today and this month against the decomposition"
    )
    p.add_argument("--date", metavar="YYYY-MM-DD", help="default: today")
    p.add_argument("--rep", metavar="REP")
    p.add_argument("--team", action="store_true", help="every rep in this database")
    p.set_defaults(func=run_activity)

    from kamdesk.domain.industry import CRITERIA

    p = subparsers.add_parser(
        "industry",
        help="score industries on the seed's criteria, rank them, mark the focus ones",
        description="Without NAME, list the industries by attractiveness (focus: total at or above the "
        "average). With NAME and scores, set that industry's scores (0-9; 竞争程度 and 实施难易程度 "
        "count against), growth forecast (%%) and focus mark.",
    )
    p.add_argument("name", nargs="?", metavar="NAME")
    for c in CRITERIA:
        p.add_argument(f"--{c.key.replace('_', '-')}", dest=c.key, metavar="0-9", help=f"{c.zh} ({c.en})")
    p.add_argument("--growth-forecast", metavar="PCT", help="the industry's growth forecast, e.g. 18")
    p.add_argument(
        "--focus", choices=("yes", "no", "auto"), help="the manager's focus mark (auto: by the average)"
    )
    p.add_argument("--delete", action="store_true", help="remove NAME from the scored industries")
    p.set_defaults(func=run_industry)

    p = subparsers.add_parser(
        "plan-check",
        help="check a draft annual or quarterly target against last year and the industry's growth",
        description="Growth over last year's actual for the same period must beat the industry's growth "
        "forecast (seed 000: industry +18%%, plan not below 18%%, usually on 25%%). Planning for a year "
        "starts in September.",
    )
    p.add_argument("period", metavar="YEAR|YEAR-Qn", help="e.g. 2027 or 2027-Q1")
    p.add_argument("--minimum", metavar="AMOUNT")
    p.add_argument("--normal", metavar="AMOUNT")
    p.add_argument("--stretch", metavar="AMOUNT")
    p.add_argument("--industry-growth", metavar="PCT", help="the industry's growth forecast in %%")
    p.add_argument("--industry", metavar="NAME", help="a scored industry whose growth forecast to use")
    p.add_argument("--last-year", metavar="AMOUNT", help="last year's actual (default: from the records)")
    p.add_argument("--rep", metavar="REP", default="me")
    p.add_argument("--save", action="store_true", help="set the draft as the target when it passes")
    p.set_defaults(func=run_plan_check)

    p = subparsers.add_parser(
        "devplan",
        help="your self-development plan: goals in the seed's areas with review dates",
        description="list (default); add AREA GOAL --review YYYY-MM-DD; review UUID [--note TEXT]. "
        "AREA is one of the seed's fifteen (code or words, e.g. time / 个人时间管理).",
    )
    p.add_argument("action", nargs="?", choices=("list", "add", "review"), default="list")
    p.add_argument("args", nargs="*", metavar="ARG")
    p.add_argument("--review", metavar="YYYY-MM-DD", help="the goal's review date")
    p.add_argument("--note", metavar="TEXT", default="", help="the review's note")
    p.set_defaults(func=run_devplan)

    p = subparsers.add_parser(
        "announce", help="post an announcement to the team (it travels in every notes file written next)"
    )
    p.add_argument("--title", required=True)
    p.add_argument("--text", default="")
    p.add_argument("--author", metavar="NAME", help="default: your user name")
    p.set_defaults(func=run_announce)

    p = subparsers.add_parser(
        "announcements", help="the manager's announcements; --read marks the unread ones read"
    )
    p.add_argument("--read", action="store_true")
    p.set_defaults(func=run_announcements)


def run_handin(args: argparse.Namespace) -> int:
    from kamdesk.cli.common import lang_of, open_db
    from kamdesk.domain.periods import ReportKind
    from kamdesk.services.submissions.handins import hand_in

    lang = lang_of(args)
    db = open_db(args)
    try:
        row = hand_in(db, ReportKind(args.kind), args.period, rep=args.rep).value
    finally:
        db.dispose()
    due = row.deadline.strftime("%Y-%m-%d %H:%M")
    print(f"{row.kind.label(lang)} {row.key}: {row.describe(lang)} (due {due})")
    return 0


def run_handins(args: argparse.Namespace) -> int:
    from kamdesk import clock
    from kamdesk.cli.common import lang_of, open_db
    from kamdesk.services.submissions.handins import on_time_record, team_on_time

    lang = lang_of(args)
    month = args.month or clock.today().strftime("%Y-%m")
    db = open_db(args)
    try:
        records = team_on_time(db, month) if args.team else [on_time_record(db, month, args.rep)]
    finally:
        db.dispose()
    for rec in records:
        print(f"{rec.rep.name} {rec.month}: {rec.summary(lang)}")
        if args.team:
            continue
        for r in rec.rows:
            print(
                f"  {r.kind.label(lang):<26} {r.key:<10} due {r.deadline:%Y-%m-%d %H:%M}  {r.describe(lang)}"
            )
    return 0


def run_workday_end(args: argparse.Namespace) -> int:
    from kamdesk.cli.common import open_db
    from kamdesk.services.submissions.handins import set_workday_end, workday_end

    db = open_db(args)
    try:
        value = set_workday_end(db, args.time).value if args.time is not None else workday_end(db)
    finally:
        db.dispose()
    print(value.strftime("%H:%M"))
    return 0


def run_activity(args: argparse.Namespace) -> int:
    from kamdesk import clock
    from kamdesk.cli.common import lang_of, open_db
    from kamdesk.services.reporting.activity import activity_check, team_activity

    lang = lang_of(args)
    day = args.date or clock.today().isoformat()
    db = open_db(args)
    try:
        if args.team:
            rows = team_activity(db, day)
        else:
            from kamdesk.services.reporting import default_rep

            me = default_rep(db)
            name = args.rep or (me.name if me is not None else "")
            named = [(name, activity_check(db, day, args.rep))]
    finally:
        db.dispose()
    if args.team:
        named = [(r.name, c) for r, c in rows]
    none = "本期无销售额目标" if lang.startswith("zh") else "no revenue target covers this day"
    for who, check in named:
        print(f"{who}: {check.describe(lang) if check is not None else none}")
    return 0


def run_industry(args: argparse.Namespace) -> int:
    from kamdesk.cli.common import lang_of, open_db
    from kamdesk.domain.industry import CRITERIA
    from kamdesk.errors import UserError
    from kamdesk.services.planning.industries import delete_industry, industry_ranking, set_industry

    lang = lang_of(args)
    db = open_db(args)
    try:
        if args.name:
            if args.delete:
                delete_industry(db, args.name)
            else:
                scores = {c.key: getattr(args, c.key) for c in CRITERIA if getattr(args, c.key) is not None}
                if not scores and args.growth_forecast is None and args.focus is None:
                    raise UserError("give at least one score, --growth-forecast or --focus")
                set_industry(
                    db,
                    args.name,
                    scores,
                    growth_forecast=args.growth_forecast,
                    focus={"yes": True, "no": False, "auto": None}.get(args.focus or "auto"),
                    keep_focus=args.focus is None,
                )
        rows, average = industry_ranking(db)
    finally:
        db.dispose()
    zh = lang.startswith("zh")
    header = ["#", "行业" if zh else "Industry", *[c.label(lang) for c in CRITERIA]]
    header += ["总分" if zh else "Total", "重点" if zh else "Focus", "行业增长" if zh else "Growth"]
    print("\t".join(header))
    for r in rows:
        mark = "★" if r.ranking.focus else ""
        if r.ranking.overridden:
            mark += "（人工）" if zh else " (set)"
        growth = "" if r.growth_forecast is None else f"{r.growth_forecast.normalize():f}%"
        cells = [str(r.ranking.rank), r.industry]
        cells += ["" if r.scores[c.key] is None else str(c.weight * r.scores[c.key]) for c in CRITERIA]  # type: ignore[operator]
        print("\t".join([*cells, str(r.ranking.total), mark, growth]))
    if average is not None:
        print(f"平均分 {average}；≥ 平均分为重点行业" if zh else f"average {average}; at or above it: focus")
    return 0


def run_plan_check(args: argparse.Namespace) -> int:
    from kamdesk.cli.common import lang_of, open_db
    from kamdesk.domain.formats import money
    from kamdesk.services.planning.annual import plan_check, save_plan

    lang = lang_of(args)
    zh = lang.startswith("zh")
    db = open_db(args)
    try:
        check = plan_check(
            db,
            args.period,
            minimum=args.minimum,
            normal=args.normal,
            stretch=args.stretch,
            industry_growth=args.industry_growth,
            industry=args.industry,
            rep=args.rep,
            last_year=args.last_year,
            lang=lang,
        )
        saved = save_plan(db, check, rep=args.rep) if args.save and check.passes else None
    finally:
        db.dispose()
    growth = f"{check.industry_growth.normalize():f}%"
    print(
        f"{check.period}: 去年同期实际 {money(check.last_year)}，行业增长 {growth}"
        if zh
        else f"{check.period}: last year's actual {money(check.last_year)}, industry growth {growth}"
    )
    for lc in check.levels:
        g = "—" if lc.growth is None else f"{lc.growth}%"
        verdict = "" if lc.beats_industry is None else ("✓" if lc.beats_industry else "✗")
        print(f"  {lc.level.label(lang)} {money(lc.amount)}  {'增长' if zh else 'growth'} {g} {verdict}")
    print(
        f"  建议：最低任务 ≥ {money(check.suggested_minimum)}，正常任务约 {money(check.suggested_normal)}"
        if zh
        else f"  suggested: minimum ≥ {money(check.suggested_minimum)}, normal about {money(check.suggested_normal)}"
    )
    for note in check.notes:
        print(f"  · {note}")
    for problem in check.problems:
        print(f"  ✗ {problem}")
    if saved is not None:
        print("已设为目标" if zh else "saved as the target")
    elif args.save:
        print("未保存：请先修正以上问题" if zh else "not saved: fix the problems above first")
    return 0 if check.passes else 1


def run_devplan(args: argparse.Namespace) -> int:
    from kamdesk.cli.common import lang_of, open_db
    from kamdesk.errors import UserError
    from kamdesk.services.planning.development import add_goal, list_goals, review_goal

    lang = lang_of(args)
    zh = lang.startswith("zh")
    db = open_db(args)
    try:
        if args.action == "add":
            if len(args.args) != 2 or not args.review:
                raise UserError("devplan add AREA GOAL --review YYYY-MM-DD")
            add_goal(db, args.args[0], args.args[1], args.review)
        elif args.action == "review":
            if len(args.args) != 1:
                raise UserError("devplan review UUID [--note TEXT]")
            review_goal(db, args.args[0], args.note)
        goals = list_goals(db)
    finally:
        db.dispose()
    states = {
        "open": ("待回顾", "open"),
        "overdue": ("逾期未回顾", "overdue"),
        "done": ("已回顾", "reviewed"),
    }
    for g in goals:
        state = states[g.state][0 if zh else 1]
        done = f" {g.reviewed_on.isoformat()} {g.review_note}".rstrip() if g.reviewed_on else ""
        print(f"{g.review_on.isoformat()}  {state:<6} {g.area.label(lang)}: {g.goal}{done}  [{g.uuid}]")
    return 0


def run_announce(args: argparse.Namespace) -> int:
    from kamdesk.cli.common import open_db
    from kamdesk.services.submissions.announcements import post_announcement

    db = open_db(args)
    try:
        row = post_announcement(db, args.title, args.text, author=args.author).value
    finally:
        db.dispose()
    print(f"{row.at:%Y-%m-%d %H:%M} {row.title}  [{row.uuid}]")
    return 0


def run_announcements(args: argparse.Namespace) -> int:
    from kamdesk.cli.common import lang_of, open_db
    from kamdesk.services.submissions.announcements import all_announcements, mark_read

    zh = lang_of(args).startswith("zh")
    db = open_db(args)
    try:
        rows = all_announcements(db)
        if args.read:
            mark_read(db)
    finally:
        db.dispose()
    for r in rows:
        state = ("已读" if zh else "read") if r.read else ("未读" if zh else "unread")
        print(f"{r.at:%Y-%m-%d %H:%M}  {state:<6} {r.author}: {r.title}")
        if r.text:
            print(f"    {r.text}")
    return 0

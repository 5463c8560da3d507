"""``kamdesk sync`` (with the team server, or by change file), ``kamdesk server``
(set up the team's PostgreSQL server) and ``kamdesk team`` (the manager's view)."""

from __future__ import annotations

import argparse

from kamdesk.cli.common import input_path, open_db, output_path
from kamdesk.cli.progress import Progress


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "sync",
        help="sync with the team server, or exchange a change file when there is no network",
        description="Pushes this laptop's changes since the last sync and pulls what the rep may see, "
        "one transaction on each side (a dropped connection changes nothing: sync again). A field "
        "changed on both sides keeps the server's value; this laptop's is saved (kamdesk conflicts).",
    )
    p.add_argument("--server", metavar="URL", help="postgresql+psycopg://rep:password@host/team (remembered)")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--to", metavar="FILE", help="write this laptop's changes to a signed change file")
    which.add_argument("--from", dest="from_file", metavar="FILE", help="apply a change file")
    p.add_argument("--status", action="store_true", help="the last sync, pending changes and open conflicts")
    p.set_defaults(func=run_sync)

    p = subparsers.add_parser("server", help="set up the team's PostgreSQL server (as its owner)")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init", help="create or upgrade the team schema, roles' grants and row-level security"
    )
    init.set_defaults(func=run_server_init)
    add = actions.add_parser("add-rep", help="a login role for a rep (or the manager)")
    add.add_argument("role", help="login name (lower-case letters, digits, _)")
    add.add_argument("--name", required=True, help="the rep's name as shown")
    add.add_argument("--password", required=True)
    add.add_argument("--manager", action="store_true", help="sees the whole team")
    add.set_defaults(func=run_server_add_rep)
    hand = actions.add_parser("hand-over", help="give an account to another rep, with all its history")
    hand.add_argument("account", metavar="ACCOUNT_UUID")
    hand.add_argument("--to", required=True, metavar="ROLE")
    hand.set_defaults(func=run_server_hand_over)
    for sub in (init, add, hand):
        sub.add_argument(
            "--url", dest="server_url", required=True, metavar="URL", help="the server, as its owner"
        )

    p = subparsers.add_parser(
        "team",
        help="the manager's team view: each rep's month so far, pipeline, this week's visits, reports handed in",
        description="Reads the database given by --url (the team server, as the manager) or --db "
        "(the manager's synced copy).",
    )
    p.add_argument("--month", metavar="YYYY-MM", help="default: this month")
    p.set_defaults(func=run_team)


def run_sync(args: argparse.Namespace) -> int:
    from kamdesk import clock
    from kamdesk.services import sync as svc

    db = open_db(args)
    try:
        if args.to:
            out = svc.write_change_file(db, output_path(args.to, ".kamsync"))
            print(f"wrote {out.records} changes to {out.path} (apply there with: kamdesk sync --from FILE)")
            return 0
        if args.from_file:
            done = svc.apply_change_file(db, input_path(args.from_file))
            report = done.report
            assert report is not None
            line = f"applied {done.path.name}: {report.applied} changes ({report.skipped} already here)"
            if report.conflicts:
                line += f"; {report.conflicts} changed on both sides, kept to review (kamdesk conflicts)"
            print(line)
            return 0
        if args.status:
            st = svc.status(db)
            last = clock.to_local(st.last_sync).strftime("%Y-%m-%d %H:%M") if st.last_sync else "never"
            print(f"team {st.team or '-'}, server {st.server or '-'}; last sync {last}; "
                  f"{st.pending} changes to send; {st.open_conflicts} conflicts to review")  # fmt: skip
            return 0
        with Progress() as progress:
            result = svc.sync(db, args.server, progress=progress)
    finally:
        db.dispose()
    print(f"{result.summary()} in {result.seconds:.2f} s")
    return 0


def run_server_init(args: argparse.Namespace) -> int:
    from kamdesk.services.sync.admin import init_server

    info = init_server(args.server_url)
    print(f"team server ready: team {info.team}, schema {info.revision}")
    return 0


def run_server_add_rep(args: argparse.Namespace) -> int:
    from kamdesk.services.sync.admin import add_rep

    rep = add_rep(args.server_url, args.role, args.password, args.name, manager=args.manager)
    print(f"{args.role}: {'manager' if args.manager else 'rep'} {args.name} ({rep}) can now sync")
    return 0


def run_server_hand_over(args: argparse.Namespace) -> int:
    from kamdesk.services.sync.admin import hand_over

    n = hand_over(args.server_url, args.account, args.to)
    print(f"handed over to {args.to}: {n} records go to their laptop on its next sync")
    return 0


def run_team(args: argparse.Namespace) -> int:
    from kamdesk import clock
    from kamdesk.services.sync.team import team_view

    month = args.month or clock.today().strftime("%Y-%m")
    db = open_db(args)
    try:
        lines = team_view(db, month)
    finally:
        db.dispose()
    print(f"team {month}: {len(lines) - 1} reps")
    print(f"{'rep':<12}{'visits':>8}{'done':>6}{'open opps':>11}{'pipeline':>14}{'weighted':>14}"
          f"{'this week':>11}   reports handed in")  # fmt: skip
    for r in lines:
        handed = r.handed_in.summary("en") if r.handed_in else ""
        print(f"{r.rep_name:<12}{r.visits_planned:>8}{r.visits_done:>6}{r.open_opportunities:>11}"
              f"{r.pipeline:>14,.0f}{r.weighted:>14,.0f}{r.visits_this_week:>11}   {handed}")  # fmt: skip
    return 0

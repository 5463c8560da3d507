"""``kamdesk profile``: show or change the laptop's own rep — name, title,
region, manager, phone, e-mail and the time zone dates and times are shown in."""

from __future__ import annotations

import argparse

_FIELDS = (
    ("name", "name"),
    ("title", "title"),
    ("region", "region"),
    ("manager", "manager_name"),
    ("phone", "phone"),
    ("email", "email"),
    ("zone", "time_zone"),
)


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "profile",
        help="show or change your own details and time zone",
        description="Without options, print your details. With options, change those given "
        "(an empty value clears a field; --zone '' goes back to the system's time zone).",
    )
    p.add_argument("--name", metavar="NAME")
    p.add_argument("--title", metavar="TITLE")
    p.add_argument("--region", metavar="REGION")
    p.add_argument("--manager", metavar="NAME", help="your manager's name")
    p.add_argument("--phone", metavar="PHONE")
    p.add_argument("--email", metavar="ADDRESS")
    p.add_argument("--zone", metavar="ZONE", help="IANA time zone, e.g. Asia/Shanghai")
    p.set_defaults(func=run_profile)


def run_profile(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from kamdesk import clock
    from kamdesk.cli.common import open_db
    from kamdesk.services.profile import get_profile, save_profile

    db = open_db(args)
    try:
        profile = get_profile(db)
        given = {attr: getattr(args, opt) for opt, attr in _FIELDS if getattr(args, opt) is not None}
        if given:
            profile = save_profile(db, replace(profile, **given)).value
    finally:
        db.dispose()
    for opt, attr in _FIELDS:
        value = getattr(profile, attr)
        if attr == "time_zone" and not value:
            value = f"(system: {clock.zone()})"
        print(f"{opt:8} {value or ''}")
    return 0

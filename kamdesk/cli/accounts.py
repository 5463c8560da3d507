"""``kamdesk export-accounts``, ``export-contacts`` and ``hand-over``."""

from __future__ import annotations

import argparse

from kamdesk.cli.common import lang_of, open_db, output_path
from kamdesk.errors import UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "export-accounts",
        help="write the account list (with custom fields) as CSV or XLSX",
        description="Write the account list as CSV (UTF-8 with BOM, opens in Excel) or XLSX, "
        "custom fields as the last columns. Headers are the seed names, so the file imports back.",
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE.csv|FILE.xlsx")
    p.add_argument("--filter-text", default="", metavar="T", help="only accounts the search finds for T")
    p.add_argument("--include-archived", action="store_true", help="archived accounts too")
    p.set_defaults(func=run_export_accounts)

    p = subparsers.add_parser(
        "export-contacts",
        help="write contacts as vCard 3.0 (work details only unless --include-private)",
        description="Write contacts as a vCard 3.0 file. Personal, family and social details and "
        "contacts marked private stay on this laptop unless you ask for them.",
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE.vcf")
    p.add_argument(
        "--include-private", action="store_true", help="add birthday and private notes (personal data!)"
    )
    p.add_argument("--include-private-contacts", action="store_true", help="also contacts marked private")
    p.add_argument(
        "--account", action="append", metavar="UUID", help="only this account's contacts (repeatable)"
    )
    p.set_defaults(func=run_export_contacts)

    p = subparsers.add_parser(
        "hand-over",
        help="give accounts to another rep (open opportunities and planned visits move; history stays)",
    )
    p.add_argument("--to", required=True, metavar="REP", help="the rep's name, code or uuid")
    p.add_argument("accounts", nargs="+", metavar="ACCOUNT", help="account uuid, exact name or short name")
    p.set_defaults(func=run_hand_over)


def run_export_accounts(args: argparse.Namespace) -> int:
    from kamdesk.services.accounts import AccountFilter
    from kamdesk.services.exchange.exports import export_accounts

    path = output_path(args.output, ".csv", ".xlsx")
    db = open_db(args)
    try:
        f = AccountFilter(text=args.filter_text or "", include_archived=bool(args.include_archived))
        n = export_accounts(db, path, f, lang=lang_of(args))
    finally:
        db.dispose()
    print(f"wrote {n} accounts to {path}")
    return 0


def run_export_contacts(args: argparse.Namespace) -> int:
    from kamdesk.services.exchange.exports import export_contacts_vcard

    path = output_path(args.output, ".vcf")
    db = open_db(args)
    try:
        out = export_contacts_vcard(
            db,
            path,
            account_uuids=tuple(args.account) if args.account else None,
            include_private=bool(args.include_private),
            include_private_contacts=bool(args.include_private_contacts),
            lang=lang_of(args),
        )
    finally:
        db.dispose()
    note = (
        f"; {out.private_contacts_left_out} private contacts left out"
        if out.private_contacts_left_out
        else ""
    )
    detail = "with private details" if args.include_private else "work details only"
    print(f"wrote {out.written} contacts ({detail}) to {path}{note}")
    return 0


def run_hand_over(args: argparse.Namespace) -> int:
    from sqlalchemy import or_, select

    from kamdesk.services.accounts import hand_over
    from kamdesk.store.models import Account, Rep

    db = open_db(args)
    try:
        with db.reading() as s:
            reps = s.execute(
                select(Rep.uuid, Rep.name).where(
                    or_(Rep.uuid == args.to, Rep.name == args.to, Rep.code == args.to)
                )
            ).all()
            if not reps:
                raise UserError(f"no rep named {args.to!r}")
            if len(reps) > 1:
                raise UserError(f"{len(reps)} reps are named {args.to!r}; give the uuid")
            uuids: list[str] = []
            for ref in args.accounts:
                found = s.execute(
                    select(Account.uuid, Account.name).where(
                        or_(Account.uuid == ref, Account.name == ref, Account.short_name == ref)
                    )
                ).all()
                if not found:
                    raise UserError(f"no account {ref!r}; nothing was handed over")
                if len(found) > 1:
                    raise UserError(f"{ref!r} names {len(found)} accounts; give the full name or uuid")
                uuids.append(found[0][0])
        result = hand_over(db, uuids, reps[0][0])
    finally:
        db.dispose()
    print(
        f"handed {result.value} accounts to {reps[0][1]} (open opportunities and planned visits moved; history kept)"
    )
    return 0

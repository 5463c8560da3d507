"""``kamdesk log-purchase`` and ``kamdesk log-payment``: an order (or a
return) or money received, logged on an account from the command line.
ACCOUNT is the account's name, short name, number or uuid. A purchase with
``--cycle DAYS`` sets that product's purchase cycle; any purchase of a
product on a cycle moves its next due date (and so clears its reminder)."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "log-purchase",
        help="log an order (or a return) on an account",
        description="Log an order on an account. With --product and --cycle the product gets its own "
        "purchase cycle; its next due date moves to this order + the cycle.",
    )
    p.add_argument("account", metavar="ACCOUNT", help="name, short name, number or uuid")
    p.add_argument("amount", metavar="AMOUNT", help="yuan, e.g. 12800 or 12,800.50")
    p.add_argument("--on", metavar="DATE", help="the order date (default: today)")
    p.add_argument("--product", metavar="NAME")
    p.add_argument("--quantity", metavar="N")
    p.add_argument("--profit", metavar="AMOUNT")
    p.add_argument("--cycle", metavar="DAYS", help="this product's purchase cycle in days")
    p.add_argument("--remind", metavar="DAYS", help="days before the due date to remind (default 7)")
    p.add_argument("--return", dest="is_return", action="store_true", help="a return, not an order")
    p.add_argument("--note", metavar="TEXT")
    p.set_defaults(func=run_log_purchase)

    q = subparsers.add_parser(
        "log-payment",
        help="log a payment (回款) received from an account, or one due",
        description="Log money received on an account (--on, default today), or due (--due without --on).",
    )
    q.add_argument("account", metavar="ACCOUNT", help="name, short name, number or uuid")
    q.add_argument("amount", metavar="AMOUNT", help="yuan")
    q.add_argument("--on", metavar="DATE", help="the day it was paid (default: today unless --due is given)")
    q.add_argument("--due", metavar="DATE", help="the day it is or was due")
    q.add_argument("--note", metavar="TEXT")
    q.set_defaults(func=run_log_payment)


def run_log_purchase(args: argparse.Namespace) -> int:
    from kamdesk import clock
    from kamdesk.cli.common import open_db
    from kamdesk.services import accounts

    db = open_db(args)
    try:
        uuid = accounts.find_account(db, args.account)
        accounts.log_purchase(
            db,
            accounts.PurchaseInput(
                account_uuid=uuid,
                ordered_on=args.on or clock.today(),
                amount=args.amount,
                product=args.product,
                quantity=args.quantity,
                profit=args.profit,
                is_return=args.is_return,
                note=args.note,
                cycle_days=args.cycle,
                remind_days=args.remind,
            ),
        )
        items = {i.product: i for i in accounts.purchase_items(db, uuid, clock.today())}
    finally:
        db.dispose()
    print(
        f"{'return' if args.is_return else 'purchase'} logged: {args.amount}"
        + (f" {args.product}" if args.product else "")
    )
    item = items.get(args.product or "")
    if item is not None and item.next_due_on is not None:
        print(f"next {item.product} due {item.next_due_on.isoformat()} (every {item.cycle_days} days)")
    return 0


def run_log_payment(args: argparse.Namespace) -> int:
    from kamdesk import clock
    from kamdesk.cli.common import open_db
    from kamdesk.services import accounts

    db = open_db(args)
    try:
        uuid = accounts.find_account(db, args.account)
        paid_on = args.on or (None if args.due else clock.today())
        accounts.log_payment(
            db,
            accounts.PaymentInput(
                account_uuid=uuid, amount=args.amount, paid_on=paid_on, due_on=args.due, note=args.note
            ),
        )
    finally:
        db.dispose()
    print(f"payment logged: {args.amount}" + (f" paid {paid_on}" if paid_on else f" due {args.due}"))
    return 0

"""The hostile form input of ``kamdesk bench --fuzz``: one form's save (or one
field check) with values a careless or hostile user types, drawn from a
``random.Random`` so a run can be repeated."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from kamdesk import clock
from kamdesk.bench.fuzz_inputs import CELLS, HOSTILE

if TYPE_CHECKING:
    from kamdesk.bench.fuzz import FuzzTarget


_TIMES: tuple[Any, ...] = (
    datetime(1, 1, 1, tzinfo=UTC),
    datetime(9999, 12, 31, tzinfo=UTC),
    datetime(2026, 5, 1, 10, 0),  # naive
    None,
    "2026-05-01",
)
_ACCOUNT_FIELDS = (
    "short_name",
    "postcode",
    "phone",
    "email",
    "website",
    "founded_on",
    "registered_capital",
    "employee_count",
    "annual_revenue",
    "listed",
    "tier",
    "grade",
    "expected_close",
    "purchase_cycle_days",
    "share_of_wallet_pct",
    "nature",
)
_OPPORTUNITY_FIELDS = (
    "amount",
    "win_pct_override",
    "short_term_revenue",
    "long_term_impact",
    "progress_vs_rival",
    "started_on",
    "name",
)


def form_call(rng: random.Random, target: FuzzTarget) -> Callable[[], object]:
    """One form's save (or one field check) with hostile values."""
    from kamdesk.services import fieldcheck
    from kamdesk.services.accounts import AccountInput, save_account
    from kamdesk.services.contacts import ContactInput, ContactLogInput, log_contact, save_contact
    from kamdesk.services.opportunities import update_opportunity

    db = target.db

    def v() -> Any:
        return rng.choice(CELLS) if rng.random() < 0.7 else rng.choice(HOSTILE)

    kind = rng.randrange(6)
    if kind == 0:
        fn = rng.choice(
            (
                fieldcheck.phone,
                fieldcheck.email,
                fieldcheck.url,
                fieldcheck.postcode,
                fieldcheck.a_date,
                fieldcheck.amount,
                fieldcheck.integer,
                fieldcheck.boolean,
            )
        )
        value = v()
        return lambda: fn({}, "f", value)
    if kind == 1:
        fields = rng.sample(
            _ACCOUNT_FIELDS,
            rng.randint(1, 4),
        )
        data = AccountInput(name=str(v()), **{f: v() for f in fields})
        return lambda: save_account(db, data)
    if kind == 2:
        cdata = ContactInput(account_uuid=target.account, name=str(v()), birthday=v(), email=v(), mobile=v())
        return lambda: save_contact(db, cdata)
    if kind == 3:
        at = (
            rng.choice(_TIMES) if rng.random() < 0.5 else clock.now() + timedelta(days=rng.randint(-400, 400))
        )
        ldata = ContactLogInput(account_uuid=target.account, at=at, content=str(v()))
        return lambda: log_contact(db, ldata)
    if kind == 4 and target.opportunity:
        key = rng.choice(_OPPORTUNITY_FIELDS)
        value = v()
        opp = target.opportunity
        return lambda: update_opportunity(db, opp, **{key: value})
    value = v()
    return lambda: fieldcheck.number({}, "f", value, minimum=0, maximum=100)

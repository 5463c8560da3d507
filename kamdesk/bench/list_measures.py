"""The measures of the account list: first page, search as you type, jumps
to the end and opening one account, each against a raw sqlite3 floor where
one exists."""

from __future__ import annotations

import functools
import random
import sqlite3
import statistics
from typing import TYPE_CHECKING

from kamdesk.bench.measure import JUMP_SORTS, Measure, paired_medians
from kamdesk.bench.timing import median_ms

if TYPE_CHECKING:
    from kamdesk.bench.run import Bench

#: What a rep types, one keystroke at a time: the worst found in issue 20
#: first (common characters, a 4-digit phone prefix, initials, full pinyin),
#: then Chinese two-character terms, a name and pinyin initials.
SEARCH_TERMS = (
    "有限公司",
    "公司",
    "zg",
    "0512",
    "yinhang",
    "zhongguo",
    "烟草",
    "银行",
    "张伟",
    "shyc",
    "hua",
)


def first_page(bench: Bench) -> None:
    from kamdesk.services.accounts import AccountFilter, count_accounts, list_accounts

    assert bench.db is not None
    db = bench.db

    def service() -> None:
        count_accounts(db, AccountFilter(), today=bench.today)
        list_accounts(db, AccountFilter(), sort="name", limit=200, today=bench.today)

    raw = sqlite3.connect(bench.path)

    def floor() -> None:
        # The same answer the service gives, by the cheapest SQL written by
        # hand: the live count (whole table minus the archived ones, from
        # ix_account_archived) and the page with every column the service
        # returns — the list columns, owner, times, money, codes, archived,
        # created_at (for days overdue), the custom values of each row and
        # the sort key (where the next page continues). A floor with fewer
        # columns or without the custom values would flatter the SQL side;
        # one that counts by a slower plan than the service would flatter
        # the service.
        raw.execute(
            "SELECT (SELECT count(*) FROM account) - (SELECT count(*) FROM account WHERE archived = 1)"
        ).fetchone()
        raw.execute(
            "SELECT a.id, a.uuid, a.name, a.short_name, a.number, a.tier, a.grade, a.cadence,"
            " a.industry, a.province, a.city, a.phone, r.uuid, r.name, a.last_touch_at,"
            " a.revenue_total, a.relationship_type, a.counterparty_kind, a.archived, a.created_at,"
            " (SELECT group_concat(cf.uuid || char(31) || cv.value, char(30)) FROM custom_value cv"
            "  JOIN custom_field cf ON cf.id = cv.field_id"
            "  WHERE cv.account_id = a.id AND cv.value IS NOT NULL),"
            " a.sort_key"
            " FROM account a LEFT JOIN rep r ON r.id = a.owner_id"
            " WHERE a.archived = 0 ORDER BY a.sort_key, a.id LIMIT 200"
        ).fetchall()

    service_ms, floor_ms = paired_medians(service, floor)
    bench.add(
        Measure(
            "account list first page",
            service_ms,
            "ms",
            floor=floor_ms,
            note="count + 200 rows by pinyin name; floor: raw sqlite3, same count, rows and columns",
        )
    )
    raw.close()


def search(bench: Bench) -> None:
    from kamdesk.services.accounts import AccountFilter, count_accounts, list_accounts

    assert bench.db is not None
    db = bench.db
    per_key: list[float] = []
    detail = []
    for term in SEARCH_TERMS:
        for n in range(1, len(term) + 1):
            typed = term[:n]
            f = AccountFilter(text=typed)

            def keystroke(f: AccountFilter = f) -> None:
                count_accounts(db, f, today=bench.today)
                list_accounts(db, f, sort="name", limit=200, today=bench.today)

            ms = median_ms(keystroke, repeat=3)
            per_key.append(ms)
            detail.append(f"{typed}:{ms:.1f}")
    bench.facts["search_keystrokes_ms"] = detail
    bench.add(
        Measure(
            "search as you type (median keystroke)",
            statistics.median(per_key),
            "ms",
            note=f"{len(per_key)} keystrokes of {', '.join(SEARCH_TERMS)}; count + first page",
        )
    )
    bench.add(Measure("search as you type (worst keystroke)", max(per_key), "ms"))


def jumps(bench: Bench) -> None:
    """Count + the last page of the live list, for each sort (what
    Ctrl+End asks of the service; the list no longer waits JUMP_REST_MS
    after a keyboard jump). Floor: the page's ids from raw sqlite3."""
    from kamdesk.services.accounts import AccountFilter, count_accounts, list_accounts
    from kamdesk.services.accounts.listing import forget_list_positions

    assert bench.db is not None
    db = bench.db
    total = count_accounts(db, AccountFilter(), today=bench.today)
    for sort in JUMP_SORTS:

        def jump(sort: str = sort) -> None:
            forget_list_positions(db)  # a jump, not the next page of a scroll
            count_accounts(db, AccountFilter(), today=bench.today)
            list_accounts(db, AccountFilter(), sort=sort, offset=max(0, total - 200), today=bench.today)

        ms = median_ms(jump, repeat=5)
        bench.add(Measure(f"jump to the end, by {sort}", ms, "ms", note=f"count + rows {total - 200:,}…"))


def open_account(bench: Bench) -> None:
    from kamdesk.services.accounts import get_account

    assert bench.db is not None
    db = bench.db
    raw = sqlite3.connect(bench.path)
    # accounts that have visits: the realistic and the harder case
    ids = [
        r[0]
        for r in raw.execute(
            "SELECT id FROM account WHERE last_visit_on IS NOT NULL ORDER BY id LIMIT 2000"
        ).fetchall()
    ]
    rng = random.Random(bench.seed)
    picks = rng.sample(ids, min(20, len(ids)))
    uuids = [raw.execute("SELECT uuid FROM account WHERE id=?", (i,)).fetchone()[0] for i in picks]

    def open_one(uuid: str) -> float:
        return median_ms(lambda: get_account(db, uuid), repeat=3)

    service_ms = statistics.median(open_one(u) for u in uuids)

    def floor_one(account_id: int) -> None:
        raw.execute("SELECT * FROM account WHERE id=?", (account_id,)).fetchone()
        raw.execute("SELECT * FROM contact WHERE account_id=? ORDER BY sort_key", (account_id,)).fetchall()
        raw.execute("SELECT * FROM opportunity WHERE account_id=?", (account_id,)).fetchall()
        raw.execute(
            "SELECT * FROM visit WHERE account_id=? ORDER BY starts_at DESC LIMIT 50", (account_id,)
        ).fetchall()

    floor = statistics.median(median_ms(functools.partial(floor_one, i), repeat=3) for i in picks)
    raw.close()
    bench.add(
        Measure(
            "open one account",
            service_ms,
            "ms",
            floor=floor,
            note="form data: contacts, opportunities, last 50 visits; floor: raw sqlite3",
        )
    )

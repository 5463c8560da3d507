"""The account list's pages for every sort: ids from the sort's index, pages
that join up, descending the exact reverse, the end read backwards."""

from __future__ import annotations

import random
from datetime import date

import pytest
from sqlalchemy import event, text

from kamdesk.services import accounts as A
from kamdesk.services.accounts import listing as Q
from kamdesk.store.list_order import LIVE_SORT_KEYS, index_name

TODAY = date(2026, 11, 25)
N = 61


def _fill(db) -> None:
    rng = random.Random(7)
    cities = ["上海", "北京", None, "杭州"]
    tiers = ["platinum", "gold", "silver", "ordinary", None]
    cadences = ["daily", "weekly", "monthly", None]
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO rep (uuid, name, is_me, active, created_at, updated_at) VALUES "
                "('r1', '张伟', 1, 1, '2026-01-01', '2026-01-01'), ('r2', '李娜', 0, 1, '2026-01-01', '2026-01-01')"
            )
        )
        for i in range(N):
            touched = (
                None if i % 5 == 0 else f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d} 08:00:00"
            )
            conn.execute(
                text(
                    "INSERT INTO account (uuid, name, short_name, sort_key, initials, counterparty_kind, "
                    "archived, created_at, updated_at, city, tier, grade, cadence, industry, phone, "
                    "last_touch_at, revenue_total, owner_id) VALUES (:u, :n, :sn, :k, '', 'customer', :arch, "
                    ":c, :c, :city, :tier, :grade, :cad, :ind, :ph, :t, :rev, :own)"
                ),
                {
                    "u": f"u{i:03d}",
                    "n": f"公司{i}",
                    "sn": rng.choice([None, "甲", "乙"]),
                    "k": f"gong si {rng.randint(0, 9)}",  # ties on the name too
                    "arch": 1 if i % 13 == 0 else 0,
                    "c": f"2025-{rng.randint(1, 12):02d}-01 00:00:00",
                    "city": rng.choice(cities),
                    "tier": rng.choice(tiers),
                    "grade": rng.choice(["A", "B", None]),
                    "cad": rng.choice(cadences),
                    "ind": rng.choice(["银行", "烟草", None]),
                    "ph": rng.choice(["021-1", "010-2", None]),
                    "t": touched,
                    "rev": rng.choice([None, 100, 5000, 70000]),
                    "own": rng.choice([1, 2, None]),
                },
            )


@pytest.mark.parametrize("sort", [*LIVE_SORT_KEYS, "owner"])
def test_pages_of_every_sort_join_up_and_descending_is_the_reverse(db, monkeypatch, sort):
    _fill(db)
    monkeypatch.setattr(Q, "_FROM_THE_END_AFTER", 0)  # read pages past the middle backwards here too
    f = A.AccountFilter()
    total = A.count_accounts(db, f, today=TODAY)
    assert total == N - 5  # 0, 13, 26, 39, 52 archived
    ascending: list[str] = []
    for descending in (False, True):
        whole = [
            r.uuid for r in A.list_accounts(db, f, sort=sort, descending=descending, limit=1000, today=TODAY)
        ]
        assert len(whole) == total
        paged: list[str] = []
        for offset in range(0, total, 7):
            Q.forget_list_positions(db)
            paged += [
                r.uuid
                for r in A.list_accounts(
                    db, f, sort=sort, descending=descending, offset=offset, limit=7, today=TODAY
                )
            ]
        assert paged == whole, (sort, descending)
        if descending:
            assert whole == ascending[::-1]
        else:
            ascending = whole
    end = A.list_accounts(db, f, sort=sort, offset=total - 3, limit=200, today=TODAY)
    assert [r.uuid for r in end] == ascending[-3:]
    assert A.list_accounts(db, f, sort=sort, offset=total, limit=200, today=TODAY) == []


def test_owner_order_is_the_sql_order_of_the_owner_name(db):
    """The owner sort's pages come from per-owner parts; they must be what
    ``ORDER BY rep.name, sort_key, id`` gives, two reps of one name and
    accounts without an owner included."""
    _fill(db)
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO rep (uuid, name, is_me, active, created_at, updated_at) VALUES "
                "('r3', '张伟', 0, 1, '2026-01-01', '2026-01-01'), ('r4', 'Anna', 0, 1, '2026-01-01', '2026-01-01')"
            )
        )
        conn.execute(text("UPDATE account SET owner_id = 3 WHERE id % 4 = 0"))
        conn.execute(text("UPDATE account SET owner_id = 4 WHERE id % 9 = 0"))
        expected = [
            u
            for (u,) in conn.execute(
                text(
                    "SELECT a.uuid FROM account a LEFT JOIN rep r ON r.id = a.owner_id WHERE a.archived = 0"
                    " ORDER BY r.name, a.sort_key, a.id"
                )
            )
        ]
    for descending in (False, True):
        want = expected[::-1] if descending else expected
        for offset, limit in ((0, 1000), (3, 5), (17, 20), (len(want) - 4, 200), (len(want), 10)):
            got = A.list_accounts(
                db,
                A.AccountFilter(),
                sort="owner",
                descending=descending,
                offset=offset,
                limit=limit,
                today=TODAY,
            )
            assert [r.uuid for r in got] == want[offset : offset + limit], (descending, offset)


def test_city_and_overdue_orders_are_the_keys_then_the_name(db):
    _fill(db)
    rows = A.list_accounts(db, A.AccountFilter(), sort="city", limit=1000, today=TODAY)
    with db.reading() as s:
        keys = {u: (k, i) for u, k, i in s.execute(text("SELECT uuid, sort_key, id FROM account"))}
    expected = sorted(rows, key=lambda r: (r.city is not None, r.city or "", *keys[r.uuid]))
    assert [r.uuid for r in rows] == [r.uuid for r in expected]
    rows = A.list_accounts(db, A.AccountFilter(), sort="days_overdue", limit=1000, today=TODAY)
    overdue = [r.days_overdue for r in rows]
    known = [d for d in overdue if d is not None]
    assert overdue[: overdue.count(None)] == [None] * overdue.count(None)  # no cadence: first
    assert known == sorted(known)


def test_each_sort_of_the_live_list_reads_its_ids_from_its_index(db):
    _fill(db)
    plans: dict[str, str] = {}
    seen: list[tuple[str, object]] = []

    def capture(conn, cursor, statement, params, context, executemany):
        if statement.lstrip().startswith("SELECT account.id") and "ORDER BY" in statement:
            seen.append((statement, params))

    event.listen(db.engine, "before_cursor_execute", capture)
    try:
        for sort in LIVE_SORT_KEYS:
            seen.clear()
            Q.forget_list_positions(db)
            A.list_accounts(db, A.AccountFilter(), sort=sort, offset=20, limit=10, today=TODAY)
            statement, params = seen[-1]
            with db.engine.connect() as conn:
                plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params).all()
            plans[sort] = " / ".join(str(r[-1]) for r in plan)
    finally:
        event.remove(db.engine, "before_cursor_execute", capture)
    for sort, plan in plans.items():
        assert (
            f"USING INDEX {index_name(sort)}" in plan or f"USING COVERING INDEX {index_name(sort)}" in plan
        ), (
            sort,
            plan,
        )
        assert "TEMP B-TREE" not in plan, (sort, plan)


@pytest.mark.parametrize("budget", [5, 1000])
def test_a_search_page_is_the_same_walked_or_sorted(db, monkeypatch, budget):
    """Many hits walk the name index (within WALK_BUDGET entries), hits far
    down the order are sorted instead: the same page either way."""
    _fill(db)
    from kamdesk.store.search import rebuild_account_search

    with db.engine.begin() as conn:
        rebuild_account_search(conn)
    f = A.AccountFilter(text="公司")
    expected = [r.uuid for r in A.list_accounts(db, f, limit=1000, today=TODAY)]
    assert len(expected) == N - 5
    monkeypatch.setattr(Q, "WALK_INDEX_FROM", 1)
    monkeypatch.setattr(Q, "WALK_BUDGET", budget)
    for descending in (False, True):
        got = []
        for offset in range(0, 14, 7):
            A.count_accounts(db, f, today=TODAY)
            got += [
                r.uuid
                for r in A.list_accounts(db, f, descending=descending, offset=offset, limit=7, today=TODAY)
            ]
        assert got == (expected[::-1] if descending else expected)[:14]

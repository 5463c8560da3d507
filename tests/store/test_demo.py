"""The demo generator: a small data set that is realistic, consistent and
reproducible (the large size is measured by hand, never in tests)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from kamdesk.domain.stakeholders import AttitudeLevel
from kamdesk.errors import UserError
from kamdesk.store.db import Database, sqlite_url
from kamdesk.store.demo import DemoSummary, generate
from kamdesk.store.schema import open_database

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoSummary]]:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    database = open_database(sqlite_url(path))
    summary = generate(database, size="small", seed=1, today=TODAY)
    yield database, summary
    database.dispose()


def rows(db: Database, sql: str) -> list[tuple]:  # type: ignore[type-arg]
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql))]


def scalar(db: Database, sql: str) -> object:
    return rows(db, sql)[0][0]


def test_small_demo_has_one_reps_book_of_accounts(demo: tuple[Database, DemoSummary]) -> None:
    db, summary = demo
    customers = scalar(db, "SELECT count(*) FROM account WHERE counterparty_kind = 'customer'")
    assert customers == 300
    assert 1200 <= scalar(db, "SELECT count(*) FROM contact") <= 1800  # type: ignore[operator]
    assert 110 <= scalar(db, "SELECT count(*) FROM opportunity") <= 200  # type: ignore[operator]
    assert 2500 <= scalar(db, "SELECT count(*) FROM visit") <= 3600  # type: ignore[operator]
    assert rows(db, "SELECT count(*), sum(is_me) FROM rep") == [(1, 1)]
    assert summary.accounts == scalar(db, "SELECT count(*) FROM account")
    assert summary.visits == scalar(db, "SELECT count(*) FROM visit")


def test_every_stage_g_to_s_occurs_and_signed_ones_are_won(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    stages = {r[0] for r in rows(db, "SELECT DISTINCT stage FROM opportunity")}
    assert stages == set("GFEDCBAS")
    assert rows(db, "SELECT DISTINCT status FROM opportunity WHERE stage = 'S'") == [("won",)]
    # every opportunity's stage history ends at its current stage
    assert not rows(
        db,
        """SELECT o.id FROM opportunity o WHERE o.stage <> (
             SELECT sc.to_stage FROM stage_change sc WHERE sc.opportunity_id = o.id ORDER BY sc.at DESC, sc.id DESC
             LIMIT 1)""",
    )


def test_influence_weights_add_up_to_100_per_opportunity(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    sums = rows(db, "SELECT opportunity_id, sum(influence_pct) FROM stakeholder GROUP BY opportunity_id")
    assert sums
    assert all(total == 100 for _, total in sums)
    # the four key roles appear, coaches included
    roles = {r[0] for r in rows(db, "SELECT DISTINCT buying_role FROM stakeholder")}
    assert {"economic", "technical", "user", "coach"} <= roles


def test_grades_agree_with_expected_close(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    limits = {"A": 30, "B": 91, "C": 182}
    graded = rows(db, "SELECT grade, expected_close FROM account WHERE counterparty_kind = 'customer'")
    assert {g for g, _ in graded} == set("ABCDE")
    lower = 0
    for grade, days in limits.items():
        for g, close in graded:
            if g == grade:
                ahead = (date.fromisoformat(close) - TODAY).days
                assert lower < ahead <= days or (lower == 0 and 0 <= ahead <= days), (g, close)
        lower = days
    for g, close in graded:
        if g == "D" and close is not None:
            assert (date.fromisoformat(close) - TODAY).days > 182
        if g == "E":
            assert close is None
    # the account's expected close is its earliest open opportunity's
    assert not rows(
        db,
        """SELECT a.id FROM account a WHERE a.expected_close IS NOT (
             SELECT min(o.expected_close) FROM opportunity o WHERE o.account_id = a.id AND o.status = 'open')
           AND a.counterparty_kind = 'customer'""",
    )


def test_contacts_and_org_charts_hang_together(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    assert (
        scalar(
            db, "SELECT count(*) FROM contact c LEFT JOIN account a ON a.id = c.account_id WHERE a.id IS NULL"
        )
        == 0
    )
    # a boss always works at the same account, and most people report to someone
    assert (
        scalar(
            db,
            "SELECT count(*) FROM contact c JOIN contact b ON b.id = c.reports_to_id WHERE b.account_id <> c.account_id",
        )
        == 0
    )
    with_boss = scalar(db, "SELECT count(*) FROM contact WHERE reports_to_id IS NOT NULL")
    assert with_boss > scalar(db, "SELECT count(*) FROM contact") * 0.6  # type: ignore[operator]
    titles = {r[0] for r in rows(db, "SELECT DISTINCT title FROM contact")}
    assert {"总经理", "财务总监", "采购主管"} <= titles
    assert (
        scalar(db, "SELECT count(*) FROM contact WHERE birthday IS NOT NULL AND interests IS NOT NULL") > 100
    )  # type: ignore[operator]


def test_attitude_history_ends_at_the_current_attitude(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    stakes = rows(db, "SELECT id, attitude, attitude_step FROM stakeholder")
    history: dict[int, list[tuple[str | None, str, str]]] = {}
    for sid, frm, to, source in rows(
        db,
        "SELECT stakeholder_id, from_level, to_level, source FROM attitude_change ORDER BY stakeholder_id, at, id",
    ):
        history.setdefault(sid, []).append((frm, to, source))
    for sid, attitude, step in stakes:
        changes = history[sid]
        assert changes[0][0] is None  # the first assessment
        assert changes[-1][1] == AttitudeLevel.parse(attitude + step).code == attitude + step
        for (_, before, _s), (after_from, _, _s2) in itertools.pairwise(changes):
            assert after_from == before  # each change starts where the last ended
    sources = {r[0] for r in rows(db, "SELECT DISTINCT source FROM attitude_change")}
    assert {"manual", "visit"} <= sources
    # a change from a visit matches what the attendee row says
    assert not rows(
        db,
        """SELECT ac.id FROM attitude_change ac JOIN stakeholder s ON s.id = ac.stakeholder_id
           JOIN visit_attendee va ON va.visit_id = ac.visit_id AND va.contact_id = s.contact_id
           WHERE ac.source = 'visit' AND (va.attitude_before <> ac.from_level OR va.attitude_after <> ac.to_level)""",
    )


def test_maintained_account_columns_agree_with_the_records(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    checks = {
        "last_visit_on": "SELECT max(substr(starts_at, 1, 10)) FROM visit v WHERE v.account_id = a.id AND v.status = 'done'",
        "next_visit_on": "SELECT min(substr(starts_at, 1, 10)) FROM visit v WHERE v.account_id = a.id AND v.status = 'planned'",
        "last_touch_at": "SELECT max(at) FROM contact_log l WHERE l.account_id = a.id",
        "last_purchase_on": "SELECT max(ordered_on) FROM purchase p WHERE p.account_id = a.id AND NOT p.is_return",
        "revenue_total": "SELECT sum(CASE WHEN is_return THEN -amount ELSE amount END) FROM purchase p "
        "WHERE p.account_id = a.id",
    }
    for column, sub in checks.items():
        bad = rows(db, f"SELECT a.id, a.{column}, ({sub}) FROM account a WHERE a.{column} IS NOT ({sub})")
        assert not bad, (column, bad[:3])
    assert scalar(db, "SELECT count(*) FROM account WHERE next_visit_on IS NOT NULL") > 30  # type: ignore[operator]
    planned = rows(
        db,
        "SELECT min(substr(starts_at, 1, 10)), max(substr(starts_at, 1, 10)) FROM visit WHERE status = 'planned'",
    )
    first, last = planned[0]
    assert date.fromisoformat(first) > TODAY and date.fromisoformat(last) <= TODAY + timedelta(days=28)


def test_visits_carry_plans_outcomes_logs_and_commitments(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    done = scalar(db, "SELECT count(*) FROM visit WHERE status = 'done'")
    assert scalar(db, "SELECT count(*) FROM contact_log WHERE way = 'visit'") == done
    assert (
        scalar(db, "SELECT count(*) FROM visit WHERE status = 'planned' AND spin_questions IS NOT NULL") > 10
    )  # type: ignore[operator]
    assert {r[0] for r in rows(db, "SELECT DISTINCT way FROM contact_log")} == {"visit", "phone", "other"}
    open_done = rows(db, "SELECT sum(done_on IS NULL), sum(done_on IS NOT NULL) FROM commitment")[0]
    assert open_done[0] > 0 and open_done[1] > 0
    assert scalar(db, "SELECT count(*) FROM visit_attendee WHERE attitude_before IS NOT NULL") > 50  # type: ignore[operator]


def test_every_account_is_classified_and_counterparties_are_linked(
    demo: tuple[Database, DemoSummary],
) -> None:
    db, _ = demo
    for column in ("tier", "grade", "relationship_type", "relationship_stage", "need_status", "urgency",
                   "source", "nature", "deal_status", "sort_key", "initials"):  # fmt: skip
        assert scalar(db, f"SELECT count(*) FROM account WHERE {column} IS NULL OR {column} = ''") == 0, (
            column
        )
    # rivals are watched, not followed up: no cadence, so never "overdue"; everyone else has one
    assert rows(db, "SELECT DISTINCT counterparty_kind FROM account WHERE cadence IS NULL") == [
        ("competitor",)
    ]
    # most accounts are within their cadence, some are overdue
    overdue = scalar(
        db,
        """SELECT count(*) FROM account WHERE cadence IS NOT NULL AND julianday('2026-11-25') - julianday(last_touch_at)
           > CASE cadence WHEN 'daily' THEN 1 WHEN 'weekly' THEN 7 WHEN 'half_monthly' THEN 15
                          WHEN 'monthly' THEN 30 ELSE 365 END""",
    )
    assert 10 < overdue < 100  # type: ignore[operator]
    kinds = {r[0] for r in rows(db, "SELECT DISTINCT counterparty_kind FROM account")}
    assert kinds == {"customer", "competitor", "supplier", "partner"}
    assert scalar(db, "SELECT count(*) FROM account_link") > 0  # type: ignore[operator]
    assert scalar(db, "SELECT count(*) FROM account WHERE purchase_cycle_days IS NOT NULL") > 10  # type: ignore[operator]
    assert scalar(db, "SELECT count(DISTINCT field_id) FROM custom_value") == 3
    assert scalar(db, "SELECT count(*) - count(DISTINCT name) FROM account") == 0  # no two alike
    assert len({r[0] for r in rows(db, "SELECT DISTINCT industry FROM account")}) >= 10
    assert len({r[0] for r in rows(db, "SELECT DISTINCT province FROM account")}) >= 5


def test_plans_targets_and_reports_are_there(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    kinds = dict(rows(db, "SELECT kind, count(*) FROM plan_period GROUP BY kind"))
    assert kinds["day"] >= 5 and kinds["week"] >= 4 and kinds["month"] >= 3
    metrics = {r[0] for r in rows(db, "SELECT DISTINCT metric FROM target")}
    assert metrics == {"revenue", "visits", "new_visits", "revisits", "deals"}
    assert not rows(db, "SELECT id FROM target WHERE NOT (minimum < normal AND normal < stretch)")
    assert scalar(db, "SELECT count(*) FROM annotation") >= 1  # type: ignore[operator]
    assert scalar(db, "SELECT count(*) FROM announcement") == 1


def test_uuids_are_valid_and_unique(demo: tuple[Database, DemoSummary]) -> None:
    import uuid

    db, _ = demo
    for table in ("account", "contact", "visit", "stakeholder", "attitude_change"):
        values = [r[0] for r in rows(db, f"SELECT uuid FROM {table}")]
        assert len(set(values)) == len(values)
        assert all(uuid.UUID(v).version == 4 for v in values[:50])


def test_stored_values_read_back_through_the_models(demo: tuple[Database, DemoSummary]) -> None:
    from sqlalchemy import select

    from kamdesk.store.models import Account, Visit

    db, _ = demo
    with db.reading() as s:
        account = s.scalars(select(Account).where(Account.revenue_total.is_not(None)).limit(1)).one()
        visit = s.scalars(select(Visit).limit(1)).one()
        assert account.revenue_total is not None and account.revenue_total > 0
        assert visit.starts_at.tzinfo is not None
        assert account.tier is not None and account.tier.zh
        assert account.registered_capital is not None


def test_same_seed_same_data_other_seed_other_data(db: Database, tmp_path: Path) -> None:
    generate(db, size="small", seed=7, today=TODAY)
    again = open_database(sqlite_url(tmp_path / "again.db"))
    other = open_database(sqlite_url(tmp_path / "other.db"))
    try:
        generate(again, size="small", seed=7, today=TODAY)
        generate(other, size="small", seed=8, today=TODAY)
        sql = "SELECT name, uuid FROM account ORDER BY id"
        assert rows(db, sql) == rows(again, sql)
        assert rows(db, sql) != rows(other, sql)
        assert rows(db, "SELECT count(*) FROM visit") == rows(again, "SELECT count(*) FROM visit")
    finally:
        again.dispose()
        other.dispose()


def test_refuses_a_database_that_already_holds_accounts(db: Database) -> None:
    generate(db, size="small", today=TODAY)
    before = scalar(db, "SELECT count(*) FROM visit")
    with pytest.raises(UserError, match="already holds 316 accounts; demo data goes into an empty database"):
        generate(db, size="small", today=TODAY)
    assert scalar(db, "SELECT count(*) FROM visit") == before


def test_reports_progress_to_the_end(db: Database) -> None:
    seen: list[tuple[str, int, int]] = []
    generate(
        db, size="small", today=TODAY, progress=lambda label, done, total: seen.append((label, done, total))
    )
    assert seen[0][1] == 0 and seen[-1][1] == seen[-1][2]
    assert [d for _, d, _ in seen] == sorted(d for _, d, _ in seen)


def test_chunks_from_the_helper_process_equal_chunks_made_here() -> None:
    from dataclasses import replace

    from kamdesk.store.demo.context import PROFILES, Run
    from kamdesk.store.demo.generate import AHEAD_DAYS, HISTORY_DAYS
    from kamdesk.store.demo.pipeline import MIN_CHUNKS_FOR_HELPER, chunks, make_chunk
    from kamdesk.store.demo.rows import Calendar, UuidMaker
    from kamdesk.store.demo.team import write_team

    class NoWriter:
        def write(self, *_args: object) -> None:
            pass

    profile = replace(PROFILES["large"], accounts=MIN_CHUNKS_FOR_HELPER * 10, reps=2, chunk=10)
    run = Run(profile, 5, Calendar(TODAY, HISTORY_DAYS, AHEAD_DAYS), UuidMaker(5), team=None)  # type: ignore[arg-type]
    run.team = write_team(run, NoWriter(), profile.accounts)  # type: ignore[arg-type]
    from_helper = list(chunks(run, MIN_CHUNKS_FOR_HELPER))
    assert [c.account_ids for c in from_helper] == [
        range(k * 10 + 1, k * 10 + 11) for k in range(MIN_CHUNKS_FOR_HELPER)
    ]
    for chunk_no in (0, MIN_CHUNKS_FOR_HELPER - 1):
        here = make_chunk(run, chunk_no)
        assert from_helper[chunk_no].rows == here.rows


def test_the_connection_is_back_to_normal_after_the_load(db: Database) -> None:
    generate(db, size="small", today=TODAY)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_a_broken_reference_rolls_the_whole_load_back(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from kamdesk.store.demo import classify

    real = classify.write_account

    def wrong_owner(b, a, dead, number):  # type: ignore[no-untyped-def]
        a.rep = type(a.rep)(999, a.rep.name, a.rep.region, a.rep.provinces, a.rep.our_person_id, a.rep.is_me)
        real(b, a, dead, number)

    monkeypatch.setattr("kamdesk.store.demo.pipeline.write_account", wrong_owner)
    with pytest.raises(RuntimeError, match="broken references"):
        generate(db, size="small", today=TODAY)
    assert scalar(db, "SELECT count(*) FROM account") == 0
    assert scalar(db, "SELECT count(*) FROM rep") == 0


def test_search_index_matches_a_full_rebuild(demo: tuple[Database, DemoSummary]) -> None:
    from kamdesk.store import search

    db, summary = demo
    assert summary.search_indexed
    sql = "SELECT rowid, body, phones, ini FROM account_search ORDER BY rowid"
    fed_per_chunk = rows(db, sql)
    assert len(fed_per_chunk) == scalar(db, "SELECT count(*) FROM account")
    with db.engine.connect() as conn:
        search.rebuild_account_search(conn)
        rebuilt = [tuple(r) for r in conn.exec_driver_sql(sql)]
        conn.rollback()
    assert fed_per_chunk == rebuilt


def test_the_apps_own_rep_becomes_the_demo_rep(db: Database) -> None:
    from kamdesk.store.models import Rep

    with db.transaction() as s:
        s.add(Rep(name="小李", is_me=True, active=True))
        s.add(Rep(name="老王", is_me=False, active=True))
    generate(db, size="small", today=TODAY)
    assert rows(db, "SELECT name, is_me FROM rep ORDER BY id") == [("小李", 1), ("老王", 0)]
    assert rows(db, "SELECT DISTINCT owner_id FROM account") == [(1,)]
    assert scalar(db, "SELECT count(*) FROM plan_period WHERE rep_id = 1") > 10  # type: ignore[operator]


def test_refuses_a_store_with_other_records(db: Database) -> None:
    from kamdesk.domain.periods import CustomFieldKind
    from kamdesk.store.models import CustomField

    with db.transaction() as s:
        s.add(CustomField(entity="account", name="区域", kind=CustomFieldKind.TEXT))
    with pytest.raises(
        UserError, match="already holds 1 custom fields; demo data goes into an empty database"
    ):
        generate(db, size="small", today=TODAY)
    assert scalar(db, "SELECT count(*) FROM rep") == 0


def test_every_table_reads_back_through_its_model(demo: tuple[Database, DemoSummary]) -> None:
    """Codes, money, dates and times written in bulk are what the column types expect."""
    from sqlalchemy import select

    from kamdesk.store.models import Base

    db, _ = demo
    loaded = 0
    with db.reading() as s:
        for mapper in Base.registry.mappers:
            model = mapper.class_
            for record in s.scalars(select(model).limit(300)):
                for attr in mapper.column_attrs:
                    getattr(record, attr.key)
                loaded += 1
    assert loaded > 3000


def test_demo_fills_the_account_file_fields(tmp_path: Path) -> None:
    """Handle-by dates with derived urgency, MAN on prospects, products on their own
    purchase cycle, several objective kinds, commitment times and the contact form's fields."""
    from sqlalchemy import func, select

    from kamdesk.store.models import Account, Commitment, Contact, PurchaseItem, Visit

    db = open_database(sqlite_url(tmp_path / "demo.db"))
    generate(db, size="small", seed=3, today=date(2026, 3, 10))
    with db.reading() as s:
        assert s.scalar(
            select(func.count()).where(Account.handle_by.is_not(None), Account.urgency_manual.is_(False))
        )
        assert s.scalar(select(func.count()).where(Account.man_money.is_(False), Account.man_need.is_(False)))
        assert s.scalar(
            select(func.count()).select_from(PurchaseItem).where(PurchaseItem.next_due_on.is_not(None))
        )
        assert s.scalar(select(func.count()).where(Visit.objective_kinds.like("%,%")))
        assert s.scalar(select(func.count()).where(Commitment.due_time.is_not(None)))
        assert s.scalar(select(func.count()).where(Contact.professional_title.is_not(None)))
    db.dispose()

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from kamdesk.errors import SchemaTooNewError, UserError
from kamdesk.store.backup import restore_from, rotating_backup, verify_file
from kamdesk.store.db import Database, sqlite_url
from kamdesk.store.models import Account, Opportunity, Rep
from kamdesk.store.schema import current_revision, head_revision, open_database


def test_migrate_from_empty_creates_every_table_at_head(db: Database):
    assert current_revision(db) == head_revision()
    with db.engine.connect() as conn:
        mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
        fks = conn.exec_driver_sql("PRAGMA foreign_keys").scalar()
    assert mode == "wal"
    assert fks == 1


def test_money_round_trips_exactly_and_uuid_is_stable(db: Database):
    with db.transaction() as s:
        rep = Rep(name="李娜", is_me=True)
        s.add(rep)
        s.flush()
        acc = Account(name="上海华信烟草集团有限公司", owner_id=rep.id)
        s.add(acc)
        s.flush()
        s.add(Opportunity(account_id=acc.id, name="办公耗材框架协议", amount=Decimal("123456.78")))
        uuid = acc.uuid
    with db.reading() as s:
        opp = s.scalars(select(Opportunity)).one()
        assert opp.amount == Decimal("123456.78")
        assert s.scalars(select(Account.uuid)).one() == uuid


def test_failed_transaction_writes_nothing(db: Database):
    with pytest.raises(RuntimeError), db.transaction() as s:
        s.add(Rep(name="王芳"))
        s.flush()
        raise RuntimeError("boom")
    with db.reading() as s:
        assert s.scalars(select(Rep)).all() == []


@pytest.mark.plain_only  # edits the file with sqlite3
def test_newer_database_is_refused_and_left_untouched(db_path: Path, db: Database):
    db.dispose()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num='9999'")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="newer KAMdesk"):
        open_database(sqlite_url(db_path))
    assert db_path.read_bytes() == before


def test_foreign_sqlite_file_is_refused(tmp_path: Path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE stuff (x)")
    conn.close()
    with pytest.raises(UserError, match="not a KAMdesk database"):
        open_database(sqlite_url(path))


def test_backup_and_restore_round_trip(db: Database, db_path: Path):
    with db.transaction() as s:
        s.add(Account(name="北京东方银行"))
    backup = rotating_backup(db)
    assert verify_file(backup).accounts == 1
    with db.transaction() as s:
        s.add(Account(name="广州恒通制造"))
    kept = restore_from(db, backup)
    assert kept.exists()
    reopened = open_database(sqlite_url(db_path))
    with reopened.reading() as s:
        assert s.scalars(select(Account.name)).all() == ["北京东方银行"]
    reopened.dispose()


def test_restore_refuses_a_file_that_is_not_a_database(db: Database, tmp_path: Path):
    junk = tmp_path / "junk.db"
    junk.write_text("not sqlite")
    with pytest.raises(UserError, match="not a SQLite database"):
        restore_from(db, junk)

"""Migrations and models agree, and upgrading keeps user data and backs up first."""

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select, text

from kamdesk.paths import backups_dir
from kamdesk.store.db import Database, sqlite_url
from kamdesk.store.models import Account, Base
from kamdesk.store.schema import _upgrade, current_revision, ensure_schema, head_revision, known_revisions

# the search index is an FTS5 virtual table made by migration 0002, not a model
_NOT_MODELS = ("account_search",)


_OLD_ACCOUNT = (
    "INSERT INTO account (name, sort_key, initials, counterparty_kind, archived, uuid, created_at, updated_at)"
    " VALUES (:name, 'cheng du', 'cdtfdl', 'customer', 0, '6f1c2a70-0000-4000-8000-000000000001',"
    " '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
)


def test_migrated_schema_matches_the_models(db: Database):
    import warnings

    with db.engine.connect() as conn, warnings.catch_warnings():
        # indexes on an expression (the list's tier, cadence and overdue
        # orders) cannot be reflected on SQLite: alembic skips them, and they
        # are checked by name below instead
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index")
        warnings.filterwarnings("ignore", "autogenerate skipping metadata-specified expression-based index")
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        indexes = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}
    real = [d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith(_NOT_MODELS))]
    assert real == []
    expression_indexes = {
        i.name for t in Base.metadata.tables.values() for i in t.indexes if any(
            not hasattr(c, "table") for c in i.expressions)
    }  # fmt: skip
    assert expression_indexes and expression_indexes <= indexes


def test_upgrade_from_the_first_revision_keeps_data_and_backs_up(tmp_path: Path):
    assert len(known_revisions()) >= 2
    old = Database(sqlite_url(tmp_path / "old.db"))
    _upgrade(old, known_revisions()[0])
    with old.transaction() as s:  # the models are ahead of this schema: plain SQL
        s.execute(text(_OLD_ACCOUNT), {"name": "成都天府电力有限公司"})
    assert current_revision(old) == known_revisions()[0]
    result = ensure_schema(old)
    assert result.before == known_revisions()[0] and result.after == head_revision()
    assert result.backup is not None and result.backup.parent == backups_dir()
    with old.reading() as s:
        assert s.scalars(select(Account.name)).all() == ["成都天府电力有限公司"]
    old.dispose()


def test_two_reps_marked_me_become_one_and_no_rep_is_lost(tmp_path: Path):
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    old = Database(sqlite_url(tmp_path / "two-me.db"))
    _upgrade(old, "0005")
    with old.engine.begin() as conn:
        for i, name in enumerate(("张伟", "李娜")):
            conn.execute(
                text("INSERT INTO rep (uuid, created_at, updated_at, name, is_me, active) "
                     "VALUES (:u, '2026-01-01', '2026-01-01', :n, 1, 1)"),
                {"u": f"00000000-0000-4000-8000-00000000000{i}", "n": name},
            )  # fmt: skip
    ensure_schema(old)
    with old.engine.connect() as conn:
        assert conn.execute(text("SELECT name, is_me FROM rep ORDER BY id")).all() == [("张伟", 1), ("李娜", 0)]
    with pytest.raises(IntegrityError), old.engine.begin() as conn:
        conn.execute(text("UPDATE rep SET is_me = 1"))
    old.dispose()

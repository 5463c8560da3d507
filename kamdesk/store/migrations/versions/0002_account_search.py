"""account search index (FTS5 on SQLite)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

An index on contact.sort_key (contacts across all accounts, by pinyin).
On SQLite: the ``account_search`` FTS5 table (see kamdesk/store/search.py),
filled from existing accounts and contacts. Other backends search with LIKE
and need nothing here.
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

CREATE_SQL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS account_search USING fts5("
    "body, phones, ini, tokenize = 'unicode61 remove_diacritics 2')"
)


def upgrade() -> None:
    # contacts across all accounts are listed by name (pinyin): needs its own index
    # (the model declares only (account_id, sort_key); see the closing note of issue 4)
    op.create_index("ix_contact_sort_key", "contact", ["sort_key"], if_not_exists=True)
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    bind.exec_driver_sql(CREATE_SQL)
    has_rows = bind.exec_driver_sql("SELECT EXISTS (SELECT 1 FROM account)").scalar()
    if has_rows:
        from kamdesk.store.search import rebuild_account_search

        rebuild_account_search(bind)


def downgrade() -> None:
    op.drop_index("ix_contact_sort_key", table_name="contact", if_exists=True)
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    bind.exec_driver_sql("DROP TABLE IF EXISTS account_search")

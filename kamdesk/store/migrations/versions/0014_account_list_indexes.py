"""account list sort indexes; full pinyin in the search index

Revision ID: 0014
Revises: 0009
Create Date: 2026-12-05

Jumping to the end of 100k accounts sorted by anything but the name read and
sorted every row (1.2–2.1 s in the window). One partial covering index per
sort, ``(key, sort_key, id) WHERE archived = 0`` (kamdesk.store.list_order),
makes any page an index-only walk. SQLite only: elsewhere the list sorts as
before. The search index is rebuilt so full pinyin (``yinhang``) is found.
``ix_contact_private``: every output screens the private contacts; finding
them scanned 550k contacts of a team's store.
"""

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    from kamdesk.store.list_order import LIVE_SORT_KEYS, create_index_sql
    from kamdesk.store.search import rebuild_account_search

    for sort in LIVE_SORT_KEYS:
        bind.exec_driver_sql(create_index_sql(sort))
    bind.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_contact_private ON contact (id) WHERE is_private = 1")
    rebuild_account_search(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    from kamdesk.store.list_order import LIVE_SORT_KEYS, index_name

    for sort in LIVE_SORT_KEYS:
        bind.exec_driver_sql(f"DROP INDEX IF EXISTS {index_name(sort)}")
    bind.exec_driver_sql("DROP INDEX IF EXISTS ix_contact_private")

"""index on account.archived

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

The account list's count (live accounts only) was a scan of the whole
account table (~25–80 ms at 100k accounts). With this index it is
``count(*)`` minus the archived ones, both answered from the index. The
index is partial (archived rows only): a query for live accounts can never
choose it over the list's sort index (a plain index on ``archived`` made
SQLite read every live account and sort them for the first page).
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_account_archived",
        "account",
        ["archived"],
        if_not_exists=True,
        sqlite_where=sa.text("archived = 1"),
        postgresql_where=sa.text("archived"),
    )


def downgrade() -> None:
    op.drop_index("ix_account_archived", table_name="account", if_exists=True)

"""at most one rep is "me"

Revision ID: 0009
Revises: 0005
Create Date: 2026-12-04

``rep.is_me`` marks the laptop's own user. Nothing stopped two reps being
"me" (an import, a hand-edited bundle), and then each query picked its own.
Where there are several, the first one made stays "me" (no rep is removed);
a partial unique index keeps it so.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    first = bind.execute(sa.text("SELECT min(id) FROM rep WHERE is_me = :t"), {"t": True}).scalar()
    if first is not None:
        bind.execute(sa.text("UPDATE rep SET is_me = :f WHERE is_me = :t AND id <> :first"),
                     {"f": False, "t": True, "first": first})  # fmt: skip
    op.create_index(
        "uq_rep_one_me",
        "rep",
        ["is_me"],
        unique=True,
        sqlite_where=sa.text("is_me = 1"),
        postgresql_where=sa.text("is_me"),
    )


def downgrade() -> None:
    op.drop_index("uq_rep_one_me", table_name="rep")

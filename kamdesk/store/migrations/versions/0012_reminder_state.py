"""what the rep did with a reminder: done, snoozed, dismissed

Revision ID: 0012
Revises: 0009
Create Date: 2026-12-05

The startup reminders listed everything due, every day (289 rows on the
demo); a rep could not put one aside. ``reminder_state`` keeps, per
reminder key, whether it was done, snoozed until a day or dismissed. It is
this laptop's state and does not travel in bundles.
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reminder_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder_state")),
        sa.UniqueConstraint("key", name=op.f("uq_reminder_state_key")),
    )


def downgrade() -> None:
    op.drop_table("reminder_state")

"""the rep's time zone

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04

Times are stored in UTC and shown in the rep's zone. The zone belongs to the
rep (a laptop's system zone may be UTC while its rep works in China time), so
it is kept on the rep's record; empty means the system's zone.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("rep") as batch:
        batch.add_column(sa.Column("time_zone", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("rep") as batch:
        batch.drop_column("time_zone")

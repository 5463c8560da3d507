"""team sync: change log, tombstones, shared contacts, team members

Revision ID: 0013
Revises: 0009
Create Date: 2026-12-05

Tables only (nothing existing changes). On a laptop ``sync_change`` and
``tombstone`` are filled by triggers that :mod:`kamdesk.store.sync.tracking`
installs after migrating (they list each table's columns, so they are
recreated whenever a migration changes a table); on the team server they are
the change log laptops pull from. ``shared_contact`` marks contacts whose
private details may reach the server; ``team_member`` maps the server's login
roles to reps.
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_change",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(60), nullable=False),
        sa.Column("record_uuid", sa.String(36), nullable=False),
        sa.Column("base_values", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_change")),
    )
    op.create_index(op.f("ix_sync_change_record_uuid"), "sync_change", ["record_uuid"])
    op.create_table(
        "tombstone",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(60), nullable=False),
        sa.Column("record_uuid", sa.String(36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("origin", sa.String(32), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tombstone")),
    )
    op.create_index(op.f("ix_tombstone_record_uuid"), "tombstone", ["record_uuid"])
    op.create_table(
        "shared_contact",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("origin", sa.String(32), nullable=True),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.Column("base_origin", sa.String(32), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_shared_contact_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shared_contact")),
        sa.UniqueConstraint("contact_id", name=op.f("uq_shared_contact_contact_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_shared_contact_uuid")),
    )
    op.create_table(
        "team_member",
        sa.Column("role_name", sa.String(63), nullable=False),
        sa.Column("rep_uuid", sa.String(36), nullable=False),
        sa.Column("is_manager", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("role_name", name=op.f("pk_team_member")),
    )


def downgrade() -> None:
    op.drop_table("team_member")
    op.drop_table("shared_contact")
    op.drop_index(op.f("ix_tombstone_record_uuid"), table_name="tombstone")
    op.drop_table("tombstone")
    op.drop_index(op.f("ix_sync_change_record_uuid"), table_name="sync_change")
    op.drop_table("sync_change")

"""record versions and origins; merge conflicts

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04

A bundle merge decides by each record's version and origin rather than by
wall-clock ``updated_at`` (a laptop whose clock is a year behind lost its
edits to older bundles). Every record table gets ``version`` (1 for existing
rows), ``origin`` (the database that made the last change; NULL: before this
revision) and ``base_version``/``base_origin`` (the state last received from
another laptop; existing rows get 1/NULL, the state both laptops shared when
they upgraded). ``store_meta`` holds this database's id; ``conflict`` the other
side's values of records both sides changed. Columns are only added: all data
is kept.
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_NEW = ("version", "origin", "base_version", "base_origin")


def _record_tables() -> list[str]:
    inspector = sa.inspect(op.get_bind())
    out = []
    for name in inspector.get_table_names():
        cols = {c["name"] for c in inspector.get_columns(name)}
        if {"uuid", "updated_at"} <= cols and "version" not in cols:
            out.append(name)
    return sorted(out)


def upgrade() -> None:
    meta = op.create_table(
        "store_meta",
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("value", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_store_meta")),
    )
    op.bulk_insert(meta, [{"key": "origin", "value": uuid.uuid4().hex[:12]}])
    op.create_table(
        "conflict",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(60), nullable=False),
        sa.Column("record_uuid", sa.String(36), nullable=False),
        sa.Column("their_values", sa.Text(), nullable=False),
        sa.Column("their_version", sa.Integer(), nullable=True),
        sa.Column("their_origin", sa.String(32), nullable=True),
        sa.Column("our_version", sa.Integer(), nullable=False),
        sa.Column("our_origin", sa.String(32), nullable=True),
        sa.Column("source", sa.String(255), nullable=False),
        sa.Column("found_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.String(20), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflict")),
    )
    op.create_index(op.f("ix_conflict_record_uuid"), "conflict", ["record_uuid"])
    for table in _record_tables():
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
            batch.add_column(sa.Column("origin", sa.String(32), nullable=True))
            batch.add_column(sa.Column("base_version", sa.Integer(), nullable=True))
            batch.add_column(sa.Column("base_origin", sa.String(32), nullable=True))
        op.execute(sa.text(f'UPDATE "{table}" SET base_version = 1'))


def downgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    for table in inspector.get_table_names():
        cols = {c["name"] for c in inspector.get_columns(table)}
        if set(_NEW) <= cols:
            with op.batch_alter_table(table) as batch:
                for name in reversed(_NEW):
                    batch.drop_column(name)
    op.drop_index(op.f("ix_conflict_record_uuid"), table_name="conflict")
    op.drop_table("conflict")
    op.drop_table("store_meta")

"""planning: industry attractiveness, self-development goals, announcements read

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05

``industry_score`` holds each industry's scores on seed 001's criteria and its
growth forecast; ``development_goal`` a rep's self-development goals with
review dates; ``announcement.read_on`` when the rep read a manager's notice.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


_CRITERIA = (
    "market_size",
    "growth",
    "awareness",
    "competition",
    "difficulty",
    "funding",
    "relationship",
    "policy",
)


def _record_columns() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("origin", sa.String(32), nullable=True),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.Column("base_origin", sa.String(32), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "industry_score",
        sa.Column("industry", sa.String(length=80), nullable=False),
        *[sa.Column(name, sa.Integer(), nullable=True) for name in _CRITERIA],
        sa.Column("growth_forecast", sa.BigInteger(), nullable=True),
        sa.Column("focus_override", sa.Boolean(), nullable=True),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_industry_score")),
        sa.UniqueConstraint("industry", name=op.f("uq_industry_score_industry")),
        sa.UniqueConstraint("uuid", name=op.f("uq_industry_score_uuid")),
    )
    op.create_table(
        "development_goal",
        sa.Column("rep_id", sa.Integer(), nullable=False),
        sa.Column("area", sa.String(length=40), nullable=False),
        sa.Column("goal", sa.Text(), nullable=False),
        sa.Column("review_on", sa.Date(), nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("review_note", sa.Text(), nullable=True),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["rep_id"], ["rep.id"], name=op.f("fk_development_goal_rep_id_rep"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_development_goal")),
        sa.UniqueConstraint("uuid", name=op.f("uq_development_goal_uuid")),
    )
    op.create_index(op.f("ix_development_goal_rep_id"), "development_goal", ["rep_id"])
    with op.batch_alter_table("announcement") as batch:
        batch.add_column(sa.Column("read_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("announcement") as batch:
        batch.drop_column("read_on")
    op.drop_index(op.f("ix_development_goal_rep_id"), table_name="development_goal")
    op.drop_table("development_goal")
    op.drop_table("industry_score")

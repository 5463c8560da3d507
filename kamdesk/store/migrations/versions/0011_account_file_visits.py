"""account file and visits: the seeds' methods that were missing

Revision ID: 0011
Revises: 0009
Create Date: 2026-12-05

- account: ``handle_by`` (处理时间: the date by which it must be handled;
  urgency follows from it unless ``urgency_manual``), MAN on a prospect
  account (``man_money``, ``man_authority``, ``man_need``; NULL = not assessed)
- contact: the rest of 客户信息收集表 (seed 002): 职称, 专业职称, 下级, 住址,
  舅子老表, 叔伯, and 基本履历's schools and employers one by one
- visit: ``objective_kinds`` (several objective kinds, comma-joined codes;
  ``objective_kind`` stays the first, so older readers see one)
- commitment: ``due_time`` (optional "HH:MM" in the rep's zone)
- purchase_item: each product an account buys, with its own purchase cycle,
  reminder lead and next due date
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_CONTACT_COLUMNS = (
    ("professional_title", sa.String(80)),
    ("professional_rank", sa.String(80)),
    ("subordinates_text", sa.Text()),
    ("employer_1", sa.String(200)),
    ("employer_2", sa.String(200)),
    ("employer_3", sa.String(200)),
    ("home_address", sa.String(300)),
    ("primary_school", sa.String(200)),
    ("middle_school", sa.String(200)),
    ("university", sa.String(200)),
    ("graduate_school", sa.String(200)),
    ("cousins", sa.Text()),
    ("uncles", sa.Text()),
)


def upgrade() -> None:
    with op.batch_alter_table("account") as batch:
        batch.add_column(sa.Column("handle_by", sa.Date(), nullable=True))
        batch.add_column(sa.Column("urgency_manual", sa.Boolean(), server_default="0", nullable=False))
        batch.add_column(sa.Column("man_money", sa.Boolean(), nullable=True))
        batch.add_column(sa.Column("man_authority", sa.Boolean(), nullable=True))
        batch.add_column(sa.Column("man_need", sa.Boolean(), nullable=True))
    # an urgency set before this revision was set by hand: keep it
    op.execute(sa.text("UPDATE account SET urgency_manual = :t WHERE urgency IS NOT NULL").bindparams(t=True))
    with op.batch_alter_table("contact") as batch:
        for name, type_ in _CONTACT_COLUMNS:
            batch.add_column(sa.Column(name, type_, nullable=True))
    with op.batch_alter_table("visit") as batch:
        batch.add_column(sa.Column("objective_kinds", sa.String(120), nullable=True))
    op.execute(sa.text("UPDATE visit SET objective_kinds = objective_kind WHERE objective_kind IS NOT NULL"))
    with op.batch_alter_table("commitment") as batch:
        batch.add_column(sa.Column("due_time", sa.String(5), nullable=True))

    op.create_table(
        "purchase_item",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("product", sa.String(length=200), nullable=False),
        sa.Column("cycle_days", sa.Integer(), nullable=True),
        sa.Column("remind_days", sa.Integer(), server_default="7", nullable=False),
        sa.Column("last_purchase_on", sa.Date(), nullable=True),
        sa.Column("next_due_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("origin", sa.String(32), nullable=True),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.Column("base_origin", sa.String(32), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_purchase_item_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purchase_item")),
        sa.UniqueConstraint("uuid", name=op.f("uq_purchase_item_uuid")),
    )
    with op.batch_alter_table("purchase_item") as batch:
        batch.create_index("ix_purchase_item_account_product", ["account_id", "product"], unique=True)
        batch.create_index("ix_purchase_item_next_due_on", ["next_due_on"], unique=False)


def downgrade() -> None:
    op.drop_table("purchase_item")
    with op.batch_alter_table("commitment") as batch:
        batch.drop_column("due_time")
    with op.batch_alter_table("visit") as batch:
        batch.drop_column("objective_kinds")
    with op.batch_alter_table("contact") as batch:
        for name, _type in reversed(_CONTACT_COLUMNS):
            batch.drop_column(name)
    with op.batch_alter_table("account") as batch:
        for name in ("man_need", "man_authority", "man_money", "urgency_manual", "handle_by"):
            batch.drop_column(name)

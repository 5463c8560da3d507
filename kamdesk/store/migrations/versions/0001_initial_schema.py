"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "announcement",
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.String(length=80), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_announcement")),
        sa.UniqueConstraint("uuid", name=op.f("uq_announcement_uuid")),
    )
    op.create_table(
        "custom_field",
        sa.Column("entity", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("choices", sa.Text(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_custom_field")),
        sa.UniqueConstraint("uuid", name=op.f("uq_custom_field_uuid")),
    )
    op.create_table(
        "rep",
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=True),
        sa.Column("title", sa.String(length=80), nullable=True),
        sa.Column("region", sa.String(length=80), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=120), nullable=True),
        sa.Column("manager_name", sa.String(length=80), nullable=True),
        sa.Column("is_me", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rep")),
        sa.UniqueConstraint("uuid", name=op.f("uq_rep_uuid")),
    )
    op.create_table(
        "saved_filter",
        sa.Column("scope", sa.String(length=24), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("spec", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_filter")),
        sa.UniqueConstraint("uuid", name=op.f("uq_saved_filter_uuid")),
    )
    op.create_table(
        "account",
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("number", sa.String(length=40), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("short_name", sa.String(length=80), nullable=True),
        sa.Column("sort_key", sa.String(length=400), nullable=False),
        sa.Column("initials", sa.String(length=200), nullable=False),
        sa.Column("nature", sa.String(length=24), nullable=True),
        sa.Column("industry", sa.String(length=80), nullable=True),
        sa.Column("province", sa.String(length=40), nullable=True),
        sa.Column("city", sa.String(length=40), nullable=True),
        sa.Column("address", sa.String(length=300), nullable=True),
        sa.Column("postcode", sa.String(length=12), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("fax", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=120), nullable=True),
        sa.Column("website", sa.String(length=200), nullable=True),
        sa.Column("founded_on", sa.Date(), nullable=True),
        sa.Column("registered_capital", sa.BigInteger(), nullable=True),
        sa.Column("employee_count", sa.Integer(), nullable=True),
        sa.Column("annual_revenue", sa.BigInteger(), nullable=True),
        sa.Column("listed", sa.Boolean(), nullable=True),
        sa.Column("shareholders", sa.Text(), nullable=True),
        sa.Column("org_structure", sa.Text(), nullable=True),
        sa.Column("decision_background", sa.Text(), nullable=True),
        sa.Column("main_project", sa.Text(), nullable=True),
        sa.Column("long_term_partners", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=24), nullable=True),
        sa.Column("counterparty_kind", sa.String(length=24), nullable=False),
        sa.Column("tier", sa.String(length=24), nullable=True),
        sa.Column("grade", sa.String(length=24), nullable=True),
        sa.Column("cadence", sa.String(length=24), nullable=True),
        sa.Column("revisit_interval", sa.String(length=24), nullable=True),
        sa.Column("prospect_disposition", sa.String(length=24), nullable=True),
        sa.Column("deal_status", sa.String(length=24), nullable=True),
        sa.Column("need_status", sa.String(length=24), nullable=True),
        sa.Column("urgency", sa.String(length=24), nullable=True),
        sa.Column("relationship_type", sa.String(length=24), nullable=True),
        sa.Column("relationship_stage", sa.String(length=24), nullable=True),
        sa.Column("expected_close", sa.Date(), nullable=True),
        sa.Column("purchase_cycle_days", sa.Integer(), nullable=True),
        sa.Column("share_of_wallet_pct", sa.Float(), nullable=True),
        sa.Column("last_touch_at", sa.DateTime(), nullable=True),
        sa.Column("last_visit_on", sa.Date(), nullable=True),
        sa.Column("next_visit_on", sa.Date(), nullable=True),
        sa.Column("last_purchase_on", sa.Date(), nullable=True),
        sa.Column("revenue_total", sa.BigInteger(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["rep.id"], name=op.f("fk_account_owner_id_rep"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account")),
        sa.UniqueConstraint("uuid", name=op.f("uq_account_uuid")),
    )
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_account_city"), ["city"], unique=False)
        batch_op.create_index(batch_op.f("ix_account_grade"), ["grade"], unique=False)
        batch_op.create_index(batch_op.f("ix_account_industry"), ["industry"], unique=False)
        batch_op.create_index("ix_account_last_touch", ["last_touch_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_account_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index("ix_account_owner_sort", ["owner_id", "sort_key"], unique=False)
        batch_op.create_index("ix_account_short_name", ["short_name"], unique=False)
        batch_op.create_index("ix_account_sort_key", ["sort_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_account_tier"), ["tier"], unique=False)

    op.create_table(
        "our_person",
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("title", sa.String(length=80), nullable=True),
        sa.Column("rep_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["rep_id"], ["rep.id"], name=op.f("fk_our_person_rep_id_rep"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_our_person")),
        sa.UniqueConstraint("uuid", name=op.f("uq_our_person_uuid")),
    )
    op.create_table(
        "plan_period",
        sa.Column("rep_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("key", sa.String(length=12), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("plan_text", sa.Text(), nullable=True),
        sa.Column("summary_text", sa.Text(), nullable=True),
        sa.Column("key_problems", sa.Text(), nullable=True),
        sa.Column("hard_problems", sa.Text(), nullable=True),
        sa.Column("collections", sa.BigInteger(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["rep_id"], ["rep.id"], name=op.f("fk_plan_period_rep_id_rep"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_period")),
        sa.UniqueConstraint("uuid", name=op.f("uq_plan_period_uuid")),
    )
    with op.batch_alter_table("plan_period", schema=None) as batch_op:
        batch_op.create_index("ix_plan_period_rep_kind_key", ["rep_id", "kind", "key"], unique=True)

    op.create_table(
        "report_submission",
        sa.Column("rep_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("period_key", sa.String(length=12), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=True),
        sa.Column("checksum", sa.String(length=80), nullable=True),
        sa.Column("received", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["rep_id"], ["rep.id"], name=op.f("fk_report_submission_rep_id_rep"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_submission")),
        sa.UniqueConstraint("uuid", name=op.f("uq_report_submission_uuid")),
    )
    with op.batch_alter_table("report_submission", schema=None) as batch_op:
        batch_op.create_index(
            "ix_report_submission_rep_kind_period", ["rep_id", "kind", "period_key"], unique=False
        )

    op.create_table(
        "target",
        sa.Column("rep_id", sa.Integer(), nullable=True),
        sa.Column("period_kind", sa.String(length=24), nullable=False),
        sa.Column("period_key", sa.String(length=12), nullable=False),
        sa.Column("metric", sa.String(length=24), nullable=False),
        sa.Column("dimension", sa.String(length=24), nullable=True),
        sa.Column("dimension_value", sa.String(length=80), nullable=True),
        sa.Column("minimum", sa.BigInteger(), nullable=True),
        sa.Column("normal", sa.BigInteger(), nullable=True),
        sa.Column("stretch", sa.BigInteger(), nullable=True),
        sa.Column("reward", sa.Text(), nullable=True),
        sa.Column("penalty", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["rep_id"], ["rep.id"], name=op.f("fk_target_rep_id_rep"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_target")),
        sa.UniqueConstraint("uuid", name=op.f("uq_target_uuid")),
    )
    with op.batch_alter_table("target", schema=None) as batch_op:
        batch_op.create_index("ix_target_rep_period", ["rep_id", "period_kind", "period_key"], unique=False)

    op.create_table(
        "account_link",
        sa.Column("from_account_id", sa.Integer(), nullable=False),
        sa.Column("to_account_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["from_account_id"],
            ["account.id"],
            name=op.f("fk_account_link_from_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["to_account_id"],
            ["account.id"],
            name=op.f("fk_account_link_to_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_link")),
        sa.UniqueConstraint("uuid", name=op.f("uq_account_link_uuid")),
    )
    with op.batch_alter_table("account_link", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_account_link_from_account_id"), ["from_account_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_account_link_to_account_id"), ["to_account_id"], unique=False)

    op.create_table(
        "annotation",
        sa.Column("submission_id", sa.Integer(), nullable=False),
        sa.Column("author", sa.String(length=80), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("section", sa.String(length=80), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("read_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["submission_id"],
            ["report_submission.id"],
            name=op.f("fk_annotation_submission_id_report_submission"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_annotation")),
        sa.UniqueConstraint("uuid", name=op.f("uq_annotation_uuid")),
    )
    with op.batch_alter_table("annotation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_annotation_submission_id"), ["submission_id"], unique=False)

    op.create_table(
        "contact",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("reports_to_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("sort_key", sa.String(length=200), nullable=False),
        sa.Column("initials", sa.String(length=40), nullable=False),
        sa.Column("gender", sa.String(length=24), nullable=True),
        sa.Column("title", sa.String(length=80), nullable=True),
        sa.Column("department", sa.String(length=80), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("mobile", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=120), nullable=True),
        sa.Column("working_hours", sa.String(length=120), nullable=True),
        sa.Column("specialty", sa.Text(), nullable=True),
        sa.Column("achievements", sa.Text(), nullable=True),
        sa.Column("career_history", sa.Text(), nullable=True),
        sa.Column("birthday", sa.Date(), nullable=True),
        sa.Column("birthday_md", sa.String(length=5), nullable=True),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("native_place", sa.String(length=80), nullable=True),
        sa.Column("schools", sa.Text(), nullable=True),
        sa.Column("personality", sa.String(length=24), nullable=True),
        sa.Column("personality_notes", sa.Text(), nullable=True),
        sa.Column("interests", sa.Text(), nullable=True),
        sa.Column("travel_habits", sa.Text(), nullable=True),
        sa.Column("spouse", sa.Text(), nullable=True),
        sa.Column("parents", sa.Text(), nullable=True),
        sa.Column("children", sa.Text(), nullable=True),
        sa.Column("siblings", sa.Text(), nullable=True),
        sa.Column("classmates", sa.Text(), nullable=True),
        sa.Column("friends", sa.Text(), nullable=True),
        sa.Column("rivals", sa.Text(), nullable=True),
        sa.Column("colleagues", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("is_private", sa.Boolean(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_contact_account_id_account"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["reports_to_id"],
            ["contact.id"],
            name=op.f("fk_contact_reports_to_id_contact"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
        sa.UniqueConstraint("uuid", name=op.f("uq_contact_uuid")),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index("ix_contact_account_sort", ["account_id", "sort_key"], unique=False)
        batch_op.create_index("ix_contact_birthday_md", ["birthday_md"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_mobile"), ["mobile"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_reports_to_id"), ["reports_to_id"], unique=False)

    op.create_table(
        "opportunity",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("number", sa.String(length=40), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("stage", sa.String(length=24), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("close_reason", sa.Text(), nullable=True),
        sa.Column("amount", sa.BigInteger(), nullable=True),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("expected_close", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("win_pct_override", sa.Integer(), nullable=True),
        sa.Column("objective", sa.Text(), nullable=True),
        sa.Column("breakthroughs", sa.Text(), nullable=True),
        sa.Column("next_steps", sa.Text(), nullable=True),
        sa.Column("manager_assessment", sa.Text(), nullable=True),
        sa.Column("short_term_revenue", sa.Integer(), nullable=True),
        sa.Column("long_term_impact", sa.Integer(), nullable=True),
        sa.Column("territory", sa.String(length=24), nullable=True),
        sa.Column("lead", sa.String(length=24), nullable=True),
        sa.Column("progress_vs_rival", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_opportunity_account_id_account"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["rep.id"], name=op.f("fk_opportunity_owner_id_rep"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opportunity")),
        sa.UniqueConstraint("uuid", name=op.f("uq_opportunity_uuid")),
    )
    with op.batch_alter_table("opportunity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_opportunity_account_id"), ["account_id"], unique=False)
        batch_op.create_index("ix_opportunity_close", ["expected_close"], unique=False)
        batch_op.create_index("ix_opportunity_owner_stage", ["owner_id", "stage"], unique=False)

    op.create_table(
        "plan_item",
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("result", sa.Text(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_plan_item_account_id_account"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["plan_period.id"],
            name=op.f("fk_plan_item_period_id_plan_period"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_item")),
        sa.UniqueConstraint("uuid", name=op.f("uq_plan_item_uuid")),
    )
    with op.batch_alter_table("plan_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_item_period_id"), ["period_id"], unique=False)

    op.create_table(
        "checklist_item",
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=24), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunity.id"],
            name=op.f("fk_checklist_item_opportunity_id_opportunity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_item")),
        sa.UniqueConstraint("uuid", name=op.f("uq_checklist_item_uuid")),
    )
    with op.batch_alter_table("checklist_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checklist_item_opportunity_id"), ["opportunity_id"], unique=False
        )

    op.create_table(
        "custom_value",
        sa.Column("field_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_custom_value_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_custom_value_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["field_id"],
            ["custom_field.id"],
            name=op.f("fk_custom_value_field_id_custom_field"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_custom_value")),
        sa.UniqueConstraint("uuid", name=op.f("uq_custom_value_uuid")),
    )
    with op.batch_alter_table("custom_value", schema=None) as batch_op:
        batch_op.create_index("ix_custom_value_account_field", ["account_id", "field_id"], unique=False)
        batch_op.create_index("ix_custom_value_contact_field", ["contact_id", "field_id"], unique=False)

    op.create_table(
        "evaluation_criterion",
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunity.id"],
            name=op.f("fk_evaluation_criterion_opportunity_id_opportunity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation_criterion")),
        sa.UniqueConstraint("uuid", name=op.f("uq_evaluation_criterion_uuid")),
    )
    with op.batch_alter_table("evaluation_criterion", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_evaluation_criterion_opportunity_id"), ["opportunity_id"], unique=False
        )

    op.create_table(
        "opportunity_competitor",
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("is_main", sa.Boolean(), nullable=False),
        sa.Column("strengths", sa.Text(), nullable=True),
        sa.Column("weaknesses", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_opportunity_competitor_account_id_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunity.id"],
            name=op.f("fk_opportunity_competitor_opportunity_id_opportunity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opportunity_competitor")),
        sa.UniqueConstraint("uuid", name=op.f("uq_opportunity_competitor_uuid")),
    )
    with op.batch_alter_table("opportunity_competitor", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_opportunity_competitor_opportunity_id"), ["opportunity_id"], unique=False
        )

    op.create_table(
        "progress_point",
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("competitor_name", sa.String(length=200), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunity.id"],
            name=op.f("fk_progress_point_opportunity_id_opportunity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_progress_point")),
        sa.UniqueConstraint("uuid", name=op.f("uq_progress_point_uuid")),
    )
    with op.batch_alter_table("progress_point", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_progress_point_opportunity_id"), ["opportunity_id"], unique=False
        )

    op.create_table(
        "purchase",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("ordered_on", sa.Date(), nullable=False),
        sa.Column("product", sa.String(length=200), nullable=True),
        sa.Column("quantity", sa.Float(), nullable=True),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("profit", sa.BigInteger(), nullable=True),
        sa.Column("is_return", sa.Boolean(), nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_purchase_account_id_account"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunity.id"],
            name=op.f("fk_purchase_opportunity_id_opportunity"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purchase")),
        sa.UniqueConstraint("uuid", name=op.f("uq_purchase_uuid")),
    )
    with op.batch_alter_table("purchase", schema=None) as batch_op:
        batch_op.create_index("ix_purchase_account_on", ["account_id", "ordered_on"], unique=False)

    op.create_table(
        "stage_change",
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("from_stage", sa.String(length=24), nullable=True),
        sa.Column("to_stage", sa.String(length=24), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("unmet_criteria", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunity.id"],
            name=op.f("fk_stage_change_opportunity_id_opportunity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage_change")),
        sa.UniqueConstraint("uuid", name=op.f("uq_stage_change_uuid")),
    )
    with op.batch_alter_table("stage_change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stage_change_opportunity_id"), ["opportunity_id"], unique=False)

    op.create_table(
        "stakeholder",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("buying_role", sa.String(length=24), nullable=True),
        sa.Column("attitude", sa.String(length=24), nullable=True),
        sa.Column("attitude_step", sa.String(length=24), nullable=False),
        sa.Column("stance", sa.String(length=24), nullable=False),
        sa.Column("influence_pct", sa.Float(), nullable=True),
        sa.Column("relationship_level", sa.String(length=24), nullable=True),
        sa.Column("relationship_kind", sa.String(length=24), nullable=True),
        sa.Column("man_money", sa.Boolean(), nullable=True),
        sa.Column("man_authority", sa.Boolean(), nullable=True),
        sa.Column("man_need", sa.Boolean(), nullable=True),
        sa.Column("map_x", sa.Float(), nullable=True),
        sa.Column("map_y", sa.Float(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_stakeholder_account_id_account"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_stakeholder_contact_id_contact"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunity.id"],
            name=op.f("fk_stakeholder_opportunity_id_opportunity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stakeholder")),
        sa.UniqueConstraint("uuid", name=op.f("uq_stakeholder_uuid")),
    )
    with op.batch_alter_table("stakeholder", schema=None) as batch_op:
        batch_op.create_index("ix_stakeholder_account", ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_stakeholder_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_stakeholder_opportunity_id"), ["opportunity_id"], unique=False)

    op.create_table(
        "tas_answer",
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("question", sa.Integer(), nullable=False),
        sa.Column("answer", sa.String(length=16), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunity.id"],
            name=op.f("fk_tas_answer_opportunity_id_opportunity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tas_answer")),
        sa.UniqueConstraint("uuid", name=op.f("uq_tas_answer_uuid")),
    )
    with op.batch_alter_table("tas_answer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tas_answer_opportunity_id"), ["opportunity_id"], unique=False)

    op.create_table(
        "visit",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=True),
        sa.Column("rep_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=True),
        sa.Column("place", sa.String(length=300), nullable=True),
        sa.Column("objective_kind", sa.String(length=24), nullable=True),
        sa.Column("final_objective", sa.Text(), nullable=True),
        sa.Column("stage_objective", sa.Text(), nullable=True),
        sa.Column("w_what", sa.Text(), nullable=True),
        sa.Column("w_why", sa.Text(), nullable=True),
        sa.Column("w_which", sa.Text(), nullable=True),
        sa.Column("w_how", sa.Text(), nullable=True),
        sa.Column("w_how_much", sa.Text(), nullable=True),
        sa.Column("resources", sa.Text(), nullable=True),
        sa.Column("fab_points", sa.Text(), nullable=True),
        sa.Column("spin_questions", sa.Text(), nullable=True),
        sa.Column("objections", sa.Text(), nullable=True),
        sa.Column("commitment_to_ask", sa.Text(), nullable=True),
        sa.Column("minimum_outcome", sa.Text(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("objective_met", sa.String(length=16), nullable=True),
        sa.Column("next_visit_on", sa.Date(), nullable=True),
        sa.Column("logged_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_visit_account_id_account"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunity.id"],
            name=op.f("fk_visit_opportunity_id_opportunity"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["rep_id"], ["rep.id"], name=op.f("fk_visit_rep_id_rep"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit")),
        sa.UniqueConstraint("uuid", name=op.f("uq_visit_uuid")),
    )
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index("ix_visit_account_starts", ["account_id", "starts_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_opportunity_id"), ["opportunity_id"], unique=False)
        batch_op.create_index("ix_visit_rep_starts", ["rep_id", "starts_at"], unique=False)
        batch_op.create_index("ix_visit_starts", ["starts_at"], unique=False)

    op.create_table(
        "attitude_change",
        sa.Column("stakeholder_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("from_level", sa.String(length=3), nullable=True),
        sa.Column("to_level", sa.String(length=3), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"],
            ["stakeholder.id"],
            name=op.f("fk_attitude_change_stakeholder_id_stakeholder"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_attitude_change_visit_id_visit"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attitude_change")),
        sa.UniqueConstraint("uuid", name=op.f("uq_attitude_change_uuid")),
    )
    with op.batch_alter_table("attitude_change", schema=None) as batch_op:
        batch_op.create_index("ix_attitude_change_stakeholder_at", ["stakeholder_id", "at"], unique=False)

    op.create_table(
        "commitment",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("opportunity_id", sa.Integer(), nullable=True),
        sa.Column("side", sa.String(length=24), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_commitment_account_id_account"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunity.id"],
            name=op.f("fk_commitment_opportunity_id_opportunity"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_commitment_visit_id_visit"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commitment")),
        sa.UniqueConstraint("uuid", name=op.f("uq_commitment_uuid")),
    )
    with op.batch_alter_table("commitment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_commitment_account_id"), ["account_id"], unique=False)
        batch_op.create_index("ix_commitment_due", ["done_on", "due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_commitment_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "contact_log",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("rep_id", sa.Integer(), nullable=True),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("way", sa.String(length=24), nullable=False),
        sa.Column("category", sa.String(length=24), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("our_person", sa.String(length=80), nullable=True),
        sa.Column("their_person", sa.String(length=80), nullable=True),
        sa.Column("their_title", sa.String(length=80), nullable=True),
        sa.Column("content", sa.Text(), nullable=True),
        sa.Column("next_step", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_contact_log_account_id_account"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_contact_log_contact_id_contact"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["rep_id"], ["rep.id"], name=op.f("fk_contact_log_rep_id_rep"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_contact_log_visit_id_visit"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_log")),
        sa.UniqueConstraint("uuid", name=op.f("uq_contact_log_uuid")),
    )
    with op.batch_alter_table("contact_log", schema=None) as batch_op:
        batch_op.create_index("ix_contact_log_account_at", ["account_id", "at"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_log_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_log_rep_id"), ["rep_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_log_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "coverage",
        sa.Column("stakeholder_id", sa.Integer(), nullable=False),
        sa.Column("our_person_id", sa.Integer(), nullable=False),
        sa.Column("strength", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["our_person_id"],
            ["our_person.id"],
            name=op.f("fk_coverage_our_person_id_our_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"],
            ["stakeholder.id"],
            name=op.f("fk_coverage_stakeholder_id_stakeholder"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coverage")),
        sa.UniqueConstraint("uuid", name=op.f("uq_coverage_uuid")),
    )
    with op.batch_alter_table("coverage", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_coverage_our_person_id"), ["our_person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_coverage_stakeholder_id"), ["stakeholder_id"], unique=False)

    op.create_table(
        "evaluation_score",
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.Column("competitor_id", sa.Integer(), nullable=True),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["competitor_id"],
            ["opportunity_competitor.id"],
            name=op.f("fk_evaluation_score_competitor_id_opportunity_competitor"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["evaluation_criterion.id"],
            name=op.f("fk_evaluation_score_criterion_id_evaluation_criterion"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation_score")),
        sa.UniqueConstraint("uuid", name=op.f("uq_evaluation_score_uuid")),
    )
    with op.batch_alter_table("evaluation_score", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_evaluation_score_competitor_id"), ["competitor_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_evaluation_score_criterion_id"), ["criterion_id"], unique=False)

    op.create_table(
        "payment",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("purchase_id", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_payment_account_id_account"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["purchase_id"],
            ["purchase.id"],
            name=op.f("fk_payment_purchase_id_purchase"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment")),
        sa.UniqueConstraint("uuid", name=op.f("uq_payment_uuid")),
    )
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.create_index("ix_payment_account_paid", ["account_id", "paid_on"], unique=False)

    op.create_table(
        "product_comparison",
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("competitor_id", sa.Integer(), nullable=True),
        sa.Column("aspect", sa.String(length=40), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["competitor_id"],
            ["opportunity_competitor.id"],
            name=op.f("fk_product_comparison_competitor_id_opportunity_competitor"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunity.id"],
            name=op.f("fk_product_comparison_opportunity_id_opportunity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product_comparison")),
        sa.UniqueConstraint("uuid", name=op.f("uq_product_comparison_uuid")),
    )
    with op.batch_alter_table("product_comparison", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_product_comparison_opportunity_id"), ["opportunity_id"], unique=False
        )

    op.create_table(
        "visit_attendee",
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("side", sa.String(length=24), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("our_person_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=80), nullable=True),
        sa.Column("title", sa.String(length=80), nullable=True),
        sa.Column("attitude_before", sa.String(length=3), nullable=True),
        sa.Column("attitude_after", sa.String(length=3), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_visit_attendee_contact_id_contact"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["our_person_id"],
            ["our_person.id"],
            name=op.f("fk_visit_attendee_our_person_id_our_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_visit_attendee_visit_id_visit"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_attendee")),
        sa.UniqueConstraint("uuid", name=op.f("uq_visit_attendee_uuid")),
    )
    with op.batch_alter_table("visit_attendee", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_attendee_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_attendee_visit_id"), ["visit_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("visit_attendee", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_attendee_visit_id"))
        batch_op.drop_index(batch_op.f("ix_visit_attendee_contact_id"))

    op.drop_table("visit_attendee")
    with op.batch_alter_table("product_comparison", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_product_comparison_opportunity_id"))

    op.drop_table("product_comparison")
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_index("ix_payment_account_paid")

    op.drop_table("payment")
    with op.batch_alter_table("evaluation_score", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evaluation_score_criterion_id"))
        batch_op.drop_index(batch_op.f("ix_evaluation_score_competitor_id"))

    op.drop_table("evaluation_score")
    with op.batch_alter_table("coverage", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_coverage_stakeholder_id"))
        batch_op.drop_index(batch_op.f("ix_coverage_our_person_id"))

    op.drop_table("coverage")
    with op.batch_alter_table("contact_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_log_visit_id"))
        batch_op.drop_index(batch_op.f("ix_contact_log_rep_id"))
        batch_op.drop_index(batch_op.f("ix_contact_log_contact_id"))
        batch_op.drop_index("ix_contact_log_account_at")

    op.drop_table("contact_log")
    with op.batch_alter_table("commitment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_commitment_visit_id"))
        batch_op.drop_index("ix_commitment_due")
        batch_op.drop_index(batch_op.f("ix_commitment_account_id"))

    op.drop_table("commitment")
    with op.batch_alter_table("attitude_change", schema=None) as batch_op:
        batch_op.drop_index("ix_attitude_change_stakeholder_at")

    op.drop_table("attitude_change")
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index("ix_visit_starts")
        batch_op.drop_index("ix_visit_rep_starts")
        batch_op.drop_index(batch_op.f("ix_visit_opportunity_id"))
        batch_op.drop_index("ix_visit_account_starts")

    op.drop_table("visit")
    with op.batch_alter_table("tas_answer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tas_answer_opportunity_id"))

    op.drop_table("tas_answer")
    with op.batch_alter_table("stakeholder", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stakeholder_opportunity_id"))
        batch_op.drop_index(batch_op.f("ix_stakeholder_contact_id"))
        batch_op.drop_index("ix_stakeholder_account")

    op.drop_table("stakeholder")
    with op.batch_alter_table("stage_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stage_change_opportunity_id"))

    op.drop_table("stage_change")
    with op.batch_alter_table("purchase", schema=None) as batch_op:
        batch_op.drop_index("ix_purchase_account_on")

    op.drop_table("purchase")
    with op.batch_alter_table("progress_point", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_progress_point_opportunity_id"))

    op.drop_table("progress_point")
    with op.batch_alter_table("opportunity_competitor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_opportunity_competitor_opportunity_id"))

    op.drop_table("opportunity_competitor")
    with op.batch_alter_table("evaluation_criterion", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evaluation_criterion_opportunity_id"))

    op.drop_table("evaluation_criterion")
    with op.batch_alter_table("custom_value", schema=None) as batch_op:
        batch_op.drop_index("ix_custom_value_contact_field")
        batch_op.drop_index("ix_custom_value_account_field")

    op.drop_table("custom_value")
    with op.batch_alter_table("checklist_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklist_item_opportunity_id"))

    op.drop_table("checklist_item")
    with op.batch_alter_table("plan_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_item_period_id"))

    op.drop_table("plan_item")
    with op.batch_alter_table("opportunity", schema=None) as batch_op:
        batch_op.drop_index("ix_opportunity_owner_stage")
        batch_op.drop_index("ix_opportunity_close")
        batch_op.drop_index(batch_op.f("ix_opportunity_account_id"))

    op.drop_table("opportunity")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_reports_to_id"))
        batch_op.drop_index(batch_op.f("ix_contact_mobile"))
        batch_op.drop_index("ix_contact_birthday_md")
        batch_op.drop_index("ix_contact_account_sort")

    op.drop_table("contact")
    with op.batch_alter_table("annotation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_annotation_submission_id"))

    op.drop_table("annotation")
    with op.batch_alter_table("account_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_account_link_to_account_id"))
        batch_op.drop_index(batch_op.f("ix_account_link_from_account_id"))

    op.drop_table("account_link")
    with op.batch_alter_table("target", schema=None) as batch_op:
        batch_op.drop_index("ix_target_rep_period")

    op.drop_table("target")
    with op.batch_alter_table("report_submission", schema=None) as batch_op:
        batch_op.drop_index("ix_report_submission_rep_kind_period")

    op.drop_table("report_submission")
    with op.batch_alter_table("plan_period", schema=None) as batch_op:
        batch_op.drop_index("ix_plan_period_rep_kind_key")

    op.drop_table("plan_period")
    op.drop_table("our_person")
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_account_tier"))
        batch_op.drop_index("ix_account_sort_key")
        batch_op.drop_index("ix_account_short_name")
        batch_op.drop_index("ix_account_owner_sort")
        batch_op.drop_index(batch_op.f("ix_account_owner_id"))
        batch_op.drop_index("ix_account_last_touch")
        batch_op.drop_index(batch_op.f("ix_account_industry"))
        batch_op.drop_index(batch_op.f("ix_account_grade"))
        batch_op.drop_index(batch_op.f("ix_account_city"))

    op.drop_table("account")
    op.drop_table("saved_filter")
    op.drop_table("rep")
    op.drop_table("custom_field")
    op.drop_table("announcement")

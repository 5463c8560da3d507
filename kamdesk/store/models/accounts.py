"""The account file (客户档案) and what hangs off the account itself:
links between counterparties, custom fields, purchases and payments."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, Float, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.domain.account_profile import AccountSource, CompanyNature
from kamdesk.domain.grading import (
    Cadence,
    CounterpartyKind,
    DealStatus,
    Grade,
    LinkKind,
    NeedStatus,
    ProspectDisposition,
    RelationshipStage,
    RelationshipType,
    RevisitInterval,
    Tier,
    Urgency,
)
from kamdesk.domain.periods import CustomFieldKind
from kamdesk.store.list_order import LIVE_SORT_KEYS, LIVE_WHERE, index_columns, index_name
from kamdesk.store.models.base import Record
from kamdesk.store.types import CodeType, Money, UTCDateTime


class Account(Record):
    __tablename__ = "account"
    __table_args__ = (
        Index("ix_account_owner_sort", "owner_id", "sort_key"),
        Index("ix_account_sort_key", "sort_key"),
        Index("ix_account_last_touch", "last_touch_at"),
        Index("ix_account_short_name", "short_name"),
        # the live-list count is count(*) minus the archived ones, sought here;
        # partial (archived rows only), so no query for live accounts ever
        # picks it over the list's sort index
        Index(
            "ix_account_archived",
            "archived",
            sqlite_where=text("archived = 1"),
            # PostgreSQL's condition is in migration 0003 alone: a
            # ``postgresql_where`` here imported the whole postgresql dialect
            # (~0.1 s quiet) on every start, SQLite or not (schemas are made
            # by the migrations, never from the models)
        ),
        # the list's sort orders (kamdesk.store.list_order; migration 0014), SQLite only
        *(
            Index(
                index_name(sort),
                *(text(c) if c.startswith("(") else c for c in index_columns(sort)),
                sqlite_where=text(LIVE_WHERE),
            ).ddl_if(dialect="sqlite")
            for sort in LIVE_SORT_KEYS
        ),
    )

    owner_id: Mapped[int | None] = mapped_column(ForeignKey("rep.id", ondelete="SET NULL"), index=True)
    number: Mapped[str | None] = mapped_column(String(40))  # the account no. on the visit sheet

    # company profile
    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str | None] = mapped_column(String(80))
    sort_key: Mapped[str] = mapped_column(String(400), default="")  # pinyin, for the order users expect
    initials: Mapped[str] = mapped_column(String(200), default="")  # pinyin initials, e.g. shyc
    nature: Mapped[CompanyNature | None] = mapped_column(CodeType(CompanyNature))
    industry: Mapped[str | None] = mapped_column(String(80), index=True)
    province: Mapped[str | None] = mapped_column(String(40))
    city: Mapped[str | None] = mapped_column(String(40), index=True)
    address: Mapped[str | None] = mapped_column(String(300))
    postcode: Mapped[str | None] = mapped_column(String(12))
    phone: Mapped[str | None] = mapped_column(String(40))
    fax: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(120))
    website: Mapped[str | None] = mapped_column(String(200))
    founded_on: Mapped[date | None] = mapped_column(Date)
    registered_capital: Mapped[Decimal | None] = mapped_column(Money)  # in 万元 as the seeds count it
    employee_count: Mapped[int | None] = mapped_column(Integer)
    annual_revenue: Mapped[Decimal | None] = mapped_column(Money)  # in 万元
    listed: Mapped[bool | None] = mapped_column(Boolean)
    shareholders: Mapped[str | None] = mapped_column(Text)
    org_structure: Mapped[str | None] = mapped_column(Text)
    decision_background: Mapped[str | None] = mapped_column(Text)
    main_project: Mapped[str | None] = mapped_column(Text)
    long_term_partners: Mapped[str | None] = mapped_column(Text)
    source: Mapped[AccountSource | None] = mapped_column(CodeType(AccountSource))
    counterparty_kind: Mapped[CounterpartyKind] = mapped_column(
        CodeType(CounterpartyKind), default=CounterpartyKind.CUSTOMER
    )

    # classifications, each its own axis
    tier: Mapped[Tier | None] = mapped_column(CodeType(Tier), index=True)
    grade: Mapped[Grade | None] = mapped_column(CodeType(Grade), index=True)
    cadence: Mapped[Cadence | None] = mapped_column(CodeType(Cadence))
    revisit_interval: Mapped[RevisitInterval | None] = mapped_column(CodeType(RevisitInterval))
    prospect_disposition: Mapped[ProspectDisposition | None] = mapped_column(CodeType(ProspectDisposition))
    deal_status: Mapped[DealStatus | None] = mapped_column(CodeType(DealStatus))
    need_status: Mapped[NeedStatus | None] = mapped_column(CodeType(NeedStatus))
    urgency: Mapped[Urgency | None] = mapped_column(CodeType(Urgency))
    # 处理时间: the date by which the account must be handled; urgency follows
    # from it (seed 003's classes) unless the rep set urgency by hand
    handle_by: Mapped[date | None] = mapped_column(Date)
    urgency_manual: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # MAN on a prospect account (seed 003): money, authority, need; None = not assessed
    man_money: Mapped[bool | None] = mapped_column(Boolean)
    man_authority: Mapped[bool | None] = mapped_column(Boolean)
    man_need: Mapped[bool | None] = mapped_column(Boolean)
    relationship_type: Mapped[RelationshipType | None] = mapped_column(CodeType(RelationshipType))
    relationship_stage: Mapped[RelationshipStage | None] = mapped_column(CodeType(RelationshipStage))
    expected_close: Mapped[date | None] = mapped_column(Date)
    purchase_cycle_days: Mapped[int | None] = mapped_column(Integer)
    share_of_wallet_pct: Mapped[float | None] = mapped_column(Float)

    # maintained summaries, so lists never need a subquery per row
    last_touch_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_visit_on: Mapped[date | None] = mapped_column(Date)
    next_visit_on: Mapped[date | None] = mapped_column(Date)
    last_purchase_on: Mapped[date | None] = mapped_column(Date)
    revenue_total: Mapped[Decimal | None] = mapped_column(Money)

    notes: Mapped[str | None] = mapped_column(Text)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class AccountLink(Record):
    """Two counterparties related as upstream, downstream or peers."""

    __tablename__ = "account_link"

    from_account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    to_account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    kind: Mapped[LinkKind] = mapped_column(CodeType(LinkKind))
    note: Mapped[str | None] = mapped_column(Text)


class CustomField(Record):
    """A field the user defines for accounts or contacts."""

    __tablename__ = "custom_field"

    entity: Mapped[str] = mapped_column(String(16), default="account")  # account | contact
    name: Mapped[str] = mapped_column(String(80))
    kind: Mapped[CustomFieldKind] = mapped_column(CodeType(CustomFieldKind))
    choices: Mapped[str | None] = mapped_column(Text)  # JSON list for kind=choice
    position: Mapped[int] = mapped_column(Integer, default=0)
    required: Mapped[bool] = mapped_column(Boolean, default=False)


class CustomValue(Record):
    __tablename__ = "custom_value"
    __table_args__ = (
        Index("ix_custom_value_account_field", "account_id", "field_id"),
        Index("ix_custom_value_contact_field", "contact_id", "field_id"),
    )

    field_id: Mapped[int] = mapped_column(ForeignKey("custom_field.id", ondelete="CASCADE"))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))
    value: Mapped[str | None] = mapped_column(Text)  # canonical text: ISO date, plain decimal


class Purchase(Record):
    """One order (or return) by the account: feeds value indicators and the
    purchase-cycle reminder."""

    __tablename__ = "purchase"
    __table_args__ = (Index("ix_purchase_account_on", "account_id", "ordered_on"),)

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    ordered_on: Mapped[date] = mapped_column(Date)
    product: Mapped[str | None] = mapped_column(String(200))
    quantity: Mapped[float | None] = mapped_column(Float)
    amount: Mapped[Decimal] = mapped_column(Money)
    profit: Mapped[Decimal | None] = mapped_column(Money)
    is_return: Mapped[bool] = mapped_column(Boolean, default=False)
    opportunity_id: Mapped[int | None] = mapped_column(ForeignKey("opportunity.id", ondelete="SET NULL"))
    note: Mapped[str | None] = mapped_column(Text)


class PurchaseItem(Record):
    """One product an account buys again and again (购买周期提醒): its own
    cycle, the day the next order is due and how many days before that the
    rep is reminded. Logging a purchase of it moves the due date and so
    clears the reminder."""

    __tablename__ = "purchase_item"
    __table_args__ = (Index("ix_purchase_item_account_product", "account_id", "product", unique=True),)

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    product: Mapped[str] = mapped_column(String(200))
    cycle_days: Mapped[int | None] = mapped_column(Integer)
    remind_days: Mapped[int] = mapped_column(Integer, default=7, server_default="7")
    last_purchase_on: Mapped[date | None] = mapped_column(Date)
    next_due_on: Mapped[date | None] = mapped_column(Date, index=True)


class Payment(Record):
    """Money received (回款) against what the account owes."""

    __tablename__ = "payment"
    __table_args__ = (Index("ix_payment_account_paid", "account_id", "paid_on"),)

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    purchase_id: Mapped[int | None] = mapped_column(ForeignKey("purchase.id", ondelete="SET NULL"))
    due_on: Mapped[date | None] = mapped_column(Date)
    paid_on: Mapped[date | None] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)
    note: Mapped[str | None] = mapped_column(Text)


class SavedFilter(Record):
    """A named filter of a list (user data, so it lives here, not in QSettings)."""

    __tablename__ = "saved_filter"

    scope: Mapped[str] = mapped_column(String(24), default="accounts")
    name: Mapped[str] = mapped_column(String(80))
    spec: Mapped[str] = mapped_column(Text)  # JSON

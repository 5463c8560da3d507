"""Contacts (联系人) with their personal details, and the contact log."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.domain.stakeholders import Personality
from kamdesk.domain.visits import ContactCategory, ContactWay, Gender
from kamdesk.store.models.base import Record
from kamdesk.store.types import CodeType, UTCDateTime


class Contact(Record):
    """A person at an account: the seed's contact information form.

    The personal, family and social fields are private to the rep: exports and
    submissions leave them out unless the user chooses otherwise. ``is_private``
    additionally hides the whole contact from anything that leaves the laptop.
    """

    __tablename__ = "contact"
    __table_args__ = (
        Index("ix_contact_account_sort", "account_id", "sort_key"),
        Index("ix_contact_birthday_md", "birthday_md"),
        Index("ix_contact_sort_key", "sort_key"),  # created by migration 0002: contacts across accounts
        # the few private contacts, which every output screens (migration 0014, SQLite)
        Index("ix_contact_private", "id", sqlite_where=text("is_private = 1")).ddl_if(dialect="sqlite"),
    )

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    reports_to_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )

    # work
    name: Mapped[str] = mapped_column(String(80))
    sort_key: Mapped[str] = mapped_column(String(200), default="")
    initials: Mapped[str] = mapped_column(String(40), default="")
    gender: Mapped[Gender | None] = mapped_column(CodeType(Gender))
    title: Mapped[str | None] = mapped_column(String(80))
    professional_title: Mapped[str | None] = mapped_column(String(80))  # 职称
    professional_rank: Mapped[str | None] = mapped_column(String(80))  # 专业职称
    subordinates_text: Mapped[str | None] = mapped_column(Text)  # 下级 not on file (the others: reports_to)
    department: Mapped[str | None] = mapped_column(String(80))
    phone: Mapped[str | None] = mapped_column(String(40))
    mobile: Mapped[str | None] = mapped_column(String(40), index=True)
    email: Mapped[str | None] = mapped_column(String(120))
    working_hours: Mapped[str | None] = mapped_column(String(120))
    specialty: Mapped[str | None] = mapped_column(Text)
    achievements: Mapped[str | None] = mapped_column(Text)
    career_history: Mapped[str | None] = mapped_column(Text)
    # 基本履历: the employers, one line each on the seed's form
    employer_1: Mapped[str | None] = mapped_column(String(200))
    employer_2: Mapped[str | None] = mapped_column(String(200))
    employer_3: Mapped[str | None] = mapped_column(String(200))

    # personal (private)
    birthday: Mapped[date | None] = mapped_column(Date)
    birthday_md: Mapped[str | None] = mapped_column(String(5))  # "MM-DD", for reminders across years
    birth_year: Mapped[int | None] = mapped_column(Integer)  # when only the age is known
    native_place: Mapped[str | None] = mapped_column(String(80))
    schools: Mapped[str | None] = mapped_column(Text)
    home_address: Mapped[str | None] = mapped_column(String(300))  # 住址
    # 基本履历: the schools, one each on the seed's form
    primary_school: Mapped[str | None] = mapped_column(String(200))
    middle_school: Mapped[str | None] = mapped_column(String(200))
    university: Mapped[str | None] = mapped_column(String(200))
    graduate_school: Mapped[str | None] = mapped_column(String(200))
    personality: Mapped[Personality | None] = mapped_column(CodeType(Personality))
    personality_notes: Mapped[str | None] = mapped_column(Text)
    interests: Mapped[str | None] = mapped_column(Text)
    travel_habits: Mapped[str | None] = mapped_column(Text)

    # family (private)
    spouse: Mapped[str | None] = mapped_column(Text)
    parents: Mapped[str | None] = mapped_column(Text)
    children: Mapped[str | None] = mapped_column(Text)
    siblings: Mapped[str | None] = mapped_column(Text)
    cousins: Mapped[str | None] = mapped_column(Text)  # 舅子老表
    uncles: Mapped[str | None] = mapped_column(Text)  # 叔伯

    # social ties (private)
    classmates: Mapped[str | None] = mapped_column(Text)
    friends: Mapped[str | None] = mapped_column(Text)
    rivals: Mapped[str | None] = mapped_column(Text)
    colleagues: Mapped[str | None] = mapped_column(Text)

    notes: Mapped[str | None] = mapped_column(Text)
    is_private: Mapped[bool] = mapped_column(Boolean, default=False)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


#: Contact fields that are personal data and never leave the laptop by default.
PRIVATE_CONTACT_FIELDS: tuple[str, ...] = (
    "birthday",
    "birthday_md",
    "birth_year",
    "native_place",
    "schools",
    "home_address",
    "primary_school",
    "middle_school",
    "university",
    "graduate_school",
    "personality_notes",
    "interests",
    "travel_habits",
    "spouse",
    "parents",
    "children",
    "siblings",
    "cousins",
    "uncles",
    "classmates",
    "friends",
    "rivals",
    "colleagues",
    "notes",
)


class ContactLog(Record):
    """联络记录: way, our person, time, their person and title, content, next step."""

    __tablename__ = "contact_log"
    __table_args__ = (
        Index("ix_contact_log_account_at", "account_id", "at"),
        Index("ix_contact_log_rep_at", "rep_id", "at"),  # a rep's calls in a period (reports)
    )

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"), index=True)
    rep_id: Mapped[int | None] = mapped_column(ForeignKey("rep.id", ondelete="SET NULL"))
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id", ondelete="SET NULL"), index=True)
    way: Mapped[ContactWay] = mapped_column(CodeType(ContactWay))
    category: Mapped[ContactCategory] = mapped_column(
        CodeType(ContactCategory), default=ContactCategory.ROUTINE
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    our_person: Mapped[str | None] = mapped_column(String(80))
    their_person: Mapped[str | None] = mapped_column(String(80))
    their_title: Mapped[str | None] = mapped_column(String(80))
    content: Mapped[str | None] = mapped_column(Text)
    next_step: Mapped[str | None] = mapped_column(Text)

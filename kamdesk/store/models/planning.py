"""Planning beyond the period reports (seed 001, 000): how attractive each
industry is on the seed's criteria, and the key-account manager's
self-development plan."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.store.models.base import Record
from kamdesk.store.types import Money


class IndustryScore(Record):
    """One industry scored on the seed's eight criteria (市场容量, 增长速度,
    客户认知度, 竞争程度 −, 实施难易程度 −, 资金与信用, 客户关系, 政策支持),
    each 0–9 as entered (the two negative criteria count against), with the
    industry's growth forecast for the annual plan (percent)."""

    __tablename__ = "industry_score"

    industry: Mapped[str] = mapped_column(String(80), unique=True)
    market_size: Mapped[int | None] = mapped_column(Integer)
    growth: Mapped[int | None] = mapped_column(Integer)
    awareness: Mapped[int | None] = mapped_column(Integer)
    competition: Mapped[int | None] = mapped_column(Integer)
    difficulty: Mapped[int | None] = mapped_column(Integer)
    funding: Mapped[int | None] = mapped_column(Integer)
    relationship: Mapped[int | None] = mapped_column(Integer)
    policy: Mapped[int | None] = mapped_column(Integer)
    #: percent, e.g. 18.00 for "行业对明年预测表明：明年行业销售平均增长为18%"
    growth_forecast: Mapped[Decimal | None] = mapped_column(Money)
    #: None: focus when the total is at least the average; True/False: the manager's call
    focus_override: Mapped[bool | None] = mapped_column(Boolean)


class DevelopmentGoal(Record):
    """One goal of a key-account manager's self-development plan, with the
    date it is reviewed."""

    __tablename__ = "development_goal"

    rep_id: Mapped[int] = mapped_column(ForeignKey("rep.id", ondelete="CASCADE"), index=True)
    area: Mapped[str] = mapped_column(String(40))
    goal: Mapped[str] = mapped_column(Text)
    review_on: Mapped[date] = mapped_column(Date)
    reviewed_on: Mapped[date | None] = mapped_column(Date)
    review_note: Mapped[str | None] = mapped_column(Text)

"""Pieces shared by the map services (:mod:`maps` reads, :mod:`maps_edit` writes)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from kamdesk import clock
from kamdesk.domain.stakeholders import Attitude, AttitudeLevel, AttitudeStep
from kamdesk.errors import UserError
from kamdesk.store.models import Account, Opportunity, Stakeholder

MapKind = Literal["opportunity", "account"]


# -- helpers -----------------------------------------------------------------------------------


def level_of(attitude: Attitude | None, step: AttitudeStep | None) -> AttitudeLevel | None:
    if attitude is None:
        return None
    return AttitudeLevel(attitude, step or AttitudeStep.NONE)


def parse_level(code: str | None) -> AttitudeLevel | None:
    if not code:
        return None
    try:
        return AttitudeLevel.parse(code)
    except ValueError:
        return None


def end_of_day(day: date) -> datetime:
    """The first instant after ``day`` in the laptop's time zone, as UTC."""
    return clock.localize(datetime.combine(day + timedelta(days=1), time(0))).astimezone(UTC)


def start_of_day(day: date) -> datetime:
    return clock.localize(datetime.combine(day, time(0))).astimezone(UTC)


def account_name(account: Account) -> str:
    return account.short_name or account.name


@dataclass(frozen=True)
class MapRef:
    kind: MapKind
    uuid: str
    account: Account
    opportunity: Opportunity | None

    def stakeholder_filter(self) -> list[ColumnElement[bool]]:
        if self.opportunity is not None:
            return [Stakeholder.opportunity_id == self.opportunity.id]
        return [Stakeholder.account_id == self.account.id, Stakeholder.opportunity_id.is_(None)]


def resolve_ref(s: Session, uuid: str) -> MapRef:
    opp = s.scalar(select(Opportunity).where(Opportunity.uuid == uuid))
    if opp is not None:
        account = s.get(Account, opp.account_id)
        assert account is not None
        return MapRef("opportunity", uuid, account, opp)
    account = s.scalar(select(Account).where(Account.uuid == uuid))
    if account is None:
        raise UserError(f"no opportunity or account with id {uuid}")
    return MapRef("account", uuid, account, None)

"""The account list's filter: what it shows, its conditions in SQL and the
count of the whole list (re-exported by :mod:`kamdesk.services.accounts`;
the rows are in :mod:`.rows`, the sorted pages in :mod:`.listing`)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, String, and_, case, false, func, literal, or_, select, true, type_coerce
from sqlalchemy.orm import Session

from kamdesk import clock
from kamdesk.domain.classify import add_months
from kamdesk.domain.codes import Coded
from kamdesk.domain.grading import (
    Cadence,
    CounterpartyKind,
    Grade,
    RelationshipType,
    RevisitInterval,
    Tier,
    Urgency,
)
from kamdesk.errors import UserError
from kamdesk.store.models import Account, Rep
from kamdesk.store.search import search_condition

_A = Account.__table__.c
_R = Rep.__table__.c


def _raw(col: Any) -> Any:
    """A code column read as its plain stored string (converted by dict lookup,
    much cheaper than the Enum call of the column type)."""
    return type_coerce(col, String())


def local_today() -> date:
    return clock.today()


def _local_midnight(day: date) -> datetime:
    return clock.day_start(day)


@dataclass(frozen=True)
class AccountFilter:
    """What the list shows. Empty tuples mean "any"; codes as members or codes."""

    text: str = ""
    tiers: tuple[str, ...] = ()
    grades: tuple[str, ...] = ()
    cadences: tuple[str, ...] = ()
    industries: tuple[str, ...] = ()
    provinces: tuple[str, ...] = ()
    cities: tuple[str, ...] = ()
    relationship_types: tuple[str, ...] = ()
    urgencies: tuple[str, ...] = ()  # 处理时间 as of today (derived from the handle-by date)
    counterparty_kinds: tuple[str, ...] = ()
    owner_uuids: tuple[str, ...] = ()
    overdue_only: bool = False
    revisit_due_only: bool = False
    include_archived: bool = False
    #: only accounts in the focus industries (industry attractiveness, seed 001)
    focus_industries_only: bool = False

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key in self.__dataclass_fields__:
            value = getattr(self, key)
            out[key] = [str(v) for v in value] if isinstance(value, tuple) else value
        return out

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> AccountFilter:
        """The filter saved by :meth:`to_json`; unknown keys are ignored."""
        defaults = cls()
        kwargs: dict[str, Any] = {}
        for key in cls.__dataclass_fields__:
            if key not in doc:
                continue
            value, default = doc[key], getattr(defaults, key)
            if isinstance(default, tuple):
                kwargs[key] = tuple(str(v) for v in (value or ()))
            elif isinstance(default, bool):
                kwargs[key] = bool(value)
            else:
                kwargs[key] = str(value or "")
        return cls(**kwargs)


def _cadence_days() -> ColumnElement[Any]:
    return case(*((Account.cadence == c, literal(c.days)) for c in Cadence), else_=None)


def overdue_condition(today: date) -> ColumnElement[bool]:
    """Past the cadence: last touched (or, never touched, created) before
    local midnight of ``today`` minus the cadence's days, i.e. more than that
    many whole days ago. Portable SQL (one OR term per cadence)."""
    touched = func.coalesce(Account.last_touch_at, Account.created_at)
    return or_(
        *(
            and_(Account.cadence == c, touched < _local_midnight(today - timedelta(days=c.days)))
            for c in Cadence
        )
    )


def revisit_due_condition(today: date) -> ColumnElement[bool]:
    """A revisit interval set and the last visit that many days ago or more."""
    return or_(
        *(
            and_(Account.revisit_interval == r, Account.last_visit_on <= today - timedelta(days=r.days))
            for r in RevisitInterval
        )
    )


def _codes(values: tuple[str, ...], cls: type[Coded] | None) -> list[str]:
    """Filter values as stored: codes for a coded column (members, codes and
    labels accepted; an unknown one is a UserError naming it), text otherwise."""
    if cls is None:
        return [str(v) for v in values]
    out = []
    for v in values:
        try:
            member = cls.parse(str(v))
        except ValueError as exc:
            raise UserError(str(exc)) from exc
        if member is not None:
            out.append(member.code)
    return out


def urgency_expr(today: date) -> Any:
    """处理时间 as of ``today`` in SQL, as :func:`kamdesk.domain.classify.effective_urgency`
    works it out: the stored code when set by hand or without a handle-by
    date, else the seed's class of the date (bounds bound as dates)."""
    derived = case(
        (Account.handle_by <= today + timedelta(days=7), literal(Urgency.URGENT.code)),
        (Account.handle_by <= add_months(today, 1), literal(Urgency.SOON.code)),
        (Account.handle_by <= add_months(today, 3), literal(Urgency.NOT_URGENT.code)),
        else_=literal(Urgency.SLOW.code),
    )
    return case(
        (or_(Account.urgency_manual.is_(True), Account.handle_by.is_(None)), _raw(_A.urgency)),
        else_=derived,
    )


def filter_conditions(
    s: Session, f: AccountFilter, today: date, *, probe_search: bool = False
) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if not f.include_archived:
        # "= 0", not "IS 0": SQLite uses the partial indexes of the list
        # (WHERE archived = 0) only for the same term
        conds.append(_A.archived == false())
    if f.text.strip():
        cond = search_condition(s, f.text, probe=probe_search)
        if cond is not None:
            conds.append(cond)
    pairs: list[tuple[Any, tuple[str, ...], type[Coded] | None]] = [
        (_A.tier, f.tiers, Tier),
        (_A.grade, f.grades, Grade),
        (_A.cadence, f.cadences, Cadence),
        (_A.industry, f.industries, None),
        (_A.province, f.provinces, None),
        (_A.city, f.cities, None),
        (_A.relationship_type, f.relationship_types, RelationshipType),
        (_A.counterparty_kind, f.counterparty_kinds, CounterpartyKind),
    ]
    for column, values, cls in pairs:
        if values:
            conds.append(_raw(column).in_(_codes(values, cls)))
    if f.urgencies:
        conds.append(urgency_expr(today).in_(_codes(f.urgencies, Urgency)))
    if f.owner_uuids:
        conds.append(Account.owner_id.in_(select(Rep.id).where(Rep.uuid.in_(list(f.owner_uuids)))))
    if f.overdue_only:
        conds.append(overdue_condition(today))
    if f.revisit_due_only:
        conds.append(revisit_due_condition(today))
    if f.focus_industries_only:
        from kamdesk.services.planning.industries import ranking_in

        rows, _ = ranking_in(s)
        conds.append(Account.industry.in_([r.industry for r in rows if r.ranking.focus]))
    return conds


@functools.cache
def whole_list_count(*, include_archived: bool = False) -> Any:
    """The count of the unfiltered list as one statement: ``count(*)`` of the
    table (SQLite counts a b-tree without reading rows) minus the archived
    ones, sought in ``ix_account_archived``. ``WHERE archived = 0`` would
    visit every live entry of that index (2–6 ms at 100k accounts; without
    the index, a scan of the whole table: 25–80 ms)."""
    everything = select(func.count()).select_from(Account.__table__).scalar_subquery()
    if include_archived:
        return select(everything)
    archived = (
        select(func.count()).select_from(Account.__table__).where(_A.archived == true()).scalar_subquery()
    )
    return select(everything - archived)

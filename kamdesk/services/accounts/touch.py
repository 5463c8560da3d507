"""Keep an account's maintained summary columns (last touch, last and next
visit) current. Every service that logs contact or visits calls this inside
its own transaction, so lists never compute them per row."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from kamdesk.store.models import Account


def touch_account(
    session: Session,
    account_id: int,
    at: datetime,
    *,
    visited_on: date | None = None,
) -> None:
    """Record contact with the account at ``at`` (and a visit done on ``visited_on``)."""
    account = session.get(Account, account_id)
    if account is None:
        return
    if account.last_touch_at is None or at > account.last_touch_at:
        account.last_touch_at = at
    if visited_on is not None and (account.last_visit_on is None or visited_on > account.last_visit_on):
        account.last_visit_on = visited_on

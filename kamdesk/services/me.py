"""Who "me" is: the laptop's own rep (``Rep.is_me``; the schema allows at most one)."""

from __future__ import annotations

import getpass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.store.models import Rep


def my_rep_id(s: Session) -> int | None:
    """The laptop's own rep, None until one is set up."""
    return s.scalar(select(Rep.id).where(Rep.is_me.is_(True)))


def ensure_my_rep_id(s: Session) -> int:
    """The laptop's own rep, made on first need (named after the login)."""
    found = my_rep_id(s)
    if found is not None:
        return found
    try:
        name = getpass.getuser() or "me"
    except Exception:  # no user name in this environment
        name = "me"
    rep = Rep(name=name, is_me=True, active=True)
    s.add(rep)
    s.flush()
    return rep.id

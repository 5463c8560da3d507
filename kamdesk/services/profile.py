"""The laptop's own rep: name, title, region, manager, contact details and
the time zone in which their dates and times are shown."""

from __future__ import annotations

from dataclasses import dataclass

from kamdesk import clock
from kamdesk.errors import UserError, ValidationError
from kamdesk.services import fieldcheck
from kamdesk.services.changes import Changes, Result
from kamdesk.services.me import ensure_my_rep_id
from kamdesk.store.db import Database
from kamdesk.store.models import Rep


@dataclass(frozen=True)
class MyProfile:
    name: str
    title: str | None = None
    region: str | None = None
    manager_name: str | None = None
    phone: str | None = None
    email: str | None = None
    time_zone: str | None = None  # IANA name; None: the system's zone


def get_profile(db: Database) -> MyProfile:
    """The rep's own details (the rep is created, named after the login, on first need)."""
    with db.transaction() as s:
        rep = s.get(Rep, ensure_my_rep_id(s))
        assert rep is not None
        return MyProfile(rep.name, rep.title, rep.region, rep.manager_name, rep.phone, rep.email, rep.time_zone)


def save_profile(db: Database, profile: MyProfile) -> Result[MyProfile]:
    """Validate and save; the clock shows times in the new zone from here on."""
    errors: dict[str, str] = {}
    name = (profile.name or "").strip()
    if not name:
        errors["name"] = "required"
    elif len(name) > 80:
        errors["name"] = f"at most 80 characters (got {len(name)})"
    zone = (profile.time_zone or "").strip() or None
    if zone is not None:
        try:
            clock.check_zone(zone)
        except UserError as exc:
            errors["time_zone"] = str(exc)
    phone = fieldcheck.phone(errors, "phone", profile.phone)
    email = fieldcheck.email(errors, "email", profile.email)
    if errors:
        raise ValidationError(errors)
    with db.transaction() as s:
        rep = s.get(Rep, ensure_my_rep_id(s))
        assert rep is not None
        rep.name = name
        rep.title = (profile.title or "").strip() or None
        rep.region = (profile.region or "").strip() or None
        rep.manager_name = (profile.manager_name or "").strip() or None
        rep.phone = phone
        rep.email = email
        rep.time_zone = zone
        saved = MyProfile(name, rep.title, rep.region, rep.manager_name, phone, email, zone)
    clock.set_zone(zone)
    return Result(saved, Changes.of("rep", "all"))

"""The one place that reads the wall clock, and the rep's time zone.

Every other module asks here for "now" and "today", so that the whole app and
every command can run as of another moment (``KAMDESK_NOW`` or ``--now``: for
support, screenshots, demos and reproducible tests) and so that a figure that
belongs to a date is never computed from the day it happens to be printed.

Times are timezone-aware. "Today" and local times are in the rep's zone: a
setting (stored with the rep, applied when a database is opened), the system's
zone until one is set. A naive moment given to ``KAMDESK_NOW`` is read in that
zone.
"""

from __future__ import annotations

import contextlib
import functools
import os
import time as _time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from kamdesk.errors import UserError

ENV_NOW = "KAMDESK_NOW"

_zone: ZoneInfo | None = None  # None: the system's zone
# the moment the clock was set to, and the monotonic reading at that time; None: the wall clock
_anchor: datetime | None = None
_anchor_mono = 0.0
_frozen = False


# --- time zone --------------------------------------------------------------------


def zone() -> tzinfo:
    """The rep's zone (the system's when none is set)."""
    return _zone if _zone is not None else _system_zone()


@functools.cache
def _system_zone() -> tzinfo:
    # a named zone keeps its daylight-saving rules for other dates; the fixed
    # offset of this moment is the last resort
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    with contextlib.suppress(OSError):
        link = os.readlink("/etc/localtime")
        if "zoneinfo/" in link:
            candidates.append(link.split("zoneinfo/", 1)[1])
    for name in candidates:
        if name:
            with contextlib.suppress(ZoneInfoNotFoundError, ValueError, OSError):
                return ZoneInfo(name)
    system = datetime.now().astimezone().tzinfo
    assert system is not None
    return system


def zone_name() -> str | None:
    """The IANA name of the zone set, None while the system's zone is used."""
    return _zone.key if _zone is not None else None


def check_zone(name: str) -> str:
    """``name`` if it is an IANA zone name (e.g. ``Asia/Shanghai``), else a UserError."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise UserError(f"unknown time zone {name!r}: expected a name such as Asia/Shanghai") from None
    return name


def known_zones() -> list[str]:
    return sorted(available_timezones())


def set_zone(name: str | None) -> None:
    """Use ``name`` as the rep's zone (None or "": back to the system's)."""
    global _zone
    _zone = ZoneInfo(check_zone(name)) if name else None


def to_local(at: datetime) -> datetime:
    """An aware time shown in the rep's zone (a naive one is taken as UTC)."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(_zone) if _zone is not None else at.astimezone()


def local_date(at: datetime) -> date:
    """The rep's calendar date of an instant."""
    return to_local(at).date()


def localize(naive: datetime) -> datetime:
    """A wall-clock time in the rep's zone made aware (aware times pass through)."""
    if naive.tzinfo is not None:
        return naive
    if _zone is not None:
        return naive.replace(tzinfo=_zone)
    return naive.astimezone()  # naive read as system local time


def day_start(day: date) -> datetime:
    """Midnight at the start of ``day`` in the rep's zone."""
    return localize(datetime(day.year, day.month, day.day))


# --- now ----------------------------------------------------------------------------


def now() -> datetime:
    """The current moment, aware, in UTC."""
    if _anchor is None:
        return datetime.now(UTC)
    if _frozen:
        return _anchor
    return _anchor + timedelta(seconds=_time.monotonic() - _anchor_mono)


def local_now() -> datetime:
    """The current moment in the rep's zone."""
    return to_local(now())


def today() -> date:
    """The rep's date now."""
    return local_now().date()


def parse_moment(text: str) -> datetime:
    """An ISO date or date-time; naive ones are in the rep's zone. UserError if malformed."""
    raw = text.strip()
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        raise UserError(
            f"not a date and time: {text!r} (expected e.g. 2026-03-31T10:00 or 2026-03-31T10:00+08:00)"
        ) from None
    if not 1900 <= moment.year <= 9998:
        raise UserError(f"{text!r} is out of range: the clock runs between 1900 and 9998")
    return localize(moment).astimezone(UTC)


def set_now(moment: datetime | str | None, *, frozen: bool = False) -> None:
    """Run as of ``moment`` from here on (None: back to the wall clock).

    Unfrozen, the clock moves on from that moment at the real pace; frozen, it
    stays there (tests)."""
    global _anchor, _anchor_mono, _frozen
    if moment is None:
        _anchor, _frozen = None, False
        return
    _anchor = parse_moment(moment) if isinstance(moment, str) else localize(moment).astimezone(UTC)
    _anchor_mono = _time.monotonic()
    _frozen = frozen


def is_set() -> bool:
    """True while the clock runs as of a chosen moment rather than the wall clock."""
    return _anchor is not None


def apply_environment() -> None:
    """Honour ``KAMDESK_NOW`` (the entry points call this once, at start)."""
    value = os.environ.get(ENV_NOW)
    if value:
        set_now(value)


@contextlib.contextmanager
def frozen_at(moment: datetime | str, *, tz: str | None = None) -> Iterator[datetime]:
    """Within the block the clock stands at ``moment`` (and the zone is ``tz`` if given)."""
    saved = (_zone, _anchor, _anchor_mono, _frozen)
    try:
        if tz is not None:
            set_zone(tz)
        set_now(moment, frozen=True)
        yield now()
    finally:
        _restore(saved)


def _restore(saved: tuple[ZoneInfo | None, datetime | None, float, bool]) -> None:
    global _zone, _anchor, _anchor_mono, _frozen
    _zone, _anchor, _anchor_mono, _frozen = saved


def wall_stamp() -> str:
    """A sortable local time stamp for file names (``20261204-171650``)."""
    return local_now().strftime("%Y%m%d-%H%M%S")

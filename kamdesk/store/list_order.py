"""The account list's sort orders as SQL, and the partial covering indexes
that answer them (SQLite).

Every sort of the live list (``archived = 0``) orders by its key, then the
pinyin name, then the id; descending reverses all three. Each has an index
``(key, sort_key, id) WHERE archived = 0``, so a page anywhere in the list —
the end of 100k accounts included — is an index-only walk for its ids (a few
ms) and then 200 rows read by id. Keys that are computed (tier rank, cadence
days, how overdue) are indexed as the same expression; SQLite uses such an
index only for the identical expression, so the query takes the text from
here too. Columns are unqualified: the ids query reads ``account`` alone.
"""

from __future__ import annotations

from kamdesk.domain.grading import Cadence, Tier

_TIER_RANK = {Tier.PLATINUM: 0, Tier.GOLD: 1, Tier.SILVER: 2, Tier.ORDINARY: 3}

#: platinum first; no tier last
TIER_SQL = (
    "(CASE tier " + " ".join(f"WHEN '{t.code}' THEN {i}" for t, i in _TIER_RANK.items()) + " ELSE 9 END)"
)

#: the cadence in days (NULL without one)
CADENCE_SQL = "(CASE cadence " + " ".join(f"WHEN '{c.code}' THEN {c.days}" for c in Cadence) + " END)"

#: ascending in step with "days overdue" on any day: days overdue =
#: julianday(today) + this (SQLite; the stored times are UTC text)
OVERDUE_SQL = f"(-(julianday(date(coalesce(last_touch_at, created_at))) + {CADENCE_SQL}))"

#: sort → the key expression of its index (the name sort is the pinyin key itself)
LIVE_SORT_KEYS: dict[str, str] = {
    "name": "sort_key",
    "short_name": "short_name",
    "tier": TIER_SQL,
    "grade": "grade",
    "cadence": CADENCE_SQL,
    "industry": "industry",
    "city": "city",
    "phone": "phone",
    "last_touch": "last_touch_at",
    "days_overdue": OVERDUE_SQL,
    "revenue": "revenue_total",
    "created": "created_at",
}

LIVE_WHERE = "archived = 0"


def index_name(sort: str) -> str:
    return f"ix_account_live_{sort}"


def index_columns(sort: str) -> list[str]:
    """The index's columns: the key, then the name and the id (ties)."""
    key = LIVE_SORT_KEYS[sort]
    return [key, "id"] if key == "sort_key" else [key, "sort_key", "id"]


def create_index_sql(sort: str) -> str:
    return (
        f"CREATE INDEX IF NOT EXISTS {index_name(sort)} ON account "
        f"({', '.join(index_columns(sort))}) WHERE {LIVE_WHERE}"
    )

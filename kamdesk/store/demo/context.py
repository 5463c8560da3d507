"""Shared state of one demo run: the size profile, the calendar, the team,
the global counterparties, and a batch of rows for one chunk of accounts."""

from __future__ import annotations

import random
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from kamdesk.domain.text import initials as _initials
from kamdesk.domain.text import sort_key as _sort_key
from kamdesk.store.demo.rows import Calendar, Row, UuidMaker


@dataclass(frozen=True)
class Profile:
    """How much to generate. Per-account means, so a chunk needs no global view."""

    name: str
    accounts: int
    reps: int
    contacts_per_account: tuple[int, int]  # inclusive range, uniform
    opps_per_account: float
    visit_factor: float  # scales the per-tier visit counts (mean ≈ 9 × factor)
    chunk: int  # accounts per chunk (one rep's accounts never span reps mid-chunk)
    detail: float  # share of opportunities with TAS answers, evaluation and progress points


PROFILES: dict[str, Profile] = {
    "small": Profile("small", 300, 1, (3, 7), 0.5, 1.36, 300, 1.0),
    "large": Profile("large", 100_000, 40, (3, 8), 2.1, 1.45, 500, 0.35),
}

#: Row-id room per account for each child table. Chunks take id blocks of
#: ``room × first account index`` so a chunk's rows need no global counter.
ID_ROOM: dict[str, int] = {
    "contact": 12,
    "custom_value": 4,
    "purchase": 48,
    "payment": 96,
    "purchase_item": 2,
    "account_link": 2,
    "opportunity": 8,
    "stage_change": 64,
    "opportunity_competitor": 24,
    "tas_answer": 32,
    "evaluation_criterion": 64,
    "evaluation_score": 192,
    "progress_point": 64,
    "stakeholder": 64,
    "attitude_change": 256,
    "coverage": 64,
    "visit": 64,
    "visit_attendee": 256,
    "contact_log": 128,
    "commitment": 64,
}

_TOKEN = re.compile(r"\{[a-z]\}|[^{}]+")


def tokens(pattern: str) -> list[str]:
    """``"{b}银行{c}分行"`` → ``["{b}", "银行", "{c}", "分行"]``."""
    return _TOKEN.findall(pattern)


@cache
def part_sort_key(part: str) -> str:
    return _sort_key(part)


@cache
def part_initials(part: str) -> str:
    return _initials(part)


def keys_of(parts: list[str]) -> tuple[str, str]:
    """Sort key and initials of a name built from ``parts``, cached per part
    (pypinyin costs ~125 µs a call; a large run has 600k names)."""
    return (
        " ".join(k for k in (part_sort_key(p) for p in parts) if k),
        "".join(part_initials(p) for p in parts),
    )


@dataclass(frozen=True)
class RepInfo:
    id: int
    name: str
    region: str
    provinces: tuple[str, ...]
    our_person_id: int
    is_me: bool


@dataclass
class Team:
    reps: list[RepInfo]
    #: shared people on our side: (id, name, title) of sales director, technical director, pre-sales
    directors: list[tuple[int, str, str]]
    #: competitor accounts: (account id, name, strengths, weaknesses)
    competitors: list[tuple[int, str, str, str]]
    partner_ids: list[int]
    supplier_ids: list[int]
    #: custom field ids: channel (choice), credit (number), first deal (date)
    field_ids: tuple[int, int, int]


@dataclass
class Run:
    """Everything a chunk generator reads (never writes)."""

    profile: Profile
    seed: int
    cal: Calendar
    uuids: UuidMaker
    team: Team


@dataclass
class Recent:
    """What the plan generator needs from the chunks: the is-me rep's recent
    days, per rep totals for targets."""

    #: (rep id, day offset) -> list of (account id, short name, visit kind, outcome)
    days: dict[tuple[int, int], list[tuple[int, str, str, str]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    #: rep id -> list of (account id, short name) of their top accounts
    top_accounts: dict[int, list[tuple[int, str]]] = field(default_factory=lambda: defaultdict(list))


class Batch:
    """Rows of one chunk, per table, with ids from the chunk's id blocks."""

    def __init__(self, run: Run, chunk_no: int, first_account_index: int) -> None:
        self.run = run
        self.rng = random.Random(run.seed * 1_000_003 + chunk_no)
        self.rows: dict[str, list[Row]] = defaultdict(list)
        self.cols: dict[str, tuple[str, ...]] = {}
        self._next = {name: first_account_index * room + 1 for name, room in ID_ROOM.items()}
        self._limit = {
            name: (first_account_index + run.profile.chunk) * room for name, room in ID_ROOM.items()
        }
        self.recent = Recent()
        self.names: set[str] = set()  # account names used in this chunk

    def new_id(self, name: str) -> int:
        got = self._next[name]
        if got > self._limit[name]:
            raise RuntimeError(f"demo id block for {name} exhausted; raise ID_ROOM[{name!r}]")
        self._next[name] = got + 1
        return got

    def uuid(self, name: str, row_id: int) -> str:
        return f"{self.run.uuids.prefix(name)}{row_id:012x}"

    def rec(self, name: str, at: str) -> tuple[int, str, str, str]:
        """A new record's id, uuid, created_at and updated_at (both ``at``)."""
        row_id = self.new_id(name)
        return (row_id, f"{self.run.uuids.prefix(name)}{row_id:012x}", at, at)

    def add(self, name: str, cols: tuple[str, ...], row: Row) -> None:
        self.cols[name] = cols
        self.rows[name].append(row)

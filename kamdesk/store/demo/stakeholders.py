"""Stakeholders on an opportunity: buying roles, attitude with its history
(first assessment, changes at visits), stance, influence adding to 100,
relationship depth and kind, MAN flags, and our people covering them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kamdesk.store.demo.context import Batch
from kamdesk.store.demo.rows import RECORD_COLS

if TYPE_CHECKING:
    from kamdesk.store.demo.accounts import AccountDraft, ContactDraft

STAKEHOLDER_COLS = (*RECORD_COLS,
    "account_id", "opportunity_id", "contact_id", "buying_role", "attitude", "attitude_step", "stance",
    "influence_pct", "relationship_level", "relationship_kind", "man_money", "man_authority", "man_need",
    "map_x", "map_y", "notes",
)  # fmt: skip
ATTITUDE_COLS = (*RECORD_COLS, "stakeholder_id", "at", "from_level", "to_level", "source", "visit_id", "note")
COVERAGE_COLS = (*RECORD_COLS, "stakeholder_id", "our_person_id", "strength", "note")

#: Attitude levels coldest to warmest; the index is the score used below.
LEVELS = ("E-", "E", "E+", "D-", "D", "D+", "C-", "C", "C+", "B-", "B", "B+", "A-", "A", "A+")
_ROLE_WEIGHT = {
    "economic": (30, 45),
    "technical": (15, 25),
    "user": (10, 20),
    "financial": (5, 12),
    "coach": (6, 12),
    "influencer": (5, 15),
}
_ROLE_ORDER = {"technical": 0, "user": 1, "financial": 2, "influencer": 3, "economic": 4}
_LEAD_TARGET = {"lead": 3, "even": 1, "trail": -2}


class StakeDraft:
    """A stakeholder while visits move its attitude; written at the end."""

    __slots__ = ("at", "contact", "history", "id", "influence", "level", "opp_id", "role", "target")

    def __init__(
        self, sid: int, opp_id: int, contact: ContactDraft, role: str, level: int, target: int, at: str
    ) -> None:
        self.id, self.opp_id, self.contact, self.role = sid, opp_id, contact, role
        self.level, self.target, self.at = level, target, at
        self.history: list[tuple[str, int | None, int, str, int | None]] = [(at, None, level, "manual", None)]
        self.influence = 0


def draft_stakeholders(
    b: Batch, a: AccountDraft, opp_id: int, stage_i: int, lead: str, started: int, closed: int | None
) -> list[StakeDraft]:
    rng = b.rng
    contacts = a.contacts
    k = min(len(contacts), 1 + (stage_i >= 1) + (stage_i >= 3) + int(rng.random() * 2) + (stage_i >= 5))
    # the top person always, then people in roles not yet on the map (technical, user, finance…)
    chosen = [contacts[0]]
    covered = {contacts[0].role}
    rest = sorted(contacts[1:], key=lambda c: (c.role in covered, _ROLE_ORDER.get(c.role, 9), rng.random()))
    for c in rest:
        if len(chosen) >= k:
            break
        if c.role not in covered or rng.random() < 0.3:
            chosen.append(c)
            covered.add(c.role)
    at = b.run.cal.at(started, 9, 30)
    stakes = []
    coach_given = stage_i < 2 or rng.random() > 0.55
    for c in chosen:
        role = c.role
        if not coach_given and c.level >= 2:
            role, coach_given = "coach", True
        level = 6 + int(rng.random() * 4) - (1 if role == "economic" else 0) + (3 if role == "coach" else 0)
        target = max(0, min(14, level + _LEAD_TARGET[lead] + stage_i // 3 + int(rng.random() * 3) - 1))
        sid = b.new_id("stakeholder")
        s = StakeDraft(sid, opp_id, c, role, min(14, level), target, at)
        lo, hi = _ROLE_WEIGHT[role]
        s.influence = lo + int(rng.random() * (hi - lo + 1))
        stakes.append(s)
    _to_hundred(stakes)
    return stakes


def _to_hundred(stakes: list[StakeDraft]) -> None:
    """Scale the raw weights to whole percentages that add up to exactly 100."""
    total = sum(s.influence for s in stakes)
    shares = [s.influence * 100 / total for s in stakes]
    floors = [int(x) for x in shares]
    rest = 100 - sum(floors)
    order = sorted(range(len(stakes)), key=lambda i: floors[i] - shares[i])
    for i in order[:rest]:
        floors[i] += 1
    for s, v in zip(stakes, floors, strict=True):
        s.influence = v


def attitude_at_visit(b: Batch, s: StakeDraft, visit_id: int, at: str) -> tuple[str, str]:
    """The attendee's attitude before and after a visit; sometimes it moves
    (toward where the deal is heading), and the move goes into the history."""
    rng = b.rng
    before = s.level
    if rng.random() < 0.35:
        if s.level < s.target:
            step = 1 + (rng.random() < 0.3)
        elif s.level > s.target:
            step = -1
        else:
            step = 1 if rng.random() < 0.5 else -1
        s.level = max(0, min(14, s.level + step))
        if s.level != before:
            s.history.append((at, before, s.level, "visit", visit_id))
    return LEVELS[before], LEVELS[s.level]


def write_stakeholders(b: Batch, a: AccountDraft, stakes: list[StakeDraft]) -> None:
    rng = b.rng
    cal = b.run.cal
    team = b.run.team
    add_s = b.rows["stakeholder"].append
    add_h = b.rows["attitude_change"].append
    b.cols["stakeholder"] = STAKEHOLDER_COLS
    b.cols["attitude_change"] = ATTITUDE_COLS
    prefix_s = b.run.uuids.prefix("stakeholder")
    prefix_h = b.run.uuids.prefix("attitude_change")
    for s in stakes:
        if len(s.history) == 1 and rng.random() < 0.3:
            # a reassessment after a phone call or a dinner, not at a visit
            before = s.level
            s.level = max(0, min(14, s.level + (1 if s.target >= s.level else -1)))
            last_at = s.history[-1][0]
            s.history.append((_later(cal, last_at), before, s.level, "manual", None))
        code = LEVELS[s.level]
        attitude, step = code[0], code[1:]
        stance = "supporter" if s.level >= 9 else ("neutral" if s.level >= 6 else "opponent")
        if rng.random() < 0.08:
            stance = "unknown"
        depth = max(1, min(5, s.level // 3 + int(rng.random() * 2)))
        kind = ("outsider", "supplier", "partner", "friend")[min(3, depth // 2 + (s.role == "coach"))]
        c = s.contact
        add_s((
            s.id, f"{prefix_s}{s.id:012x}", s.at, s.history[-1][0], a.id, s.opp_id, c.id, s.role, attitude, step,
            stance, float(s.influence), str(depth), kind, s.role in ("economic", "financial") or rng.random() < 0.2,
            s.role == "economic" or c.level == 0, s.role in ("user", "technical") or rng.random() < 0.5,
            None, None, "内线，提供了评标信息" if s.role == "coach" else None,
        ))  # fmt: skip
        for at, frm, to, source, visit_id in s.history:
            hid = b.new_id("attitude_change")
            add_h((
                hid, f"{prefix_h}{hid:012x}", at, at, s.id, at, LEVELS[frm] if frm is not None else None, LEVELS[to],
                source, visit_id, "初次评估" if frm is None else None,
            ))  # fmt: skip
        cover = None
        if s.role == "economic" and rng.random() < 0.5:
            cover = team.directors[0][0]
        elif s.role == "technical" and rng.random() < 0.4:
            cover = team.directors[1 + (rng.random() < 0.5)][0]
        elif depth >= 4 and rng.random() < 0.5:
            cover = a.rep.our_person_id
        if cover is not None:
            cid = b.new_id("coverage")
            b.add(
                "coverage",
                COVERAGE_COLS,
                (cid, b.uuid("coverage", cid), s.at, s.at, s.id, cover, depth, None),
            )


def _later(cal: object, at: str) -> str:
    # a few days after ``at`` but never after yesterday 18:00
    from kamdesk.store.demo.rows import Calendar

    assert isinstance(cal, Calendar)
    day = at[:10]
    offset = (cal.today - cal.today.fromisoformat(day)).days
    return cal.at(min(-1, -offset + 3), 18)

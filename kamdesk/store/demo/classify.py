"""The account row itself, written last in its chunk: classifications that
agree with its opportunities and trade, and the maintained summary columns."""

from __future__ import annotations

from typing import Any

from kamdesk.store.demo import corpora as C
from kamdesk.store.demo.accounts import ACCOUNT_COLS, AccountDraft
from kamdesk.store.demo.context import Batch

_SOURCES = ("ad", "trade_show", "referral", "walk_in", "prospecting", "prospecting", "industry_meeting")
_URGENCY = {"A": "urgent", "B": "soon", "C": "not_urgent", "D": "slow", "E": "slow"}
_NEED = {"A": "target", "B": "target", "C": "target", "D": "potential", "E": "dead"}
_SIZE = {"platinum": (5_000, 100_000), "gold": (1_000, 20_000), "silver": (200, 3_000), "ordinary": (30, 800)}


def grade_for(open_close: int | None, dead: bool) -> str:
    """A–E by days to the earliest expected close of an open opportunity."""
    if open_close is None:
        return "E" if dead else "D"
    if open_close <= 30:
        return "A"
    if open_close <= 91:
        return "B"
    if open_close <= 182:
        return "C"
    return "D"


def _handling(a: AccountDraft, grade: str, customer: bool, deal: str, cal: Any) -> tuple[object, ...]:
    """handle_by, urgency_manual and MAN (no random draws: the rest of the
    data stays as it was). Accounts expected to close soon must be handled
    by a week before; MAN follows the grade on prospects (an E prospect of
    an ordinary tier is m+a+n: stop contact)."""
    if a.open_close is not None and grade in ("A", "B", "C"):
        handle_by: object = cal.day(max(1, a.open_close - 7))
        manual = False
    else:
        handle_by, manual = None, True
    if deal == "prospect" and not customer:
        money = a.tier != "ordinary" or grade in ("A", "B")
        man: tuple[object, ...] = (money, grade in ("A", "B", "C"), grade != "E")
    else:
        man = (None, None, None)
    return (handle_by, manual, *man)


def write_account(b: Batch, a: AccountDraft, dead: bool, number: str) -> None:
    rng = b.rng
    cal = b.run.cal
    grade = grade_for(a.open_close, dead)
    customer = a.revenue > 0 or a.won > 0
    deal = "closed" if customer else ("negotiating" if a.negotiating else "prospect")
    recent_buy = a.last_purchase is not None and a.last_purchase > -150
    if customer and recent_buy:
        rel_type = "loyal" if a.tier in ("platinum", "gold") and rng.random() < 0.6 else "fast_growing"
    elif customer:
        rel_type = "dormant"
    else:
        rel_type = "cultivate"
    share = a.share if customer else 0.0
    if not customer:
        rel_stage = "incubation"
    elif share >= 95 and a.tier == "platinum":
        rel_stage = "strategic"
    elif share >= 50:
        rel_stage = "high"
    elif share >= 30:
        rel_stage = "middle"
    else:
        rel_stage = "initial"
    lo, hi = _SIZE[a.tier]
    capital = rng.randint(lo, hi)
    employees = capital // 10 + rng.randint(20, 400)
    revenue_wan = capital * rng.randint(2, 12)
    created = cal.at(a.created, 10)
    updated = a.last_touch or created
    partners = (
        "、".join(rng.sample([p[1] for p in C.PARTNERS], 2)) if a.tier in ("platinum", "gold") else None
    )
    big = a.tier in ("platinum", "gold")
    row = (
        a.id, b.uuid("account", a.id), created, updated, a.rep.id, number, a.name, a.short, a.keys[0], a.keys[1],
        a.nature, a.industry, a.province, a.city,
        f"{a.city}市{a.district}{C.ROADS[int(rng.random() * len(C.ROADS))]}{rng.randint(1, 999)}号",
        f"{a.postcode}{rng.randint(0, 999):03d}", f"{a.area}-{rng.randint(2000_0000, 8999_9999)}",
        f"{a.area}-{rng.randint(2000_0000, 8999_9999)}" if rng.random() < 0.4 else None,
        f"office@{a.domain}.com.cn", f"www.{a.domain}.com.cn" if rng.random() < 0.7 else None,
        f"{cal.today.year - rng.randint(3, 60)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        capital * 100, employees, revenue_wan * 100, big and rng.random() < 0.3,
        "国有资本控股" if a.nature == "state" else None,
        "总经理下设财务、技术、采购、生产等部门" if big else None,
        "重大采购由总经理办公会决策，采购部组织招标" if big else None,
        f"{C.PRODUCTS[int(rng.random() * 8)][0]}" if grade in ("A", "B", "C") else None, partners,
        "repeat" if customer and rng.random() < 0.4 else _SOURCES[int(rng.random() * len(_SOURCES))],
        "customer", a.tier, grade, a.cadence,
        None if customer else ("20", "40", "60", "80")[int(rng.random() * 4)],
        None if customer else ("pause" if grade == "E" else ("keep", "keep", "never_give_up")[int(rng.random() * 3)]),
        deal, _NEED[grade], _URGENCY[grade], rel_type, rel_stage,
        cal.day(a.open_close) if a.open_close is not None else None, a.cycle_days, share if customer else None,
        a.last_touch, cal.day(a.last_visit) if a.last_visit is not None else None,
        cal.day(a.next_visit) if a.next_visit is not None else None,
        cal.day(a.last_purchase) if a.last_purchase is not None else None, a.revenue if customer else None,
        "年底前有预算释放" if grade in ("A", "B") and rng.random() < 0.3 else None, False,
        *_handling(a, grade, customer, deal, cal),
    )  # fmt: skip
    b.add("account", ACCOUNT_COLS, row)

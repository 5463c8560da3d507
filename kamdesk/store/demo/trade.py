"""What hangs off an account besides people: purchases and payments (value
indicators, purchase cycles), custom field values, links to partners and
suppliers."""

from __future__ import annotations

from kamdesk.store.demo import corpora as C
from kamdesk.store.demo.accounts import AccountDraft
from kamdesk.store.demo.context import Batch
from kamdesk.store.demo.rows import RECORD_COLS

PURCHASE_COLS = (*RECORD_COLS,
    "account_id", "ordered_on", "product", "quantity", "amount", "profit", "is_return", "opportunity_id", "note",
)  # fmt: skip
PURCHASE_ITEM_COLS = (*RECORD_COLS,
    "account_id", "product", "cycle_days", "remind_days", "last_purchase_on", "next_due_on",
)  # fmt: skip
PAYMENT_COLS = (*RECORD_COLS, "account_id", "purchase_id", "due_on", "paid_on", "amount", "note")
CUSTOM_VALUE_COLS = (*RECORD_COLS, "field_id", "account_id", "contact_id", "value")
LINK_COLS = (*RECORD_COLS, "from_account_id", "to_account_id", "kind", "note")
_CHANNELS = ("直接采购", "公开招标", "邀请招标", "代理商", "电商平台")


def write_trade(b: Batch, a: AccountDraft, won: list[tuple[int, int, int, str]]) -> None:
    """Purchases and payments. ``won`` holds (opportunity id, closed offset,
    amount in yuan, product) of won opportunities; existing customers also
    get a purchase history, consumable buyers one on their purchase cycle."""
    rng = b.rng
    cal = b.run.cal
    orders: list[tuple[int, str, int, int | None]] = [(off, prod, amt, oid) for oid, off, amt, prod in won]
    on_cycle: tuple[str, int, int] | None = None  # (product, cycle, last order offset)
    if a.existing:
        for _ in range(rng.randint(1, 4 if a.tier != "ordinary" else 2)):
            prod, lo, hi, _consumable = C.PRODUCTS[int(rng.random() * 8)]
            orders.append((-rng.randint(20, 700), prod, _round_amount(rng.randint(lo, hi)), None))
        if rng.random() < 0.35:
            prod, lo, hi, _consumable = C.PRODUCTS[8 + int(rng.random() * 3)]
            cycle = rng.choice((30, 45, 60, 90))
            a.cycle_days = cycle
            off = -rng.randint(cycle // 2, cycle) - rng.randint(0, 3) * cycle
            first = max(-700, -cycle * rng.randint(4, 12))
            start = off
            on_cycle = (prod, cycle, off)
            while start > first:
                orders.append((start, prod, _round_amount(rng.randint(lo, hi)), None))
                start -= cycle + rng.randint(-5, 5)
    if not orders:
        return
    if on_cycle is not None:  # the consumable's own purchase cycle, reminder and next due
        prod, cycle, last = on_cycle
        last = max(last, -cal.back)
        at = cal.at(last, 16)
        b.add("purchase_item", PURCHASE_ITEM_COLS, (
            *b.rec("purchase_item", at), a.id, prod, cycle, 7, cal.day(last), cal.day(last + cycle),
        ))  # fmt: skip
    orders.sort()
    prefix_p = b.run.uuids.prefix("purchase")
    for off, prod, amount, opp_id in orders:
        off = max(off, -cal.back)
        day = cal.day(off)
        at = cal.at(off, 16)
        pid = b.new_id("purchase")
        amt_c = amount * 100
        margin = 0.12 + rng.random() * 0.2
        b.add("purchase", PURCHASE_COLS, (
            pid, f"{prefix_p}{pid:012x}", at, at, a.id, day, prod, float(rng.randint(1, 20)), amt_c,
            int(amt_c * margin), False, opp_id, None,
        ))  # fmt: skip
        a.revenue += amt_c
        if a.last_purchase is None or off > a.last_purchase:
            a.last_purchase = off
        if rng.random() < 0.03 and off < -10:
            ret = amt_c // rng.randint(5, 20)
            roff = min(-1, off + rng.randint(3, 10))
            rid = b.new_id("purchase")
            b.add("purchase", PURCHASE_COLS, (
                rid, f"{prefix_p}{rid:012x}", cal.at(roff, 11), cal.at(roff, 11), a.id, cal.day(roff), prod,
                1.0, ret, None, True, opp_id, "质量问题退货",
            ))  # fmt: skip
            a.revenue -= ret
        due = off + (30 if amt_c < 50_000_000 else 60)
        parts = 2 if amt_c >= 100_000_000 and rng.random() < 0.5 else 1
        for k in range(parts):
            due_k = due + 30 * k
            part_amount = amt_c // parts if k < parts - 1 else amt_c - (amt_c // parts) * (parts - 1)
            if due_k < -5 and rng.random() < 0.9:
                paid = min(-1, due_k + rng.randint(-10, 25))
                paid_day: str | None = cal.day(max(paid, -cal.back))
            else:
                paid_day = None  # not yet due, or in arrears
            due_day = cal.day(due_k) if due_k <= cal.ahead else None
            tid = b.new_id("payment")
            b.add("payment", PAYMENT_COLS, (
                tid, b.uuid("payment", tid), at, at, a.id, pid, due_day, paid_day, part_amount,
                None if parts == 1 else f"第{k + 1}期",
            ))  # fmt: skip


def _round_amount(yuan: int) -> int:
    return (yuan // 1000) * 1000 if yuan >= 10_000 else (yuan // 100) * 100


def write_custom_values(b: Batch, a: AccountDraft) -> None:
    rng = b.rng
    channel_id, credit_id, first_id = b.run.team.field_ids
    at = b.run.cal.at(a.created, 10)
    if rng.random() < 0.8:
        vid = b.new_id("custom_value")
        value = (
            "公开招标"
            if a.nature in ("government", "state") and rng.random() < 0.6
            else rng.choice(_CHANNELS)
        )
        b.add(
            "custom_value",
            CUSTOM_VALUE_COLS,
            (vid, b.uuid("custom_value", vid), at, at, channel_id, a.id, None, value),
        )
    if rng.random() < 0.6:
        vid = b.new_id("custom_value")
        credit = {"platinum": 500, "gold": 200, "silver": 100, "ordinary": 30}[a.tier] * rng.randint(1, 4)
        b.add(
            "custom_value",
            CUSTOM_VALUE_COLS,
            (vid, b.uuid("custom_value", vid), at, at, credit_id, a.id, None, str(credit)),
        )
    if a.last_purchase is not None and rng.random() < 0.7:
        vid = b.new_id("custom_value")
        first = b.run.cal.day(max(-b.run.cal.back, a.created + rng.randint(0, 60)))
        b.add(
            "custom_value",
            CUSTOM_VALUE_COLS,
            (vid, b.uuid("custom_value", vid), at, at, first_id, a.id, None, first),
        )


def write_links(b: Batch, a: AccountDraft) -> None:
    """A few customers are linked to a partner (our integrator there) or a supplier."""
    rng = b.rng
    team = b.run.team
    if rng.random() < 0.04 and team.partner_ids:
        lid = b.new_id("account_link")
        at = b.run.cal.at(a.created, 11)
        b.add("account_link", LINK_COLS, (
            lid, b.uuid("account_link", lid), at, at, rng.choice(team.partner_ids), a.id, "downstream", "合作伙伴负责当地实施",
        ))  # fmt: skip
    elif rng.random() < 0.02 and team.supplier_ids:
        lid = b.new_id("account_link")
        at = b.run.cal.at(a.created, 11)
        b.add("account_link", LINK_COLS, (
            lid, b.uuid("account_link", lid), at, at, a.id, rng.choice(team.supplier_ids), "upstream", "客户的设备供应商",
        ))  # fmt: skip

"""Our side and the shared records: reps (one is the laptop's user), our
people for the maps, rival/supplier/partner counterparties with their links,
and the custom field definitions."""

from __future__ import annotations

import json
import random
from typing import Any

from kamdesk.store.demo import corpora as C
from kamdesk.store.demo.accounts import ACCOUNT_COLS, person_name
from kamdesk.store.demo.context import ID_ROOM, Batch, RepInfo, Run, Team, keys_of
from kamdesk.store.demo.rows import RECORD_COLS, Row, Writer
from kamdesk.store.demo.trade import LINK_COLS
from kamdesk.store.demo.visits import LOG_COLS

REP_COLS = (
    *RECORD_COLS,
    "name",
    "code",
    "title",
    "region",
    "phone",
    "email",
    "manager_name",
    "is_me",
    "active",
    "notes",
    "time_zone",
)
#: the demo's reps work in China: their dates and times are China time even on a UTC laptop
DEMO_ZONE = "Asia/Shanghai"
OUR_PERSON_COLS = (*RECORD_COLS, "name", "title", "rep_id")
FIELD_COLS = (*RECORD_COLS, "entity", "name", "kind", "choices", "position", "required")
ANNOUNCEMENT_COLS = (*RECORD_COLS, "at", "author", "title", "text")

MANAGER = "王建国"
DIRECTORS = ((MANAGER, "销售总监"), ("陈立新", "技术总监"), ("刘洋", "售前工程师"))


def write_team(
    run: Run, writer: Writer, n_customers: int, *, me: tuple[int, str] | None = None, rep_base: int = 0
) -> Team:
    """Write the shared records and return the ids the chunks refer to.

    ``me`` is the laptop's own rep when the store already has one (the app
    makes it on first need): the demo's first rep is that rep, not a second
    "me". New reps take ids after ``rep_base``."""
    rng = random.Random(run.seed * 7919 + 17)
    scratch = Batch(run, 0, 0)
    scratch.rng = rng
    at = run.cal.at(-run.cal.back, 9)
    reps, directors = _write_our_side(run, writer, scratch, at, me, rep_base)
    competitors, partner_ids, supplier_ids = _write_counterparties(
        run, writer, scratch, at, reps, n_customers
    )
    _write_shared(run, writer, scratch, at)
    return Team(reps, directors, competitors, partner_ids, supplier_ids, (1, 2, 3))


def _write_our_side(
    run: Run, writer: Writer, scratch: Batch, at: Any, me: tuple[int, str] | None, rep_base: int
) -> tuple[list[RepInfo], list[tuple[int, str, str]]]:
    """The reps and our people: one per rep, then the directors."""
    rng = scratch.rng
    regions = list(C.REGIONS)
    reps: list[RepInfo] = []
    rep_rows = []
    person_rows: list[Row] = []
    used: set[str] = set()
    for i in range(run.profile.reps):
        name, _parts = person_name(scratch, rng.random() < 0.7)
        while name in used:
            name, _parts = person_name(scratch, rng.random() < 0.7)
        used.add(name)
        region = regions[i % len(regions)]
        rid = rep_base + i + 1
        pid = i + 1
        phone = f"139{rng.randrange(10**8):08d}"
        if i == 0 and me is not None:
            rid, name = me
        else:
            rep_rows.append((
                rid, scratch.uuid("rep", rid), at, at, name, f"S{rid:03d}", "客户经理" if i else "高级客户经理",
                region, phone, f"s{rid:03d}@huaxin-zl.com", MANAGER, i == 0, True, None, DEMO_ZONE,
            ))  # fmt: skip
        person_rows.append((pid, scratch.uuid("our_person", pid), at, at, name, "客户经理", rid))
        provinces = C.REGIONS[region]
        reps.append(RepInfo(rid, name, region, provinces, pid, i == 0))
    writer.write("rep", REP_COLS, rep_rows)
    directors = []
    for name, title in DIRECTORS:
        pid = len(person_rows) + 1
        person_rows.append((pid, scratch.uuid("our_person", pid), at, at, name, title, None))
        directors.append((pid, name, title))
    writer.write("our_person", OUR_PERSON_COLS, person_rows)
    return reps, directors


def _write_counterparties(
    run: Run, writer: Writer, scratch: Batch, at: Any, reps: list[RepInfo], n_customers: int
) -> tuple[list[tuple[int, str, str, str]], list[int], list[int]]:
    """Rivals, suppliers and partners: counterparties of other kinds, after the
    customers' ids; a recent meeting with each partner and supplier; the rivals
    linked as peers. Returns (competitors, partner ids, supplier ids)."""
    account_rows = []
    log_rows: list[Row] = []
    competitors: list[tuple[int, str, str, str]] = []
    supplier_ids: list[int] = []
    partner_ids: list[int] = []
    entries: list[tuple[str, str, str, str | None, str | None]] = [
        (n, s, "competitor", st, wk) for n, s, st, wk in C.COMPETITORS
    ]
    entries += [(n, s, "supplier", None, None) for n, s in C.SUPPLIERS]
    entries += [(n, s, "partner", None, None) for n, s in C.PARTNERS]
    for aid, (name, short, kind, strengths, weaknesses) in enumerate(entries, start=n_customers + 1):
        values = _counterparty(scratch, at, reps[0].id, aid, name, short, kind, strengths, weaknesses)
        if kind != "competitor":
            log_rows.append(_meeting(run, scratch, values, reps[0], kind, n_customers, len(log_rows)))
        account_rows.append(tuple(values[c] for c in ACCOUNT_COLS))
        if kind == "competitor":
            competitors.append((aid, short, strengths or "", weaknesses or ""))
        elif kind == "supplier":
            supplier_ids.append(aid)
        else:
            partner_ids.append(aid)
    writer.write("account", ACCOUNT_COLS, account_rows)
    writer.write("contact_log", LOG_COLS, log_rows)
    links = []
    for i, (aid, *_rest) in enumerate(competitors[1:], start=1):
        lid = n_customers * ID_ROOM["account_link"] + i  # after every chunk's id block
        links.append(
            (lid, scratch.uuid("account_link", lid), at, at, competitors[0][0], aid, "peer", "同行竞争")
        )
    writer.write("account_link", LINK_COLS, links)
    return competitors, partner_ids, supplier_ids


def _counterparty(
    scratch: Batch,
    at: Any,
    owner_id: int,
    aid: int,
    name: str,
    short: str,
    kind: str,
    strengths: str | None,
    weaknesses: str | None,
) -> dict[str, Any]:
    sk, ini = keys_of([name])
    city = next((c for prov in C.CITIES.values() for c, *_ in prov if name.startswith(c)), None)
    province = next((p for p, cities in C.CITIES.items() for c, *_ in cities if c == city), None)
    note = f"优势：{strengths}；劣势：{weaknesses}" if kind == "competitor" else None
    values = dict.fromkeys(ACCOUNT_COLS)
    values.update(
        id=aid, uuid=scratch.uuid("account", aid), created_at=at, updated_at=at, owner_id=owner_id,
        name=name, short_name=short, sort_key=sk, initials=ini, nature="private", industry="信息技术",
        province=province, city=city, counterparty_kind=kind, notes=note, archived=False,
        tier="ordinary", grade="E" if kind == "competitor" else "D",
        # rivals are watched, not followed up: no cadence, so they are never "overdue"
        cadence=None if kind == "competitor" else ("monthly" if kind == "partner" else "yearly"),
        need_status="dead" if kind == "competitor" else "potential", urgency="slow", deal_status="prospect",
        urgency_manual=True,
        relationship_type="cultivate", relationship_stage="incubation", source="industry_meeting",
    )  # fmt: skip
    return values


def _meeting(
    run: Run, scratch: Batch, values: dict[str, Any], rep: RepInfo, kind: str, n_customers: int, n_logs: int
) -> Row:
    """A recent meeting with our partner or supplier, in the contact log (and
    the account's last touch)."""
    off = -1 - int(scratch.rng.random() * (25 if kind == "partner" else 300))
    log_at = run.cal.at(off, 15)
    values["last_touch_at"] = values["updated_at"] = log_at
    lid = n_customers * ID_ROOM["contact_log"] + n_logs + 1
    return (
        lid, scratch.uuid("contact_log", lid), log_at, log_at, values["id"], None, rep.id, None, "other", "routine",
        log_at, rep.name, None, None,
        "季度合作沟通会：对齐在手项目和交付排期" if kind == "partner" else "年度供货框架协议续签沟通",
        "下次沟通前更新项目清单",
    )  # fmt: skip


def _write_shared(run: Run, writer: Writer, scratch: Batch, at: Any) -> None:
    """The custom field definitions and the manager's announcement."""
    cal = run.cal
    fields = [
        (1, scratch.uuid("custom_field", 1), at, at, "account", "采购渠道", "choice",
         json.dumps(["直接采购", "公开招标", "邀请招标", "代理商", "电商平台"], ensure_ascii=False), 0, False),
        (2, scratch.uuid("custom_field", 2), at, at, "account", "信用额度（万元）", "number", None, 1, False),
        (3, scratch.uuid("custom_field", 3), at, at, "account", "首次合作日期", "date", None, 2, False),
    ]  # fmt: skip
    writer.write("custom_field", FIELD_COLS, fields)
    writer.write("announcement", ANNOUNCEMENT_COLS, [(
        1, scratch.uuid("announcement", 1), cal.at(-3, 9), cal.at(-3, 9), cal.at(-3, 9), MANAGER,
        "关于年底冲刺和回款的通知",
        "各位同事：距离年底还有一个多月，请大家盘点A、B级客户，本月28日前提交月计划与总结；"
        "逾期应收款请逐户落实回款计划，每周五在周报中汇报进度。",
    )])  # fmt: skip

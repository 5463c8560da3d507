"""A realistic sample stakeholder map, built through the map services: for
screenshots, tests, timing the export of a large map, and for a rep to try
the canvas on. ``sample_map(db, people=15)`` returns the opportunity's uuid."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from kamdesk import clock
from kamdesk.domain.stakeholders import (
    BuyingRole,
    Personality,
    RelationshipKind,
    RelationshipLevel,
    Stance,
)
from kamdesk.domain.text import initials, sort_key
from kamdesk.domain.visits import Side, VisitStatus
from kamdesk.services.maps.edit import (
    ContactInput,
    StakeholderInput,
    add_stakeholder,
    save_our_person,
    set_attitude,
    set_coverage,
)
from kamdesk.store.db import Database
from kamdesk.store.models import Account, Opportunity, Visit, VisitAttendee


@dataclass(frozen=True)
class _P:
    key: str
    name: str
    title: str
    dept: str
    boss: str | None
    role: BuyingRole | None
    history: tuple[str, ...]  # attitudes, oldest first
    stance: Stance
    weight: float
    personality: Personality | None
    man: tuple[bool | None, bool | None, bool | None]


_CORE = (
    _P("gm", "王建国", "总经理", "总经理办公室", None, BuyingRole.ECONOMIC, ("C", "B"), Stance.SUPPORTER, 30,
       Personality.DRIVER, (True, True, True)),
    _P("cfo", "刘芳", "财务总监", "财务部", "gm", BuyingRole.FINANCIAL, ("C",), Stance.NEUTRAL, 10,
       Personality.ANALYTICAL, (True, None, None)),
    _P("cio", "张伟", "信息中心主任", "信息中心", "gm", BuyingRole.TECHNICAL, ("B", "C", "D"), Stance.OPPONENT, 25,
       Personality.ANALYTICAL, (None, True, True)),
    _P("coo", "李强", "生产副总", "生产部", "gm", BuyingRole.USER, ("B", "B+"), Stance.SUPPORTER, 15,
       Personality.EXPRESSIVE, (None, None, True)),
    _P("sec", "陈静", "总经理秘书", "总经理办公室", "gm", BuyingRole.INFLUENCER, ("B", "A-"), Stance.SUPPORTER, 5,
       Personality.AMIABLE, (None, None, None)),
    _P("net", "赵磊", "网络科科长", "信息中心", "cio", BuyingRole.COACH, ("B", "A"), Stance.SUPPORTER, 5,
       Personality.AMIABLE, (None, None, True)),
    _P("dev", "孙丽", "开发科科长", "信息中心", "cio", BuyingRole.TECHNICAL, ("C", "C-"), Stance.NEUTRAL, 3,
       Personality.ANALYTICAL, (None, None, None)),
    _P("plant", "周涛", "卷烟厂厂长", "生产部", "coo", BuyingRole.USER, ("C", "B-"), Stance.NEUTRAL, 3,
       Personality.DRIVER, (None, None, True)),
    _P("qa", "吴敏", "质检科科长", "生产部", "coo", BuyingRole.USER, ("B",), Stance.SUPPORTER, 1,
       None, (None, None, None)),
    _P("acct", "郑洁", "会计主管", "财务部", "cfo", BuyingRole.FINANCIAL, ("C",), Stance.UNKNOWN, 1,
       None, (None, None, None)),
    _P("buy", "冯刚", "采购部经理", "采购部", "gm", BuyingRole.INFLUENCER, ("D", "C"), Stance.NEUTRAL, 2,
       Personality.DRIVER, (True, None, None)),
    _P("ops", "何军", "运维工程师", "信息中心", "net", BuyingRole.USER, ("B",), Stance.SUPPORTER, 0,
       None, (None, None, None)),
    _P("shift", "高峰", "车间主任", "生产部", "plant", BuyingRole.USER, ("C",), Stance.UNKNOWN, 0,
       None, (None, None, None)),
    _P("audit", "林红", "审计主管", "财务部", "cfo", None, ("D",), Stance.UNKNOWN, 0,
       Personality.ANALYTICAL, (None, None, None)),
    _P("hr", "罗斌", "人力资源部经理", "人力资源部", "gm", BuyingRole.INFLUENCER, (), Stance.UNKNOWN, 0,
       None, (None, None, None)),
)  # fmt: skip

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰斌波宁浩凯鑫晨"
_STAFF_TITLES = ("工程师", "主管", "专员", "科员", "技术员", "调度员")

_OURS = (
    ("our_dir", "黄志远", "销售总监", ("gm", "coo")),
    ("our_tech", "徐晓东", "技术经理", ("cio", "dev", "net")),
    ("our_rep", "马丽", "客户经理", ("sec", "buy", "plant")),
)


def sample_map(db: Database, people: int = 15, *, seed: int = 7, today: date | None = None) -> str:
    """Create 上海烟草集团 with the opportunity 生产管理系统升级项目 and a map of
    ``people`` stakeholders (15 core roles, then staff under them), attitude
    histories, our people with coverage and a few visits. Returns the
    opportunity's uuid."""
    rng = random.Random(seed)
    today = today or clock.today()
    start = datetime(today.year, today.month, today.day, 9, tzinfo=UTC) - timedelta(days=120)
    with db.transaction() as s:
        name = "上海烟草集团有限责任公司"
        account = Account(name=name, short_name="上海烟草", sort_key=sort_key(name), initials=initials(name))
        s.add(account)
        s.flush()
        opp = Opportunity(account_id=account.id, name="生产管理系统升级项目", number="P-2026-018")
        s.add(opp)
        s.flush()
        opp_uuid, account_id, opp_id = opp.uuid, account.id, opp.id

    specs = list(_CORE[:people])
    used = {p.name for p in specs}
    while len(specs) < people:
        boss = rng.choice([p for p in specs if p.key in ("cio", "coo", "cfo", "net", "plant", "dev", "buy")])
        while True:
            full = rng.choice(_SURNAMES) + rng.choice(_GIVEN) + rng.choice(("", rng.choice(_GIVEN)))
            if full not in used:
                used.add(full)
                break
        specs.append(
            _P(f"s{len(specs)}", full, rng.choice(_STAFF_TITLES), boss.dept, boss.key, BuyingRole.USER,
               (rng.choice("BCCD"),), Stance.UNKNOWN, 0, None, (None, None, None))
        )  # fmt: skip

    uuids: dict[str, str] = {}
    for i, p in enumerate(specs):
        data = StakeholderInput(
            role=p.role,
            attitude=None,
            stance=p.stance,
            influence_pct=p.weight,
            relationship_level=list(RelationshipLevel)[min(4, max(0, int(p.weight) // 7))],
            relationship_kind=RelationshipKind.FRIEND
            if p.role is BuyingRole.COACH
            else RelationshipKind.SUPPLIER,
            personality=p.personality,
            man_money=p.man[0],
            man_authority=p.man[1],
            man_need=p.man[2],
        )
        result = add_stakeholder(
            db,
            opp_uuid,
            data,
            new_contact=ContactInput(
                name=p.name, title=p.title, department=p.dept, mobile=f"139{rng.randrange(10**8):08d}"
            ),
            reports_to=uuids.get(p.boss) if p.boss else None,
        )
        uuids[p.key] = result.value.uuid
        for step, level in enumerate(p.history):
            at = start + timedelta(days=i + step * 35)
            set_attitude(db, uuids[p.key], level, at=at, note="拜访后评估" if step else "初次评估")

    for _key, name, title, covers in _OURS:
        our = save_our_person(db, name, title).value
        for c in covers:
            if c in uuids:
                set_coverage(db, our, uuids[c], strength=rng.randint(2, 5))

    # visits: the GM met once; the coach met; a visit planned with the production VP
    from sqlalchemy import select

    from kamdesk.store.models import Contact, Stakeholder

    with db.transaction() as s:

        def contact_id(key: str) -> int | None:
            if key not in uuids:
                return None
            return s.scalar(select(Contact.id).join(Stakeholder).where(Stakeholder.uuid == uuids[key]))

        for status, when, keys in (
            (VisitStatus.DONE, start + timedelta(days=40), ("gm", "sec")),
            (VisitStatus.DONE, start + timedelta(days=60), ("net", "cio", "dev")),
            (VisitStatus.PLANNED, datetime.combine(today, datetime.min.time(), tzinfo=UTC) + timedelta(days=5, hours=9), ("coo", "plant")),
        ):
            visit = Visit(account_id=account_id, opportunity_id=opp_id, status=status, starts_at=when)
            s.add(visit)
            s.flush()
            for key in keys:
                cid = contact_id(key)
                if cid is not None:
                    s.add(VisitAttendee(visit_id=visit.id, side=Side.THEM, contact_id=cid))
    return opp_uuid

"""Opportunities in every stage G..S with their stage history, rivals,
TAS answers, competitive evaluation and progress against the main rival."""

from __future__ import annotations

import json
import math

from kamdesk.store.demo import corpora as C
from kamdesk.store.demo.accounts import AccountDraft
from kamdesk.store.demo.context import Batch
from kamdesk.store.demo.rows import RECORD_COLS
from kamdesk.store.demo.stakeholders import StakeDraft, draft_stakeholders

OPP_COLS = (*RECORD_COLS,
    "account_id", "owner_id", "number", "name", "stage", "status", "close_reason", "amount", "started_on",
    "expected_close", "closed_on", "win_pct_override", "objective", "breakthroughs", "next_steps",
    "manager_assessment", "short_term_revenue", "long_term_impact", "territory", "lead", "progress_vs_rival",
    "notes",
)  # fmt: skip
STAGE_CHANGE_COLS = (*RECORD_COLS, "opportunity_id", "from_stage", "to_stage", "at", "unmet_criteria", "note")
COMPETITOR_COLS = (*RECORD_COLS, "opportunity_id", "account_id", "name", "is_main", "strengths", "weaknesses")
TAS_COLS = (*RECORD_COLS, "opportunity_id", "question", "answer", "evidence")
CRITERION_COLS = (*RECORD_COLS, "opportunity_id", "name", "weight", "position")
SCORE_COLS = (*RECORD_COLS, "criterion_id", "competitor_id", "score")
PROGRESS_COLS = (*RECORD_COLS, "opportunity_id", "on", "value", "competitor_name", "note")

STAGES = ("G", "F", "E", "D", "C", "B", "A", "S")
_STAGE_CUM = (18, 35, 50, 63, 74, 82, 88, 100)
#: days from today to the expected close of an open opportunity, by stage
_CLOSE_RANGE = {
    "G": (120, 365),
    "F": (90, 300),
    "E": (60, 240),
    "D": (45, 200),
    "C": (30, 150),
    "B": (15, 90),
    "A": (3, 40),
}
#: the seed's competitive-evaluation criteria and weights
CRITERIA = (
    ("客户关系", 0.20), ("售后服务", 0.15), ("行业标准", 0.10), ("品牌", 0.10), ("产品性能", 0.10),
    ("价格", 0.15), ("供货能力", 0.05), ("快速解决方案", 0.15),
)  # fmt: skip
_TAS_EVIDENCE = (
    ("客户已列入年度预算", "客户只是了解行情"),
    ("我方方案满足主要技术要求", "对手已做过前期方案"),
    ("技术买家和教练支持我方", "经济买家倾向对手"),
    ("利润和样板价值都不错", "金额小且账期长"),
)


class OppDraft:
    __slots__ = (
        "amount",
        "close",
        "closed",
        "id",
        "lead",
        "product",
        "rival",
        "stage",
        "stakes",
        "started",
        "status",
    )

    id: int
    stage: str
    status: str
    started: int
    closed: int | None
    close: int
    amount: int
    product: str
    lead: str
    stakes: list[StakeDraft]
    rival: tuple[int, str] | None

    def __init__(self) -> None:
        self.stakes = []


def _poisson(rng_random: float, mean: float) -> int:
    # inverse transform; means are small (≤ 3)
    k, p = 0, math.exp(-mean)
    cum = p
    while rng_random > cum and k < 6:
        k += 1
        p *= mean / k
        cum += p
    return k


def write_opportunities(b: Batch, a: AccountDraft) -> list[OppDraft]:
    rng = b.rng
    cal = b.run.cal
    prof = b.run.profile
    n = _poisson(rng.random(), prof.opps_per_account)
    opps: list[OppDraft] = []
    prefix = b.run.uuids.prefix("opportunity")
    for _ in range(n):
        o = OppDraft()
        r = rng.random() * 100
        stage_i = next(i for i, c in enumerate(_STAGE_CUM) if r < c)
        stage = STAGES[stage_i]
        o.stage = stage
        prod, lo, hi, _cons = C.PRODUCTS[int(rng.random() * 8)]
        mult = {"platinum": 2.5, "gold": 1.6, "silver": 1.0, "ordinary": 0.6}[a.tier]
        o.amount = max(10_000, int(rng.randint(lo, hi) * mult) // 10_000 * 10_000)
        o.product = prod
        if stage == "S":
            o.status = "won"
            o.started = -rng.randint(90, 700)
            o.closed = min(-1, o.started + rng.randint(45, 300))
            o.close = o.closed
        elif rng.random() < 0.09:
            o.status = "lost"
            o.started = -rng.randint(60, 600)
            o.closed = min(-1, o.started + rng.randint(30, 240))
            o.close = o.closed
        else:
            o.status = "open"
            o.started = max(-cal.back + 1, -(stage_i * 25 + rng.randint(7, 90)))
            o.closed = None
            lo_d, hi_d = _CLOSE_RANGE[stage]
            o.close = rng.randint(lo_d, hi_d)
            if a.open_close is None or o.close < a.open_close:
                a.open_close = o.close
            if stage in ("A", "B"):
                a.negotiating = True
        if a.share >= 50:
            territory = "ours"
        elif a.share >= 20 or rng.random() < 0.5:
            territory = "neutral"
        else:
            territory = "theirs"
        lead_r = rng.random() + stage_i * 0.06 + (0.15 if territory == "ours" else 0.0)
        o.lead = "lead" if lead_r > 0.85 else ("even" if lead_r > 0.45 else "trail")
        if o.status == "won":
            o.lead = "lead"
        oid = b.new_id("opportunity")
        o.id = oid
        started_at = cal.at(o.started, 9, 30)
        objective, _stage_obj = C.OBJECTIVES_BY_STAGE[stage]
        progress = {"lead": rng.randint(1, 4), "even": rng.randint(-1, 1), "trail": rng.randint(-4, -1)}[
            o.lead
        ]
        if o.status == "won":
            progress = 5
        name = f"{a.short}{prod}{C.PROJECT_SUFFIXES[int(rng.random() * len(C.PROJECT_SUFFIXES))]}"
        rivals = _competitors(b, o, started_at, stage_i)
        o.rival = rivals[0] if rivals else None
        b.add("opportunity", OPP_COLS, (
            oid, f"{prefix}{oid:012x}", started_at, started_at, a.id, a.rep.id, f"XM{cal.today.year % 100:02d}{oid:07d}",
            name, stage, o.status, rng.choice(C.LOST_REASONS) if o.status == "lost" else None, o.amount * 100,
            cal.day(o.started), cal.day(o.close), cal.day(o.closed) if o.closed is not None else None, None,
            objective, "已与经办人建立联系" if stage_i >= 2 else None, rng.choice(C.NEXT_STEPS),
            "重点跟进，注意对手动向" if stage_i >= 4 and rng.random() < 0.4 else None,
            min(10, max(1, o.amount // 300_000 + rng.randint(1, 4))), rng.randint(2, 10), territory, o.lead,
            progress, None,
        ))  # fmt: skip
        _stage_history(b, o, stage_i)
        detail = rng.random() < prof.detail
        if detail and rng.random() < 0.45:
            _tas(b, o, stage_i, started_at)
        if detail and stage_i >= 3 and rivals and rng.random() < prof.detail:
            _evaluation(b, o, rivals, started_at)
        if detail and stage_i >= 2 and rivals:
            _progress(b, o, progress, rivals[0][1])
        o.stakes = draft_stakeholders(b, a, o.id, stage_i, o.lead, o.started, o.closed)
        if o.status == "won":
            a.won += 1
        opps.append(o)
    return opps


def _competitors(b: Batch, o: OppDraft, at: str, stage_i: int) -> list[tuple[int, str]]:
    rng = b.rng
    team = b.run.team
    if not team.competitors or (stage_i == 0 and rng.random() < 0.5):
        return []
    k = 2 if rng.random() < 0.4 else 1
    picked = rng.sample(team.competitors, k)
    out = []
    for i, (acc_id, name, strengths, weaknesses) in enumerate(picked):
        cid = b.new_id("opportunity_competitor")
        b.add("opportunity_competitor", COMPETITOR_COLS, (
            cid, b.uuid("opportunity_competitor", cid), at, at, o.id, acc_id, name, i == 0, strengths, weaknesses,
        ))  # fmt: skip
        out.append((cid, name))
    return out


def _stage_history(b: Batch, o: OppDraft, stage_i: int) -> None:
    rng = b.rng
    cal = b.run.cal
    path = [0 if rng.random() < 0.7 else min(1, stage_i)]
    for i in range(path[0] + 1, stage_i + 1):
        if i == stage_i or rng.random() < 0.75:
            path.append(i)
    end = o.closed if o.closed is not None else -1
    span = max(0, end - o.started)
    prefix = b.run.uuids.prefix("stage_change")
    prev: str | None = None
    for k, i in enumerate(path):
        off = o.started + (span * k) // max(1, len(path) - 1) if k else o.started
        at = cal.at(off, 10 + k % 8)
        sid = b.new_id("stage_change")
        skipped = i - (STAGES.index(prev) if prev else i) > 1
        unmet = (
            json.dumps(["已接触到经办人以上的人员"], ensure_ascii=False)
            if skipped and rng.random() < 0.3
            else None
        )
        b.add("stage_change", STAGE_CHANGE_COLS, (
            sid, f"{prefix}{sid:012x}", at, at, o.id, prev, STAGES[i], at, unmet, "签约" if STAGES[i] == "S" else None,
        ))  # fmt: skip
        prev = STAGES[i]


def _tas(b: Batch, o: OppDraft, stage_i: int, at: str) -> None:
    rng = b.rng
    for q in range(1, 5):
        r = rng.random() + stage_i * 0.05
        answer = "yes" if r > 0.45 else ("unsure" if r > 0.2 else "no")
        tid = b.new_id("tas_answer")
        good, bad = _TAS_EVIDENCE[q - 1]
        b.add(
            "tas_answer",
            TAS_COLS,
            (tid, b.uuid("tas_answer", tid), at, at, o.id, q, answer, good if answer == "yes" else bad),
        )


def _evaluation(b: Batch, o: OppDraft, rivals: list[tuple[int, str]], at: str) -> None:
    rng = b.rng
    bonus = {"lead": 1.0, "even": 0.0, "trail": -1.0}[o.lead]
    for pos, (name, weight) in enumerate(CRITERIA):
        cid = b.new_id("evaluation_criterion")
        b.add(
            "evaluation_criterion",
            CRITERION_COLS,
            (cid, b.uuid("evaluation_criterion", cid), at, at, o.id, name, weight, pos),
        )
        for comp_id in (None, *(r[0] for r in rivals)):
            base = 6.5 + (bonus if comp_id is None else 0.0)
            score = float(max(1, min(10, round(base + rng.uniform(-2.0, 2.0)))))
            sid = b.new_id("evaluation_score")
            b.add(
                "evaluation_score",
                SCORE_COLS,
                (sid, b.uuid("evaluation_score", sid), at, at, cid, comp_id, score),
            )


def _progress(b: Batch, o: OppDraft, final: int, rival: str) -> None:
    rng = b.rng
    cal = b.run.cal
    end = o.closed if o.closed is not None else -1
    points = rng.randint(2, 4)
    value = max(-5, min(5, final + rng.randint(-3, 1)))
    for k in range(points):
        off = o.started + ((end - o.started) * (k + 1)) // points
        v = final if k == points - 1 else value
        pid = b.new_id("progress_point")
        at = cal.at(off, 17)
        b.add("progress_point", PROGRESS_COLS, (
            pid, b.uuid("progress_point", pid), at, at, o.id, cal.day(off), v, rival, None,
        ))  # fmt: skip
        value = max(-5, min(5, value + rng.randint(0, 2)))

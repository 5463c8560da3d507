"""Visits: past ones (done, with attendees, attitude before/after, outcome,
contact-log entry, commitments) and planned ones in the coming weeks (with
objectives, 6W2H, SPIN, FAB and objections for some); phone and other
contact-log entries between visits."""

from __future__ import annotations

import json
import random

from kamdesk.store.demo import corpora as C
from kamdesk.store.demo.accounts import CADENCE_DAYS, AccountDraft
from kamdesk.store.demo.context import Batch
from kamdesk.store.demo.opportunities import OppDraft
from kamdesk.store.demo.rows import RECORD_COLS
from kamdesk.store.demo.stakeholders import StakeDraft, attitude_at_visit

VISIT_COLS = (*RECORD_COLS,
    "account_id", "opportunity_id", "rep_id", "status", "kind", "starts_at", "ends_at", "place",
    "objective_kind", "final_objective", "stage_objective", "w_what", "w_why", "w_which", "w_how",
    "w_how_much", "resources", "fab_points", "spin_questions", "objections", "commitment_to_ask",
    "minimum_outcome", "outcome", "objective_met", "next_visit_on", "logged_at", "objective_kinds",
)  # fmt: skip
ATTENDEE_COLS = (*RECORD_COLS,
    "visit_id", "side", "contact_id", "our_person_id", "name", "title", "attitude_before", "attitude_after",
)  # fmt: skip
LOG_COLS = (*RECORD_COLS,
    "account_id", "contact_id", "rep_id", "visit_id", "way", "category", "at", "our_person", "their_person",
    "their_title", "content", "next_step",
)  # fmt: skip
COMMITMENT_COLS = (*RECORD_COLS,
    "account_id", "visit_id", "opportunity_id", "side", "text", "owner", "due_on", "done_on", "due_time",
)  # fmt: skip

#: Visits cover the last two years (a rep's ~3,000 visits make about six a working day).
VISIT_HISTORY_DAYS = 729

_OTHER_KINDS = ("maintain", "relationship", "information", "advise", "maintain")
_KIND_TEXT = {
    "maintain": ("巩固合作关系", "了解使用情况，收集改进意见"),
    "relationship": ("建立稳定客情", "拜会客户领导，增进了解"),
    "information": ("掌握客户明年投资方向", "了解预算和组织变化"),
    "advise": ("帮助客户用好系统", "现场指导操作，解答疑问"),
}


def _plan_pool() -> list[tuple[str, str, str, str, str]]:
    rng = random.Random(7)
    pool = []
    for _ in range(24):
        resources = json.dumps(
            [{"item": r, "ready": rng.random() < 0.6} for r in rng.sample(C.RESOURCES, 3)], ensure_ascii=False
        )
        fab = json.dumps(
            [{"feature": f, "advantage": ad, "benefit": be} for f, ad, be in rng.sample(C.FAB, 2)],
            ensure_ascii=False,
        )
        spin = json.dumps({k: rng.sample(v, min(2, len(v))) for k, v in C.SPIN.items()}, ensure_ascii=False)
        objections = json.dumps(
            [{"objection": o, "answer": ans} for o, ans in rng.sample(C.OBJECTIONS, 2)], ensure_ascii=False
        )
        pool.append((resources, fab, spin, objections, rng.choice(C.COMMITMENTS_THEM)))
    return pool


_PLAN_POOL = _plan_pool()


def write_visits(b: Batch, a: AccountDraft, opps: list[OppDraft], grade_dead: bool) -> None:
    rng = b.rng
    cal = b.run.cal
    rep = a.rep
    mean = a.visits_mean * (0.3 if grade_dead else 1.0)
    n = max(1, int(mean * (0.7 + 0.6 * rng.random()) + 0.5))
    first = max(a.created, -VISIT_HISTORY_DAYS)
    # an account opened lately has had fewer visits, not the same number crammed in
    n = max(1, round(n * -first / VISIT_HISTORY_DAYS))
    days = [o for o in cal.working_past if o >= first] or cal.working_past[-5:]
    # (day, 5-minute slot from 08:30), in time order so attitude moves stay chronological
    when = [(days[int(rng.random() * len(days))], 6 + int(rng.random() * 100)) for _ in range(n)]
    found_here = a.created >= -VISIT_HISTORY_DAYS  # the account was opened within the history
    if found_here:
        when[0] = (days[int(rng.random() * min(8, len(days)))], when[0][1])  # first call soon after
    when.sort()
    stakes_by_opp = {o.id: o.stakes for o in opps}
    prefix_v = b.run.uuids.prefix("visit")
    add_v = b.rows["visit"].append
    b.cols["visit"] = VISIT_COLS
    contacts = a.contacts
    recent = b.recent.days if rep.is_me or b.run.profile.reps > 1 else None
    for k, (off, slot) in enumerate(when):
        vid = b.new_id("visit")
        starts = cal.slot(off, slot)
        ends = cal.slot(off, min(167, slot + 6 + int(rng.random() * 18)))
        opp = None
        for o in opps:
            if o.started < off <= (o.closed if o.closed is not None else -1) and rng.random() < 0.7:
                opp = o
                break
        cancelled = rng.random() < 0.04
        if opp is not None:
            objective_kind = "sell"
            final_obj, stage_obj = C.OBJECTIVES_BY_STAGE[opp.stage]
        else:
            objective_kind = _OTHER_KINDS[int(rng.random() * len(_OTHER_KINDS))]
            final_obj, stage_obj = _KIND_TEXT[objective_kind]
        outcome, met = C.VISIT_OUTCOMES[int(rng.random() * len(C.VISIT_OUTCOMES))]
        next_on = cal.day(min(cal.ahead, off + 7 + int(rng.random() * 30))) if rng.random() < 0.5 else None
        logged = cal.at(off, 19) if not cancelled else None
        add_v((
            vid, f"{prefix_v}{vid:012x}", starts, logged or starts, a.id, opp.id if opp else None, rep.id,
            "cancelled" if cancelled else "done", "new" if k == 0 and found_here else "revisit", starts, ends,
            f"{a.city}{a.district}客户办公室", objective_kind, final_obj, stage_obj,
            None, None, None, None, None, None, None, None, None, None, None,
            None if cancelled else outcome, None if cancelled else met, None if cancelled else next_on, logged,
            _kinds(objective_kind, vid),
        ))  # fmt: skip
        if cancelled:
            continue
        stakes: list[StakeDraft] = stakes_by_opp.get(opp.id, []) if opp is not None else []
        them = _attendees(b, vid, starts, contacts, stakes, opp is not None)
        if rng.random() < 0.25:
            _us(b, vid, starts, rep.our_person_id, rep.name)
        first_person = them[0]
        lid = b.new_id("contact_log")
        b.add("contact_log", LOG_COLS, (
            lid, b.uuid("contact_log", lid), ends, ends, a.id, first_person.id, rep.id, vid, "visit", "routine",
            ends, rep.name, first_person.name, first_person.title, outcome, rng.choice(C.NEXT_STEPS),
        ))  # fmt: skip
        if a.last_touch is None or ends > a.last_touch:
            a.last_touch = ends
        if a.last_visit is None or off > a.last_visit:
            a.last_visit = off
        if rng.random() < 0.22:
            _commitment(b, a, vid, opp, off, starts)
        if recent is not None and off >= -45:
            recent[(rep.id, off)].append(
                (a.id, a.short, "new" if k == 0 and found_here else "revisit", outcome)
            )
    _planned(b, a, opps)
    _other_logs(b, a)


def _attendees(b: Batch, vid: int, at: str, contacts: list, stakes: list[StakeDraft], on_opp: bool) -> list:  # type: ignore[type-arg]
    rng = b.rng
    add = b.rows["visit_attendee"].append
    b.cols["visit_attendee"] = ATTENDEE_COLS
    prefix = b.run.uuids.prefix("visit_attendee")
    people = []
    if stakes:
        picks = [stakes[int(rng.random() * len(stakes))]]
        if len(stakes) > 1 and rng.random() < 0.4:
            other = stakes[int(rng.random() * len(stakes))]
            if other is not picks[0]:
                picks.append(other)
        for s in picks:
            before, after = attitude_at_visit(b, s, vid, at)
            aid = b.new_id("visit_attendee")
            add(
                (
                    aid,
                    f"{prefix}{aid:012x}",
                    at,
                    at,
                    vid,
                    "them",
                    s.contact.id,
                    None,
                    s.contact.name,
                    s.contact.title,
                    before,
                    after,
                )
            )
            people.append(s.contact)
        return people
    c = contacts[int(rng.random() * len(contacts))]
    aid = b.new_id("visit_attendee")
    add((aid, f"{prefix}{aid:012x}", at, at, vid, "them", c.id, None, c.name, c.title, None, None))
    return [c]


def _us(b: Batch, vid: int, at: str, person_id: int, name: str) -> None:
    team = b.run.team
    if b.rng.random() < 0.5:
        person_id, name, title = team.directors[int(b.rng.random() * len(team.directors))]
    else:
        title = "客户经理"
    aid = b.new_id("visit_attendee")
    b.add(
        "visit_attendee",
        ATTENDEE_COLS,
        (aid, b.uuid("visit_attendee", aid), at, at, vid, "us", None, person_id, name, title, None, None),
    )


def _kinds(first: str | None, vid: int) -> str | None:
    """Several objective kinds on some visits (no random draw: the rest of the data stays)."""
    if first is None:
        return None
    if first == "sell" and vid % 3 == 0:
        return "sell,relationship"
    if first == "maintain" and vid % 2 == 0:
        return "maintain,information"
    return first


def _commitment(b: Batch, a: AccountDraft, vid: int, opp: OppDraft | None, off: int, at: str) -> None:
    rng = b.rng
    cal = b.run.cal
    ours = rng.random() < 0.6
    text = rng.choice(C.COMMITMENTS_US if ours else C.COMMITMENTS_THEM)
    due = off + 3 + int(rng.random() * 12)
    done = None
    if due < 0 and rng.random() < 0.75:
        done = cal.day(min(-1, due + int(rng.random() * 5) - 2))
    cid = b.new_id("commitment")
    owner = a.rep.name if ours else a.contacts[int(rng.random() * len(a.contacts))].name
    b.add("commitment", COMMITMENT_COLS, (
        cid, b.uuid("commitment", cid), at, at, a.id, vid, opp.id if opp else None, "us" if ours else "them", text,
        owner, cal.day(min(due, cal.ahead)), done,
        ("10:00", "14:30", "17:00")[cid % 3] if cid % 4 == 0 else None,  # some promises carry a time
    ))  # fmt: skip


def _planned(b: Batch, a: AccountDraft, opps: list[OppDraft]) -> None:
    rng = b.rng
    cal = b.run.cal
    chance = (
        0.25
        + (0.35 if a.open_close is not None and a.open_close <= 91 else 0.0)
        + (0.15 if a.tier == "platinum" else 0.0)
    )
    if rng.random() >= chance:
        return
    count = 2 if rng.random() < 0.2 else 1
    ahead = cal.working_ahead
    open_opps = [o for o in opps if o.status == "open"]
    for _ in range(count):
        off = ahead[int(rng.random() * len(ahead))]
        vid = b.new_id("visit")
        slot = 6 + int(rng.random() * 90)
        starts = cal.slot(off, slot)
        ends = cal.slot(off, slot + 12)
        opp = open_opps[int(rng.random() * len(open_opps))] if open_opps and rng.random() < 0.8 else None
        if opp is not None:
            kind = "sell"
            final_obj, stage_obj = C.OBJECTIVES_BY_STAGE[opp.stage]
        else:
            kind = _OTHER_KINDS[int(rng.random() * len(_OTHER_KINDS))]
            final_obj, stage_obj = _KIND_TEXT[kind]
        if rng.random() < 0.6:
            resources, fab, spin, objections, ask = _PLAN_POOL[int(rng.random() * len(_PLAN_POOL))]
            plan: tuple[str | None, ...] = (
                f"向客户说明{opp.product if opp else '服务'}方案要点", "推动项目进入下一阶段" if opp else "保持联系，了解需求",
                "如客户领导不在，改约技术部经理", "先听客户现状，再讲方案，最后约定下一步", "预算：交通和资料费约300元，用时2小时",
                resources, fab, spin, objections, f"请客户{ask}", "至少确认下次见面时间",
            )  # fmt: skip
        else:
            plan = (None,) * 11
        b.add("visit", VISIT_COLS, (
            vid, b.uuid("visit", vid), cal.at(-1, 17), cal.at(-1, 17), a.id, opp.id if opp else None, a.rep.id,
            "planned", "revisit" if a.last_visit is not None else "new", starts, ends, f"{a.city}{a.district}客户办公室",
            kind, final_obj, stage_obj, *plan, None, None, None, None, _kinds(kind, vid),
        ))  # fmt: skip
        c = opp.stakes[0].contact if opp and opp.stakes else a.contacts[0]
        aid = b.new_id("visit_attendee")
        b.add("visit_attendee", ATTENDEE_COLS, (
            aid, b.uuid("visit_attendee", aid), starts, starts, vid, "them", c.id, None, c.name, c.title, None, None,
        ))  # fmt: skip
        if a.next_visit is None or off < a.next_visit:
            a.next_visit = off


def _other_logs(b: Batch, a: AccountDraft) -> None:
    rng = b.rng
    cal = b.run.cal
    n = int(a.visits_mean * 0.2 * (0.5 + rng.random()))
    first = max(a.created, -364)
    # most reps keep most accounts within their cadence: a call inside it (the rest are overdue)
    within = CADENCE_DAYS[a.cadence]
    kept = rng.random() < 0.85
    for k in range(n + kept):
        span = min(within, -first) if k == n else -first
        off = -1 - int(rng.random() * span)
        category, content, next_step = C.CONTACT_LOG_PHONE[int(rng.random() * len(C.CONTACT_LOG_PHONE))]
        c = a.contacts[int(rng.random() * len(a.contacts))]
        at = cal.slot(off, int(rng.random() * 150))
        way = "phone" if rng.random() < 0.8 else "other"
        lid = b.new_id("contact_log")
        b.add("contact_log", LOG_COLS, (
            lid, b.uuid("contact_log", lid), at, at, a.id, c.id, a.rep.id, None, way, category, at, a.rep.name,
            c.name, c.title, content, next_step,
        ))  # fmt: skip
        if a.last_touch is None or at > a.last_touch:
            a.last_touch = at

"""Insight rules over a stakeholder map (决策链), pure and testable without Qt or SQL.

The services build a :class:`MapFacts` snapshot from the store; :func:`map_insights`
returns what a rep should act on, worst first. Each :class:`Insight` names the
people it concerns (by their key and name) in Chinese and English.

Rules (DOMAIN.md §2, seeds: "使决策者、使用者、技术把关者和教练四类关键人物的态度趋于一致"):

* ``key_decision_maker`` — the person with the largest influence weight
  (关键决策者, :func:`key_decision_maker`) has not been met (an economic buyer
  is left to ``economic_not_met``).
* ``no_coach`` — nobody on the map is our coach (教练买家).
* ``key_role_missing`` — decision maker (economic buyer), user or technical
  gatekeeper missing (the coach, the fourth key role, has its own rule above so
  one gap is not reported twice).
* ``economic_not_met`` — an economic buyer with no done visit.
* ``economic_not_covered`` — an economic buyer none of our people covers.
* ``opponent_unaddressed`` — an opponent (stance opponent, or attitude D/E)
  with influence ≥ :data:`HIGH_INFLUENCE_PCT` and no planned visit.
* ``attitude_fallen`` — attitude colder now than at the last done visit.
* ``weights_not_100`` — influence weights do not add up to 100 % (or some are blank).
* ``man_incomplete`` — money, authority or need not known for the map; the
  seed's MAN guidance for what is known so far.
* ``man_not_ideal`` — MAN known and not M+A+N: the seed's guidance.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from kamdesk.domain.codes import Coded
from kamdesk.domain.stakeholders import (
    KEY_ROLES,
    MAN_FACTORS,
    Attitude,
    AttitudeLevel,
    BuyingRole,
    ManGuidance,
    Stance,
    man_guidance,
)

#: An opponent with at least this influence weight (%) needs a planned visit.
HIGH_INFLUENCE_PCT = 20.0
#: Influence weights on one map should add up to this (%).
WEIGHT_TOTAL_PCT = 100.0
#: Rounding slack when adding weights up (33.3 + 33.3 + 33.4 is fine).
WEIGHT_TOLERANCE_PCT = 0.5
#: Attitudes that count as opposing us whatever the stance says.
OPPOSING_ATTITUDES = frozenset({Attitude.DOUBTS, Attitude.OPPOSES})


class Severity(Coded):
    HIGH = ("high", "高", "High")
    MEDIUM = ("medium", "中", "Medium")
    LOW = ("low", "低", "Low")

    @property
    def rank(self) -> int:
        return {"high": 0, "medium": 1, "low": 2}[self.code]


class InsightCode(Coded):
    NO_COACH = ("no_coach", "没有教练", "No coach")
    KEY_ROLE_MISSING = ("key_role_missing", "关键角色缺失", "Key role missing")
    ECONOMIC_NOT_MET = ("economic_not_met", "未见过经济买家", "Economic buyer not met")
    ECONOMIC_NOT_COVERED = ("economic_not_covered", "经济买家无人对接", "Economic buyer not covered")
    OPPONENT_UNADDRESSED = (
        "opponent_unaddressed",
        "高影响反对者无拜访计划",
        "Influential opponent not addressed",
    )
    ATTITUDE_FALLEN = ("attitude_fallen", "态度下降", "Attitude fallen")
    WEIGHTS_NOT_100 = ("weights_not_100", "影响项目的比重合计不为100%", "Weights do not add up to 100%")
    KEY_DECISION_MAKER = ("key_decision_maker", "关键决策者", "Key decision maker")
    MAN_INCOMPLETE = ("man_incomplete", "MAN未确认", "MAN incomplete")
    MAN_NOT_IDEAL = ("man_not_ideal", "MAN不完整", "MAN not ideal")


@dataclass(frozen=True)
class PersonFacts:
    """What the rules need to know about one person on a map."""

    key: str  # the stakeholder's uuid
    name: str
    role: BuyingRole | None = None
    attitude: AttitudeLevel | None = None
    stance: Stance = Stance.UNKNOWN
    influence_pct: float | None = None
    man_money: bool | None = None
    man_authority: bool | None = None
    man_need: bool | None = None
    covered: bool = False  # one of our people covers them
    met: bool = False  # a done visit with them
    planned_visit: bool = False  # a planned (future) visit addresses them
    attitude_at_last_visit: AttitudeLevel | None = None  # None: never visited or not rated then

    @property
    def is_opponent(self) -> bool:
        return self.stance is Stance.OPPONENT or (
            self.attitude is not None and self.attitude.attitude in OPPOSING_ATTITUDES
        )


@dataclass(frozen=True)
class MapFacts:
    people: tuple[PersonFacts, ...] = ()


@dataclass(frozen=True)
class Insight:
    code: InsightCode
    severity: Severity
    zh: str
    en: str
    people: tuple[str, ...] = field(default=())  # keys of the people concerned

    def message(self, lang: str = "zh") -> str:
        return self.zh if lang.lower().startswith("zh") else self.en


@dataclass(frozen=True)
class MapMan:
    """MAN for the whole map: a flag is True when anyone on the map has it,
    False when everyone was assessed without it, None while unknown."""

    money: bool | None
    authority: bool | None
    need: bool | None

    @property
    def complete(self) -> bool:
        return None not in (self.money, self.authority, self.need)

    @property
    def guidance(self) -> ManGuidance:
        """The seed's guidance, unknown flags counted as absent."""
        return man_guidance(bool(self.money), bool(self.authority), bool(self.need))

    def unknown(self) -> tuple[str, ...]:
        return tuple(
            letter
            for letter, flag in (("M", self.money), ("A", self.authority), ("N", self.need))
            if flag is None
        )


_MAN_NAMES = {letter: (f"{zh}({letter})", f"{en.lower()} ({letter})") for letter, zh, en in MAN_FACTORS}


def _combine(flags: Iterable[bool | None]) -> bool | None:
    values = list(flags)
    if any(v is True for v in values):
        return True
    if values and all(v is False for v in values):
        return False
    return None


def map_man(people: Iterable[PersonFacts]) -> MapMan:
    items = list(people)
    return MapMan(
        _combine(p.man_money for p in items),
        _combine(p.man_authority for p in items),
        _combine(p.man_need for p in items),
    )


def person_man_guidance(money: bool | None, authority: bool | None, need: bool | None) -> ManGuidance | None:
    """Guidance for one person's MAN, or None while any flag is unknown."""
    if money is None or authority is None or need is None:
        return None
    return man_guidance(money, authority, need)


def _names(people: Iterable[PersonFacts], sep: str) -> str:
    return sep.join(p.name for p in people)


def _pct(value: float) -> str:
    return f"{value:g}%"


# -- the rules ---------------------------------------------------------------------------------


def rule_no_coach(facts: MapFacts) -> list[Insight]:
    if not facts.people or any(p.role is BuyingRole.COACH for p in facts.people):
        return []
    return [
        Insight(
            InsightCode.NO_COACH,
            Severity.HIGH,
            "没有教练：在客户内部发展一位教练，由他指点采购标准和决策过程",
            "No coach: develop an insider who guides us through their criteria and decision process",
        )
    ]


def rule_key_roles(facts: MapFacts) -> list[Insight]:
    if not facts.people:
        return []
    present = {p.role for p in facts.people}
    out = []
    for role in KEY_ROLES:
        if role is BuyingRole.COACH or role in present:
            continue  # the coach has its own rule
        out.append(
            Insight(
                InsightCode.KEY_ROLE_MISSING,
                Severity.HIGH if role is BuyingRole.ECONOMIC else Severity.MEDIUM,
                f"缺少关键角色：{role.zh}——决策者、使用者、技术把关者和教练的态度要趋于一致",
                f"Key role missing: {role.en.lower()} — decision maker, user, technical "
                "gatekeeper and coach must be aligned",
            )
        )
    return out


def rule_economic_buyer(facts: MapFacts) -> list[Insight]:
    out = []
    for p in facts.people:
        if p.role is not BuyingRole.ECONOMIC:
            continue
        if not p.met:
            out.append(
                Insight(
                    InsightCode.ECONOMIC_NOT_MET,
                    Severity.HIGH,
                    f"经济买家{p.name}还没有拜访过：安排高层拜访",
                    f"Economic buyer {p.name} has not been met: arrange a top-level visit",
                    (p.key,),
                )
            )
        if not p.covered:
            out.append(
                Insight(
                    InsightCode.ECONOMIC_NOT_COVERED,
                    Severity.MEDIUM,
                    f"经济买家{p.name}没有我方对接人：指定一位我方人员（如销售总监）对接",
                    f"Economic buyer {p.name} is not covered: name one of our people (e.g. the sales director)",
                    (p.key,),
                )
            )
    return out


def rule_influential_opponents(facts: MapFacts, threshold: float = HIGH_INFLUENCE_PCT) -> list[Insight]:
    out = []
    for p in facts.people:
        weight = p.influence_pct or 0.0
        if p.is_opponent and weight >= threshold and not p.planned_visit:
            attitude = f"（态度 {p.attitude.code}）" if p.attitude else ""
            attitude_en = f" (attitude {p.attitude.code})" if p.attitude else ""
            out.append(
                Insight(
                    InsightCode.OPPONENT_UNADDRESSED,
                    Severity.HIGH,
                    f"{p.name}反对我们{attitude}，影响项目的比重{_pct(weight)}，却没有拜访计划：安排拜访，了解并化解顾虑",
                    f"{p.name} opposes us{attitude_en} with {_pct(weight)} influence and no visit is "
                    "planned: plan one to learn and answer the concerns",
                    (p.key,),
                )
            )
    return out


def rule_attitude_fallen(facts: MapFacts) -> list[Insight]:
    out = []
    for p in facts.people:
        before, now = p.attitude_at_last_visit, p.attitude
        if before is None or now is None or now.score >= before.score:
            continue
        out.append(
            Insight(
                InsightCode.ATTITUDE_FALLEN,
                Severity.HIGH if now.attitude in OPPOSING_ATTITUDES else Severity.MEDIUM,
                f"{p.name}的态度自上次拜访后下降：{before.code} → {now.code} ↓，尽快了解原因",
                f"{p.name}'s attitude fell since the last visit: {before.code} → {now.code} ↓; find out why",
                (p.key,),
            )
        )
    return out


def weight_total(people: Iterable[PersonFacts]) -> float:
    return round(sum(p.influence_pct or 0.0 for p in people), 2)


def rule_weights(facts: MapFacts) -> list[Insight]:
    if not facts.people:
        return []
    total = weight_total(facts.people)
    blank = [p for p in facts.people if p.influence_pct is None]
    if abs(total - WEIGHT_TOTAL_PCT) <= WEIGHT_TOLERANCE_PCT and not blank:
        return []
    zh = f"影响项目的比重合计{_pct(total)}，应为100%"
    en = f"Influence weights add up to {_pct(total)}, not 100%"
    if blank:
        zh += f"；未填比重：{_names(blank, '、')}"
        en += f"; no weight yet: {_names(blank, ', ')}"
    return [Insight(InsightCode.WEIGHTS_NOT_100, Severity.LOW, zh, en, tuple(p.key for p in blank))]


def rule_man(facts: MapFacts) -> list[Insight]:
    if not facts.people:
        return []
    man = map_man(facts.people)
    g = man.guidance
    if not man.complete:
        missing = man.unknown()
        zh_missing = "、".join(_MAN_NAMES[m][0] for m in missing)
        en_missing = ", ".join(_MAN_NAMES[m][1] for m in missing)
        return [
            Insight(
                InsightCode.MAN_INCOMPLETE,
                Severity.MEDIUM,
                f"MAN未确认：{zh_missing}未知，先查明；按目前所知（{g.code}）：{g.zh}",
                f"MAN incomplete: {en_missing} unknown — find out; on what is known ({g.code}): {g.en}",
            )
        ]
    if g.code == "M+A+N":
        return []
    return [
        Insight(
            InsightCode.MAN_NOT_IDEAL,
            Severity.HIGH if not g.is_prospect else Severity.MEDIUM,
            f"MAN为{g.code}：{g.zh}",
            f"MAN is {g.code}: {g.en}",
        )
    ]


def key_decision_maker(people: Iterable[PersonFacts]) -> PersonFacts | None:
    """The person with the largest influence weight (seed 001: 明确客户关系的比重 →
    找到关键决策者). None when nobody has a weight above 0 or the largest is shared."""
    weighted = sorted(
        (p for p in people if (p.influence_pct or 0.0) > 0),
        key=lambda p: p.influence_pct or 0.0,
        reverse=True,
    )
    if not weighted or (len(weighted) > 1 and weighted[0].influence_pct == weighted[1].influence_pct):
        return None
    return weighted[0]


def key_decision_maker_text(person: PersonFacts, lang: str = "zh") -> str:
    """ "关键决策者：王总（影响项目的比重40%，经济买家）" — for map headers and sheets."""
    weight = _pct(person.influence_pct or 0.0)
    if lang.lower().startswith("zh"):
        role = f"，{person.role.zh}" if person.role else ""
        return f"关键决策者：{person.name}（影响项目的比重{weight}{role}）"
    role = f", {person.role.en.lower()}" if person.role else ""
    return f"Key decision maker: {person.name} ({weight} influence{role})"


def rule_key_decision_maker(facts: MapFacts) -> list[Insight]:
    """The key decision maker not met yet. An economic buyer is left to
    ``economic_not_met`` and an opponent to ``opponent_unaddressed`` so one gap
    is not reported twice."""
    person = key_decision_maker(facts.people)
    if person is None or person.met or person.role is BuyingRole.ECONOMIC:
        return []
    return [
        Insight(
            InsightCode.KEY_DECISION_MAKER,
            Severity.HIGH,
            key_decision_maker_text(person, "zh") + "，还没有拜访过：搞定关键决策者",
            key_decision_maker_text(person, "en") + ", not met yet: win the key decision maker over",
            (person.key,),
        )
    ]


RULES = (
    rule_no_coach,
    rule_key_roles,
    rule_economic_buyer,
    rule_key_decision_maker,
    rule_influential_opponents,
    rule_attitude_fallen,
    rule_weights,
    rule_man,
)


def map_insights(facts: MapFacts) -> tuple[Insight, ...]:
    """Every rule's findings, most severe first (stable within a severity)."""
    found = [insight for rule in RULES for insight in rule(facts)]
    return tuple(sorted(found, key=lambda i: i.severity.rank))

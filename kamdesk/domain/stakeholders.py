"""Stakeholder codes (DOMAIN.md §2): buying roles, attitude A–E with fine
steps, stance, relationship depth and kind, personality, MAN qualification."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Self

from kamdesk.domain.codes import Coded, new_member, terms


class BuyingRole(Coded):
    ECONOMIC = ("economic", "经济买家", "Economic buyer")
    TECHNICAL = ("technical", "技术买家", "Technical buyer")
    USER = ("user", "使用买家", "User buyer")
    FINANCIAL = ("financial", "财务买家", "Financial buyer")
    COACH = ("coach", "教练买家", "Coach")
    INFLUENCER = ("influencer", "影响力买家", "Influencer")


terms(
    BuyingRole,
    short={m: m.zh.removesuffix("买家") for m in BuyingRole},
    # 考虑重点: what each role weighs (seed 001, 分析大客户内部的角色与分工)
    notes={
        BuyingRole.ECONOMIC: ("利益平衡及最大化", "balance and maximise the interests"),
        BuyingRole.TECHNICAL: (
            "可行性，技术，效果，建议权，否决权",
            "feasibility, technology, effect; may recommend or veto",
        ),
        BuyingRole.USER: ("应用方便，可操作性，使用权", "ease of use, operability; uses it"),
        BuyingRole.FINANCIAL: ("付钱，形式为主，参与权", "pays; mostly a formality; takes part"),
        BuyingRole.COACH: ("符合公司采购标准、内部催化剂", "fits their buying criteria; our catalyst inside"),
        BuyingRole.INFLUENCER: (
            "推荐和否决权来影响最后决策者",
            "sways the final decision maker by recommending or vetoing",
        ),
    },
    synonyms={
        BuyingRole.ECONOMIC: ("经济", "决策者", "决策人", "经济决策者"),
        BuyingRole.TECHNICAL: ("技术", "技术把关者"),
        BuyingRole.USER: ("使用", "使用者", "用户"),
        BuyingRole.FINANCIAL: ("财务",),
        BuyingRole.COACH: ("教练", "内线", "线人"),
        BuyingRole.INFLUENCER: ("影响力", "影响者", "小秘"),
    },
)


#: The four roles that must be aligned: decision maker, user, technical
#: gatekeeper and coach.
KEY_ROLES: tuple[BuyingRole, ...] = (
    BuyingRole.ECONOMIC,
    BuyingRole.USER,
    BuyingRole.TECHNICAL,
    BuyingRole.COACH,
)


class Attitude(Coded):
    """Attitude toward us, A (best) to E (worst)."""

    RECOMMENDS = ("A", "推荐", "Recommends us")
    SUPPORTS = ("B", "支持", "Supports")
    ACCEPTS = ("C", "认可", "Accepts")
    DOUBTS = ("D", "怀疑", "Doubts")
    OPPOSES = ("E", "反对", "Opposes")


class AttitudeStep(Coded):
    PLUS = ("+", "+", "+")
    NONE = ("", "", "")
    MINUS = ("-", "-", "-")


@dataclass(frozen=True, order=False)
class AttitudeLevel:
    """An attitude with its fine step, e.g. B+. Higher ``score`` is warmer."""

    attitude: Attitude
    step: AttitudeStep = AttitudeStep.NONE

    @property
    def score(self) -> int:
        # A=5..E=1, each step a third of a grade: B+ (13) > B (12) > B- (11) > C+ (10)
        base = 5 - list(Attitude).index(self.attitude)
        bump = {AttitudeStep.PLUS: 1, AttitudeStep.NONE: 0, AttitudeStep.MINUS: -1}[self.step]
        return base * 3 + bump - 3

    @property
    def code(self) -> str:
        return self.attitude.code + self.step.code

    def label(self, lang: str = "zh") -> str:
        return f"{self.code} {self.attitude.label(lang)}"

    @classmethod
    def parse(cls, text: str) -> AttitudeLevel:
        """Parse "B+", "c", "D-" (also "支持+"). Raises ValueError otherwise."""
        raw = (text or "").strip()
        if not raw:
            raise ValueError("attitude is empty; expected A–E with optional + or -")
        step = AttitudeStep.NONE
        if raw[-1] in "+-":
            step = AttitudeStep(raw[-1])
            raw = raw[:-1].strip()
        attitude = Attitude.parse(raw)
        if attitude is None:
            raise ValueError("attitude is empty; expected A–E with optional + or -")
        return cls(attitude, step)

    def __str__(self) -> str:
        return self.code


def attitude_trend(before: AttitudeLevel | None, after: AttitudeLevel) -> str:
    """↑ when warmer, ↓ when colder, → when unchanged or unknown before."""
    if before is None or before.score == after.score:
        return "→"
    return "↑" if after.score > before.score else "↓"


class Stance(Coded):
    """目前的关系 on the seed's table of influence weights."""

    SUPPORTER = ("supporter", "支持者", "Supporter")
    NEUTRAL = ("neutral", "中立者", "Neutral")
    OPPONENT = ("opponent", "反对者", "Opponent")
    UNKNOWN = ("unknown", "不清楚", "Unknown")


terms(
    Stance,
    short={
        Stance.SUPPORTER: "支持",
        Stance.NEUTRAL: "中立",
        Stance.OPPONENT: "反对",
        Stance.UNKNOWN: "不清楚",
    },
    synonyms={
        Stance.SUPPORTER: ("支持",),
        Stance.NEUTRAL: ("中立",),
        Stance.OPPONENT: ("反对",),
        Stance.UNKNOWN: ("未知", "不详", "?"),
    },
)


class RelationshipLevel(Coded):
    """The five levels of a personal relationship, shallow to deep."""

    GREETINGS = ("1", "寒暄、打招呼", "Greetings")
    FACTS = ("2", "表达事实", "Stating facts")
    VIEWS = ("3", "观念共识", "Shared views")
    INTERESTS = ("4", "兴趣、爱好", "Interests and hobbies")
    BELIEFS = ("5", "信念、价值观、信仰", "Beliefs, values, faith")


terms(
    RelationshipLevel,
    short={RelationshipLevel.GREETINGS: "寒暄", RelationshipLevel.BELIEFS: "信念、价值观"},
    synonyms={
        RelationshipLevel.GREETINGS: ("寒暄问候", "寒暄", "打招呼"),
        RelationshipLevel.FACTS: ("交流事实", "事实"),
        RelationshipLevel.VIEWS: ("分享观点", "观念"),
        RelationshipLevel.INTERESTS: ("兴趣爱好", "兴趣"),
        RelationshipLevel.BELIEFS: ("信念与价值观", "信念", "价值观"),
    },
)


class RelationshipKind(Coded):
    OUTSIDER = ("outsider", "外人", "Outsider")
    SUPPLIER = ("supplier", "供应商", "Supplier")
    PARTNER = ("partner", "伙伴", "Partner")
    FRIEND = ("friend", "朋友", "Friend")


terms(RelationshipKind, synonyms={RelationshipKind.SUPPLIER: ("供货商",)})


class Personality(Coded):
    """Personality types (seed 000, 客户性格分析): ``traits`` is the seed's
    description of the type, ``advice`` its 对待此类客户 sentence."""

    advice_zh: str
    advice_en: str
    traits_zh: str
    traits_en: str

    def __new__(
        cls,
        code: str,
        zh: str,
        en: str,
        advice_zh: str = "",
        advice_en: str = "",
        traits_zh: str = "",
        traits_en: str = "",
        *_: Any,
    ) -> Self:
        obj = new_member(cls, code, zh, en)
        obj.advice_zh, obj.advice_en = advice_zh, advice_en
        obj.traits_zh, obj.traits_en = traits_zh, traits_en
        return obj

    EXPRESSIVE = (
        "expressive",
        "演员型",
        "Expressive",
        "适当调整决策速度，以免客户因快速决定而后悔",
        "Adjust the pace of the decision so they do not regret deciding fast",
        "予人好感，健谈，情绪和感情外露",
        "Likeable, talkative, shows feelings",
    )
    DRIVER = (
        "driver",
        "结果型",
        "Driver",
        "强调结果所能引起的作用，带来的效果",
        "Stress what the result does and the effect it brings",
        "意志坚决果断，行动迅速，目标主导",
        "Decisive, quick to act, goal-driven",
    )
    ANALYTICAL = (
        "analytical",
        "教授型",
        "Analytical",
        "准备详细的资料和数据，以及相关的细节，同时客户想不到的部分也要充分准备",
        "Bring detailed material, data and the details, and prepare what they have not thought of",
        "深思熟虑、善于分析，严肃有目标，追求完美，有责任心",
        "Thorough, analytical, serious, perfectionist, responsible",
    )
    AMIABLE = (
        "amiable",
        "老好人型",
        "Amiable",
        "努力帮助他们尽快做决定",
        "Help them decide as soon as possible",
        "性格低调，平和，易相处",
        "Low-key, calm, easy to get along with",
    )

    def advice(self, lang: str = "zh") -> str:
        return self.advice_zh if lang.startswith("zh") else self.advice_en

    def traits(self, lang: str = "zh") -> str:
        return self.traits_zh if lang.startswith("zh") else self.traits_en


terms(
    Personality,
    synonyms={
        Personality.EXPRESSIVE: ("演员", "表现型"),
        Personality.DRIVER: ("结果", "力量型", "支配型"),
        Personality.ANALYTICAL: ("教授", "分析型"),
        Personality.AMIABLE: ("老好人", "和平型", "友善型"),
    },
)


@dataclass(frozen=True)
class ManGuidance:
    code: str
    zh: str
    en: str
    is_prospect: bool

    def label(self, lang: str = "zh") -> str:
        return self.zh if lang.startswith("zh") else self.en


_CULTIVATE = (
    "可接触，应长期观察、培养，使具备另一条件",
    "Keep in touch; observe and cultivate over time until the missing conditions appear",
)

_MAN_TABLE: dict[tuple[bool, bool, bool], tuple[str, str, bool]] = {
    (True, True, True): ("是有望客户，理想的销售对象", "A prospect: the ideal one to sell to", True),
    (True, True, False): (
        "可接触，配上熟练的销售技术，有成功的希望",
        "Worth contacting: with skilled selling there is a chance",
        True,
    ),
    (True, False, True): (
        "可接触，并设法找到A之人（有决定权的人）",
        "Worth contacting: find the person with the authority to decide",
        True,
    ),
    (False, True, True): (
        "可接触，需调查其状况、信用条件等给予融资",
        "Worth contacting: check their standing and credit and arrange financing",
        True,
    ),
    (False, False, True): (*_CULTIVATE, True),
    (False, True, False): (*_CULTIVATE, True),
    (True, False, False): (*_CULTIVATE, True),
    (False, False, False): ("非客户，停止接触", "Not a prospect: stop contact", False),
}


#: The three MAN factors in the seed's words (seed 002, MAN原则): letter, zh, en.
MAN_FACTORS: tuple[tuple[str, str, str], ...] = (
    ("M", "购买能力", "Money"),
    ("A", "购买决定权", "Authority"),
    ("N", "需求", "Need"),
)


def man_guidance(money: bool, authority: bool, need: bool) -> ManGuidance:
    """The seed's advice for one of the eight MAN combinations (M+A+N … m+a+n)."""
    zh, en, prospect = _MAN_TABLE[(money, authority, need)]
    code = "+".join(
        letter.upper() if present else letter
        for letter, present in (("m", money), ("a", authority), ("n", need))
    )
    return ManGuidance(code, zh, en, prospect)

"""Stakeholder codes (DOMAIN.md §2): buying roles, attitude A–E with fine
steps, stance, relationship depth and kind, personality, MAN qualification."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Self

from kamdesk.domain.codes import Coded, new_member


class BuyingRole(Coded):
    ECONOMIC = ("economic", "经济买家", "Economic buyer")
    TECHNICAL = ("technical", "技术买家", "Technical buyer")
    USER = ("user", "使用买家", "User buyer")
    FINANCIAL = ("financial", "财务买家", "Financial buyer")
    COACH = ("coach", "教练", "Coach")
    INFLUENCER = ("influencer", "影响力买家", "Influencer")


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
    SUPPORTER = ("supporter", "支持者", "Supporter")
    NEUTRAL = ("neutral", "中立", "Neutral")
    OPPONENT = ("opponent", "反对者", "Opponent")
    UNKNOWN = ("unknown", "未知", "Unknown")


class RelationshipLevel(Coded):
    """The five levels of a personal relationship, shallow to deep."""

    GREETINGS = ("1", "寒暄问候", "Greetings")
    FACTS = ("2", "交流事实", "Sharing facts")
    VIEWS = ("3", "分享观点", "Sharing views")
    INTERESTS = ("4", "兴趣爱好", "Interests and hobbies")
    BELIEFS = ("5", "信念与价值观", "Beliefs and values")


class RelationshipKind(Coded):
    OUTSIDER = ("outsider", "外人", "Outsider")
    SUPPLIER = ("supplier", "供应商", "Supplier")
    PARTNER = ("partner", "伙伴", "Partner")
    FRIEND = ("friend", "朋友", "Friend")


class Personality(Coded):
    """Personality types with the seed's advice on how to deal with each."""

    advice_zh: str
    advice_en: str

    def __new__(cls, code: str, zh: str, en: str, advice_zh: str = "", advice_en: str = "", *_: Any) -> Self:
        obj = new_member(cls, code, zh, en)
        obj.advice_zh = advice_zh
        obj.advice_en = advice_en
        return obj

    EXPRESSIVE = (
        "expressive",
        "演员型",
        "Expressive",
        "健谈、情绪外露、决策快：建立良好个人关系，适当放慢其决策速度，以免因快速决定而后悔",
        "Warm, talkative, decides fast: build a personal relationship and slow the "
        "decision down so they do not regret it",
    )
    DRIVER = (
        "driver",
        "结果型",
        "Driver",
        "果断、行动迅速、目标主导：强调结果所能引起的作用和带来的效果，不必过多细节",
        "Decisive and goal-driven: stress the outcome and its effect, skip the detail",
    )
    ANALYTICAL = (
        "analytical",
        "教授型",
        "Analytical",
        "深思熟虑、追求完美：准备详细的资料、数据和细节，连客户想不到的部分也要准备",
        "Thorough, perfectionist: bring full data and detail, including what they have not thought to ask",
    )
    AMIABLE = (
        "amiable",
        "老好人型",
        "Amiable",
        "平和易相处但不能最终做决定：努力帮助其做出决定",
        "Agreeable but will not decide: help them make the decision",
    )

    def advice(self, lang: str = "zh") -> str:
        return self.advice_zh if lang.startswith("zh") else self.advice_en


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
    (True, True, True): ("有望客户，理想的销售对象", "Ideal prospect: sell now", True),
    (True, True, False): (
        "可接触，配上熟练的销售技术，有成功的希望",
        "Worth contacting: with skilled selling there is a chance",
        True,
    ),
    (True, False, True): (
        "可接触，并设法找到有决定权的人（A之人）",
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


def man_guidance(money: bool, authority: bool, need: bool) -> ManGuidance:
    """The seed's advice for one of the eight MAN combinations (M+A+N … m+a+n)."""
    zh, en, prospect = _MAN_TABLE[(money, authority, need)]
    code = "+".join(
        letter.upper() if present else letter
        for letter, present in (("m", money), ("a", authority), ("n", need))
    )
    return ManGuidance(code, zh, en, prospect)

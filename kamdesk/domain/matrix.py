"""Customer value matrix and the nine-grid opening position (DOMAIN.md §3)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Self

from kamdesk.domain.codes import Coded, new_member, terms


class ValueType(Coded):
    """Quadrant of the customer value matrix, with its strategy."""

    strategy_zh: str
    strategy_en: str

    def __new__(cls, code: str, zh: str, en: str, s_zh: str = "", s_en: str = "", *_: Any) -> Self:
        obj = new_member(cls, code, zh, en)
        obj.strategy_zh = s_zh
        obj.strategy_en = s_en
        return obj

    BIG_BIG = (
        "1",
        "业务大、影响大",
        "Big business, big impact",
        "公司一定要投入最优势的资源去争取，在拿下本次项目的同时，为今后的长期合作打好基础，"
        "给竞争对手设下壁垒；公司应该力争成为主要供应商",
        "Put the best resources on it, lay the ground for long-term work and fence out rivals; "
        "become the main supplier",
    )
    SMALL_BIG = (
        "2",
        "业务小、影响大",
        "Small business, big impact",
        "公司需要投入较优的资源，甚至给出一些短期的特别优惠条件，力争拿下客户",
        "Invest good resources, even short-term special terms, to win the customer",
    )
    BIG_SMALL = (
        "3",
        "业务大、影响小",
        "Big business, small impact",
        "此类项目是一锤子买卖，公司应该在项目中力争拿到最好的交易条件，做到利益最大化",
        "A one-off: get the best terms and maximise the gain",
    )
    SMALL_SMALL = (
        "4",
        "业务小、影响小",
        "Small business, small impact",
        "此类项目放在最后，公司可以投入较少的精力，或者作为新销售人员的练手对象",
        "Last in line: little effort, or a training ground for new reps",
    )

    def strategy(self, lang: str = "zh") -> str:
        return self.strategy_zh if lang.startswith("zh") else self.strategy_en


terms(
    ValueType,
    short={m: f"第{m.code}类" for m in ValueType},
    synonyms={
        ValueType.BIG_BIG: ("大生意、大影响", "第1类", "1类"),
        ValueType.SMALL_BIG: ("小生意、大影响", "第2类", "2类"),
        ValueType.BIG_SMALL: ("大生意、小影响", "第3类", "3类"),
        ValueType.SMALL_SMALL: ("小生意、小影响", "第4类", "4类"),
    },
)

#: The two axes of the value matrix, in the seed's words.
VALUE_AXES: tuple[tuple[str, str], ...] = (
    ("短期收益", "Short-term revenue"),
    ("长期影响", "Long-term impact"),
)

#: Scores above this count as "big" on either axis of the value matrix.
VALUE_MATRIX_MIDPOINT = 5


def value_type(short_term_revenue: int, long_term_impact: int) -> ValueType:
    """Quadrant for scores 1–10 on each axis; 6–10 is big, 1–5 small."""
    for score in (short_term_revenue, long_term_impact):
        if not 1 <= score <= 10:
            raise ValueError(f"value-matrix score {score} is outside 1–10")
    big_now = short_term_revenue > VALUE_MATRIX_MIDPOINT
    big_later = long_term_impact > VALUE_MATRIX_MIDPOINT
    if big_now and big_later:
        return ValueType.BIG_BIG
    if big_later:
        return ValueType.SMALL_BIG
    if big_now:
        return ValueType.BIG_SMALL
    return ValueType.SMALL_SMALL


class Territory(Coded):
    """Whose territory, by our share of the customer's past purchases."""

    OURS = ("ours", "我方地盘", "Our territory")
    NEUTRAL = ("neutral", "中立地盘", "Neutral")
    THEIRS = ("theirs", "敌方地盘", "Their territory")


terms(
    Territory,
    notes={
        Territory.OURS: ("我方销售份额领先", "our share of past purchases leads"),
        Territory.NEUTRAL: (
            "我方和竞争对手的销售份额旗鼓相当，双方与客户都未曾合作过的情况也属于此类",
            "shares about even, or neither side has sold to them",
        ),
        Territory.THEIRS: ("我方明显少于竞争对手的销售份额", "our share is clearly below the rival's"),
    },
    synonyms={
        Territory.NEUTRAL: ("中立地带", "中立"),
        Territory.THEIRS: ("对手地盘", "竞争对手地盘", "敌方"),
        Territory.OURS: ("我方",),
    },
)


class Lead(Coded):
    """Who leads the current opportunity."""

    WE_LEAD = ("lead", "我方领先", "We lead")
    EVEN = ("even", "敌我相当", "Even")
    WE_TRAIL = ("trail", "我方落后", "We trail")


terms(
    Lead,
    notes={
        Lead.WE_LEAD: (
            "我方抢先获得信息，甚至客户采购立项就是我们和客户共同讨论的结果，或者客户方的关键人物在项目初期就表现出偏向我方",
            "we heard first, or their key people lean to us from the start",
        ),
        Lead.EVEN: ("客户公平对待各方，关键人物也没有表现出偏好", "the customer treats all alike"),
        Lead.WE_TRAIL: (
            "我方较晚获得信息，关键人物偏向竞争对手",
            "we heard late; key people lean to the rival",
        ),
    },
    synonyms={Lead.EVEN: ("势均力敌", "持平", "相当"), Lead.WE_LEAD: ("领先",), Lead.WE_TRAIL: ("落后",)},
)


class OpeningKind(Coded):
    NORMAL = ("normal", "正常开局", "Normal")
    PROBLEM = ("problem", "问题开局", "Problem")
    ABNORMAL = ("abnormal", "不正常开局", "Abnormal")


terms(
    OpeningKind,
    short={OpeningKind.NORMAL: "正常", OpeningKind.PROBLEM: "问题", OpeningKind.ABNORMAL: "不正常"},
    notes={
        OpeningKind.NORMAL: (
            "过去的份额与新项目的开局竞争比较一致，过去份额高、合作紧密的一方在新项目的争夺上处于领先位置",
            "the opening matches past shares",
        ),
        OpeningKind.PROBLEM: (
            "正常情况下应该领先的一方未能领先，双方形成了势均力敌的局面",
            "the side that should lead does not; it is even",
        ),
        OpeningKind.ABNORMAL: (
            "在正常情况下本应领先的一方，在项目开始时反而处于落后状态",
            "the side that should lead trails from the start",
        ),
    },
    synonyms={
        OpeningKind.NORMAL: ("正常",),
        OpeningKind.PROBLEM: ("问题",),
        OpeningKind.ABNORMAL: ("异常", "异常开局", "不正常"),
    },
)


@dataclass(frozen=True)
class NineGridCell:
    cell: str  # "A".."I"
    kind: OpeningKind
    strategy_zh: str
    strategy_en: str
    mirror: str

    def strategy(self, lang: str = "zh") -> str:
        return self.strategy_zh if lang.startswith("zh") else self.strategy_en


# The strategy of each cell is the seed's own sentence (seed 003, 开局定位九宫格).
_GRID: dict[tuple[Territory, Lead], tuple[str, OpeningKind, str, str]] = {
    (Territory.OURS, Lead.WE_LEAD): (
        "G",
        OpeningKind.NORMAL,
        "加速客户的采购进程，推动客户尽快招标、开标、定标，以免夜长梦多",
        "Speed up their purchase: tender, open and award soon, before things change",
    ),
    (Territory.OURS, Lead.EVEN): (
        "D",
        OpeningKind.PROBLEM,
        "找自己的内线了解情况，找出客户不倾向于我方的原因，再做工作",
        "Ask our insider, find why they no longer lean to us, then act",
    ),
    (Territory.OURS, Lead.WE_TRAIL): (
        "A",
        OpeningKind.ABNORMAL,
        "向内线了解情况，请他们帮忙延缓采购进程；尽快解决历史遗留问题，在客户内部产生积极正面的影响，"
        "赢回客户的信任和好感",
        "Ask insiders to slow the purchase; fix past problems fast and win back trust",
    ),
    (Territory.NEUTRAL, Lead.WE_LEAD): (
        "H",
        OpeningKind.NORMAL,
        "继续挖掘客户需求，拓展内部人脉，扩大目前优势",
        "Keep digging for needs, widen contacts inside, extend the lead",
    ),
    (Territory.NEUTRAL, Lead.EVEN): (
        "E",
        OpeningKind.NORMAL,
        "谁能抢先抓住客户需求，在人脉关系上取得突破，谁就会占得先机",
        "Whoever first grasps the need and breaks through in contacts gets ahead",
    ),
    (Territory.NEUTRAL, Lead.WE_TRAIL): (
        "B",
        OpeningKind.NORMAL,
        "重塑客户需求，重新树立销售标准",
        "Reshape the need, set the buying criteria anew",
    ),
    (Territory.THEIRS, Lead.WE_LEAD): (
        "I",
        OpeningKind.ABNORMAL,
        "继续找全对手弱点，充分暴露这些弱点的不良后果，促使客户不敢和对手继续合作；"
        "继续扩大人脉关系，加速采购进程，利用先发优势打竞争对手一个措手不及",
        "Expose all the rival's weaknesses; widen contacts and speed up the purchase",
    ),
    (Territory.THEIRS, Lead.EVEN): (
        "F",
        OpeningKind.PROBLEM,
        "了解是什么原因导致客户对竞争对手持有保守态度，进而针对竞争对手的不足和问题开展工作",
        "Learn why they are wary of the rival, then work on its shortcomings",
    ),
    (Territory.THEIRS, Lead.WE_TRAIL): (
        "C",
        OpeningKind.NORMAL,
        "设法延缓客户的采购进程，等待和寻找突破口",
        "Slow the purchase down; wait and look for an opening",
    ),
}

_MIRROR = {"A": "I", "I": "A", "B": "H", "H": "B", "C": "G", "G": "C", "D": "F", "F": "D", "E": "E"}


def nine_grid(territory: Territory, lead: Lead) -> NineGridCell:
    """The opening-position cell A–I for a territory and a lead."""
    cell, kind, zh, en = _GRID[(territory, lead)]
    return NineGridCell(cell, kind, zh, en, _MIRROR[cell])


def nine_grid_cell(cell: str) -> tuple[Territory, Lead]:
    """Inverse of :func:`nine_grid`: the territory and lead of cell "A".."I"."""
    for key, (code, *_rest) in _GRID.items():
        if code == cell.upper():
            return key
    raise ValueError(f"unknown nine-grid cell {cell!r}; expected A–I")


# --- portfolio views (value-matrix warnings, nine-grid counts) ---------------

#: A value type "dominates" the portfolio when it holds more than this share of
#: the scored opportunities (the seed says "占比过高" without a number).
PORTFOLIO_DOMINANCE_SHARE = 0.40
#: Fewer scored opportunities than this are not a portfolio yet: no warnings.
PORTFOLIO_MIN_COUNT = 5


@dataclass(frozen=True)
class PortfolioWarning:
    value_type: ValueType
    share: float
    zh: str
    en: str

    def text(self, lang: str = "zh") -> str:
        return self.zh if lang.lower().startswith("zh") else self.en


# The seed's reading of a portfolio that leans to one type (seed 003).
_PORTFOLIO_ADVICE: dict[ValueType, tuple[str, str]] = {
    ValueType.BIG_BIG: (
        "第1类项目占比过高：客户储备不够，任何一个项目的丢失都会带来巨大的影响；"
        "销售经理应当指示销售人员增加活动量和客户积累。",
        "Too many type 1: too few accounts in reserve, losing any one hurts badly; raise activity "
        "and build up accounts.",
    ),
    ValueType.SMALL_BIG: (
        "第2类项目占比过高：这可能是一个处在发展期的团队；应该筛选出一些成功率最高的客户，"
        "带领销售团队重点攻关，挖掘出大项目。",
        "Too many type 2: a developing team; pick the likeliest accounts, work them hard and dig "
        "for big deals.",
    ),
    ValueType.BIG_SMALL: (
        "第3类项目占比过高：很可能是销售人员过于关注短期利益，业务的长远发展相对乏力；"
        "销售经理需要指出新的潜在客户群，要求销售人员进行开拓。",
        "Too many type 3: short-termism; name new account groups and have them opened up.",
    ),
    ValueType.SMALL_SMALL: (
        "第4类项目占比过高：销售经理需要加大对团队成员的训练，提升其销售能力；"
        "同时，为了应对业绩压力，销售经理需要亲自操作一两个大单。",
        "Too many type 4: train the team; the manager runs one or two big deals personally.",
    ),
}


def value_type_counts(types: Iterable[ValueType]) -> dict[ValueType, int]:
    counts = dict.fromkeys(ValueType, 0)
    for t in types:
        counts[t] += 1
    return counts


def portfolio_warnings(counts: Mapping[ValueType, int]) -> list[PortfolioWarning]:
    """The seed's warning for every type above :data:`PORTFOLIO_DOMINANCE_SHARE`
    of at least :data:`PORTFOLIO_MIN_COUNT` scored opportunities."""
    total = sum(counts.values())
    if total < PORTFOLIO_MIN_COUNT:
        return []
    warnings = []
    for vt in ValueType:
        share = counts.get(vt, 0) / total
        if share > PORTFOLIO_DOMINANCE_SHARE:
            zh, en = _PORTFOLIO_ADVICE[vt]
            warnings.append(PortfolioWarning(vt, share, zh, en))
    return warnings


#: Cells in the order they are drawn: rows our / neutral / their territory,
#: columns we lead / even / we trail.
NINE_GRID_LAYOUT: tuple[tuple[str, str, str], ...] = (("G", "D", "A"), ("H", "E", "B"), ("I", "F", "C"))

#: The manager's reading of many A and no G (seed 003: "不乏A开局，而G开局的数量为零 …
#: 暴露了这个团队在老客户的维护上存在问题").
NINE_GRID_NEGLECT_ZH = "不乏A开局，而G开局的数量为零（A开局{n}个）：这个团队在老客户的维护上存在问题。"

#: "Many A": at least this many openings in cell A (with none in G) warn the manager.
NINE_GRID_MANY_A = 3


@dataclass(frozen=True)
class NineGridWarning:
    zh: str
    en: str

    def text(self, lang: str = "zh") -> str:
        return self.zh if lang.lower().startswith("zh") else self.en


def nine_grid_counts(cells: Iterable[str]) -> dict[str, int]:
    """Openings per cell "A".."I" (every cell present)."""
    counts = dict.fromkeys("ABCDEFGHI", 0)
    for cell in cells:
        counts[cell.upper()] += 1
    return counts


def nine_grid_warnings(counts: Mapping[str, int]) -> list[NineGridWarning]:
    """The manager's reading of the team's openings: many A (our territory, we
    trail) and no G (our territory, we lead) means existing accounts are being
    neglected; abnormal and problem openings outnumbering normal ones is flagged too."""
    warnings: list[NineGridWarning] = []
    if counts.get("A", 0) >= NINE_GRID_MANY_A and counts.get("G", 0) == 0:
        warnings.append(
            NineGridWarning(
                NINE_GRID_NEGLECT_ZH.format(n=counts["A"]),
                f"{counts['A']} openings in A and none in G: existing accounts are being neglected.",
            )
        )
    normal = sum(counts.get(c, 0) for c in "BCEGH")
    off = sum(counts.get(c, 0) for c in "ADFI")
    if off > normal and off >= NINE_GRID_MANY_A:
        warnings.append(
            NineGridWarning(
                f"问题开局和不正常开局（{off}个）多于正常开局（{normal}个）：先找内线了解原因。",
                f"Problem and abnormal openings ({off}) outnumber normal ones ({normal}): "
                "find insiders and learn why.",
            )
        )
    return warnings


def nine_grid_shares(counts: Mapping[str, int]) -> dict[str, float]:
    """Each cell's share of all openings, in percent (0 for every cell when
    there are none). The seed has managers read the openings by their
    percentages ("通过各种开局的百分比来发现一些问题")."""
    total = sum(counts.get(c, 0) for c in "ABCDEFGHI")
    return {c: (100.0 * counts.get(c, 0) / total if total else 0.0) for c in "ABCDEFGHI"}

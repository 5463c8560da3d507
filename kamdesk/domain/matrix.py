"""Customer value matrix and the nine-grid opening position (DOMAIN.md §3)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Self

from kamdesk.domain.codes import Coded, new_member


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
        "大生意、大影响",
        "Big business, big impact",
        "派最好的人，争取成为主要供应商",
        "Put the best people on it; become the main supplier",
    )
    SMALL_BIG = (
        "2",
        "小生意、大影响",
        "Small business, big impact",
        "值得投入，甚至给予特殊条件",
        "Invest, even on special terms",
    )
    BIG_SMALL = (
        "3",
        "大生意、小影响",
        "Big business, small impact",
        "一次性生意：争取最好的条件",
        "One-off: maximise the terms",
    )
    SMALL_SMALL = (
        "4",
        "小生意、小影响",
        "Small business, small impact",
        "投入最少精力；可作为新销售的练兵场",
        "Least effort; a training ground for new reps",
    )

    def strategy(self, lang: str = "zh") -> str:
        return self.strategy_zh if lang.startswith("zh") else self.strategy_en


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
    NEUTRAL = ("neutral", "中立地带", "Neutral")
    THEIRS = ("theirs", "对手地盘", "Their territory")


class Lead(Coded):
    """Who leads the current opportunity."""

    WE_LEAD = ("lead", "我方领先", "We lead")
    EVEN = ("even", "势均力敌", "Even")
    WE_TRAIL = ("trail", "我方落后", "We trail")


class OpeningKind(Coded):
    NORMAL = ("normal", "正常", "Normal")
    PROBLEM = ("problem", "问题", "Problem")
    ABNORMAL = ("abnormal", "异常", "Abnormal")


@dataclass(frozen=True)
class NineGridCell:
    cell: str  # "A".."I"
    kind: OpeningKind
    strategy_zh: str
    strategy_en: str
    mirror: str

    def strategy(self, lang: str = "zh") -> str:
        return self.strategy_zh if lang.startswith("zh") else self.strategy_en


_GRID: dict[tuple[Territory, Lead], tuple[str, OpeningKind, str, str]] = {
    (Territory.OURS, Lead.WE_LEAD): ("G", OpeningKind.NORMAL, "加快采购进程", "Speed up the purchase"),
    (Territory.OURS, Lead.EVEN): (
        "D",
        OpeningKind.PROBLEM,
        "找到内线，了解原因",
        "Find our insider, learn why",
    ),
    (Territory.OURS, Lead.WE_TRAIL): (
        "A",
        OpeningKind.ABNORMAL,
        "放慢采购进程，弥补过去的失误",
        "Slow the purchase, fix past failures",
    ),
    (Territory.NEUTRAL, Lead.WE_LEAD): (
        "H",
        OpeningKind.NORMAL,
        "扩大领先优势，挖掘需求",
        "Widen the lead, dig for needs",
    ),
    (Territory.NEUTRAL, Lead.EVEN): (
        "E",
        OpeningKind.NORMAL,
        "抢夺需求和关系",
        "Race for needs and contacts",
    ),
    (Territory.NEUTRAL, Lead.WE_TRAIL): (
        "B",
        OpeningKind.NORMAL,
        "重塑需求，改变采购标准",
        "Reshape the need, reset the criteria",
    ),
    (Territory.THEIRS, Lead.WE_LEAD): (
        "I",
        OpeningKind.ABNORMAL,
        "揭露对手弱点，加快采购进程",
        "Expose their weakness, speed up",
    ),
    (Territory.THEIRS, Lead.EVEN): ("F", OpeningKind.PROBLEM, "攻击对手的短处", "Attack their shortcomings"),
    (Territory.THEIRS, Lead.WE_TRAIL): (
        "C",
        OpeningKind.NORMAL,
        "放慢采购进程，等待突破机会",
        "Slow the purchase, wait for a break",
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


_PORTFOLIO_ADVICE: dict[ValueType, tuple[str, str]] = {
    ValueType.BIG_BIG: (
        "第1类项目占比过高：客户储备不够，任何一个项目的丢失都会带来巨大影响；应增加活动量和客户积累。",
        "Too many type 1: too few accounts in reserve, losing any one hurts badly; raise activity "
        "and build up accounts.",
    ),
    ValueType.SMALL_BIG: (
        "第2类项目占比过高：团队处在发展期；筛选成功率最高的客户重点攻关，挖掘出大项目。",
        "Too many type 2: a developing team; pick the likeliest accounts, work them hard and dig "
        "for big deals.",
    ),
    ValueType.BIG_SMALL: (
        "第3类项目占比过高：过于关注短期利益，长远发展乏力；指出新的潜在客户群并要求开拓。",
        "Too many type 3: short-termism; name new account groups and have them opened up.",
    ),
    ValueType.SMALL_SMALL: (
        "第4类项目占比过高：加大对团队成员的训练；销售经理亲自操作一两个大单。",
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
                f"A开局有{counts['A']}个而没有G开局：老客户疏于经营，我方地盘正在失守。",
                f"{counts['A']} openings in A and none in G: existing accounts are being neglected.",
            )
        )
    normal = sum(counts.get(c, 0) for c in "BCEGH")
    off = sum(counts.get(c, 0) for c in "ADFI")
    if off > normal and off >= NINE_GRID_MANY_A:
        warnings.append(
            NineGridWarning(
                f"问题开局和异常开局（{off}个）多于正常开局（{normal}个）：先找内线了解原因。",
                f"Problem and abnormal openings ({off}) outnumber normal ones ({normal}): "
                "find insiders and learn why.",
            )
        )
    return warnings

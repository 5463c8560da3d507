"""The visit pack's words in both languages and the small text helpers its
itinerary and visit sheets share."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any
from xml.sax.saxutils import escape

from kamdesk.domain.forms import VISIT_SHEET
from kamdesk.domain.glossary import TERMS

# The seed sheet's own labels come from the domain (kamdesk.domain.forms); the
# rest are the pack's.
LABELS: dict[str, tuple[str, str]] = {
    **{k: (v.zh, v.en) for k, v in VISIT_SHEET.items()},
    "itinerary": ("拜访行程", "Visit itinerary"),
    "role": ("关键影响角色", "Role"),
    "pack": ("拜访资料包", "Visit pack"),
    # 18's glossary (one word for one thing) replaces the seed sheet's 专案 with 商机
    "project_no": TERMS["opportunity_no"],
    "manager": TERMS["rep"],
    "objective": TERMS["opportunity_objective"],
    "visit": ("本次拜访", "This visit"),
    "time": ("时间", "Time"),
    "place": ("地点", "Place"),
    "purpose": ("拜访目的", "Objective"),
    "kind": ("类型", "Kind"),
    "final": ("终极目标", "Final objective"),
    "stage": ("阶段目标", "Stage objective"),
    "ours": ("我方人员", "Our people"),
    "theirs": ("客户方人员", "Their people"),
    "key_people": ("关键人", "Key people"),
    "resources": ("您的资源", "Resources"),
    "fab": ("FAB（特征→优势→对客户的益处）", "FAB (feature → advantage → benefit)"),
    "spin": ("SPIN 提问", "SPIN questions"),
    "objections": ("预期异议与应对", "Expected objections and answers"),
    "ask": ("向客户要承诺", "Commitment to ask for"),
    "minimum": ("最低可接受结果", "Minimum acceptable outcome"),
    "open_commitments": ("未完成的承诺", "Open commitments"),
    "last_contacts": ("最近联络", "Last contacts"),
    "notes": ("拜访记录（手写）", "Notes (handwritten)"),
    "us": ("我方", "Us"),
    "them": ("客户方", "Customer"),
    "due": ("到期", "Due"),
    "none": ("无", "None"),
    "page": ("第 {n} 页", "Page {n}"),
    "visits_n": ("共 {n} 次拜访", "{n} visits"),
    "no_visits": ("此期间没有计划的拜访", "No visits planned in this period"),
    "competitor": ("竞争对手", "Competitor"),
    "visit_people": ("本次拜访的关键人", "Key people at this visit"),
    "phone": ("电话", "Phone"),
    "buying_role": ("购买角色", "Buying role"),  # seed 002's word
    "personality": ("性格", "Personality"),
    "advice": ("对待此类客户", "How to deal with them"),
}

#: Longest text kept in a cell before it is cut with an ellipsis.
LONG = 260
SHORT = 90


def t(key: str, lang: str) -> str:
    zh, en = LABELS[key]
    return zh if lang.startswith("zh") else en


def clip(text: str | None, limit: int) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis."""
    text = (text or "").strip()
    return text if len(text) <= limit else text[: max(limit - 1, 0)].rstrip() + "…"


def paragraph(text: str, style: Any) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def span(start: date, days: int) -> str:
    end = start + timedelta(days=max(days, 1) - 1)
    return start.isoformat() if end == start else f"{start.isoformat()} – {end.isoformat()}"

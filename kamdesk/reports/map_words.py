"""The stakeholder-map PDF's words in both languages."""

from __future__ import annotations

from typing import Any

_WORDS = {
    "zh": {
        "title": "决策链图：{title}",
        "subject": "决策链图",
        "account": "客户：{name}",
        "stage": "阶段：{stage}",
        "date": "日期：{date}",
        "as_of": "截至 {date} 的历史状态",
        "insights_n": "提示 {n} 条（见后页）",
        "no_insights": "暂无提示",
        "influence": "影响 {pct}",
        "legend_reports": "汇报关系",
        "legend_cover": "我方对接",
        "not_rated": "未评估",
        "ours": "我方",
        "insights": "提示",
        "people": "人员一览",
        "cols": ("姓名", "职务", "购买角色", "态度 原始→当前", "立场", "影响项目的比重", "性格与应对", "MAN"),
        "page": "第 {n} 页",
        "empty": "这张图上还没有人员",
        "covered": "对接：{names}",
        "relation": "关系：{kind}",
        "man_map": "全图 MAN：{code}　{text}",
    },
    "en": {
        "title": "Stakeholder map: {title}",
        "subject": "Stakeholder map",
        "account": "Account: {name}",
        "stage": "Stage: {stage}",
        "date": "Date: {date}",
        "as_of": "As it stood on {date}",
        "insights_n": "{n} insights (next page)",
        "no_insights": "No insights",
        "influence": "influence {pct}",
        "legend_reports": "reports to",
        "legend_cover": "our coverage",
        "not_rated": "not rated",
        "ours": "Us",
        "insights": "Insights",
        "people": "People on the map",
        "cols": (
            "Name",
            "Title",
            "Buying role",
            "Attitude orig.→now",
            "Stance",
            "Influence",
            "Personality",
            "MAN",
        ),
        "page": "Page {n}",
        "empty": "Nobody is on this map yet",
        "covered": "covers: {names}",
        "relation": "relation: {kind}",
        "man_map": "MAN for the map: {code} — {text}",
    },
}


def map_words(lang: str) -> dict[str, Any]:
    return _WORDS["zh" if lang.lower().startswith("zh") else "en"]


def pct_text(value: float | None) -> str:
    return "—" if value is None else f"{value:g}%"

"""One word for one thing, in Chinese and English: the terms the screens, the
PDFs and the exports share. PDF and export labels read them from here; the
Qt screens' Chinese lives in ``resources/i18n/*.ts`` and a test holds those
translations to the same words (tests/domain/test_glossary.py).

The choices (the issue found 商机/项目/专案 and 业务员/销售代表/负责人/客户经理
used for the same things):

* an opportunity is **商机** — 项目 only inside the seed methods' own names
  (项目型销售, 项目评估, 项目评估表), which are quoted as the seeds write them;
* the rep who owns accounts and opportunities is the **客户经理** (English
  "rep"), also where a list says who owns a record;
* **营业额** is only a customer's own annual turnover (an account field, in
  万元); what we sell to a customer is **销售额**.
"""

from __future__ import annotations

from typing import NamedTuple


class Term(NamedTuple):
    zh: str
    en: str


TERMS: dict[str, Term] = {
    "opportunity": Term("商机", "Opportunity"),
    "opportunities": Term("商机", "Opportunities"),
    "opportunity_no": Term("商机编号", "Opportunity no."),
    "opportunity_objective": Term("商机目标", "Opportunity objective"),
    "rep": Term("客户经理", "Rep"),
    "reps": Term("客户经理", "Reps"),
    "per_rep": Term("按客户经理", "Per rep"),
    "n_reps": Term("{n} 名客户经理", "{n} reps"),
    "owner": Term("客户经理", "Rep"),
    "manager": Term("销售经理", "Manager"),
    "turnover": Term("营业额", "Turnover"),
    "annual_turnover_wan": Term("年营业额(万元)", "Annual revenue"),
    "our_sales": Term("销售额", "Sales"),
    "amount": Term("金额", "Amount"),
    "weighted": Term("加权金额", "Weighted"),
    "close_date": Term("预计成交", "Close date"),
    "value_type": Term("价值类型", "Value type"),
    "opening": Term("开局", "Opening"),
}

#: words that must not stand for a glossary term (the synonym → the term to use)
AVOID: dict[str, str] = {
    "专案": "商机",
    "业务员": "客户经理",
    "销售代表": "客户经理",
    "销售员": "客户经理",
}

#: 项目 is allowed only inside these seed names
SEED_PHRASES_WITH_XIANGMU = ("项目型销售", "项目评估", "项目负责人", "项目经理", "项目演示", "当前主要项目")


def term(key: str, lang: str) -> str:
    """The word for ``key`` in ``lang`` ("zh…" for Chinese, anything else English)."""
    t = TERMS[key]
    return t.zh if lang.lower().startswith("zh") else t.en


def misused(text: str) -> list[str]:
    """The synonyms in ``text`` that the glossary replaces (for the tests and
    for checking labels): ``专案``, ``业务员``…, and ``项目`` outside a seed name."""
    found = [word for word in AVOID if word in text]
    rest = text
    for phrase in SEED_PHRASES_WITH_XIANGMU:
        rest = rest.replace(phrase, "")
    if "项目" in rest:
        found.append("项目")
    return found

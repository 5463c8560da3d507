"""One word for one thing: the Chinese the screens (.ts), the PDFs and the
exports show uses the glossary's terms, not their synonyms."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kamdesk.domain.glossary import TERMS, misused, term
from kamdesk.reports import common, visit_labels
from kamdesk.services.exchange import exports
from kamdesk.services.opportunities import pipeline_export

MESSAGE = re.compile(
    r"<source>(.*?)</source>\s*(?:<comment>.*?</comment>\s*)?<translation[^>]*>(.*?)</translation>", re.S
)
I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"


def translations() -> list[tuple[str, str, str]]:
    found = []
    for ts in sorted(I18N.glob("*_zh_CN.ts")):
        text = ts.read_text(encoding="utf-8")
        for m in MESSAGE.finditer(text):
            found.append((ts.name, m.group(1), m.group(2)))
    return found


def test_misused_finds_synonyms_but_not_seed_names() -> None:
    assert misused("新建项目") == ["项目"]
    assert misused("专案编号") == ["专案"]
    assert misused("本数据库中所有业务员") == ["业务员"]
    assert misused("B 项目评估 · 项目评估表") == []
    assert misused("新建商机") == []


def test_every_chinese_screen_text_uses_the_glossary() -> None:
    wrong = [(name, src, tr, misused(tr)) for name, src, tr in translations() if misused(tr)]
    assert wrong == []


@pytest.mark.parametrize(
    "labels",
    [
        [zh for zh, _en in common.LABELS.values()],
        [zh for zh, _en in visit_labels.LABELS.values()],
        [column[1] for column in exports.EXPORT_COLUMNS],
        [column[1] for column in pipeline_export.COLUMNS],
    ],
)
def test_pdf_and_export_labels_use_the_glossary(labels: list[str]) -> None:
    assert [label for label in labels if misused(label)] == []


def test_the_rep_is_one_word_everywhere_it_means_the_rep() -> None:
    rep = term("rep", "zh")
    assert rep == "客户经理"
    assert common.t("rep", "zh") == rep and visit_labels.LABELS["manager"][0] == rep
    owner = {column[0]: column[1] for column in pipeline_export.COLUMNS}["owner"]
    assert owner == rep
    reps_on_screen = {tr for _n, src, tr in translations() if src in ("Rep", "Owner", "Owner (rep)")}
    assert reps_on_screen == {rep}
    assert TERMS["opportunity"].zh == "商机"

"""Imports take the seed's own term, its short form and the common synonyms
(the labels earlier versions exported) for every code column, and store one
code; an unknown term names the value and the seed's terms."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from kamdesk.domain.account_profile import CompanyNature
from kamdesk.domain.grading import (
    Cadence,
    CounterpartyKind,
    Grade,
    RelationshipStage,
    RelationshipType,
    Tier,
)
from kamdesk.services.exchange.imports import run_import
from kamdesk.store.db import Database
from kamdesk.store.models import Account

HEADER = "客户名称,客户级别,性质,往来类型,跟进周期,关系类型,关系阶段,客户等级"
EXPECTED = (
    Tier.GOLD,
    CompanyNature.PRIVATE,
    CounterpartyKind.SUPPLIER,
    Cadence.WEEKLY,
    RelationshipType.DORMANT,
    RelationshipStage.INCUBATION,
    Grade.A,
)


def _write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "terms.csv"
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8-sig")
    return path


def test_seed_terms_short_forms_and_old_labels_store_the_same_codes(db: Database, tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        [
            # the seed's own terms
            "甲公司,金卡,个体,供货商,客户追踪周志,睡眠型客户,孕育阶段,有明显的业务需求，并且预计能够在一个月内成交",
            # short forms
            "乙公司,金,个体,供货商,周志,睡眠型,孕育,一个月内成交",
            # the labels of earlier versions and common synonyms
            "丙公司,金,私营企业,供应商,每周,睡眠型,孕育期,A级客户",
            # codes and English
            "丁公司,gold,private,supplier,weekly,Dormant,incubation,A",
        ],
    )
    out = run_import(db, path, "accounts")
    assert out.written and out.added == 4 and not out.rejected
    with db.reading() as s:
        rows = s.execute(
            select(
                Account.tier,
                Account.nature,
                Account.counterparty_kind,
                Account.cadence,
                Account.relationship_type,
                Account.relationship_stage,
                Account.grade,
            )
        ).all()
    assert [tuple(r) for r in rows] == [EXPECTED] * 4


def test_an_unknown_term_names_the_value_and_the_seed_terms_and_writes_nothing(
    db: Database, tmp_path: Path
) -> None:
    path = _write(
        tmp_path, ["甲公司,金卡,个体,供货商,客户追踪周志,睡眠型客户,孕育阶段,A", "乙公司,钻石卡,,,,,,"]
    )
    out = run_import(db, path, "accounts")
    assert not out.written and out.added == 0
    (problem,) = out.rejected
    message = " ".join(problem.messages)
    assert "钻石卡" in message and "白金卡" in message and "金卡" in message and "银卡" in message
    with db.reading() as s:
        assert s.scalar(select(Account.id).limit(1)) is None

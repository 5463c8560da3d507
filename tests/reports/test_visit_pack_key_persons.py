"""The pack's 本次拜访的关键人 table: phone, buying role (not the department),
and — only when private data was asked for — personality and the seed's advice."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from sqlalchemy import update

from kamdesk.domain.stakeholders import Personality
from kamdesk.domain.visits import ObjectiveKind
from kamdesk.reports.visit_pack import build_visit_pack
from kamdesk.services import visits as svc
from kamdesk.store.db import Database
from kamdesk.store.models import Contact
from tests.reports.test_visit_pack import _pdftotext
from tests.services.test_visits_service import _plan_input
from tests.services.visit_seed import CST, seed


def _pack(db: Database, tmp_path: Path, include_private: bool) -> str:
    sd = seed(db)
    with db.transaction() as s:
        s.execute(
            update(Contact)
            .where(Contact.uuid == sd.zheng)
            .values(mobile="13901234567", personality=Personality.AMIABLE)
        )
    kinds = (ObjectiveKind.SELL, ObjectiveKind.RELATIONSHIP)
    svc.plan_visit(
        db,
        _plan_input(sd, objective_kind=None, objective_kinds=kinds),
        now=datetime(2026, 11, 20, 9, tzinfo=CST),
        tz=CST,
    )
    out = tmp_path / f"pack-{include_private}.pdf"
    build_visit_pack(db, date(2026, 11, 26), 1, out, lang="zh", tz=CST, include_private=include_private)
    return _pdftotext(out, 2)


def test_key_persons_table_without_private_data(db: Database, tmp_path: Path) -> None:
    text = _pack(db, tmp_path, include_private=False)
    assert "本次拜访的关键人" in text
    line = next(x for x in text.splitlines() if "13901234567" in x)
    assert "郑师超" in line and "经济买家" in line
    assert "办公室" not in line.replace("办公室主任", "")  # the role, not the department
    assert "老好人型" not in text and Personality.AMIABLE.advice_zh not in text.replace(" ", "")
    assert "销售产品、建设客情" in text


def test_key_persons_table_with_personality_and_advice_when_private_is_asked(
    db: Database, tmp_path: Path
) -> None:
    text = _pack(db, tmp_path, include_private=True)
    flat = text.replace(" ", "").replace("\n", "")
    assert "老好人型" in flat and "对待此类客户" in flat
    assert Personality.AMIABLE.advice_zh in flat

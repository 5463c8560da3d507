"""Imports and exports of the account-file fields: 须处理日期, 处理时间 (urgency),
MAN on a prospect (the seed's 有/无/大), and the rest of 客户信息收集表 on contacts;
an unknown term names the value and the accepted terms, and nothing is written."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from sqlalchemy import select

from kamdesk import clock
from kamdesk.domain.grading import Urgency
from kamdesk.services.exchange.exports import export_accounts, export_contacts_vcard
from kamdesk.services.exchange.imports import run_import
from kamdesk.store.db import Database
from kamdesk.store.models import Account, Contact


def _csv(tmp_path: Path, name: str, lines: list[str]) -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    return path


def test_urgency_handle_by_and_man_import_and_export_in_the_seeds_words(db: Database, tmp_path: Path) -> None:
    with clock.frozen_at("2026-03-01T10:00+08:00"):
        path = _csv(
            tmp_path,
            "a.csv",
            [
                "客户名称,须处理日期,处理时间,M 购买能力,A 购买决定权,N 需求",
                "甲公司,2026-03-05,,有,无,大",  # urgency from the date
                "乙公司,,不紧急客户,无,无,无",  # by hand, seed term
                "丙公司,2026-03-05,可慢反应,,,",  # by hand over the date, short form
            ],
        )
        out = run_import(db, path, "accounts")
        assert out.written and out.added == 3 and not out.rejected
        with db.reading() as s:
            rows = {
                r.name: r
                for r in s.execute(
                    select(
                        Account.name,
                        Account.handle_by,
                        Account.urgency,
                        Account.urgency_manual,
                        Account.man_money,
                        Account.man_authority,
                        Account.man_need,
                    )
                )
            }
        assert rows["甲公司"][1:] == (date(2026, 3, 5), Urgency.URGENT, False, True, False, True)
        assert rows["乙公司"][2:] == (Urgency.NOT_URGENT, True, False, False, False)
        assert rows["丙公司"][2:4] == (Urgency.SLOW, True)
        export = tmp_path / "out.csv"
        export_accounts(db, export, lang="zh")
        with export.open(encoding="utf-8-sig") as fh:
            table = {r["客户名称"]: r for r in csv.DictReader(fh)}
        assert table["甲公司"]["处理时间"] == "紧急客户" and table["甲公司"]["须处理日期"] == "2026-03-05"
        assert (
            table["甲公司"]["M 购买能力"],
            table["甲公司"]["A 购买决定权"],
            table["甲公司"]["N 需求"],
        ) == (
            "有",
            "无",
            "大",
        )
        assert table["乙公司"]["处理时间"] == "不紧急客户"


def test_an_unknown_urgency_names_it_and_the_seed_terms_and_writes_nothing(
    db: Database, tmp_path: Path
) -> None:
    path = _csv(tmp_path, "b.csv", ["客户名称,处理时间", "甲公司,紧急客户", "乙公司,十万火急"])
    out = run_import(db, path, "accounts")
    assert not out.written and out.added == 0
    message = " ".join(out.rejected[0].messages)
    assert "十万火急" in message and "紧急客户" in message and "可慢反应客户" in message
    with db.reading() as s:
        assert s.scalar(select(Account.id).limit(1)) is None


def test_contact_form_fields_import_and_private_ones_stay_out_of_the_vcard(
    db: Database, tmp_path: Path
) -> None:
    with db.transaction() as s:
        s.add(Account(name="浦发银行"))
    path = _csv(
        tmp_path,
        "c.csv",
        [
            "客户名称,姓名,职称,专业职称,下级,住址,舅子老表,叔伯,大学,单位1,性格",
            "浦发银行,郑师超,高级工程师,项目管理师,外包两人,张杨路500弄,表弟在浦发,叔叔退休,复旦大学,上海电信,教授型",
        ],
    )
    out = run_import(db, path, "contacts")
    assert out.written and not out.rejected, out.rejected
    with db.reading() as s:
        c = s.execute(select(Contact)).scalar_one()
        assert (c.professional_title, c.professional_rank, c.subordinates_text) == (
            "高级工程师",
            "项目管理师",
            "外包两人",
        )
        assert (c.home_address, c.cousins, c.uncles, c.university, c.employer_1) == (
            "张杨路500弄",
            "表弟在浦发",
            "叔叔退休",
            "复旦大学",
            "上海电信",
        )
        assert c.personality is not None and c.personality.zh == "教授型"
    vcf = tmp_path / "c.vcf"
    export_contacts_vcard(db, vcf)
    assert "张杨路" not in vcf.read_text(encoding="utf-8")
    export_contacts_vcard(db, vcf, include_private=True)
    text = vcf.read_bytes().decode("utf-8").replace("\r\n ", "")  # unfolded
    assert "住址: 张杨路500弄" in text and "舅子老表: 表弟在浦发" in text

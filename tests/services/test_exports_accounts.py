"""Exports: account list as CSV/XLSX with custom fields; contacts as vCard."""

from __future__ import annotations

import csv

from openpyxl import load_workbook

from kamdesk.services import accounts as A
from kamdesk.services import contacts as C
from kamdesk.services.accounts import custom_fields as CF
from kamdesk.services.exchange.exports import (
    export_accounts,
    export_contacts_vcard,
    split_chinese_name,
    vcard,
)
from kamdesk.services.exchange.imports import run_import


def _setup(db):
    field = CF.save_field(db, CF.CustomFieldInput(name="采购渠道", kind="text")).value
    acc = A.save_account(
        db,
        A.AccountInput(
            name="上海华信烟草集团有限公司",
            short_name="华信",
            tier="gold",
            phone="021-53240447",
            registered_capital="5000",
            custom={field: "招标"},
        ),
    ).value
    A.save_account(db, A.AccountInput(name="北京东方银行股份有限公司", tier="platinum"))
    return acc


def test_csv_export_is_excel_friendly_filtered_and_has_custom_fields(db, tmp_path):
    _setup(db)
    path = tmp_path / "a.csv"
    assert export_accounts(db, path, A.AccountFilter(text="烟草")) == 1
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    header, row = rows[0], rows[1]
    assert header[0] == "客户名称" and header[-1] == "采购渠道"
    rec = dict(zip(header, row, strict=True))
    assert (
        rec["客户名称"] == "上海华信烟草集团有限公司"
        and rec["客户级别"] == "金卡"
        and rec["采购渠道"] == "招标"
    )
    assert rec["注册资本(万元)"] == "5000.00"


def test_xlsx_export_in_english_and_reimport(db, tmp_path):
    _setup(db)
    path = tmp_path / "a.xlsx"
    assert export_accounts(db, path, lang="en") == 2
    ws = load_workbook(path).active
    values = list(ws.iter_rows(values_only=True))
    assert values[0][0] == "Name" and values[0][-1] == "采购渠道"
    assert {r[0] for r in values[1:]} == {"上海华信烟草集团有限公司", "北京东方银行股份有限公司"}
    # an export imports back into another store
    from kamdesk.store.db import sqlite_url
    from kamdesk.store.schema import open_database

    other = open_database(sqlite_url(tmp_path / "other.db"))
    try:
        CF.save_field(other, CF.CustomFieldInput(name="采购渠道", kind="text"))
        out = run_import(other, path, "accounts")
        assert out.added == 2 and not out.rejected
        row = A.list_accounts(other, A.AccountFilter(text="华信"))[0]
        assert row.tier.code == "gold" and list(row.custom.values()) == ["招标"]
    finally:
        other.dispose()


def test_vcard_leaves_private_details_and_private_contacts_out_by_default(db, tmp_path):
    acc = _setup(db)
    C.save_contact(
        db,
        C.ContactInput(
            account_uuid=acc,
            name="张强",
            title="总经理",
            mobile="13812345678",
            birthday="1970-05-06",
            spouse="李梅",
            interests="钓鱼",
        ),
    )
    C.save_contact(db, C.ContactInput(account_uuid=acc, name="欧阳明", is_private=True))
    path = tmp_path / "c.vcf"
    out = export_contacts_vcard(db, path)
    assert out.written == 1 and out.private_contacts_left_out == 1
    text = path.read_bytes().decode("utf-8")
    assert "BEGIN:VCARD\r\nVERSION:3.0\r\nN:张;强;;;\r\nFN:张强" in text
    assert "TEL;TYPE=CELL:13812345678" in text and "ORG:上海华信烟草集团有限公司" in text
    assert "BDAY" not in text and "李梅" not in text and "钓鱼" not in text and "欧阳" not in text
    out = export_contacts_vcard(db, path, include_private=True, include_private_contacts=True)
    text = path.read_bytes().decode("utf-8")
    assert out.written == 2 and "BDAY:1970-05-06" in text and "配偶: 李梅" in text and "N:欧阳;明;;;" in text


def test_vcard_escapes_and_folds_long_lines_on_character_boundaries():
    card = vcard(
        {
            "uuid": "u",
            "name": "张强",
            "title": "总经理;副总, 兼" + "很长的头衔" * 10,
            "department": None,
            "phone": None,
            "mobile": None,
            "email": None,
        },
        "甲公司",
        include_private=False,
    )
    assert "总经理\\;副总\\, 兼" in card
    for line in card.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    unfolded = card.replace("\r\n ", "")
    assert "很长的头衔" * 10 in unfolded


def test_chinese_names_split_into_family_and_given():
    assert split_chinese_name("张强") == ("张", "强")
    assert split_chinese_name("司马光") == ("司马", "光")
    assert split_chinese_name("John Smith") == ("Smith", "John")

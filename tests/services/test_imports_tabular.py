"""Importing accounts and contacts from CSV and XLSX."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from kamdesk.errors import UserError
from kamdesk.services import accounts as A
from kamdesk.services import contacts as C
from kamdesk.services.accounts import custom_fields as CF
from kamdesk.services.exchange.imports import preview, run_import

#: A copy of the seed sample (shared/samples/accounts_sample.csv): UTF-8 with BOM, as Excel saves it.
SAMPLE = Path(__file__).resolve().parent / "import_samples" / "accounts_sample.csv"

HEADER = "客户名称,简称,行业,地区,电话,成立日期,注册资本(万元),客户级别,联系人,备注"


def _csv(tmp_path: Path, lines: list[str], *, encoding: str = "utf-8-sig", name: str = "in.csv") -> Path:
    path = tmp_path / name
    path.write_bytes("\r\n".join(lines).encode(encoding) + b"\r\n")
    return path


def test_the_seed_sample_imports_25_accounts_with_their_contacts(db):
    pre = preview(db, SAMPLE, "accounts")
    assert pre.total_rows == 25 and pre.ok_rows == 25 and not pre.problems and not pre.missing_required
    assert pre.mapping["客户名称"] == "name" and pre.mapping["联系人"] == "contact"
    assert pre.mapping["注册资本(万元)"] == "registered_capital" and pre.encoding == "utf-8-sig"
    out = run_import(db, SAMPLE, "accounts")
    assert out.written and out.added == 25 and out.contacts_added == 25 and not out.rejected
    assert A.count_accounts(db) == 25
    first = A.list_accounts(db, A.AccountFilter(text="华信"))[0]
    detail = A.get_account(db, first.uuid)
    assert detail.data.tier.code == "gold" and detail.data.grade.code == "A"
    assert (
        detail.data.registered_capital == 5000
        and detail.data.city == "上海"
        and detail.data.province == "上海"
    )
    assert [c.name for c in detail.contacts] == ["张强"]
    assert A.count_accounts(db, A.AccountFilter(text="zq")) >= 1  # the contact is searchable


def test_a_gbk_file_imports(db, tmp_path):
    path = _csv(
        tmp_path,
        [HEADER, "广州恒通制造有限公司,恒通,制造,广东省广州市,020-87357148,1993-05-14,1000,银,刘芳,老客户"],
        encoding="gbk",
    )
    pre = preview(db, path, "accounts")
    assert pre.encoding == "gb18030"
    out = run_import(db, path, "accounts")
    assert out.added == 1
    row = A.list_accounts(db)[0]
    assert row.name == "广州恒通制造有限公司" and row.province == "广东省" and row.city == "广州"


def test_a_malformed_row_rejects_the_whole_file_with_line_numbers(db, tmp_path):
    path = _csv(
        tmp_path,
        [
            HEADER,
            "上海华信烟草集团有限公司,华信,烟草,上海,021-53240447,1989-09-04,5000,金,张强,",
            "北京东方银行股份有限公司,东方,银行,北京,010-56087647,2012-13-27,100000,白金,陈强,",
            "广州恒通制造有限公司,恒通,制造,广州,020-87357148,1993-05-14,一千,银,刘芳,",
            ",无名,零售,南京,025-89296391,2014-06-10,1000,银,赵敏,",
            "成都瑞丰能源有限公司,瑞丰,能源,成都,028-54912427,1992-09-14,1000,钻石,刘伟,",
        ],
    )
    out = run_import(db, path, "accounts")
    assert not out.written and out.added == 0
    by_line = {p.line: " ".join(p.messages) for p in out.rejected}
    assert set(by_line) == {3, 4, 5, 6}
    assert "成立日期: not a date" in by_line[3]
    assert "注册资本(万元): not an amount" in by_line[4]
    assert "客户名称: required" in by_line[5]
    assert "客户级别: unknown code" in by_line[6]
    assert A.count_accounts(db) == 0  # nothing partial was written
    # the caller may choose to keep the good rows
    kept = run_import(db, path, "accounts", skip_rejected=True)
    assert kept.written and kept.added == 1 and len(kept.rejected) == 4


def test_line_numbers_count_title_rows_blank_lines_and_multi_line_cells(db, tmp_path):
    path = _csv(
        tmp_path,
        [
            "2026年客户名单,,,,,,,,,",
            HEADER,
            '上海华信烟草集团有限公司,华信,烟草,上海,021-53240447,1989-09-04,5000,金,张强,"两行',
            '的备注"',
            "",
            "北京东方银行股份有限公司,东方,银行,北京,010-56087647,不详,100000,白金,陈强,",
        ],
    )
    pre = preview(db, path, "accounts")
    assert pre.header_line == 2
    assert [p.line for p in pre.problems] == [6]


def test_duplicates_within_the_file_and_against_the_database_are_skipped(db, tmp_path):
    A.save_account(db, A.AccountInput(name="上海华信烟草集团有限公司", short_name="华信", city="上海"))
    path = _csv(
        tmp_path,
        [
            HEADER,
            "上海华信烟草集团有限公司,,烟草,上海,,,,,,",  # same name as one already here
            "北京东方银行股份有限公司,东方,银行,北京,010-56087647,,,,,",
            "北京东方银行股份有限公司,,银行,北京,,,,,,",  # same name as line 3
            "东方银行北京分行,,银行,北京,010 5608 7647,,,,,",  # same phone as line 3
            "华信上海分公司,华信,烟草,上海,,,,,,",  # same short name and city as one here
            "华信广州分公司,华信,烟草,广州,,,,,,",  # same short name, other city: not a duplicate
        ],
    )
    out = run_import(db, path, "accounts")
    assert out.written and out.added == 2
    reasons = {d.line: d.reason for d in out.duplicates}
    assert reasons == {
        2: "same name as an account already here",
        4: "same name as line 3",
        5: "same phone as line 3",
        6: "same short name and city as an account already here",
    }
    assert out.duplicates[0].existing_uuid is not None


def test_xlsx_with_a_merged_title_row_and_excel_types_imports(db, tmp_path):
    from datetime import datetime

    wb = Workbook()
    ws = wb.active
    ws.append(["重点客户清单（2026）"])
    ws.merge_cells("A1:F1")
    ws.append(["Company name", "Industry", "Phone", "Founded", "Employees", "Tier"])
    ws.append(["Shanghai Tobacco Co.", "烟草", 2153240447, datetime(1989, 9, 4), 30000.0, "Gold"])
    path = tmp_path / "list.xlsx"
    wb.save(path)
    out = run_import(db, path, "accounts")
    assert out.added == 1, out.rejected
    d = A.get_account(db, A.list_accounts(db)[0].uuid)
    assert d.data.phone == "2153240447" and d.data.employee_count == 30000
    assert d.data.founded_on.isoformat() == "1989-09-04" and d.data.tier.code == "gold"


def test_custom_field_columns_are_recognised_and_checked(db, tmp_path):
    field = CF.save_field(db, CF.CustomFieldInput(name="合同到期", kind="date")).value
    path = _csv(tmp_path, ["客户名称,合同到期", "甲公司,2027-03-31", "乙公司,明年"])
    out = run_import(db, path, "accounts")
    assert [p.line for p in out.rejected] == [3] and "合同到期: not a date" in out.rejected[0].messages[0]
    run_import(db, path, "accounts", skip_rejected=True)
    assert A.list_accounts(db)[0].custom == {field: "2027-03-31"}


def test_contacts_import_links_to_accounts_by_name_or_short_name(db, tmp_path):
    acc = A.save_account(db, A.AccountInput(name="上海华信烟草集团有限公司", short_name="华信")).value
    path = _csv(
        tmp_path,
        [
            "公司名称,姓名,职务,手机,生日,上级",
            "华信,张强,总经理,13812345678,1970-05-06,",
            "上海华信烟草集团有限公司,王伟,采购经理,13900001111,,张强",
            "不存在的公司,李四,,,,",
        ],
    )
    out = run_import(db, path, "contacts")
    assert not out.written and [p.line for p in out.rejected] == [4]
    assert "no account named" in out.rejected[0].messages[0]
    out = run_import(db, path, "contacts", skip_rejected=True)
    assert out.added == 2
    people = {c.name: c for c in C.list_contacts(db, account_uuid=acc)}
    assert people["王伟"].reports_to_uuid == people["张强"].uuid
    again = run_import(db, path, "contacts", skip_rejected=True)
    assert again.added == 0 and len(again.duplicates) == 2


def test_dry_run_writes_nothing_and_missing_name_column_is_a_clear_error(db, tmp_path):
    path = _csv(tmp_path, [HEADER, "甲公司,甲,,,,,,,,"])
    out = run_import(db, path, "accounts", dry_run=True)
    assert out.dry_run and out.added == 1 and not out.written and A.count_accounts(db) == 0
    with pytest.raises(UserError, match="客户名称"):
        run_import(db, _csv(tmp_path, ["行业,地区", "烟草,上海"], name="x.csv"), "accounts")


def test_progress_is_reported_and_an_exception_cancels_everything(db, tmp_path):
    lines = [HEADER] + [f"公司{i},,,,,,,,," for i in range(4500)]
    path = _csv(tmp_path, lines)
    seen: list[tuple[int, int]] = []

    def cancel(done: int, total: int) -> None:
        seen.append((done, total))
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_import(db, path, "accounts", progress=cancel)
    assert seen and A.count_accounts(db) == 0


def test_bulk_path_uses_fast_pinyin_keys_and_rebuilds_the_index(db, tmp_path, monkeypatch):
    from kamdesk.services.exchange import import_write

    monkeypatch.setattr(import_write, "BULK", 2)
    path = _csv(
        tmp_path,
        [
            HEADER,
            "重庆长安汽车股份有限公司,长安,制造,重庆,023-67594008,,,,王伟,",
            "北京东方银行股份有限公司,东方,银行,北京,010-56087647,,,,陈强,",
            "上海华信烟草集团有限公司,华信,烟草,上海,021-53240447,,,,张强,",
        ],
    )
    out = run_import(db, path, "accounts")
    assert out.added == 3 and out.contacts_added == 3
    assert [r.name for r in A.list_accounts(db)] == [
        "北京东方银行股份有限公司",
        "重庆长安汽车股份有限公司",
        "上海华信烟草集团有限公司",
    ]
    assert [r.name for r in A.list_accounts(db, A.AccountFilter(text="cqca"))] == ["重庆长安汽车股份有限公司"]
    assert [r.name for r in A.list_accounts(db, A.AccountFilter(text="陈强"))] == ["北京东方银行股份有限公司"]

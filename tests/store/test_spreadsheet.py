"""The one table writer: cell types by column kind, formula safety, and the
CSV protections read back unchanged by KAMdesk's own reader."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kamdesk import clock
from kamdesk.store.io.spreadsheet import (
    Column,
    Kind,
    display_width,
    from_csv_cell,
    to_csv_cell,
    write_table,
)
from kamdesk.store.io.tabular import read_table

COLUMNS = [
    Column("名称"),
    Column("邮编", Kind.ID),
    Column("金额", Kind.MONEY),
    Column("日期", Kind.DATE),
    Column("最近联系", Kind.DATETIME),
    Column("人数", Kind.INT),
    Column("数值", Kind.NUMBER),
]

#: texts a spreadsheet would take for a formula, and one that really starts with '
TRICKY = [
    '=HYPERLINK("http://x","点我")',
    "+86 21 5324",
    "-3 天",
    "@SUM(A1)",
    "\t缩进",
    "'t Hooft",
    "''两个",
    "'=x",
]


def _rows() -> list[list[object]]:
    rows: list[list[object]] = [
        [
            "上海华信烟草集团有限公司",
            "050000",
            Decimal("-1234567.50"),
            date(2026, 1, 2),
            datetime(2026, 11, 12, 4, 15, tzinfo=UTC),
            12,
            "1.5",
        ],
        ["空", None, None, None, None, None, None],
    ]
    rows += [[t, "13812345678", Decimal("0.00"), None, None, 0, 2] for t in TRICKY]
    return rows


def test_xlsx_cells_are_typed_by_column_and_text_is_never_a_formula(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    with clock.frozen_at("2026-12-01T00:00:00+00:00", tz="Asia/Shanghai"):
        assert write_table(path, COLUMNS, _rows(), sheet="客户档案") == 2 + len(TRICKY)
    ws = load_workbook(path).active
    assert ws.title == "客户档案" and ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:G11"
    assert all(c.font.b for c in ws[1])
    first = ws[2]
    assert [c.data_type for c in first] == ["s", "s", "n", "d", "d", "n", "n"]
    assert [c.number_format for c in first[1:6]] == ["@", "#,##0.00", "yyyy-mm-dd", "yyyy-mm-dd hh:mm", "0"]
    assert first[1].value == "050000" and first[2].value == -1234567.5
    assert first[3].value == datetime(2026, 1, 2)
    assert first[4].value == datetime(2026, 11, 12, 12, 15)  # 04:15 UTC is 12:15 in Shanghai
    assert first[6].value == 1.5
    assert [c.value for c in ws[3]] == ["空"] + [None] * 6
    for row, text in zip(ws.iter_rows(min_row=4), TRICKY, strict=True):
        assert row[0].value == text and row[0].data_type == "s"  # "=…" stays text, not a formula
        assert row[2].value == 0 and row[2].data_type == "n"
    # CJK counts double: the name column is wider than its 24 characters
    assert ws.column_dimensions["A"].width >= display_width("上海华信烟草集团有限公司") == 24


def test_csv_keeps_leading_zeros_guards_formulas_and_numbers_stay_numbers(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    with clock.frozen_at("2026-12-01T00:00:00+00:00", tz="Asia/Shanghai"):
        write_table(path, COLUMNS, _rows())
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\r\n") == 11
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[1] == [
        "上海华信烟草集团有限公司",
        '="050000"',
        "-1234567.50",
        "2026-01-02",
        "2026-11-12 12:15",
        "12",
        "1.5",
    ]
    assert [r[0] for r in rows[3:]] == ["'" + t for t in TRICKY]
    assert rows[3][2] == "0.00"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_kamdesk_reads_its_own_tables_back_unchanged(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"t{suffix}"
    write_table(path, COLUMNS, _rows())
    table = read_table(path)
    assert table.headers == tuple(c.header for c in COLUMNS)
    # the reader trims cells (the XLSX path trims the tab too); the text is otherwise exact
    assert [str(r.cells[0]).strip() for r in table.rows[2:]] == [t.strip() for t in TRICKY]
    assert table.rows[0].cells[1] == "050000" and table.rows[2].cells[1] == "13812345678"


def test_csv_cell_rule_is_reversible_and_leaves_foreign_text_alone() -> None:
    for text in [*TRICKY, "普通", "'", "-", "=", "0123", "a'b"]:
        assert from_csv_cell(to_csv_cell(text, Kind.TEXT)) == text
        assert from_csv_cell(to_csv_cell(text, Kind.ID)) == text
    # someone else's apostrophe before an ordinary letter is data, kept as is
    assert from_csv_cell("'t Hooft") == "'t Hooft"
    # a formula nobody protected is not unwrapped (only ="digits" is ours)
    assert from_csv_cell('="a"&B2') == '="a"&B2'
    assert to_csv_cell(Decimal("-5"), Kind.MONEY) == "-5.00"  # numbers are never prefixed
    assert to_csv_cell("-5", Kind.INT) == "-5"


def test_a_failed_write_leaves_no_file_and_keeps_the_old_one(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    path.write_bytes(b"old")

    def rows():
        yield ["a", None, None, None, None, None, None]
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        write_table(path, COLUMNS, rows())
    assert path.read_bytes() == b"old" and not list(tmp_path.glob("*.part"))

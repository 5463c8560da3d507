"""Reading and writing tables as CSV and XLSX, the way reps' files come:
UTF-8 with or without a BOM, or GB18030/GBK from Chinese Excel; comma, tab or
semicolon separated; title rows above the header (merged cells in Excel);
blank rows; numbers and dates typed by Excel. A CSV cell protected by
KAMdesk's writer (``'=…``, ``="050000"``; see :mod:`kamdesk.store.io.spreadsheet`)
reads back as the text that was written.

Writing tables is :mod:`kamdesk.store.io.spreadsheet`.

Line numbers are what the user sees: the physical line of a CSV record (a
quoted cell may span lines: its first line) and the sheet row of an XLSX row.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from kamdesk.errors import UserError
from kamdesk.store.io.spreadsheet import from_csv_cell

Cell = str | date | None

#: How many leading rows are searched for the header.
HEADER_SCAN = 12


@dataclass(frozen=True)
class TableRow:
    line: int  # 1-based line (CSV) or sheet row (XLSX)
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]  # made unique: a repeated header gets " (2)"
    rows: tuple[TableRow, ...]  # data rows, blank rows left out
    header_line: int
    encoding: str | None  # None for XLSX
    sheet: str | None = None


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was read with: a BOM wins, then strict UTF-8,
    then GB18030 (a superset of GBK and GB2312)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError as exc:
        raise UserError(
            f"cannot read the file's text (byte {exc.start}): save it as UTF-8 or GBK CSV, or as XLSX"
        ) from exc


def _delimiter(sample: str) -> str:
    lines = [ln for ln in sample.splitlines()[:HEADER_SCAN] if ln.strip()]
    best, best_score = ",", -1
    for delim in (",", "\t", ";", "|"):
        counts = [ln.count(delim) for ln in lines]
        score = max(counts, default=0)
        if score > best_score:
            best, best_score = delim, score
    return best


def _clean(value: object) -> Cell:
    """A cell as text (or a date); numbers without a trailing .0; blank → None."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return format(Decimal(str(value)).normalize(), "f")
    if isinstance(value, int):
        return str(value)
    text = str(value).replace("\u3000", " ").strip()
    return text or None


def _unique(headers: Sequence[Cell]) -> tuple[str, ...]:
    out: list[str] = []
    seen: dict[str, int] = {}
    for i, h in enumerate(headers):
        name = str(h).strip() if h is not None else ""
        if not name:
            name = f"column {i + 1}"
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        else:
            seen[name] = 1
        out.append(name)
    return tuple(out)


def _pick_header(rows: list[TableRow], is_header: Callable[[Sequence[Cell]], int] | None) -> int:
    """Index of the header among the first rows: the row with most recognised
    headers; without a scorer (or no hits), the first row with at least two
    filled cells and as many filled cells as the widest row nearby."""
    head = rows[:HEADER_SCAN]
    if is_header is not None:
        scores = [is_header(r.cells) for r in head]
        if scores and max(scores) >= 2:
            return scores.index(max(scores))
    widest = max((sum(c is not None for c in r.cells) for r in head), default=0)
    for i, r in enumerate(head):
        filled = sum(c is not None for c in r.cells)
        if filled >= 2 and filled >= widest * 0.6:
            return i
    return 0


def _table(
    raw: list[TableRow],
    encoding: str | None,
    sheet: str | None,
    is_header: Callable[[Sequence[Cell]], int] | None,
) -> Table:
    rows = [r for r in raw if any(c is not None for c in r.cells)]
    if not rows:
        raise UserError("the file has no rows")
    h = _pick_header(rows, is_header)
    header = rows[h]
    width = max(len(header.cells), 1)
    # drop trailing unnamed empty columns
    while (
        width > 1
        and header.cells[width - 1] is None
        and all(len(r.cells) < width or r.cells[width - 1] is None for r in rows[h + 1 :])
    ):
        width -= 1
    data = []
    for r in rows[h + 1 :]:
        cells = tuple(r.cells[:width]) + (None,) * (width - len(r.cells))
        if len(r.cells) > width and any(c is not None for c in r.cells[width:]):
            cells = tuple(r.cells)  # keep extra cells so the caller can say the row is too wide
        data.append(TableRow(r.line, cells))
    return Table(_unique(header.cells[:width]), tuple(data), header.line, encoding, sheet)


def read_csv(path: Path, is_header: Callable[[Sequence[Cell]], int] | None = None) -> Table:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror or exc}") from exc
    text, encoding = decode(data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text[:20000]))
    raw: list[TableRow] = []
    line = 1
    try:
        for record in reader:
            # CSV cells are always text: the fast path of _clean
            cells = tuple(
                from_csv_cell(c.strip() if "\u3000" not in c else c.replace("\u3000", " ").strip()) or None
                for c in record
            )
            raw.append(TableRow(line, cells))
            line = reader.line_num + 1
    except csv.Error as exc:
        raise UserError(f"line {line}: the CSV is malformed ({exc})") from exc
    return _table(raw, encoding, None, is_header)


def read_xlsx(path: Path, is_header: Callable[[Sequence[Cell]], int] | None = None) -> Table:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, OSError, KeyError, ValueError) as exc:
        raise UserError(f"cannot open {path.name} as an Excel workbook (.xlsx): {exc}") from exc
    try:
        ws = wb.active if wb.active is not None else wb.worksheets[0]
        raw = [
            TableRow(i, tuple(_clean(c) for c in values))
            for i, values in enumerate(ws.iter_rows(values_only=True), start=1)
        ]
        title = ws.title
    finally:
        wb.close()
    return _table(raw, None, title, is_header)


def read_table(path: Path, is_header: Callable[[Sequence[Cell]], int] | None = None) -> Table:
    """Read a .csv (or .txt/.tsv) or .xlsx file. ``is_header`` scores a row
    by how many of its cells are known column names (finds the header below
    title rows)."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path, is_header)
    if suffix in (".csv", ".txt", ".tsv"):
        return read_csv(path, is_header)
    if suffix == ".xls":
        raise UserError("old .xls workbooks are not supported: save the sheet as .xlsx or CSV in Excel")
    raise UserError(f"{path.name}: expected a .csv or .xlsx file")

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
import itertools
import re
import zipfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from kamdesk.errors import UserError
from kamdesk.store.io.limits import check_zip_size
from kamdesk.store.io.limits import why as _why
from kamdesk.store.io.spreadsheet import from_csv_cell

Cell = str | date | None

#: How many leading rows are searched for the header.
HEADER_SCAN = 12
#: Bounds on what one file may cost to read: the file, one cell, the
#: malformed rows listed before giving up, and an .xlsx's unpacked members
#: (a 1 MB zip can unpack to gigabytes).
MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_CELL_CHARS = 32_767  # Excel's own limit
MAX_BAD_ROWS = 1000
MAX_XLSX_UNPACKED = 2 * 1024 * 1024 * 1024
MAX_XLSX_RATIO = 200  # deflated sheet XML compresses ~10–30×; zeros 1000×


@dataclass(frozen=True)
class TableRow:
    line: int  # 1-based line (CSV) or sheet row (XLSX)
    cells: tuple[Cell, ...]
    #: CSV: the most separators on a continuation line inside a quoted cell
    #: (a cell that swallows whole rows has an unclosed quote)
    swallowed: int = 0
    last_line: int = 0


@dataclass(frozen=True)
class BadRow:
    line: int
    message: str


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]  # made unique: a repeated header gets " (2)"
    rows: tuple[TableRow, ...]  # data rows, blank rows left out
    header_line: int
    encoding: str | None  # None for XLSX
    sheet: str | None = None
    bad_rows: tuple[BadRow, ...] = ()  # rows that could not be read at all (CSV quoting)


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was read with: a BOM wins, then strict UTF-8,
    then GB18030 (a superset of GBK and GB2312)."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            data = data[3:]  # a BOM pasted onto GBK text: the bytes decide
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise UserError(
                f"cannot read the file's text (UTF-16, byte {exc.start}): save it as UTF-8 or GBK CSV, or as XLSX"
            ) from exc
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
    bad: Sequence[BadRow] = (),
) -> Table:
    rows = [r for r in raw if any(c is not None for c in r.cells)]
    if not rows:
        if bad:
            raise UserError(f"line {bad[0].line}: {bad[0].message}")
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
    bad_rows = list(bad)
    for r in rows[h + 1 :]:
        if width >= 3 and r.swallowed >= width - 1:
            bad_rows.append(
                BadRow(
                    r.line,
                    f'a quote (") opened on this line is not closed: one cell runs over lines '
                    f"{r.line}–{r.last_line} and swallows whole rows; close the quote or remove it",
                )
            )
            continue
        cells = tuple(r.cells[:width]) + (None,) * (width - len(r.cells))
        if len(r.cells) > width and any(c is not None for c in r.cells[width:]):
            cells = tuple(r.cells)  # keep extra cells so the caller can say the row is too wide
        data.append(TableRow(r.line, cells))
    bad_rows.sort(key=lambda b: b.line)
    return Table(_unique(header.cells[:width]), tuple(data), header.line, encoding, sheet, tuple(bad_rows))


_PHYSICAL_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


def _csv_rows(text: str, delimiter: str) -> tuple[list[TableRow], list[BadRow]]:
    """The records of CSV text by their first physical line. A record the csv
    module refuses (an unclosed quote at the end, text after a closing quote)
    becomes a bad row, and reading goes on at the next line."""
    lines = _PHYSICAL_LINE.findall(text)
    raw: list[TableRow] = []
    bad: list[BadRow] = []
    start = 0  # index of the first line the current reader reads
    while start < len(lines):
        reader = csv.reader(itertools.islice(lines, start, None), delimiter=delimiter, strict=True)
        line = start + 1
        try:
            for record in reader:
                last = start + reader.line_num
                swallowed = 0
                if last > line:
                    swallowed = max(
                        (
                            part.count(delimiter)
                            for c in record
                            if "\n" in c or "\r" in c
                            for part in c.splitlines()[1:]
                        ),
                        default=0,
                    )
                cells = tuple(
                    from_csv_cell(c.strip() if "\u3000" not in c else c.replace("\u3000", " ").strip())
                    or None
                    for c in record
                )
                if any(c is not None and len(c) > MAX_CELL_CHARS for c in cells):
                    bad.append(BadRow(line, f"a cell is longer than {MAX_CELL_CHARS:,} characters"))
                else:
                    raw.append(TableRow(line, cells, swallowed, last))
                line = last + 1
            break
        except csv.Error as exc:
            reason = str(exc)
            if "end of data" in reason:
                reason = 'a quote (") opened on this line is never closed'
            elif "expected after" in reason:
                reason += ' (a quote (") in this row is not closed where its cell ends)'
            bad.append(BadRow(line, f"malformed CSV row: {reason}"))
            if len(bad) > MAX_BAD_ROWS:
                raise UserError(f"more than {MAX_BAD_ROWS} malformed rows: is this a CSV file?") from None
            start = line  # on at the line after the bad record's first
    return raw, bad


def read_csv(path: Path, is_header: Callable[[Sequence[Cell]], int] | None = None) -> Table:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise UserError(
                f"{path.name} is larger than {MAX_FILE_BYTES >> 20} MB; split it into smaller files"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror or exc}") from exc
    text, encoding = decode(data)
    if "\x00" in text:
        raise UserError(f"{path.name} holds NUL bytes: it is not a text (CSV) file")
    raw, bad = _csv_rows(text, _delimiter(text[:20000]))
    return _table(raw, encoding, None, is_header, bad)


def read_xlsx(path: Path, is_header: Callable[[Sequence[Cell]], int] | None = None) -> Table:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    check_zip_size(path, MAX_XLSX_UNPACKED, MAX_XLSX_RATIO)
    # openpyxl parses a third party's XML: a damaged workbook can fail in any
    # of these ways, while opening or halfway through the rows
    damaged = (
        InvalidFileException,
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        OSError,
        KeyError,
        ValueError,
        TypeError,
        IndexError,
        AttributeError,
        NotImplementedError,
        RuntimeError,
        SyntaxError,  # xml.etree's ParseError
    )
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except damaged as exc:
        raise UserError(f"cannot open {path.name} as an Excel workbook (.xlsx): {_why(exc)}") from None
    try:
        ws = wb.active if wb.active is not None else wb.worksheets[0]
        raw = [
            TableRow(i, tuple(_clean(c) for c in values))
            for i, values in enumerate(ws.iter_rows(values_only=True), start=1)
        ]
        title = ws.title
    except damaged as exc:
        raise UserError(f"{path.name}: the workbook is damaged ({_why(exc)})") from None
    finally:
        wb.close()
    bad = [
        BadRow(r.line, f"a cell is longer than {MAX_CELL_CHARS:,} characters") for r in raw if _too_long(r)
    ]
    if bad:
        raw = [r for r in raw if not _too_long(r)]
    return _table(raw, None, title, is_header, bad)


def _too_long(row: TableRow) -> bool:
    return any(isinstance(c, str) and len(c) > MAX_CELL_CHARS for c in row.cells)


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

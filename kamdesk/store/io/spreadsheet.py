"""The one writer of tables (account list, pipeline, …) as XLSX or CSV, so that
a spreadsheet and a program read every cell as what it is.

Each column declares its :class:`Kind`; a value is written by its column's kind:

========  ===============================  ==================================
kind      XLSX cell                        CSV text
========  ===============================  ==================================
TEXT      string (never a formula)         the text; see "formula safety"
ID        string, number format ``@``      ``="050000"`` when it looks like a
                                           number (so leading zeros survive)
INT       number, ``0``                    ``12``
NUMBER    number, ``General``              ``12.5``
MONEY     number, ``#,##0.00``             ``1234.50`` (no thousands separator)
DATE      date, ``yyyy-mm-dd``             ``2026-11-12``
DATETIME  date-time in the rep's zone,     ``2026-11-12 12:15`` (rep's zone)
          ``yyyy-mm-dd hh:mm``
========  ===============================  ==================================

A value that does not fit its kind (a custom number field holding text) is
written as TEXT. The XLSX has a bold, frozen header row, an auto-filter and
column widths measured with CJK characters counting twice. The CSV is UTF-8
with a BOM and CRLF lines, which Excel on Chinese Windows opens correctly.

Formula safety (CSV): a text cell that starts with ``= + - @``, a tab or a CR
is written with a leading apostrophe (``'=1+2``), as is a text cell that
already starts with an apostrophe (``'abc`` → ``''abc``). KAMdesk's reader
(:func:`from_csv_cell`) removes one leading apostrophe exactly when the next
character is one of those, so every text reads back unchanged — including a
name that really starts with ``'``. Numbers are never prefixed: ``-3.50`` in a
money column stays a number. In XLSX no prefix is needed: text cells are
stored as strings, which no spreadsheet evaluates.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from itertools import islice
from pathlib import Path
from typing import Any

from kamdesk import clock
from kamdesk.domain.codes import Coded


class Kind(StrEnum):
    TEXT = "text"
    ID = "id"  # identifiers that may look like numbers: postcodes, phones, account numbers
    INT = "int"
    NUMBER = "number"
    MONEY = "money"
    DATE = "date"
    DATETIME = "datetime"


@dataclass(frozen=True)
class Column:
    header: str
    kind: Kind = Kind.TEXT


NUMBER_FORMATS = {
    Kind.ID: "@",
    Kind.INT: "0",
    Kind.MONEY: "#,##0.00",
    Kind.DATE: "yyyy-mm-dd",
    Kind.DATETIME: "yyyy-mm-dd hh:mm",
}

#: What a spreadsheet would read as a number (and so strip leading zeros from).
_NUMERIC = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
_UNSAFE_START = ("=", "+", "-", "@", "\t", "\r", "'")
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
#: Rows looked at to size the columns before the XLSX is streamed.
WIDTH_SAMPLE = 500
MAX_WIDTH = 60


# --- values by kind --------------------------------------------------------------


def _number(value: object) -> Decimal | int | float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float | Decimal):
        return value
    if isinstance(value, str):
        try:
            d = Decimal(value.strip().replace(",", ""))
        except InvalidOperation:
            return None
        return d if d.is_finite() else None
    return None


def typed(value: object, kind: Kind) -> object:
    """``value`` as its kind's Python type (Decimal/int, date, aware datetime
    shown in the rep's zone as naive), or as text when it does not fit."""
    if value is None or value == "":
        return None
    if isinstance(value, Coded):
        return str(value)
    if kind in (Kind.INT, Kind.NUMBER, Kind.MONEY):
        n = _number(value)
        if n is not None:
            if kind is Kind.INT and isinstance(n, Decimal) and n == n.to_integral_value():
                return int(n)
            return n
    elif kind is Kind.DATETIME and isinstance(value, datetime):
        return clock.to_local(value).replace(tzinfo=None)
    elif kind is Kind.DATE:
        if isinstance(value, datetime):
            return clock.local_date(value)
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                pass
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return clock.to_local(value).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


# --- CSV --------------------------------------------------------------------------


def to_csv_cell(value: object, kind: Kind) -> str:
    """The CSV text of ``value`` in a column of ``kind`` (see the module doc)."""
    if kind is Kind.TEXT and type(value) is str:  # the common case, first
        return "'" + value if value.startswith(_UNSAFE_START) else value
    v = typed(value, kind)
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M")
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, Decimal):
        return format(v.quantize(Decimal("0.01")) if kind is Kind.MONEY else v, "f")
    if isinstance(v, int | float):
        return format(Decimal(str(v)).quantize(Decimal("0.01")), "f") if kind is Kind.MONEY else str(v)
    text = str(v)
    if kind is Kind.ID and _NUMERIC.fullmatch(text):
        return f'="{text}"'
    if text.startswith(_UNSAFE_START):
        return "'" + text
    return text


def from_csv_cell(text: str) -> str:
    """Undo :func:`to_csv_cell`'s protection: ``="050000"`` → ``050000`` and one
    apostrophe before ``= + - @``, tab, CR or another apostrophe removed."""
    if text.startswith('="') and text.endswith('"') and _NUMERIC.fullmatch(text[2:-1]):
        return text[2:-1]
    if len(text) > 1 and text[0] == "'" and text[1] in "=+-@\t\r'":
        return text[1:]
    return text


def write_csv(path: Path, columns: Sequence[Column], rows: Iterable[Sequence[object]]) -> int:
    """UTF-8 with a BOM and CRLF lines. Returns the number of data rows."""
    kinds = [c.kind for c in columns]
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow([to_csv_cell(c.header, Kind.TEXT) for c in columns])
        for row in rows:
            writer.writerow([to_csv_cell(v, k) for v, k in zip(row, kinds, strict=True)])
            count += 1
    return count


# --- XLSX -------------------------------------------------------------------------


def display_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: wide (CJK) characters count 2."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _shown(v: object, kind: Kind) -> str:
    if isinstance(v, datetime):
        return "2026-01-01 00:00"
    if isinstance(v, date):
        return "2026-01-01"
    if isinstance(v, Decimal | float) and kind is Kind.MONEY:
        return f"{v:,.2f}"
    text = str(v)
    return max(text.split("\n"), key=display_width) if "\n" in text else text


def _widths(columns: Sequence[Column], sample: Sequence[Sequence[object]]) -> list[float]:
    out: list[float] = []
    for i, col in enumerate(columns):
        widest = display_width(col.header) + 3  # room for the filter button
        for row in sample:
            v = row[i]
            if v is not None:
                widest = max(widest, display_width(_shown(v, col.kind)))
        out.append(min(widest + 1, MAX_WIDTH))
    return out


def _sheet_title(name: str) -> str:
    return re.sub(r"[\[\]:*?/\\]", "_", name)[:31] or "Sheet1"


def write_xlsx(
    path: Path, columns: Sequence[Column], rows: Iterable[Sequence[object]], *, sheet: str = "Sheet1"
) -> int:
    """A streamed workbook (see the module doc). Returns the number of data rows."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    kinds = [c.kind for c in columns]

    def values(source: Iterable[Sequence[object]]) -> Iterator[list[object]]:
        for row in source:
            yield [typed(v, k) for v, k in zip(row, kinds, strict=True)]

    stream = values(rows)
    head_rows = list(islice(stream, WIDTH_SAMPLE))
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(_sheet_title(sheet))
    for i, width in enumerate(_widths(columns, head_rows), start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    centre = Alignment(vertical="center")

    plain = [kind not in NUMBER_FORMATS for kind in kinds]

    def cell(value: object, kind: Kind) -> Any:
        if isinstance(value, str):
            value = _ILLEGAL_XML.sub("", value)
        elif value is None:
            return None
        c = WriteOnlyCell(ws, value=value)
        if isinstance(value, str):
            c.data_type = "s"  # "=…" is text here, never a formula
        fmt = NUMBER_FORMATS.get(kind)
        if fmt is not None and (kind is Kind.ID) == isinstance(value, str):
            c.number_format = fmt
        return c

    header = []
    for col in columns:
        h = cell(col.header, Kind.TEXT)
        h.font = bold
        h.alignment = centre
        header.append(h)
    ws.append(header)
    count = 0
    for row in _chain(head_rows, stream):
        # a plain value is cheaper than a cell (the export is mostly text):
        # only formula-looking text and formatted kinds need one
        ws.append(
            [
                v if bare and (v is None or (isinstance(v, str) and not v.startswith("="))) else cell(v, k)
                for v, k, bare in zip(row, kinds, plain, strict=True)
            ]
        )
        count += 1
    last = get_column_letter(max(len(columns), 1))
    ws.auto_filter.ref = f"A1:{last}{count + 1}"
    wb.save(path)
    return count


def _chain(first: list[list[object]], rest: Iterator[list[object]]) -> Iterator[list[object]]:
    yield from first
    yield from rest


# --- either -----------------------------------------------------------------------


SUFFIXES = (".csv", ".xlsx")


def write_table(
    path: Path, columns: Sequence[Column], rows: Iterable[Sequence[object]], *, sheet: str = "Sheet1"
) -> int:
    """Write a .csv or .xlsx (by the suffix) whole or not at all: into a
    ``.part`` file first, which replaces ``path`` only when complete. OSError
    propagates (the caller words it for the user)."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValueError(f"{path.name}: expected a .csv or .xlsx file")
    tmp = path.with_name(path.name + ".part")
    try:
        n = write_csv(tmp, columns, rows) if suffix == ".csv" else write_xlsx(tmp, columns, rows, sheet=sheet)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return n


__all__ = [
    "NUMBER_FORMATS",
    "SUFFIXES",
    "Column",
    "Kind",
    "display_width",
    "from_csv_cell",
    "to_csv_cell",
    "typed",
    "write_csv",
    "write_table",
    "write_xlsx",
]

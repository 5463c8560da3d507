"""The hostile inputs of ``kamdesk bench --fuzz`` (and of the property
tests): mutations of a good bundle, spreadsheet and month's submission, all
drawn from a ``random.Random`` so a run can be repeated (form fields:
:mod:`kamdesk.bench.fuzz_forms`)."""

from __future__ import annotations

import hashlib
import io
import json
import random
import uuid
import zipfile
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

# values a hostile or careless file holds, in JSON-able form
HOSTILE: tuple[Any, ...] = (
    None,
    "",
    " ",
    "x" * 70_000,
    "名" * 300,
    10**30,
    -(10**30),
    2**63,
    -(2**63) - 1,
    1e308,
    -1.5,
    0,
    1,
    11,
    120,
    -10,
    6,
    -6,
    True,
    False,
    "1e999999",
    "1e5000",
    "Infinity",
    "NaN",
    "-0",
    "0001-01-01",
    "9999-12-31",
    "2026-02-30",
    "2099-01-01T00:00:00Z",
    "0001-01-01T00:00:00Z",
    "9999-12-31T23:59:59+14:00",
    "2026-05-01T10:00:00",
    "not a date",
    "\x00",
    "' OR 1=1 --",
    "../../etc/passwd",
    "😀" * 5,
    [],
    {},
    [[[[]]]],
    {"a": 1},
    "A+",
    "gold",
    "done",
    "planned",
    "zz",
    "00000000-0000-0000-0000-000000000000",
    "10020",
    "010020",
)
CELLS: tuple[str, ...] = (
    *(str(v) for v in HOSTILE if v is not None and not isinstance(v, list | dict)),
    '"unclosed',
    'a"b',
    '"x","y"',
    "line\nbreak",
    "甲公司",
    "010-12345678",
    "a@b.cn",
    "2024年3月5日",
    "12,500.00",
    "¥3,000",
    "是",
    "否",
    "北京",
    "广东省广州市",
)


# --- JSON documents ------------------------------------------------------------


def _deep(depth: int) -> Any:
    out: Any = 1
    for _ in range(depth):
        out = [out]
    return out


def mutate_json(
    rng: random.Random, doc: dict[str, Any], records: Callable[[Any], list[dict[str, Any]]]
) -> None:
    """One to three edits of a bundle or a month's data, in place. ``records``
    lists the record dicts of the document (where edits land)."""
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        pool = records(doc)
        op = rng.randrange(9)
        if not pool or op == 0:
            key = rng.choice(list(doc) or ["x"])
            doc[key] = rng.choice(HOSTILE)
            continue
        rec = rng.choice(pool)
        if op <= 3:
            key = rng.choice(list(rec) or ["x"])
            r = rng.random()
            # mostly plain text (most fields take any): the file still imports and the write path runs
            rec[key] = (
                rng.choice(CELLS)
                if r < 0.4
                else rng.choice(HOSTILE)
                if r < 0.95
                else _deep(rng.choice((50, 500)))
            )
        elif op == 4 and rec:
            rec.pop(rng.choice(list(rec)))
        elif op == 5:
            rec[rng.choice(("zz", "id", "uuid", "owner_uuid", "account_uuid"))] = rng.choice(HOSTILE)
        elif op == 6:
            other = rng.choice(pool)
            rec["uuid"] = other.get("uuid")
        elif op == 7:
            for lst in _lists_holding(doc, rec):
                lst.append(json.loads(json.dumps(rec)))
        else:
            rec.clear()


def _lists_holding(doc: Any, rec: dict[str, Any]) -> Iterator[list[Any]]:
    if isinstance(doc, dict):
        for v in doc.values():
            yield from _lists_holding(v, rec)
    elif isinstance(doc, list):
        if any(x is rec for x in doc):
            yield doc
        for v in doc:
            if isinstance(v, dict | list):
                yield from _lists_holding(v, rec)


def json_text(rng: random.Random, doc: Any) -> bytes:
    """The document as bytes, sometimes damaged as text or bytes."""
    text = json.dumps(doc, ensure_ascii=False)
    r = rng.random()
    if r < 0.06:
        text = text[: rng.randrange(len(text) + 1)]
    elif r < 0.12:
        at = text.find(": null")
        if at >= 0:
            text = (
                text[:at]
                + ": "
                + rng.choice(("1" * 5000, "NaN", "-Infinity", "1e400", "[" * 5000 + "]" * 5000))
                + text[at + 6 :]
            )
    data = text.encode("utf-8")
    if rng.random() < 0.05:
        data = flip(rng, data)
    return data


def flip(rng: random.Random, data: bytes, n: int = 3) -> bytes:
    if not data:
        return data
    buf = bytearray(data)
    for _ in range(n):
        i = rng.randrange(len(buf))
        buf[i] ^= 1 << rng.randrange(8)
    return bytes(buf)


def bundle_records(doc: Any) -> list[dict[str, Any]]:
    tables = doc.get("tables") if isinstance(doc, dict) else None
    if not isinstance(tables, dict):
        return []
    return [r for rows in tables.values() if isinstance(rows, list) for r in rows if isinstance(r, dict)]


def data_records(doc: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if not isinstance(doc, dict):
        return out
    for v in doc.values():
        if isinstance(v, dict):
            out.append(v)
        elif isinstance(v, list):
            for r in v:
                if isinstance(r, dict):
                    out.append(r)
                    out.extend(
                        x for k in ("stage_changes", "items") for x in (r.get(k) or []) if isinstance(x, dict)
                    )
    return out


# --- spreadsheets ----------------------------------------------------------------

_HEADERS = (
    "客户名称",
    "简称",
    "地区",
    "邮编",
    "电话",
    "邮箱",
    "成立日期",
    "注册资本",
    "员工人数",
    "客户级别",
    "联系人",
    "Name",
    "x",
)
_CONTACT_HEADERS = ("客户名称", "姓名", "职务", "手机", "生日", "邮箱")


def table_file(rng: random.Random, folder: Path) -> tuple[Path, str]:
    """A CSV or XLSX file of accounts or contacts with hostile cells; (path, kind)."""
    kind = rng.choice(("accounts", "contacts"))
    headers = list(_HEADERS if kind == "accounts" else _CONTACT_HEADERS)
    rng.shuffle(headers)
    headers = headers[: rng.randint(1, len(headers))]
    rows = [
        [rng.choice(CELLS) if rng.random() < 0.5 else f"公司{rng.randrange(50)}" for _ in headers]
        for _ in range(rng.randint(0, 8))
    ]
    if rng.random() < 0.6:
        return _csv_file(rng, folder, [headers, *rows]), kind
    return _xlsx_file(rng, folder, [headers, *rows]), kind


def _csv_file(rng: random.Random, folder: Path, rows: list[list[Any]]) -> Path:
    delim = rng.choice((",", ",", "\t", ";"))
    lines = []
    for row in rows:
        cells = [str(c) for c in row]
        if rng.random() < 0.3:
            cells = [f'"{c}"' if rng.random() < 0.5 else c for c in cells]
        lines.append(delim.join(cells))
    text = rng.choice(("\n", "\r\n", "\r")).join(lines)
    enc = rng.choice(("utf-8", "utf-8-sig", "gb18030", "utf-16", "bom+gbk"))
    if enc == "bom+gbk":
        data = b"\xef\xbb\xbf" + text.encode("gb18030", errors="replace")
    else:
        data = text.encode(enc, errors="replace")
    r = rng.random()
    if r < 0.1:
        data = flip(rng, data, 5)
    elif r < 0.15:
        data = data[: rng.randrange(len(data) + 1)]
    elif r < 0.18:
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400)))
    path = folder / f"t{rng.randrange(10**9)}.csv"
    path.write_bytes(data)
    return path


def _xlsx_file(rng: random.Random, folder: Path, rows: list[list[Any]]) -> Path:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    path = folder / f"t{rng.randrange(10**9)}.xlsx"
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    typed: list[Any] = [10020, 1e20, -3.5, date(2024, 3, 5), datetime(2999, 1, 1), True, 2**62]
    for row in rows:
        ws.append(
            [rng.choice(typed) if rng.random() < 0.2 else ILLEGAL_CHARACTERS_RE.sub("", str(c)) for c in row]
        )
    buf = io.BytesIO()
    wb.save(buf)
    data = buf.getvalue()
    r = rng.random()
    if r < 0.15:
        data = data[: rng.randrange(len(data) + 1)]
    elif r < 0.3:
        data = flip(rng, data, rng.randint(1, 8))
    elif r < 0.33:
        data = _bomb("xl/worksheets/sheet1.xml", 60)
    path.write_bytes(data)
    return path


def _bomb(member: str, mb: int = 300) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z, z.open(member, "w", force_zip64=True) as f:
        chunk = b"\0" * (1 << 20)
        for _ in range(mb):
            f.write(chunk)
    return buf.getvalue()


# --- submissions ---------------------------------------------------------------------


def kamsub_bytes(rng: random.Random, members: dict[str, bytes]) -> bytes:
    """A month's submission with its data edited (checksums recomputed, as an
    editor who knows the format would), or its zip damaged."""
    m = dict(members)
    r = rng.random()
    if r < 0.03:
        return _bomb("data.json", 100)
    if r < 0.75:
        data = json.loads(m["data.json"])
        mutate_json(rng, data, data_records)
        m["data.json"] = json_text(rng, data)
        manifest = json.loads(m["manifest.json"])
        # a new submission each time: one already received is skipped unread
        manifest["submission_uuid"] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        if rng.random() < 0.95 and isinstance(manifest.get("members"), dict):
            for k in ("report.pdf", "data.json"):
                manifest["members"][k] = hashlib.sha256(m[k]).hexdigest()
        if rng.random() < 0.1:
            mutate_json(rng, manifest, lambda d: [d] if isinstance(d, dict) else [])
        if rng.random() < 0.95 and isinstance(manifest, dict):
            from kamdesk.services.submissions.sign import sign_manifest

            manifest = sign_manifest(manifest)  # signed again, or the signature check is all that runs
        m["manifest.json"] = json.dumps(manifest).encode()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for k, v in m.items():
            z.writestr(k, v)
    blob = buf.getvalue()
    if r >= 0.75:
        blob = blob[: rng.randrange(len(blob))] if rng.random() < 0.5 else flip(rng, blob, rng.randint(1, 6))
    return blob

"""The JSON bundle: the whole database as one documented, versioned file
(schema: ``resources/schema/bundle.schema.json``).

Records are keyed by UUID and refer to each other by UUID (the record form is
:mod:`kamdesk.store.io.bundle_records`); import is all-or-nothing
(:mod:`kamdesk.store.io.bundle_import`). This module writes the bundle.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import Connection, func, select
from sqlalchemy.exc import DatabaseError

from kamdesk import __version__, clock
from kamdesk.paths import create_private
from kamdesk.store.db import Database, user_error_from
from kamdesk.store.io.bundle_import import ImportReport as ImportReport
from kamdesk.store.io.bundle_import import import_bundle as import_bundle
from kamdesk.store.io.bundle_import import merge_records
from kamdesk.store.io.bundle_import import read_bundle as read_bundle
from kamdesk.store.io.bundle_records import (
    CHUNK,
    FORMAT,
    FORMAT_VERSION,
    bundle_tables,
    table_records,
)
from kamdesk.store.io.bundle_records import Progress as Progress
from kamdesk.store.io.bundle_records import load_value as load_value
from kamdesk.store.models import Base


@dataclass(frozen=True)
class BundleSummary:
    path: Path
    records: dict[str, int]
    include_private: bool

    @property
    def total(self) -> int:
        return sum(self.records.values())


def _header(include_private: bool) -> dict[str, Any]:
    from kamdesk.store.schema import head_revision

    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "schema_revision": head_revision(),
        "app_version": __version__,
        "exported_at": clock.now().isoformat().replace("+00:00", "Z"),
        "include_private": include_private,
    }


def _private_contacts(conn: Connection) -> set[int]:
    contact = Base.metadata.tables["contact"]
    return set(conn.execute(select(contact.c.id).where(contact.c.is_private.is_(True))).scalars())


def build_bundle(
    conn: Connection, *, include_private: bool = False, progress: Progress | None = None
) -> dict[str, Any]:
    """The bundle as one document in memory (for small databases and tests): what
    :func:`write_bundle` streams."""
    import io

    buffer = io.StringIO()
    write_bundle(conn, buffer, include_private=include_private, progress=progress)
    doc: dict[str, Any] = json.loads(buffer.getvalue())
    return doc


def write_bundle(
    conn: Connection, out: TextIO, *, include_private: bool = False, progress: Progress | None = None
) -> dict[str, int]:
    """Write the whole database as a bundle to ``out``, table by table and record by
    record (bounded memory); returns the records written per table."""
    tables = bundle_tables()
    total = sum(conn.execute(select(func.count()).select_from(t)).scalar() or 0 for t in tables)
    dropped: dict[str, set[int]] = {"contact": set() if include_private else _private_contacts(conn)}
    counts: dict[str, int] = {}
    done = 0
    out.write("{\n")
    for key, value in _header(include_private).items():
        out.write(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},\n")
    out.write(' "tables": {')
    for n, table in enumerate(tables):
        out.write(("," if n else "") + f"\n  {json.dumps(table.name)}: [")
        count = 0
        for record in table_records(conn, table, dropped, include_private):
            out.write(("," if count else "") + "\n   " + json.dumps(record, ensure_ascii=False))
            count += 1
            if progress and count % CHUNK == 0:
                progress(f"exporting {table.name}", done + count, total)
        done += count
        counts[table.name] = count
        out.write("\n  ]" if count else "]")
        if progress:
            progress(f"exporting {table.name}", done, total)
    out.write("\n }\n}\n")
    return counts


def export_bundle(
    db: Database, path: Path, *, include_private: bool = False, progress: Progress | None = None
) -> BundleSummary:
    """Write the bundle to ``path`` (atomically: a partial file never replaces a good one,
    and a device or a folder at ``path`` is refused rather than replaced)."""
    from kamdesk.store.backup import check_output_target, fsync_file, remove_quietly, user_error_from_os

    path = check_output_target(path.expanduser())
    tmp = path.with_name(path.name + ".part")
    try:
        create_private(tmp)
        with db.engine.connect() as conn, tmp.open("w", encoding="utf-8") as fh:
            counts = write_bundle(conn, fh, include_private=include_private, progress=progress)
        fsync_file(tmp)
        check_output_target(path)
        tmp.replace(path)
    except DatabaseError as exc:
        raise user_error_from(exc, db.path) from exc
    except OSError as exc:
        raise user_error_from_os(exc, path) from exc
    finally:
        remove_quietly(tmp)
    return BundleSummary(path, counts, include_private)


def copy_database(
    source: Database, target: Database, *, include_private: bool = False, progress: Progress | None = None
) -> ImportReport:
    """Merge every record of ``source`` into ``target`` as exporting a bundle and
    importing it would, but streamed table by table: no file, and memory bounded by
    the id maps rather than the data (a team server's first load from a large
    database). One transaction on ``target``: all of it or none."""
    report = ImportReport()
    try:
        with source.engine.connect() as src, target.engine.begin() as dst:
            dropped: dict[str, set[int]] = {"contact": set() if include_private else _private_contacts(src)}
            merge_records(
                dst,
                lambda table: table_records(src, table, dropped, include_private),
                report,
                progress,
                private=include_private,
                source=source.path.name if source.path else "",
            )
    except DatabaseError as exc:
        raise user_error_from(exc, target.path) from exc
    return report

"""Where a database's backups live, how they are named and which are kept.

Backups are named by database, so that two databases never rotate each other's
copies: ``backups/<key>-<YYYYmmdd-HHMMSS>[-n][-<kind>].db``. The key is the
file's stem (``kamdesk``) for a database in the data dir, and the stem plus a
short hash of its full path for one elsewhere (two ``kamdesk.db`` in two
folders are two series).

Rotation keeps, per database, the newest copy of each of the 7 most recent
days, 4 most recent ISO weeks and 12 most recent months that have a copy, the
3 newest copies whatever their day (a copy taken before an import must survive
the next manual backup of the same day), and always the copy just written. It is measured among the copies themselves, not
against today's date, so a clock set a year back (or forward) neither deletes
the new copy nor empties the series. Pre-migration copies are a series of
their own (the newest ``KEEP_PRE_MIGRATE``).
"""

from __future__ import annotations

import glob
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from kamdesk import clock
from kamdesk.paths import backups_dir, data_dir

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
KEEP_RECENT = 3
KEEP_PRE_MIGRATE = 3
PRE_MIGRATE = "pre-migrate"


def series_key(db_path: Path) -> str:
    """The name a database's backups start with."""
    resolved = db_path.expanduser().resolve()
    if resolved.parent == data_dir().resolve():
        return resolved.stem
    digest = hashlib.sha1(str(resolved).encode("utf-8")).hexdigest()[:6]
    return f"{resolved.stem}-{digest}"


@dataclass(frozen=True, order=True)
class Copy:
    stamp: datetime
    path: Path
    kind: str  # "" for daily and manual copies, "before-import", "pre-migrate-0005-0006"…

    @property
    def day(self) -> date:
        return self.stamp.date()


def name_pattern(db_path: Path) -> re.Pattern[str]:
    """Matches the file names of this database's backups (and no other database's)."""
    key = series_key(db_path)
    return re.compile(rf"^{re.escape(key)}-(\d{{8}}-\d{{6}})(?:-(\d+))?(?:-([a-z][a-z0-9-]*))?\.db$")


def copies(db_path: Path, folder: Path | None = None) -> list[Copy]:
    """Every finished backup of the database, oldest first."""
    folder = folder or backups_dir()
    pattern = name_pattern(db_path)
    out: list[Copy] = []
    for path in folder.glob("*.db"):
        m = pattern.match(path.name)
        if m is None:
            continue
        try:
            stamp = datetime.strptime(m.group(1), "%Y%m%d-%H%M%S")
        except ValueError:
            continue
        out.append(Copy(stamp.replace(microsecond=int(m.group(2) or 0)), path, m.group(3) or ""))
    return sorted(out)


def new_name(db_path: Path, kind: str = "", folder: Path | None = None) -> Path:
    """A fresh name in the series, stamped with the rep's local time; copies made within
    the same second are numbered after every copy of that second, so they sort in order."""
    folder = folder or backups_dir()
    base = f"{series_key(db_path)}-{clock.wall_stamp()}"
    tail = f"-{kind}" if kind else ""
    pattern = name_pattern(db_path)
    used = [
        int(m.group(2) or 0)
        for p in folder.glob(f"{glob.escape(base)}*")
        if (m := pattern.match(p.name.removesuffix(".part"))) is not None
    ]
    n = max(used) + 1 if used else 0
    return folder / (f"{base}-{n}{tail}.db" if n else f"{base}{tail}.db")


def has_copy_on(db_path: Path, day: date) -> bool:
    return any(c.day == day and not c.kind.startswith(PRE_MIGRATE) for c in copies(db_path))


def kept(series: Iterable[Copy], just_written: Path | None) -> set[Path]:
    """The copies rotation keeps (see the module doc)."""
    newest_first = sorted(series, reverse=True)
    keep: set[Path] = {just_written} if just_written is not None else set()
    keep |= {c.path for c in newest_first[:KEEP_RECENT]}
    for size, bucket in (
        (KEEP_DAILY, lambda c: c.day),
        (KEEP_WEEKLY, lambda c: c.stamp.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda c: (c.stamp.year, c.stamp.month)),
    ):
        seen: list[object] = []
        for c in newest_first:
            b = bucket(c)
            if b not in seen:
                if len(seen) == size:
                    break
                seen.append(b)
                keep.add(c.path)
    return keep


def rotate(db_path: Path, just_written: Path) -> list[Path]:
    """Delete the copies of this database that rotation no longer keeps; returns them."""
    all_copies = copies(db_path, just_written.parent)
    regular = [c for c in all_copies if not c.kind.startswith(PRE_MIGRATE)]
    migrations = sorted((c for c in all_copies if c.kind.startswith(PRE_MIGRATE)), reverse=True)
    keep = kept(regular, just_written)
    keep |= {c.path for c in migrations[:KEEP_PRE_MIGRATE]} | {just_written}
    removed = [c.path for c in all_copies if c.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed

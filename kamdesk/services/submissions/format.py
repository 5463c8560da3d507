"""The submission file format: manifest, checksums, reading and verifying a file.

A submission (``.kamsub``) is ONE zip file holding

* ``report.pdf`` — the monthly report as the rep made it,
* ``data.json`` — that month's data for the manager: the rep, the accounts
  touched, visits, opportunities with their stage changes, targets, plan
  texts, contacts met, and a ``summary`` of numbers for the team rollup.
  Private contact details (``PRIVATE_CONTACT_FIELDS``; whole contacts with
  ``is_private``) are left out unless the rep chooses to include them;
* ``manifest.json`` — format and version, submission and rep uuid, period,
  created time and the SHA-256 of each member.

Reading one checks everything before anything is written: a damaged,
truncated or edited file (zip CRC, missing member, checksum mismatch, wrong
format version) is refused with one clear line. The checksums detect damage;
the manifest's Ed25519 signature (:mod:`kamdesk.services.submissions.sign`)
says which rep's laptop made the file.

Notes (``.kamnote``) carry a manager's annotations back to the rep, with a
checksum of their content.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from kamdesk.errors import UserError
from kamdesk.services.reporting.rollup import RepRollup, TeamRollup, team_total
from kamdesk.store.io.limits import check_zip_size, load_json, why

SUBMISSION_FORMAT = "kamdesk-submission"
SUBMISSION_VERSION = 1
NOTES_FORMAT = "kamdesk-notes"
NOTES_VERSION = 1
SUFFIX = ".kamsub"
NOTES_SUFFIX = ".kamnote"
MEMBERS = ("report.pdf", "data.json")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temp file in the same folder, so a
    failure leaves no half-written file."""
    fd, tmp = tempfile.mkstemp(prefix=".kamdesk-", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def utc_z(at: datetime) -> str:
    """A time as every KAMdesk file writes it: ISO 8601 in UTC with a trailing Z."""
    return at.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return utc_z(value)
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "code"):
        return value.code
    raise TypeError(f"cannot store {type(value).__name__} in JSON")


def _dumps(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=True, default=_json_default).encode(
        "utf-8"
    )


def _canonical(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _parse_dt(v: Any) -> datetime | None:
    if not v:
        return None
    dt = datetime.fromisoformat(str(v))
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


@dataclass(frozen=True)
class Submission:
    path: Path
    checksum: str
    manifest: dict[str, Any]
    data: dict[str, Any]
    pdf: bytes

    @property
    def uuid(self) -> str:
        return str(self.manifest["submission_uuid"])

    @property
    def rep_name(self) -> str:
        return str(self.manifest.get("rep_name") or self.data["rep"]["name"])

    @property
    def period(self) -> str:
        return str(self.manifest["period"])

    @property
    def summary(self) -> RepRollup:
        return RepRollup.from_dict(self.data["summary"])


#: A month of one rep's data is a few MB; anything far larger is not a submission.
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_UNPACKED = 512 * 1024 * 1024
MAX_RATIO = 200
_LIMIT = Decimal("1e15")


def _check_summary(summary: RepRollup) -> None:
    """The summary's numbers are finite and of a size money and counts can have."""
    for key, value in vars(summary).items():
        values = value.values() if isinstance(value, dict) else value if isinstance(value, list) else [value]
        for v in values:
            for x in v if isinstance(v, list) else [v]:
                if isinstance(x, Decimal) and (not x.is_finite() or abs(x) >= _LIMIT):
                    raise ValueError(f"summary {key}: {x} is not a plausible amount")
                if isinstance(x, int) and abs(x) >= 2**53:
                    raise ValueError(f"summary {key}: {x} is not a plausible count")


def read_submission(path: Path | str) -> Submission:
    """Open and check a submission file; UserError (one line) if it is damaged,
    truncated, edited or of another format version."""
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise UserError(f"file not found: {path}")
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise UserError(f"{name}: larger than {MAX_FILE_BYTES >> 20} MB; not a KAMdesk submission")
        blob = path.read_bytes()
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror or exc}") from None
    import io

    # sizes first: a zip bomb is refused before anything is unpacked
    check_zip_size(io.BytesIO(blob), MAX_UNPACKED, MAX_RATIO, name=name, max_members=16)
    try:
        with zipfile.ZipFile(io.BytesIO(blob)) as z:
            names = set(z.namelist())
            if "manifest.json" not in names:
                raise UserError(f"{name}: not a KAMdesk submission (no manifest.json)")
            manifest = load_json(z.read("manifest.json").decode("utf-8"), f"{name}: manifest.json")
            if not isinstance(manifest, dict) or manifest.get("format") != SUBMISSION_FORMAT:
                raise UserError(f"{name}: not a KAMdesk submission file")
            version = manifest.get("format_version")
            if version != SUBMISSION_VERSION:
                raise UserError(
                    f"{name}: submission format version {version} is not supported "
                    f"(this KAMdesk reads version {SUBMISSION_VERSION})"
                )
            members: dict[str, str] = manifest.get("members") or {}
            if not isinstance(members, dict):
                raise UserError(f"{name}: the manifest is damaged (members)")
            contents: dict[str, bytes] = {}
            for member in MEMBERS:
                if member not in names or member not in members:
                    raise UserError(f"{name}: the member {member} is missing; the file is incomplete")
                contents[member] = z.read(member)
                if sha256_bytes(contents[member]) != members[member]:
                    raise UserError(
                        f"{name}: {member} does not match its checksum; the file was changed or damaged"
                    )
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise UserError(f"{name}: the manifest is damaged") from None
    except (zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError, ValueError) as exc:
        # a flipped byte fails in zlib before any checksum, names an unknown
        # compression method (NotImplementedError), sets "encrypted" (RuntimeError)
        # or makes zipfile seek before the start (ValueError)
        raise UserError(f"{name}: the file is damaged or truncated ({exc})") from None
    except (zipfile.LargeZipFile, EOFError, OSError) as exc:
        raise UserError(f"{name}: the file is damaged or truncated ({exc})") from None
    try:
        data = load_json(contents["data.json"].decode("utf-8"), f"{name}: data.json")
        _check_summary(RepRollup.from_dict(data["summary"]))
        for key in ("rep", "period", "accounts", "opportunities", "visits", "targets", "plans"):
            data[key]
        for key in ("submission_uuid", "rep_uuid", "period", "kind"):
            manifest[key]
        belongs = data["rep"]["uuid"] == manifest["rep_uuid"] and data["period"]["key"] == manifest["period"]
    except UnicodeDecodeError:
        raise UserError(f"{name}: data.json is not UTF-8 text") from None
    except (ValueError, KeyError, TypeError, AttributeError, ArithmeticError) as exc:
        raise UserError(
            f"{name}: the month's data is incomplete or malformed ({type(exc).__name__}: {why(exc)})"
        ) from None
    if not belongs:
        raise UserError(f"{name}: the data does not belong to the rep and period in its manifest")
    return Submission(path, sha256_bytes(blob), manifest, data, contents["report.pdf"])


def consolidate(paths: Sequence[Path | str]) -> TeamRollup:
    """The team rollup from reps' submission files (all of one month; the
    latest file per rep counts). Every file is checked first."""
    if not paths:
        raise UserError("no submission files given")
    subs = [read_submission(p) for p in paths]
    months = sorted({s.period for s in subs})
    if len(months) > 1:
        raise UserError(
            f"the files are of different months ({', '.join(months)}); consolidate one month at a time"
        )
    latest: dict[str, Submission] = {}
    for sub in subs:
        rep_uuid = str(sub.manifest["rep_uuid"])
        prev = latest.get(rep_uuid)
        # compared as times: files written before the Z format say +00:00
        if prev is None or (_parse_dt(sub.manifest["created_at"]) or _EPOCH) > (
            _parse_dt(prev.manifest["created_at"]) or _EPOCH
        ):
            latest[rep_uuid] = sub
    return team_total(
        months[0], [_with_words(s) for s in latest.values()], [s.path.name for s in latest.values()]
    )


def _with_words(sub: Submission) -> RepRollup:
    """The file's summary with the rep's own words for the month (its plans)
    and whether the month's report was handed in before the 28th."""
    from kamdesk import clock
    from kamdesk.domain.deadlines import late_by
    from kamdesk.domain.periods import ReportKind

    r = sub.summary
    for plan in sub.data.get("plans") or []:
        if plan.get("kind") == "month" and plan.get("key") == sub.period:
            r.plan_text = plan.get("plan_text") or ""
            r.summary_text = plan.get("summary_text") or ""
            r.key_problems = plan.get("key_problems") or ""
            r.hard_problems = plan.get("hard_problems") or ""
    made = _parse_dt(sub.manifest.get("created_at"))
    if made is not None:
        late = late_by(ReportKind.MONTHLY, sub.period, clock.to_local(made).replace(tzinfo=None))
        r.handins = (0, 1, 0) if late else (1, 0, 0)
    return r


__all__ = [
    "MEMBERS",
    "NOTES_FORMAT",
    "NOTES_SUFFIX",
    "NOTES_VERSION",
    "SUBMISSION_FORMAT",
    "SUBMISSION_VERSION",
    "SUFFIX",
    "Submission",
    "consolidate",
    "read_submission",
    "sha256_bytes",
    "sha256_file",
]

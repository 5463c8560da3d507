"""Building and writing a rep's month-end submission (``.kamsub``)."""

from __future__ import annotations

import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kamdesk.domain.periods import ReportKind
from kamdesk.errors import UserError, ValidationError
from kamdesk.services.changes import Changes, Result
from kamdesk.services.reporting import MonthlyReport, monthly_report, parse_period
from kamdesk.services.submissions.data import month_data
from kamdesk.services.submissions.format import (
    SUBMISSION_FORMAT,
    SUBMISSION_VERSION,
    SUFFIX,
    _dumps,
    _write_atomically,
    sha256_bytes,
    utc_z,
)
from kamdesk.services.submissions.sign import sign_manifest
from kamdesk.store.db import Database
from kamdesk.store.models import (
    ReportSubmission,
    new_uuid,
)
from kamdesk.store.types import utcnow

Render = Callable[[MonthlyReport, Path], Any]


@dataclass(frozen=True)
class SubmissionResult:
    path: Path
    checksum: str  # SHA-256 of the whole file
    submission_uuid: str
    rep_name: str
    month: str
    include_private: bool


def submit_month(
    db: Database,
    month: str,
    out: Path | str,
    render: Render,
    *,
    rep: str | None = None,
    include_private: bool = False,
    progress: Callable[[str, int, int], None] | None = None,
) -> Result[SubmissionResult]:
    """Make the month-end submission file and record the ReportSubmission.

    ``render(report, pdf_path)`` writes the monthly PDF (the reports layer
    passes :func:`kamdesk.reports.monthly.render_monthly`)."""
    out = Path(out)
    if out.suffix.lower() != SUFFIX:
        raise ValidationError({"output": f"a submission file ends in {SUFFIX}"})
    if not out.parent.is_dir():
        raise UserError(f"folder does not exist: {out.parent}")
    period = parse_period(ReportKind.MONTHLY, month)

    def step(text: str, i: int) -> None:
        if progress is not None:
            progress(text, i, 4)

    step("report data", 0)
    report = monthly_report(db, period.key, rep)
    step("PDF", 1)
    with tempfile.TemporaryDirectory() as tmp:
        pdf_path = Path(tmp) / "report.pdf"
        render(report, pdf_path)
        pdf = pdf_path.read_bytes()
    step("month's data", 2)
    data = _dumps(month_data(db, period.key, rep=report.rep.uuid, include_private=include_private))
    sub_uuid = new_uuid()
    created = utcnow()
    manifest = {
        "format": SUBMISSION_FORMAT,
        "format_version": SUBMISSION_VERSION,
        "submission_uuid": sub_uuid,
        "kind": ReportKind.MONTHLY.code,
        "period": period.key,
        "rep_uuid": report.rep.uuid,
        "rep_name": report.rep.name,
        "created_at": utc_z(created),
        "include_private": include_private,
        "members": {"report.pdf": sha256_bytes(pdf), "data.json": sha256_bytes(data)},
    }
    manifest = sign_manifest(manifest)  # the manager trusts the file by this laptop's key
    step("file", 3)
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", _dumps(manifest))
        z.writestr("report.pdf", pdf)
        z.writestr("data.json", data)
    blob = buf.getvalue()
    checksum = sha256_bytes(blob)
    _write_atomically(out, blob)
    try:
        with db.transaction() as s:
            s.add(
                ReportSubmission(
                    uuid=sub_uuid,
                    rep_id=report.rep.id,
                    kind=ReportKind.MONTHLY,
                    period_key=period.key,
                    submitted_at=created,
                    file_name=str(out),
                    checksum=checksum,
                    received=False,
                )
            )
    except BaseException:
        out.unlink(missing_ok=True)  # no file without its record
        raise
    step("done", 4)
    result = SubmissionResult(out, checksum, sub_uuid, report.rep.name, period.key, include_private)
    return Result(result, Changes.of("report", uuids=(sub_uuid,)))


__all__ = ["Render", "SubmissionResult", "submit_month"]

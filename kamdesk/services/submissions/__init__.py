"""Month-end submission files and the manager's notes, offline both ways.

The file format, its checksums and its signature are described in
:mod:`kamdesk.services.submissions.format`.

The implementation lives in

* :mod:`kamdesk.services.submissions.format` — manifest, checksums, reading
  and verifying a file, consolidating files into the team rollup;
* :mod:`kamdesk.services.submissions.data` — the month's data (``data.json``);
* :mod:`kamdesk.services.submissions.write` — building and writing a submission;
* :mod:`kamdesk.services.submissions.receive` — importing into the manager's database;
* :mod:`kamdesk.services.submissions.records` — the received records, typed and upserted by uuid;
* :mod:`kamdesk.services.submissions.notes` — annotations out and back.

This module is the public facade: import from here.
"""

from __future__ import annotations

from kamdesk.services.submissions.data import month_data
from kamdesk.services.submissions.deadlines import (
    ReportStatus,
    mark_annotations_read,
    mark_submitted,
    open_reports,
    recent_reports,
    report_status,
    submitted_reports,
)
from kamdesk.services.submissions.format import (
    MEMBERS,
    NOTES_FORMAT,
    NOTES_SUFFIX,
    NOTES_VERSION,
    SUBMISSION_FORMAT,
    SUBMISSION_VERSION,
    SUFFIX,
    Submission,
    consolidate,
    read_submission,
    sha256_bytes,
    sha256_file,
)
from kamdesk.services.submissions.notes import annotate, receive_notes
from kamdesk.services.submissions.receive import (
    Received,
    ReceivedSubmission,
    is_manager_database,
    receive_submissions,
    received_submissions,
)
from kamdesk.services.submissions.write import Render, SubmissionResult, submit_month

__all__ = [
    "MEMBERS",
    "NOTES_FORMAT",
    "NOTES_SUFFIX",
    "NOTES_VERSION",
    "SUBMISSION_FORMAT",
    "SUBMISSION_VERSION",
    "SUFFIX",
    "Received",
    "ReceivedSubmission",
    "Render",
    "ReportStatus",
    "Submission",
    "SubmissionResult",
    "annotate",
    "consolidate",
    "is_manager_database",
    "mark_annotations_read",
    "mark_submitted",
    "month_data",
    "open_reports",
    "read_submission",
    "receive_notes",
    "receive_submissions",
    "received_submissions",
    "recent_reports",
    "report_status",
    "sha256_bytes",
    "sha256_file",
    "submit_month",
    "submitted_reports",
]

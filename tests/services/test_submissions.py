from __future__ import annotations

import contextlib
import io
import json
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from kamdesk.domain.periods import ReportKind, SubmissionStatus
from kamdesk.errors import UserError
from kamdesk.reports.monthly import render_monthly
from kamdesk.services.reporting import monthly_report
from kamdesk.services.submissions import (
    annotate,
    consolidate,
    mark_annotations_read,
    mark_submitted,
    open_reports,
    read_submission,
    receive_notes,
    receive_submissions,
    received_submissions,
    report_status,
    submit_month,
    submitted_reports,
)
from kamdesk.services.submissions.sign import key_text, register_rep_key, signing_key
from kamdesk.store.db import Database, sqlite_url
from kamdesk.store.models import ReportSubmission
from kamdesk.store.schema import open_database
from tests.services.reports_sample import MONTH, WEEK, make_sample

pytestmark = pytest.mark.dated  # also run at the clock moments of tests/conftest.py


def render(report, path):  # type: ignore[no-untyped-def]
    return render_monthly(report, path, "zh")


@pytest.fixture
def rep_db(db: Database) -> Database:
    make_sample(db)
    return db


@pytest.fixture
def manager_db(tmp_path: Path):  # type: ignore[no-untyped-def]
    database = open_database(sqlite_url(tmp_path / "manager.db"))
    # the manager trusts 张伟's laptop key (both sides share the test's data dir)
    register_rep_key(key_text(signing_key().public_key()), "张伟")
    yield database
    database.dispose()


def test_weekly_report_is_due_until_friday_1730_then_late(rep_db: Database) -> None:
    before = datetime(2026, 11, 20, 17, 29)
    after = datetime(2026, 11, 20, 17, 31)
    assert report_status(rep_db, ReportKind.WEEKLY, WEEK, now=before).status is SubmissionStatus.DUE
    assert report_status(rep_db, ReportKind.WEEKLY, WEEK, now=after).status is SubmissionStatus.LATE
    mark_submitted(rep_db, ReportKind.WEEKLY, WEEK)
    st = report_status(rep_db, ReportKind.WEEKLY, WEEK, now=after)
    assert st.status is SubmissionStatus.SUBMITTED and st.submitted_at is not None
    assert (ReportKind.WEEKLY, WEEK) in submitted_reports(rep_db)


def test_monthly_report_is_due_before_the_28th(rep_db: Database) -> None:
    assert (
        report_status(rep_db, ReportKind.MONTHLY, MONTH, now=datetime(2026, 11, 27, 23, 0)).status
        is SubmissionStatus.DUE
    )
    assert (
        report_status(rep_db, ReportKind.MONTHLY, MONTH, now=datetime(2026, 11, 28, 0, 1)).status
        is SubmissionStatus.LATE
    )


def test_open_reports_lists_due_and_late_most_pressing_first(rep_db: Database) -> None:
    now = datetime(2026, 11, 25, 9, 0)
    rows = open_reports(rep_db, now=now)
    assert rows == sorted(rows, key=lambda r: r.deadline)
    assert any(
        r.kind is ReportKind.DAILY and r.key == "2026-11-24" and r.status is SubmissionStatus.LATE
        for r in rows
    )
    assert any(
        r.kind is ReportKind.MONTHLY and r.key == MONTH and r.status is SubmissionStatus.DUE for r in rows
    )
    mark_submitted(rep_db, ReportKind.DAILY, "2026-11-24")
    assert not any(r.key == "2026-11-24" for r in open_reports(rep_db, now=now))


def test_submission_round_trip_rep_to_manager_and_notes_back(
    rep_db: Database, manager_db: Database, tmp_path: Path
) -> None:
    out = tmp_path / "zhang-2026-11.kamsub"
    made = submit_month(rep_db, MONTH, out, render).value
    assert out.is_file() and len(made.checksum) == 64
    st = report_status(rep_db, ReportKind.MONTHLY, MONTH)
    assert st.status is SubmissionStatus.SUBMITTED and st.checksum == made.checksum

    sub = read_submission(out)
    assert sub.pdf.startswith(b"%PDF") and sub.summary.weighted == monthly_report(rep_db, MONTH).weighted_end

    first = receive_submissions(manager_db, [out]).value
    again = receive_submissions(manager_db, [out]).value
    assert [r.imported for r in first] == [True] and [r.imported for r in again] == [False]
    received = received_submissions(manager_db)
    assert [(r.rep_name, r.period) for r in received] == [("张伟", MONTH)]
    # the manager's copy rolls up the same as the rep's own figures
    on_manager = monthly_report(manager_db, MONTH, rep="张伟")
    mine = monthly_report(rep_db, MONTH)
    assert (on_manager.visits_done, on_manager.weighted_end, on_manager.revenue, on_manager.collections) == (
        mine.visits_done,
        mine.weighted_end,
        mine.revenue,
        mine.collections,
    )

    team = consolidate([out])
    assert team.total.visits_done == 3 and str(team.total.weighted) == "150000.00"

    notes = tmp_path / "notes.kamnote"
    annotate(manager_db, made.submission_uuid, "回款要跟紧", notes, section="回款", author="王经理")
    assert receive_notes(rep_db, notes).value == 1
    assert receive_notes(rep_db, notes).value == 0  # idempotent
    report = monthly_report(rep_db, MONTH)
    assert [(a.author, a.section, a.text) for a in report.annotations] == [("王经理", "回款", "回款要跟紧")]
    st = report_status(rep_db, ReportKind.MONTHLY, MONTH)
    assert (st.annotations, st.unread_annotations) == (1, 1)
    mark_annotations_read(rep_db, ReportKind.MONTHLY, MONTH)
    assert report_status(rep_db, ReportKind.MONTHLY, MONTH).unread_annotations == 0


def _rewrite(src: Path, dst: Path, change) -> None:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(src) as z:
        members = {n: z.read(n) for n in z.namelist()}
    change(members)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for n, data in members.items():
            z.writestr(n, data)
    dst.write_bytes(buf.getvalue())


def _count_submissions(db: Database) -> int:
    with db.reading() as s:
        return len(s.query(ReportSubmission.id).all())


@pytest.mark.parametrize(
    ("tamper", "message"),
    [
        ("flip", "damaged"),
        ("truncate", "damaged or truncated"),
        ("edit-json", "data.json does not match its checksum"),
        ("drop-pdf", "report.pdf is missing"),
        ("version", "format version 2 is not supported"),
    ],
)
def test_tampered_submission_is_refused_and_nothing_written(
    rep_db: Database, manager_db: Database, tmp_path: Path, tamper: str, message: str
) -> None:
    good = tmp_path / "good.kamsub"
    submit_month(rep_db, MONTH, good, render)
    bad = tmp_path / "bad.kamsub"
    blob = good.read_bytes()
    if tamper == "flip":
        i = len(blob) // 2
        bad.write_bytes(blob[:i] + bytes([blob[i] ^ 0xFF]) + blob[i + 1 :])
    elif tamper == "truncate":
        bad.write_bytes(blob[: len(blob) // 3])
    elif tamper == "edit-json":

        def edit(m: dict[str, bytes]) -> None:
            data = json.loads(m["data.json"])
            data["summary"]["visits_done"] = 99
            m["data.json"] = json.dumps(data).encode()

        _rewrite(good, bad, edit)
    elif tamper == "drop-pdf":
        _rewrite(good, bad, lambda m: m.pop("report.pdf"))
    else:

        def bump(m: dict[str, bytes]) -> None:
            man = json.loads(m["manifest.json"])
            man["format_version"] = 2
            m["manifest.json"] = json.dumps(man).encode()

        _rewrite(good, bad, bump)
    with pytest.raises(UserError, match=message) as exc:
        receive_submissions(manager_db, [good, bad])
    assert "\n" not in str(exc.value)
    assert _count_submissions(manager_db) == 0  # the good file was not imported either
    with pytest.raises(UserError):
        consolidate([bad])


def test_private_contact_details_left_out_unless_chosen(rep_db: Database, tmp_path: Path) -> None:
    from sqlalchemy import select

    from kamdesk.store.models import Contact, Visit, VisitAttendee

    with rep_db.transaction() as s:  # both contacts attend the first visit
        visit = s.execute(select(Visit).order_by(Visit.starts_at)).scalars().first()
        assert visit is not None
        for c in s.execute(select(Contact)).scalars():
            s.add(VisitAttendee(visit_id=visit.id, side="them", contact_id=c.id, name=c.name))
    plain = tmp_path / "plain.kamsub"
    full = tmp_path / "full.kamsub"
    submit_month(rep_db, MONTH, plain, render)
    submit_month(rep_db, MONTH, full, render, include_private=True)

    def data_of(p: Path) -> dict:  # type: ignore[type-arg]
        return read_submission(p).data

    plain_data = data_of(plain)
    names = [c["name"] for c in plain_data["contacts"]]
    assert names == ["李明"]  # the is_private contact is not there at all
    text = json.dumps(plain_data, ensure_ascii=False)
    assert "王芳" not in text and "钓鱼" not in text and "赵私" not in text and "1975-03-09" not in text
    assert "spouse" not in plain_data["contacts"][0]
    full_data = data_of(full)
    li = next(c for c in full_data["contacts"] if c["name"] == "李明")
    assert li["spouse"] == "王芳" and li["interests"] == "钓鱼" and li["birthday"] == "1975-03-09"
    assert "赵私" in [c["name"] for c in full_data["contacts"]]
    assert read_submission(full).manifest["include_private"] is True


def test_submit_refuses_wrong_suffix_and_missing_folder(rep_db: Database, tmp_path: Path) -> None:
    with pytest.raises(UserError):
        submit_month(rep_db, MONTH, tmp_path / "x.zip", render)
    with pytest.raises(UserError, match="folder does not exist"):
        submit_month(rep_db, MONTH, tmp_path / "nope" / "x.kamsub", render)
    assert _count_submissions(rep_db) == 0


def test_notes_for_an_unknown_submission_are_refused(
    rep_db: Database, manager_db: Database, tmp_path: Path
) -> None:
    out = tmp_path / "s.kamsub"
    made = submit_month(rep_db, MONTH, out, render).value
    receive_submissions(manager_db, [out])
    notes = tmp_path / "n.kamnote"
    annotate(manager_db, made.submission_uuid, "好", notes)
    other = open_database(sqlite_url(tmp_path / "other.db"))
    try:
        make_sample(other, rep_name="李四")
        with pytest.raises(UserError, match="no submitted"):
            receive_notes(other, notes)
    finally:
        other.dispose()
    doc = json.loads(notes.read_text())
    doc["body"]["annotations"][0]["text"] = "改过"
    notes.write_text(json.dumps(doc, ensure_ascii=False))
    with pytest.raises(UserError, match="checksum"):
        receive_notes(rep_db, notes)


def test_a_flipped_byte_anywhere_is_refused_cleanly(rep_db: Database, tmp_path: Path) -> None:
    """Every single-byte corruption is a clear UserError, never a zlib or zip crash."""
    from kamdesk.services.submissions import read_submission

    good = tmp_path / "good.kamsub"
    submit_month(rep_db, MONTH, good, render)
    blob = good.read_bytes()
    bad = tmp_path / "bad.kamsub"
    # every byte of the first local header and of the central directory (flags,
    # compression method, sizes), and a sample of the compressed data between
    headers = [*range(min(120, len(blob))), *range(max(0, len(blob) - 600), len(blob))]
    for pos in sorted({*headers, *range(0, len(blob), max(1, len(blob) // 200))}):
        bad.write_bytes(blob[:pos] + bytes([blob[pos] ^ 0xFF]) + blob[pos + 1 :])
        with contextlib.suppress(UserError):
            read_submission(bad)

"""A manager's announcements travel to the rep in the notes file and stay
unread until read; a rep's self-development goals with review dates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kamdesk import clock
from kamdesk.domain.development import DevelopmentArea
from kamdesk.errors import ValidationError
from kamdesk.reports.monthly import render_monthly
from kamdesk.services.planning.development import add_goal, list_goals, review_goal, reviews_due
from kamdesk.services.submissions import annotate, receive_notes, receive_submissions, submit_month
from kamdesk.services.submissions.announcements import (
    all_announcements,
    mark_read,
    post_announcement,
    unread_announcements,
)
from kamdesk.store.db import Database
from tests.services.reports_sample import MONTH
from tests.services.test_submissions import manager_db, rep_db  # noqa: F401  (the same two laptops)


def render(report, path):  # type: ignore[no-untyped-def]
    return render_monthly(report, path, "zh")


def test_announcements_travel_with_the_notes_file_and_stay_until_read(
    rep_db: Database,  # noqa: F811
    manager_db: Database,  # noqa: F811
    tmp_path: Path,
) -> None:
    out = tmp_path / "zhang.kamsub"
    made = submit_month(rep_db, MONTH, out, render).value
    receive_submissions(manager_db, [out])
    posted = post_announcement(
        manager_db, "12月起周报改为周五16:00前提交", "请各位按时提交", author="王经理"
    ).value
    assert unread_announcements(manager_db) == []  # its author has read it
    notes = tmp_path / "n.kamnote"
    annotate(manager_db, made.submission_uuid, "好", notes, author="王经理")
    assert unread_announcements(rep_db) == []
    receive_notes(rep_db, notes)
    receive_notes(rep_db, notes)  # again: nothing doubled
    unread = unread_announcements(rep_db)
    assert [(a.uuid, a.title, a.author, a.text) for a in unread] == [
        (posted.uuid, "12月起周报改为周五16:00前提交", "王经理", "请各位按时提交")
    ]
    assert mark_read(rep_db).value == 1
    assert unread_announcements(rep_db) == [] and all_announcements(rep_db)[0].read


def test_an_announcement_needs_a_title(manager_db: Database) -> None:  # noqa: F811
    with pytest.raises(ValidationError) as info:
        post_announcement(manager_db, "  ", "x" * 6000)
    assert set(info.value.errors) == {"title", "text"}
    assert all_announcements(manager_db) == []


def test_self_development_goals_in_the_seeds_areas(rep_db: Database) -> None:  # noqa: F811
    with clock.frozen_at("2027-04-01T09:00"):
        add_goal(rep_db, "个人时间管理", "每周五下午规划下周拜访", "2027-03-31")
        g = add_goal(rep_db, "proposals", "完成两份方案模板", date(2027, 6, 30)).value
        goals = list_goals(rep_db)
        assert [(x.area, x.state) for x in goals] == [
            (DevelopmentArea.TIME, "overdue"),
            (DevelopmentArea.PROPOSALS, "open"),
        ]
        assert [x.area for x in reviews_due(rep_db)] == [DevelopmentArea.TIME]
        done = review_goal(rep_db, goals[0].uuid, "已坚持 8 周").value
        assert done.state == "done" and done.reviewed_on == date(2027, 4, 1)
        assert reviews_due(rep_db) == [] and g.area.zh == "写建议书"


def test_a_goal_with_a_date_that_does_not_exist_is_refused(rep_db: Database) -> None:  # noqa: F811
    with pytest.raises(ValidationError) as info:
        add_goal(rep_db, "唱歌", "", "2027-02-30")
    assert set(info.value.errors) == {"area", "goal", "review_on"}
    assert list_goals(rep_db) == []

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from kamdesk import clock
from kamdesk.errors import ValidationError
from kamdesk.services.profile import MyProfile, get_profile, save_profile
from kamdesk.services.visits.calendar import visits_between
from kamdesk.store.db import Database, sqlite_url
from kamdesk.store.models import Account, Visit
from kamdesk.store.schema import open_database


def test_profile_round_trips_and_the_zone_applies_when_the_database_opens_again(db: Database) -> None:
    saved = save_profile(
        db, MyProfile("张伟", title="客户经理", region="华东", manager_name="王建国", time_zone="Asia/Shanghai")
    ).value
    assert get_profile(db) == saved and clock.zone_name() == "Asia/Shanghai"
    clock.set_zone(None)
    again = open_database(db.url)
    try:
        assert clock.zone_name() == "Asia/Shanghai"
    finally:
        again.dispose()


def test_bad_profile_names_each_field_and_saves_nothing(db: Database) -> None:
    before = get_profile(db)
    with pytest.raises(ValidationError) as err:
        save_profile(db, MyProfile("", email="nope", time_zone="China/Beijing"))
    assert set(err.value.errors) == {"name", "email", "time_zone"}
    assert get_profile(db) == before


def test_visit_list_shows_china_time_on_a_utc_laptop_once_the_zone_is_set(db: Database) -> None:
    clock.set_zone("UTC")
    with db.transaction() as s:
        acc = Account(name="宁波卷烟厂")
        s.add(acc)
        s.flush()
        s.add(Visit(account_id=acc.id, starts_at=datetime(2026, 11, 26, 1, 30, tzinfo=UTC)))
    save_profile(db, MyProfile("张伟", time_zone="Asia/Shanghai"))
    rows = visits_between(db, date(2026, 11, 26), date(2026, 11, 26))
    assert [clock.to_local(r.starts_at).strftime("%Y-%m-%d %H:%M") for r in rows] == ["2026-11-26 09:30"]
    # 07:00 China time on the 27th is still the 26th in UTC: it belongs to the 27th now
    with db.transaction() as s:
        s.add(Visit(account_id=acc.id, starts_at=datetime(2026, 11, 26, 23, 0, tzinfo=UTC)))
    assert len(visits_between(db, date(2026, 11, 27), date(2026, 11, 27) + timedelta(days=0))) == 1


def test_demo_data_sets_china_time(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from kamdesk.store.demo.generate import generate

    demo = open_database(sqlite_url(tmp_path / "demo.db"))
    try:
        get_profile(demo)  # the app's own rep exists before the demo, as in the GUI
        generate(demo, size="small", seed=3, today=date(2026, 11, 20))
        assert get_profile(demo).time_zone == "Asia/Shanghai" and clock.zone_name() == "Asia/Shanghai"
    finally:
        demo.dispose()

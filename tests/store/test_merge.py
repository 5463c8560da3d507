"""Merges that lose nothing: decided by record version and origin, conflicts
kept to review, a wrong clock harmless; migration 0006 keeps every record."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text, update

from kamdesk import clock
from kamdesk.cli.main import main
from kamdesk.errors import UserError
from kamdesk.services.exchange.conflicts import edit_conflict, list_conflicts, resolve_conflict
from kamdesk.store.db import Database, sqlite_url
from kamdesk.store.io import merge
from kamdesk.store.io.bundle import export_bundle, import_bundle
from kamdesk.store.models import Account, StoreMeta
from kamdesk.store.schema import _upgrade, ensure_schema, open_database

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def _s(version, origin, base=None, at=T0):
    return merge.State(version, origin, *(base or (None, None)), at)


@pytest.mark.parametrize(
    ("ours", "theirs", "expected"),
    [
        (_s(2, "A"), _s(2, "A"), "same"),
        (_s(1, "A"), _s(2, "B", (1, "A")), "take"),  # they edited what we sent
        (_s(3, "A"), _s(2, "B", (1, "A")), "conflict"),  # and we edited too
        (_s(2, "A", (1, "B")), _s(1, "B"), "keep"),  # theirs is what we edited: older
        (_s(2, "A"), _s(5, "A"), "take"),  # the same laptop went on editing
        (_s(5, "A"), _s(2, "A"), "keep"),
        (_s(1, None, (1, None)), _s(2, "B", (1, None)), "take"),  # both upgraded, then they edited
        (_s(1, None, (1, None), at=T0), _s(1, None, (1, None), at=datetime(2026, 2, 1, tzinfo=UTC)), "take"),
        (
            _s(2, "A", (1, None)),
            _s(None, None, at=datetime(2099, 1, 1, tzinfo=UTC)),
            "conflict",
        ),  # old bundle
        (_s(1, "A"), _s(None, None, at=datetime(2099, 1, 1, tzinfo=UTC)), "take"),
        (_s(1, "A", at=datetime(2099, 1, 1, tzinfo=UTC)), _s(None, None), "keep"),
    ],
)
def test_the_merge_rule(ours: merge.State, theirs: merge.State, expected: str):
    assert merge.decide(ours, theirs) == expected


def _origin(db: Database) -> str:
    with db.reading() as s:
        return s.get(StoreMeta, "origin").value  # type: ignore[union-attr]


def _laptops(tmp_path: Path) -> tuple[Database, Database]:
    a = open_database(sqlite_url(tmp_path / "a.db"))
    b = open_database(sqlite_url(tmp_path / "b.db"))
    assert _origin(a) != _origin(b)
    return a, b


def _send(src: Database, dst: Database, path: Path):
    export_bundle(src, path)
    return import_bundle(dst, path)


def _rename(db: Database, name: str) -> None:
    with db.transaction() as s:
        s.scalars(select(Account)).one().short_name = name


def _short(db: Database) -> str:
    with db.reading() as s:
        return s.scalars(select(Account.short_name)).one()


def test_every_update_counts_up_the_version_and_names_this_laptop(db: Database):
    with db.transaction() as s:
        s.add(Account(name="成都天府电力有限公司"))
    with db.reading() as s:
        acc = s.scalars(select(Account)).one()
        assert (acc.version, acc.origin, acc.base_version) == (1, _origin(db), None)
    _rename(db, "天府")
    with db.transaction() as s:  # core statements count too
        s.execute(update(Account).values(short_name="天府电力"))
    with db.reading() as s:
        assert s.scalars(select(Account.version)).one() == 3


def test_edits_travel_both_ways_and_concurrent_ones_become_a_conflict(tmp_path: Path):
    a, b = _laptops(tmp_path)
    with a.transaction() as s:
        s.add(Account(name="成都天府电力有限公司", short_name="天府"))
    _send(a, b, tmp_path / "1.json")
    _rename(b, "天府电力")
    assert _send(b, a, tmp_path / "2.json").updated == {"account": 1}
    assert _short(a) == "天府电力"
    # both change it now
    _rename(a, "A 的名字")
    _rename(b, "B 的名字")
    report = _send(b, a, tmp_path / "3.json")
    assert report.conflicts == {"account": 1} and not report.updated
    assert "kamdesk conflicts" in report.summary()
    assert _short(a) == "A 的名字"  # the receiving side keeps its value
    assert import_bundle(a, tmp_path / "3.json").conflicts == {"account": 1}
    [c] = list_conflicts(a)  # importing the same bundle again adds no second conflict
    assert c.table == "account" and ("short_name", "A 的名字", "B 的名字") in c.differences
    assert c.their_origin == _origin(b) and c.source == "3.json"
    # taking theirs, then sending back: b takes a's version, with no new conflict
    resolve_conflict(a, c.id, "theirs")
    assert _short(a) == "B 的名字" and list_conflicts(a) == []
    back = _send(a, b, tmp_path / "4.json")
    assert back.updated == {"account": 1} and not back.conflicts
    assert _send(b, a, tmp_path / "5.json").conflicts == {}
    a.dispose()
    b.dispose()


def test_an_edited_value_settles_the_conflict_and_travels(tmp_path: Path):
    """Neither side's value is right: the rep types a third, checked by the
    same rules as a form; refused input leaves the conflict and the record as they were."""
    a, b = _laptops(tmp_path)
    with a.transaction() as s:
        s.add(Account(name="华信烟草", short_name="x"))
    _send(a, b, tmp_path / "1.json")
    _rename(a, "华信")
    _rename(b, "华信集团")
    _send(b, a, tmp_path / "2.json")
    [c] = list_conflicts(a)
    with pytest.raises(UserError, match="not a field to edit"):
        edit_conflict(a, c.id, {"name": "别的"})  # the same on both sides: nothing to settle there
    with pytest.raises(UserError, match=r"^short_name: too long \(81 characters; at most 80\)"):
        edit_conflict(a, c.id, {"short_name": "长" * 81})
    assert _short(a) == "华信" and [x.id for x in list_conflicts(a)] == [c.id]
    edit_conflict(a, c.id, {"short_name": " 华信烟草集团 "})
    assert _short(a) == "华信烟草集团" and list_conflicts(a) == []
    [settled] = list_conflicts(a, include_resolved=True)
    assert settled.resolution == "edited"
    assert import_bundle(a, tmp_path / "2.json").conflicts == {}  # theirs is now our base
    assert _send(a, b, tmp_path / "3.json").updated == {"account": 1}
    assert _short(b) == "华信烟草集团"
    a.dispose()
    b.dispose()


def test_keeping_mine_wins_on_the_other_laptop_at_the_next_exchange(tmp_path: Path):
    a, b = _laptops(tmp_path)
    with a.transaction() as s:
        s.add(Account(name="华信烟草", short_name="x"))
    _send(a, b, tmp_path / "1.json")
    _rename(a, "mine")
    _rename(b, "theirs")
    _send(b, a, tmp_path / "2.json")
    [c] = list_conflicts(a)
    resolve_conflict(a, c.id, "mine")
    assert import_bundle(a, tmp_path / "2.json").conflicts == {}  # settled: theirs is now our base
    assert _send(a, b, tmp_path / "3.json").updated == {"account": 1}
    assert _short(b) == "mine"
    a.dispose()
    b.dispose()


def test_an_edit_under_a_clock_a_year_behind_is_not_overwritten_by_an_older_bundle(tmp_path: Path):
    a, b = _laptops(tmp_path)
    with clock.frozen_at("2026-06-01T10:00"):
        with b.transaction() as s:
            s.add(Account(name="远景医药", short_name="远景"))
        old = tmp_path / "old.json"
        export_bundle(b, old)
        import_bundle(a, old)
    with clock.frozen_at("2025-06-01T10:00"):  # a's clock is a year behind
        _rename(a, "远景（新）")
    with clock.frozen_at("2026-06-02T10:00"):
        report = import_bundle(a, old)
    assert report.updated == {} and report.conflicts == {}
    assert _short(a) == "远景（新）"
    # and the other way: b takes a's edit although its updated_at is a year older
    with clock.frozen_at("2026-06-03T10:00"):
        assert _send(a, b, tmp_path / "a.json").updated == {"account": 1}
    assert _short(b) == "远景（新）"
    a.dispose()
    b.dispose()


def test_a_bundle_from_before_versions_never_overwrites_an_edit_made_here(tmp_path: Path):
    a, b = _laptops(tmp_path)
    with a.transaction() as s:
        s.add(Account(name="天府电力", short_name="x"))
    path = tmp_path / "1.json"
    _send(a, b, path)
    _rename(a, "edited here")
    doc = json.loads(path.read_text(encoding="utf-8"))
    for rows in doc["tables"].values():
        for r in rows:
            for key in ("version", "origin", "base_version", "base_origin"):
                r.pop(key, None)
    doc["tables"]["account"][0].update(short_name="old laptop", updated_at="2099-01-01T00:00:00Z")
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert import_bundle(a, path).conflicts == {"account": 1}
    assert _short(a) == "edited here"
    a.dispose()
    b.dispose()


def test_cli_conflicts_lists_and_settles(tmp_path: Path, capsys):
    a, b = _laptops(tmp_path)
    with a.transaction() as s:
        s.add(Account(name="华信烟草", short_name="x"))
    _send(a, b, tmp_path / "1.json")
    _rename(a, "mine")
    _rename(b, "theirs")
    export_bundle(b, tmp_path / "2.json")
    a.dispose()
    b.dispose()
    db = ["--db", str(tmp_path / "a.db")]
    assert main([*db, "import", str(tmp_path / "2.json")]) == 0
    assert "1 changed on both sides" in capsys.readouterr().out
    assert main([*db, "conflicts"]) == 0
    out = capsys.readouterr().out
    assert "#1 account 华信烟草" in out and "short_name: here 'mine', theirs 'theirs'" in out
    assert main([*db, "conflicts", "--edit", "1"]) == 2  # nothing to set: one line, nothing written
    assert main([*db, "conflicts", "--edit", "1", "--set", "short_name"]) == 2
    assert main([*db, "conflicts", "--edit", "1", "--set", "short_name=" + "长" * 81]) == 2
    assert "too long" in capsys.readouterr().err
    assert main([*db, "conflicts", "--edit", "1", "--set", "short_name=华信"]) == 0
    assert "edited short_name" in capsys.readouterr().out
    assert main([*db, "conflicts"]) == 0
    assert "no conflicts to review" in capsys.readouterr().out
    assert main([*db, "conflicts", "--take-theirs", "1"]) == 2  # settled already


def test_migration_0006_keeps_every_record_and_gives_it_a_version(tmp_path: Path):
    old = Database(sqlite_url(tmp_path / "old.db"))
    _upgrade(old, "0005")
    with old.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO account (name, sort_key, initials, counterparty_kind, archived, uuid, created_at,"
                " updated_at) VALUES ('天府', 't', 't', 'customer', 0, '6f1c2a70-0000-4000-8000-000000000001',"
                " '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
            )
        )
    ensure_schema(old)
    with old.reading() as s:
        acc = s.scalars(select(Account)).one()
        assert (acc.name, acc.version, acc.origin, acc.base_version, acc.base_origin) == (
            "天府",
            1,
            None,
            1,
            None,
        )
        assert len(s.get(StoreMeta, "origin").value) == 12  # type: ignore[union-attr]
    old.dispose()

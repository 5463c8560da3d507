import json
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kamdesk.domain.grading import Tier
from kamdesk.domain.stages import Stage
from kamdesk.domain.stakeholders import Attitude, BuyingRole
from kamdesk.errors import UserError
from kamdesk.store.db import Database, sqlite_url
from kamdesk.store.io.bundle import export_bundle, import_bundle
from kamdesk.store.models import Account, AttitudeChange, Contact, Opportunity, Rep, Stakeholder
from kamdesk.store.schema import open_database


def _fill(db: Database) -> None:
    with db.transaction() as s:
        rep = Rep(name="李娜", is_me=True)
        s.add(rep)
        s.flush()
        acc = Account(
            name="上海华信烟草集团有限公司",
            short_name="华信",
            owner_id=rep.id,
            tier=Tier.GOLD,
            founded_on=date(1989, 9, 4),
            registered_capital=Decimal("5000.00"),
            notes="主要采购办公耗材，约每季度一次",
        )
        s.add(acc)
        s.flush()
        boss = Contact(
            account_id=acc.id, name="张强", title="总经理", spouse="王丽", birthday=date(1970, 5, 1)
        )
        s.add(boss)
        s.flush()
        # a subordinate inserted before nothing else: reports-to is a self reference
        s.add(Contact(account_id=acc.id, name="陈静", title="采购主管", reports_to_id=boss.id))
        secret = Contact(account_id=acc.id, name="私人联系人", is_private=True)
        s.add(secret)
        opp = Opportunity(
            account_id=acc.id,
            owner_id=rep.id,
            name="办公耗材框架协议",
            stage=Stage.C,
            amount=Decimal("300000.50"),
        )
        s.add(opp)
        s.flush()
        sh = Stakeholder(
            account_id=acc.id,
            opportunity_id=opp.id,
            contact_id=boss.id,
            buying_role=BuyingRole.ECONOMIC,
            attitude=Attitude.SUPPORTS,
            influence_pct=40.0,
        )
        s.add(sh)
        s.flush()
        s.add(AttitudeChange(stakeholder_id=sh.id, at=datetime(2026, 11, 1, 9, tzinfo=UTC), to_level="B"))
        s.add(Stakeholder(account_id=acc.id, opportunity_id=opp.id, contact_id=secret.id))


def _without_time(doc: dict) -> dict:
    """The document less its time and each record's base (the receiver's own: what it last received)."""
    out = {k: v for k, v in doc.items() if k != "exported_at"}
    out["tables"] = {
        t: [{k: v for k, v in r.items() if k not in ("base_version", "base_origin")} for r in rows]
        for t, rows in doc["tables"].items()
    }
    return out


def test_export_import_export_gives_an_equal_bundle(db: Database, tmp_path: Path):
    _fill(db)
    first = tmp_path / "a.json"
    export_bundle(db, first, include_private=True)
    other = open_database(sqlite_url(tmp_path / "other.db"))
    report = import_bundle(other, first)
    assert report.added["account"] == 1 and report.added["contact"] == 3
    second = tmp_path / "b.json"
    export_bundle(other, second, include_private=True)
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (first, second))
    assert _without_time(a) == _without_time(b)
    assert "上海华信烟草集团有限公司" in first.read_text(encoding="utf-8")
    with other.reading() as s:
        sub = s.scalars(select(Contact).where(Contact.name == "陈静")).one()
        assert s.get(Contact, sub.reports_to_id).name == "张强"
        assert s.scalars(select(Opportunity.amount)).one() == Decimal("300000.50")
    other.dispose()


def test_reimport_matches_by_uuid_and_adds_nothing(db: Database, tmp_path: Path):
    _fill(db)
    path = tmp_path / "a.json"
    export_bundle(db, path)
    report = import_bundle(db, path)
    assert sum(report.added.values()) == 0
    assert report.skipped["account"] == 1
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Account)) == 1


def test_a_later_version_from_another_laptop_updates_the_local_copy(db: Database, tmp_path: Path):
    _fill(db)
    path = tmp_path / "a.json"
    export_bundle(db, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    record = doc["tables"]["account"][0]
    # edited on another laptop after it received this one's version
    record.update(
        short_name="华信烟草",
        base_version=record["version"],
        base_origin=record["origin"],
        version=record["version"] + 1,
        origin="0123456789ab",
    )
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    report = import_bundle(db, path)
    assert report.updated == {"account": 1}
    with db.reading() as s:
        assert s.scalars(select(Account.short_name)).one() == "华信烟草"


def test_without_private_details(db: Database, tmp_path: Path):
    _fill(db)
    path = tmp_path / "a.json"
    export_bundle(db, path, include_private=False)
    doc = json.loads(path.read_text(encoding="utf-8"))
    names = [c["name"] for c in doc["tables"]["contact"]]
    assert "私人联系人" not in names
    assert all(c["spouse"] is None and c["birthday"] is None for c in doc["tables"]["contact"])
    # the stakeholder row of the private contact cannot exist without it
    assert len(doc["tables"]["stakeholder"]) == 1


def test_dry_run_reports_and_writes_nothing(db: Database, tmp_path: Path):
    _fill(db)
    path = tmp_path / "a.json"
    export_bundle(db, path)
    empty = open_database(sqlite_url(tmp_path / "empty.db"))
    report = import_bundle(empty, path, dry_run=True)
    assert report.added["account"] == 1
    assert "would add" in report.summary()
    with empty.reading() as s:
        assert s.scalar(select(func.count()).select_from(Account)) == 0
    empty.dispose()


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.update(format="other"), "not a valid KAMdesk bundle"),
        (lambda d: d.update(schema_revision="9999"), "newer KAMdesk"),
        (lambda d: d["tables"].update(nonsense=[]), "unknown table"),
        (lambda d: d["tables"]["account"][0].update(founded_on="1989-13-45"), "founded_on"),
        (lambda d: d["tables"]["account"][0].update(tier="diamond"), "tier"),
        (lambda d: d["tables"]["opportunity"][0].update(amount="lots"), "amount"),
        (
            lambda d: d["tables"]["contact"][0].update(account_uuid="00000000-0000-0000-0000-000000000000"),
            "neither in the bundle nor here",
        ),
    ],
)
def test_bad_bundle_is_rejected_with_nothing_written(db: Database, tmp_path: Path, mutate, message):
    _fill(db)
    path = tmp_path / "a.json"
    export_bundle(db, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    mutate(doc)
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    empty = open_database(sqlite_url(tmp_path / "empty.db"))
    with pytest.raises(UserError, match=message):
        import_bundle(empty, path)
    with empty.reading() as s:
        assert s.scalar(select(func.count()).select_from(Rep)) == 0
        assert s.scalar(select(func.count()).select_from(Account)) == 0
    empty.dispose()


def test_truncated_file_is_a_clear_error(db: Database, tmp_path: Path):
    _fill(db)
    path = tmp_path / "a.json"
    export_bundle(db, path)
    path.write_text(path.read_text(encoding="utf-8")[:200], encoding="utf-8")
    with pytest.raises(UserError, match="malformed JSON at line"):
        import_bundle(db, path)


@pytest.mark.parametrize("chunk", [1, 2000])
def test_a_streamed_copy_equals_export_then_import(db: Database, tmp_path: Path, monkeypatch, chunk):
    """copy_database (the team server's first load) ends where a bundle file would,
    with records taken in chunks: a reports-to in a later chunk than its superior resolves."""
    import kamdesk.store.io.bundle_import as bundle_import
    from kamdesk.store.io.bundle import copy_database

    monkeypatch.setattr(bundle_import, "CHUNK", chunk)
    _fill(db)
    via_file = open_database(sqlite_url(tmp_path / "via_file.db"))
    export_bundle(db, tmp_path / "a.json")
    import_bundle(via_file, tmp_path / "a.json")
    copied = open_database(sqlite_url(tmp_path / "copied.db"))
    report = copy_database(db, copied)
    assert report.added["contact"] == 2  # the private contact stays behind
    docs = []
    for other in (via_file, copied):
        export_bundle(other, tmp_path / "out.json", include_private=True)
        docs.append(_without_time(json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))))
        other.dispose()
    assert docs[0] == docs[1]
    assert "私人联系人" not in json.dumps(docs[1], ensure_ascii=False)
    assert docs[1]["tables"]["contact"][1]["reports_to_uuid"] == docs[1]["tables"]["contact"][0]["uuid"]

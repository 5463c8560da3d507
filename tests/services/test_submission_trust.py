"""Submissions the manager can trust: signed by the rep's laptop key, checked
against the key the manager registered, and never touching another rep's
records — the forged-submission case of issue 15 among them."""

from __future__ import annotations

import hashlib
import io
import json
import uuid
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from kamdesk.errors import UserError
from kamdesk.reports.monthly import render_monthly
from kamdesk.services.submissions import receive_submissions, submit_month
from kamdesk.services.submissions.sign import (
    fingerprint,
    key_text,
    register_rep_key,
    registered_keys,
    sign_manifest,
    signing_key,
)
from kamdesk.store.db import Database, sqlite_url
from kamdesk.store.models import Account, Rep
from kamdesk.store.schema import open_database
from tests.services.reports_sample import MONTH, make_sample


def render(report, path):  # type: ignore[no-untyped-def]
    return render_monthly(report, path, "zh")


@pytest.fixture
def manager_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(sqlite_url(tmp_path / "manager.db"))
    yield database
    database.dispose()


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def _write(path: Path, members: dict[str, bytes]) -> Path:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for n, data in members.items():
            z.writestr(n, data)
    path.write_bytes(buf.getvalue())
    return path


def _forge(
    src: Path, dst: Path, edit: Callable[[dict[str, Any], dict[str, Any]], None], *, sign: bool
) -> Path:
    """Edit a submission's data and manifest, fix the checksums, and sign it
    again with this data dir's key (``sign``) or leave it unsigned."""
    members = _members(src)
    data = json.loads(members["data.json"])
    manifest = json.loads(members["manifest.json"])
    manifest.pop("signature", None)
    edit(data, manifest)
    members["data.json"] = json.dumps(data, ensure_ascii=False).encode()
    manifest["members"]["data.json"] = hashlib.sha256(members["data.json"]).hexdigest()
    manifest["rep_uuid"] = data["rep"]["uuid"]
    manifest["rep_name"] = data["rep"]["name"]
    members["manifest.json"] = json.dumps(sign_manifest(manifest) if sign else manifest).encode()
    return _write(dst, members)


def _invented_rep(name: str) -> Callable[[dict[str, Any], dict[str, Any]], None]:
    def edit(data: dict[str, Any], manifest: dict[str, Any]) -> None:
        manifest["submission_uuid"] = str(uuid.uuid4())  # a new file, not one already received
        data["rep"] = {"uuid": str(uuid.uuid4()), "name": name, "code": "X9", "title": None, "region": None}
        data["accounts"][0]["name"] = "被改名的客户"

    return edit


@pytest.fixture
def received(db: Database, manager_db: Database, tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """张伟's signed month, registered and received on the manager's side."""
    make_sample(db)
    register_rep_key(key_text(signing_key().public_key()), "张伟")
    good = tmp_path / "zhang.kamsub"
    submit_month(db, MONTH, good, render)
    receive_submissions(manager_db, [good])
    first = json.loads(_members(good)["data.json"])["accounts"][0]["uuid"]
    name, owner = _account(manager_db, first)
    return good, {"uuid": first, "name": name, "owner": owner}


def _account(db: Database, account_uuid: str) -> tuple[str, str]:
    with db.reading() as s:
        acc = s.execute(select(Account).where(Account.uuid == account_uuid)).scalar_one()
        return acc.name, s.execute(select(Rep.name).where(Rep.id == acc.owner_id)).scalar_one()


def test_the_forged_submission_of_an_invented_rep_is_refused_and_changes_nothing(
    received: tuple[Path, dict[str, str]],
    manager_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    good, acc = received
    assert acc["owner"] == "张伟"
    # unsigned (the forger has no registered key): refused
    unsigned = _forge(good, tmp_path / "forged.kamsub", _invented_rep("冒名者"), sign=False)
    with pytest.raises(UserError, match="not signed"):
        receive_submissions(manager_db, [unsigned])
    # signed with a key of their own that the manager never registered: refused
    manager_dir = tmp_path / "data"
    monkeypatch.setenv("KAMDESK_DATA_DIR", str(tmp_path / "forger-laptop"))
    own_key = _forge(good, tmp_path / "forged2.kamsub", _invented_rep("冒名者"), sign=True)
    forger_key = key_text(signing_key().public_key())
    monkeypatch.setenv("KAMDESK_DATA_DIR", str(manager_dir))
    with pytest.raises(UserError, match="not registered"):
        receive_submissions(manager_db, [own_key])
    # even a registered rep (an insider) cannot rename or take over 张伟's account
    register_rep_key(forger_key, "冒名者")
    with pytest.raises(UserError, match="belongs to 张伟") as exc:
        receive_submissions(manager_db, [own_key])
    assert "\n" not in str(exc.value)
    assert _account(manager_db, acc["uuid"]) == (acc["name"], "张伟")
    with manager_db.reading() as s:
        assert s.execute(select(Rep.name).order_by(Rep.name)).scalars().all() == ["张伟"]


def test_a_registered_key_cannot_speak_for_another_rep(
    received: tuple[Path, dict[str, str]],
    manager_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    good, acc = received
    manager_dir = tmp_path / "data"
    monkeypatch.setenv("KAMDESK_DATA_DIR", str(tmp_path / "li-laptop"))

    def rename_only(data: dict[str, Any], manifest: dict[str, Any]) -> None:
        manifest["submission_uuid"] = str(uuid.uuid4())
        data["accounts"][0]["name"] = "被改名的客户"  # still claims to be 张伟

    forged = _forge(good, tmp_path / "as-zhang.kamsub", rename_only, sign=True)
    li_key = key_text(signing_key().public_key())
    monkeypatch.setenv("KAMDESK_DATA_DIR", str(manager_dir))
    register_rep_key(li_key, "李四")
    with pytest.raises(UserError, match="signed with 李四's key but it claims to come from 张伟"):
        receive_submissions(manager_db, [forged])
    assert _account(manager_db, acc["uuid"])[0] == acc["name"]


def test_a_file_changed_after_signing_is_refused(
    received: tuple[Path, dict[str, str]], manager_db: Database, tmp_path: Path
) -> None:
    good, _ = received
    members = _members(good)
    manifest = json.loads(members["manifest.json"])
    manifest["include_private"] = True  # anything in the signed manifest
    members["manifest.json"] = json.dumps(manifest).encode()
    with pytest.raises(UserError, match="signature does not match"):
        receive_submissions(manager_db, [_write(tmp_path / "edited.kamsub", members)])


def test_the_signing_key_is_owner_only_and_stable(tmp_path: Path) -> None:
    first = key_text(signing_key().public_key())
    assert key_text(signing_key().public_key()) == first
    path = tmp_path / "data" / "signing-key.pem"
    assert path.is_file() and (path.stat().st_mode & 0o777) == 0o600
    key = register_rep_key(first, "张伟")
    assert key.fingerprint == fingerprint(first) and len(key.fingerprint) == 39
    assert [k.rep_name for k in registered_keys()] == ["张伟"]
    with pytest.raises(UserError, match="not a KAMdesk rep key"):
        register_rep_key("not-a-key", "张伟")

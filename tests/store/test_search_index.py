"""The FTS5 account search index on a real (temp) SQLite store."""

from __future__ import annotations

from sqlalchemy import text

from kamdesk.services import accounts as A
from kamdesk.services import contacts as C
from kamdesk.store.search import rebuild_account_search, search_account_ids


def _add(db, name, **kw):
    return A.save_account(db, A.AccountInput(name=name, **kw)).value


def _found(db, term):
    with db.reading() as s:
        ids = search_account_ids(s, term, limit=100)
        return {
            r[0]
            for r in s.execute(
                text("SELECT name FROM account WHERE id IN (%s)" % (",".join(map(str, ids)) or "0"))
            )
        }


def test_search_finds_chinese_pairs_single_characters_latin_prefixes_and_initials(db):
    _add(db, "上海烟草专卖局", short_name="上烟", phone="021-63211234", notes="每季度采购 IBM 服务器")
    _add(db, "北京东方银行股份有限公司", short_name="东方银行")
    assert _found(db, "烟草") == {"上海烟草专卖局"}
    assert _found(db, "烟") == {"上海烟草专卖局"}
    assert _found(db, "海烟草专") == {"上海烟草专卖局"}
    assert _found(db, "ib") == {"上海烟草专卖局"}  # latin word prefix in the notes
    assert _found(db, "shyc") == {"上海烟草专卖局"}  # pinyin initials
    assert _found(db, "SHYC") == {"上海烟草专卖局"}
    assert _found(db, "dfyh") == {"北京东方银行股份有限公司"}  # initials of the short name / later syllables
    assert _found(db, "1234") == {"上海烟草专卖局"}  # phone tail
    assert _found(db, "0216") == {"上海烟草专卖局"}  # start of the whole number
    assert _found(db, "6321") == {"上海烟草专卖局"}  # start of the local number
    assert _found(db, "银行 北京") == {"北京东方银行股份有限公司"}  # every term must match
    assert _found(db, "银行 上海") == set()


def test_contact_names_and_mobiles_find_their_account_and_follow_edits(db):
    acc = _add(db, "广州恒通制造有限公司")
    c = C.save_contact(db, C.ContactInput(account_uuid=acc, name="欧阳明", mobile="139 0000 8765")).value
    assert _found(db, "欧阳") == {"广州恒通制造有限公司"}
    assert _found(db, "oym") == {"广州恒通制造有限公司"}
    assert _found(db, "8765") == {"广州恒通制造有限公司"}
    C.save_contact(db, C.ContactInput(account_uuid=acc, uuid=c, name="司马光"))
    assert _found(db, "欧阳") == set()
    assert _found(db, "司马") == {"广州恒通制造有限公司"}
    C.delete_contact(db, c)
    assert _found(db, "司马") == set()


def test_deleted_account_leaves_the_index(db):
    uuid = _add(db, "杭州远景医药集团有限公司")
    assert _found(db, "远景")
    A.delete_account(db, uuid)
    assert _found(db, "远景") == set()


def test_rebuild_indexes_rows_written_in_bulk(db):
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO rep (uuid, name, is_me, active, created_at, updated_at) "
                "VALUES ('r1', '我', 1, 1, '2026-01-01', '2026-01-01')"
            )
        )
        for i in range(50):
            conn.execute(
                text(
                    "INSERT INTO account (uuid, name, sort_key, initials, counterparty_kind, archived, "
                    "created_at, updated_at) VALUES (:u, :n, '', '', 'customer', 0, '2026-01-01', '2026-01-01')"
                ),
                {"u": f"u{i}", "n": f"成都瑞丰能源{i}号有限公司"},
            )
        conn.execute(
            text(
                "INSERT INTO contact (uuid, account_id, name, sort_key, initials, is_private, archived, "
                "created_at, updated_at, mobile) VALUES ('c1', 1, '赵静', '', '', 0, 0, '2026-01-01', '2026-01-01', "
                "'13711112222')"
            )
        )
        rebuild_account_search(conn)
    assert len(_found(db, "瑞丰")) == 50
    assert _found(db, "赵静") == {"成都瑞丰能源0号有限公司"}
    assert _found(db, "cdrfny") and _found(db, "zj") == {"成都瑞丰能源0号有限公司"}
    assert _found(db, "2222") == {"成都瑞丰能源0号有限公司"}


def test_migration_0002_indexes_accounts_already_there(tmp_path):
    from kamdesk.store.db import Database, sqlite_url
    from kamdesk.store.schema import _upgrade, ensure_schema

    old = Database(sqlite_url(tmp_path / "old.db"))
    try:
        _upgrade(old, "0001")
        with old.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO account (uuid, name, sort_key, initials, counterparty_kind, archived, "
                    "created_at, updated_at) VALUES ('u1', '南京新航零售股份有限公司', '', '', 'customer', 0, "
                    "'2026-01-01', '2026-01-01')"
                )
            )
        ensure_schema(old, backup=False)
        assert _found(old, "新航") == {"南京新航零售股份有限公司"}
        assert _found(old, "njxh") == {"南京新航零售股份有限公司"}
    finally:
        old.dispose()


def test_a_rolled_back_rebuild_leaves_the_index_as_it_was(tmp_path):
    """The DROP/CREATE of the rebuild belongs to the caller's transaction: a
    rollback (an import that fails after the rebuild) keeps the old index,
    not an empty one."""
    from kamdesk.store.db import sqlite_url
    from kamdesk.store.schema import open_database

    db = open_database(sqlite_url(tmp_path / "rollback.db"))
    try:
        _add(db, "上海烟草专卖局")
        _add(db, "北京东方银行股份有限公司")
        assert _found(db, "烟草") == {"上海烟草专卖局"}
        with db.engine.connect() as conn:
            trans = conn.begin()
            rebuild_account_search(conn)  # the first statement of the transaction
            conn.exec_driver_sql("DELETE FROM account_search")
            trans.rollback()
        assert _found(db, "烟草") == {"上海烟草专卖局"}
        assert _found(db, "dfyh") == {"北京东方银行股份有限公司"}
        with db.engine.connect() as conn:
            trans = conn.begin()
            conn.exec_driver_sql("UPDATE account SET name = '广州恒通制造有限公司' WHERE name LIKE '上海%'")
            rebuild_account_search(conn)  # inside a transaction already begun by a write
            trans.rollback()
        assert _found(db, "烟草") == {"上海烟草专卖局"}
        assert _found(db, "恒通") == set()
    finally:
        db.dispose()


def test_full_pinyin_and_pinyin_prefixes_find_names_as_initials_do(db):
    _add(db, "中国银行上海分行", short_name="中行")
    _add(db, "上海华信烟草有限公司")
    acc = _add(db, "杭州远景医药集团有限公司")
    C.save_contact(db, C.ContactInput(account_uuid=acc, name="欧阳明"))
    assert _found(db, "yinhang") == {"中国银行上海分行"}
    assert _found(db, "yinh") == {"中国银行上海分行"}
    assert _found(db, "zhongguo") == {"中国银行上海分行"}
    assert _found(db, "zhongguoyinhang") == {"中国银行上海分行"}
    assert _found(db, "ZhongHang") == {"中国银行上海分行"}  # the short name, any case
    assert _found(db, "hua") == {"上海华信烟草有限公司"}
    assert _found(db, "yancao") == {"上海华信烟草有限公司"}
    assert _found(db, "shanghai") == {"中国银行上海分行", "上海华信烟草有限公司"}
    assert _found(db, "ouyang") == {"杭州远景医药集团有限公司"}  # a contact's name
    assert _found(db, "zgyh") == {"中国银行上海分行"}  # initials still
    assert _found(db, "yinhangx") == set()
    assert _found(db, "hangzhou yiyao") == {"杭州远景医药集团有限公司"}

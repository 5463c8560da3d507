"""The conflict list: neither side's value is right, so the rep types a third
over the value that stands; a value the field rules refuse is said and the
conflict stays as it was."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import select

from kamdesk.services.exchange.conflicts import list_conflicts
from kamdesk.store.db import Database, sqlite_url
from kamdesk.store.io.bundle import export_bundle, import_bundle
from kamdesk.store.models import Account
from kamdesk.store.schema import open_database
from kamdesk.ui.context import AppContext
from kamdesk.ui.sync import ConflictsDialog
from kamdesk.ui.widgets import messages


def _edit(db: Database, **values: object) -> None:
    with db.transaction() as s:
        acc = s.scalars(select(Account)).one()
        for k, v in values.items():
            setattr(acc, k, v)


def _account(db: Database) -> tuple[str | None, str | None]:
    with db.reading() as s:
        acc = s.scalars(select(Account)).one()
        return acc.short_name, acc.city


def _conflicted(tmp_path: Path) -> Database:
    a, b = (open_database(sqlite_url(tmp_path / f"{n}.db")) for n in "ab")
    with a.transaction() as s:
        s.add(Account(name="上海华信烟草集团有限公司", short_name="华信", city="上海"))
    export_bundle(a, tmp_path / "1.json")
    import_bundle(b, tmp_path / "1.json")
    _edit(a, short_name="华信烟草", city="上海")
    _edit(b, short_name="华信集团", city="上海市")
    export_bundle(b, tmp_path / "2.json")
    assert import_bundle(a, tmp_path / "2.json").conflicts == {"account": 1}
    b.dispose()
    return a


def _type_over(qtbot, dialog: ConflictsDialog, field: str, text: str) -> None:  # type: ignore[no-untyped-def]
    row = next(
        r
        for r in range(dialog.table.rowCount())
        if dialog.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == field
    )
    item = dialog.table.item(row, 1)
    assert item.flags() & Qt.ItemFlag.ItemIsEditable
    assert not dialog.table.item(row, 2).flags() & Qt.ItemFlag.ItemIsEditable  # the saved side is as it came
    dialog.table.setCurrentItem(item)
    dialog.table.editItem(item)
    # the last edit's editor may linger until its deferred delete: take the open one
    [editor] = [e for e in dialog.table.viewport().findChildren(QLineEdit) if e.isVisible()]
    editor.selectAll()
    editor.insert(text)  # QtTest's key clicks are ASCII only
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.item(row, 1).text() == text)  # the view commits it queued


def test_type_the_right_value_over_the_one_that_stands(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = _conflicted(tmp_path)
    said: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, _title, text: said.append(text))
    try:
        dialog = ConflictsDialog(AppContext(db=db, lang="en"))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert not dialog.use_edits.isEnabled()
        labels = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
        assert labels == ["Region", "Short name"]  # as the exports head them; the column's name in the tip
        _type_over(qtbot, dialog, "short_name", "长" * 81)
        assert dialog.edits() == {"short_name": "长" * 81} and dialog.use_edits.isEnabled()
        dialog.use_edits.click()
        assert len(said) == 1 and said[0].startswith("short_name: ")  # its rule, in the UI's language
        assert dialog.list.count() == 1 and _account(db) == ("华信烟草", "上海")  # nothing written

        _type_over(qtbot, dialog, "short_name", "华信烟草集团")
        dialog.use_edits.click()
        assert dialog.list.count() == 0 and len(said) == 1
        # the edited field takes the typed value; the one not typed over keeps the value that stood
        assert _account(db) == ("华信烟草集团", "上海")
        [settled] = list_conflicts(db, include_resolved=True)
        assert settled.resolution == "edited"
    finally:
        db.dispose()

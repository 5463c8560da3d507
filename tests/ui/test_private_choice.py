"""The include-private choice of GUI exports: a private contact on a map is
left out of the exported PDF unless the rep ticks the box, which starts unticked."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from kamdesk.services import maps
from kamdesk.services.maps.demo import sample_map
from kamdesk.store.models import Contact
from kamdesk.ui.context import AppContext
from tests.ui.test_maps_canvas import open_page


def _answer(tick: bool, seen: list[bool]) -> None:
    """Answer the next choice box: remember its default, tick or not, press OK."""

    def act() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        check = box.findChild(QCheckBox, "includePrivate")
        assert check is not None
        seen.append(check.isChecked())
        check.setChecked(tick)
        box.button(QMessageBox.StandardButton.Ok).click()

    QTimer.singleShot(50, act)


def test_map_export_leaves_private_contacts_out_unless_ticked(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    uuid = sample_map(ctx.db, 6)
    secret = maps.load_map(ctx.db, uuid).people[-1]
    with ctx.db.transaction() as s:
        contact = s.query(Contact).filter_by(uuid=secret.contact_uuid).one()
        contact.is_private = True
    page = open_page(qtbot, ctx, uuid)
    seen: list[bool] = []

    def text(pdf: Path | None) -> str:
        assert pdf is not None
        return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout

    # the rep picks the file in the dialog, then answers the private choice
    files = iter([str(tmp_path / "without.pdf"), str(tmp_path / "with.pdf")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (next(files), ""))
    _answer(False, seen)
    without = text(page.export_pdf())
    _answer(True, seen)
    with_them = text(page.export_pdf())
    assert seen == [False, False]  # unticked by default, every time
    assert secret.name not in without and secret.name in with_them
    assert maps.load_map(ctx.db, uuid).people[0].name in without
    # a caller that names the file says whether (default: no), without a question
    assert secret.name not in text(page.export_pdf(tmp_path / "given.pdf"))
    assert secret.name in text(page.export_pdf(tmp_path / "given2.pdf", include_private=True))

"""Cross-page flow: from an opportunity (board card, list row, editor) to its
stakeholder map on the maps page, through the hub's ``navigate``."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu
from sqlalchemy import select

from kamdesk.domain.stages import Stage
from kamdesk.services import opportunities as ops
from kamdesk.store.models import Account, Contact, Opportunity, Rep, Stakeholder
from kamdesk.ui.opportunities.editor import OpportunityEditor
from kamdesk.ui.opportunities.page import OpportunitiesPage
from kamdesk.ui.stakeholders.page import MapsPage


@pytest.fixture
def data(ctx):
    with ctx.db.transaction() as s:
        s.add(Rep(name="王磊", is_me=True))
        acc = Account(name="上海烟草工业印刷厂", initials="shycgyysc", sort_key="shang hai")
        s.add(acc)
        s.flush()
        acc_uuid = acc.uuid
    uuids = {}
    for name in ("测评软件", "培训项目"):
        uuids[name] = ops.create_opportunity(
            ctx.db,
            account=acc_uuid,
            name=name,
            stage=Stage.C,
            amount=100_000,
            started_on=date(2026, 11, 2),
            expected_close=date(2026, 12, 20),
        ).value.uuid
    with ctx.db.transaction() as s:
        acc_id = s.scalar(select(Account.id).where(Account.uuid == acc_uuid))
        for opp_name, person in (("测评软件", "李明"), ("培训项目", "赵敏")):
            opp_id = s.scalar(select(Opportunity.id).where(Opportunity.uuid == uuids[opp_name]))
            contact = Contact(account_id=acc_id, name=person, title="总经理")
            s.add(contact)
            s.flush()
            s.add(Stakeholder(account_id=acc_id, opportunity_id=opp_id, contact_id=contact.id))
    return uuids


@pytest.fixture
def maps_page(qtbot, ctx):
    page = MapsPage(ctx)
    qtbot.addWidget(page)
    seen: list[tuple[str, str]] = []

    def navigate(key: str, uuid: str) -> None:  # what the main window does
        seen.append((key, uuid))
        if key == "maps":
            page.show_record(uuid)

    ctx.hub.navigate.connect(navigate)
    page.seen = seen  # type: ignore[attr-defined]
    return page


def _choose(monkeypatch, text: str) -> None:
    """Make the next context menu trigger its action ``text`` instead of showing."""

    class Menu(QMenu):
        def exec(self, *_args: object) -> None:  # type: ignore[override]
            next(a for a in self.actions() if a.text() == text).trigger()

    monkeypatch.setattr("kamdesk.ui.opportunities.board.QMenu", Menu)
    monkeypatch.setattr("kamdesk.ui.opportunities.page.QMenu", Menu)


def _people(maps_page: MapsPage) -> list[str]:
    assert maps_page.snapshot is not None
    return [p.name for p in maps_page.snapshot.people]


def test_board_card_menu_opens_the_opportunitys_stakeholder_map(qtbot, ctx, data, maps_page, monkeypatch):
    page = OpportunitiesPage(ctx)
    qtbot.addWidget(page)
    cards = page.board.columns[Stage.C].cards
    row = page.board.card_uuids(Stage.C).index(data["培训项目"])
    _choose(monkeypatch, "Stakeholder map")
    page.board._menu(page.board.columns[Stage.C], cards.visualItemRect(cards.item(row)).center())
    assert maps_page.seen == [("maps", data["培训项目"])]
    assert maps_page.current == data["培训项目"]
    assert maps_page.title.text() == "培训项目"
    assert _people(maps_page) == ["赵敏"]


def test_list_menu_opens_the_opportunitys_stakeholder_map(qtbot, ctx, data, maps_page, monkeypatch):
    page = OpportunitiesPage(ctx)
    qtbot.addWidget(page)
    page.tabs.setCurrentIndex(1)
    names = [page.model.row_at(r).name for r in range(page.model.rowCount())]
    index = page.model.index(names.index("测评软件"), 0)
    _choose(monkeypatch, "Stakeholder map")
    monkeypatch.setattr(page.table, "indexAt", lambda _pos: index)
    page._list_menu(QPoint(5, 5))
    assert maps_page.current == data["测评软件"]
    assert maps_page.title.text() == "测评软件"
    assert _people(maps_page) == ["李明"]


def test_editor_map_button_closes_the_editor_and_shows_the_map(qtbot, ctx, data, maps_page):
    editor = OpportunityEditor(ctx, data["测评软件"])
    qtbot.addWidget(editor)
    editor.show()
    assert editor.map_button.isEnabled()
    editor.map_button.click()
    assert not editor.isVisible()
    assert maps_page.current == data["测评软件"]
    assert _people(maps_page) == ["李明"]


def test_editor_map_button_waits_until_a_new_opportunity_is_saved(qtbot, ctx, data):
    editor = OpportunityEditor(ctx, None)
    qtbot.addWidget(editor)
    assert not editor.map_button.isEnabled()

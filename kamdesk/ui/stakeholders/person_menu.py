"""The right-click menu of a person on a stakeholder map: edit, attitude,
reports-to, our people covering them, remove. Each entry calls the page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from kamdesk.domain.stakeholders import Attitude
from kamdesk.services.maps import MapPerson, MapSnapshot
from kamdesk.ui.stakeholders.person_dialog import ATTITUDE_CODES

if TYPE_CHECKING:
    from kamdesk.ui.stakeholders.page import MapsPage


class PersonMenu(QMenu):
    def __init__(self, page: MapsPage, snapshot: MapSnapshot, person: MapPerson) -> None:
        super().__init__(page)
        uuid = person.uuid
        self.addAction(self.tr("Edit…"), lambda: page.edit_person(uuid))
        attitude = self.addMenu(self.tr("Set attitude"))
        for code in ATTITUDE_CODES:
            action = QAction(f"{code} {Attitude.parse(code[0]).label(page.ctx.lang)}", attitude)  # type: ignore[union-attr]
            action.setCheckable(True)
            action.setChecked(person.attitude is not None and person.attitude.code == code)
            action.triggered.connect(lambda _c=False, code=code: page.set_attitude(uuid, code))
            attitude.addAction(action)
        boss = self.addMenu(self.tr("Reports to"))
        none = boss.addAction(self.tr("Nobody on this map"))
        none.triggered.connect(lambda: page.link_reports_to(uuid, None))
        boss.addSeparator()
        for other in snapshot.people:
            if other.uuid != uuid:
                act = boss.addAction(" ".join(x for x in (other.name, other.title) if x))
                act.setCheckable(True)
                act.setChecked(person.reports_to == other.uuid)
                act.triggered.connect(lambda _c=False, o=other.uuid: page.link_reports_to(uuid, o))
        self.addAction(self.tr("Our people covering them…"), lambda: page.edit_our_people())
        self.addSeparator()
        self.addAction(self.tr("Remove from the map…"), lambda: page.remove_person(uuid))

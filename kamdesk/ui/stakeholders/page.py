"""The stakeholder-map page (决策链): maps on the left, the org chart in the
middle, insights and the selected person's attitude history on the right.

Dragging a box saves its position (after a short pause); the link handle on a
box's top edge draws a reports-to line onto another box; right-click a box for
edit, attitude, reports-to and remove. "As of" shows the map as it stood on a
past date (read-only). PNG, PDF and print are on the tool row.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import (
    QDialog,
    QListWidgetItem,
    QMenu,
    QSplitter,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.orgchart import Box, Layout, normalise
from kamdesk.errors import UserError
from kamdesk.services import maps
from kamdesk.services.changes import Changes, Result
from kamdesk.services.maps import MapSnapshot
from kamdesk.ui.context import AppContext
from kamdesk.ui.operations import run_op, user_error_text
from kamdesk.ui.stakeholders.canvas_panel import MapCanvasPanel
from kamdesk.ui.stakeholders.map_list import CandidateDialog, MapListPanel
from kamdesk.ui.stakeholders.our_people import OurPersonDialog
from kamdesk.ui.stakeholders.page_export import MapExports
from kamdesk.ui.stakeholders.person_dialog import PersonDialog
from kamdesk.ui.stakeholders.person_menu import PersonMenu
from kamdesk.ui.stakeholders.scene import MapScene
from kamdesk.ui.stakeholders.side_panel import SEVERITY_COLOURS, MapSidePanel
from kamdesk.ui.stakeholders.view import MapView
from kamdesk.ui.widgets import messages
from kamdesk.ui.widgets.first_steps import FirstSteps

__all__ = ["SAVE_DELAY_MS", "SEVERITY_COLOURS", "CandidateDialog", "MapsPage"]

log = logging.getLogger(__name__)

#: quiet time after the last drag before positions are written
SAVE_DELAY_MS = 600


class MapsPage(QWidget):
    """Wires the map list, the canvas with its tool row and the side panel together;
    export and print are a part of it, ``exports`` (:class:`MapExports`)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.snapshot: MapSnapshot | None = None
        self.current: str | None = None  # the opportunity's or account's uuid
        self._pending: dict[str, tuple[float, float]] = {}
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush_positions)
        self.exports = MapExports(self, ctx, self)

        # --- the list of maps
        self.map_panel = left = MapListPanel()
        self.search = left.search
        self.sort = left.sort
        self.map_list = left.map_list
        self.open_other = left.open_other
        self.search.search_changed.connect(lambda _t: self.refresh_list())
        self.sort.currentIndexChanged.connect(lambda _i: self.refresh_list())
        self.map_list.currentItemChanged.connect(self._map_chosen)
        self.open_other.clicked.connect(self.choose_map)
        centre = self._canvas_panel(ctx)

        # --- insights and the selected person
        self.side = right = MapSidePanel(ctx)
        self.insights = right.insights
        self.insights.itemClicked.connect(self._insight_clicked)
        self.insights_title = right.insights_title
        self.person_label = right.person_label
        self.timeline = right.timeline
        self.history = right.history
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(centre)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 800, 300])
        layout = QVBoxLayout(self)
        self.first_steps = FirstSteps(ctx, self)
        layout.addWidget(self.first_steps)
        layout.addWidget(splitter)

        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, self.view.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.view.zoom_out),
        ):
            QShortcut(QKeySequence(keys), self, slot)
        QShortcut(QKeySequence("Ctrl+0"), self, self.view.fit)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view, self._delete_selected)
        self._set_editable(False)
        self.title.setText(self.tr("Choose a map on the left, or open or start one."))
        self.refresh_list()

    def _canvas_panel(self, ctx: AppContext) -> MapCanvasPanel:
        """The scene in its view, under the tool row (add, our people, auto layout, as of, export)."""
        self.scene = MapScene(self)
        self.scene.positions_changed.connect(self._positions_changed)
        self.scene.link_requested.connect(self.link_reports_to)
        self.scene.person_activated.connect(self.edit_person)
        self.scene.context_requested.connect(self._context_menu)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.view = MapView(self.scene)
        self.view.setObjectName("mapView")
        centre = MapCanvasPanel(self.view, ctx.lang)
        self.title = centre.title
        self.subtitle = centre.subtitle
        self.add_button = centre.add_button
        self.add_button.clicked.connect(self.add_person)
        self.ours_button = centre.ours_button
        self.ours_button.clicked.connect(lambda: self.edit_our_people())
        self.auto_button = centre.auto_button
        self.auto_button.clicked.connect(self.auto_layout)
        self.as_of_check = centre.as_of_check
        self.as_of_date = centre.as_of_date
        self.as_of_check.toggled.connect(self._as_of_toggled)
        self.as_of_date.dateChanged.connect(
            lambda _d: self.reload() if self.as_of_check.isChecked() else None
        )
        centre.export_menu.addAction(self.tr("PDF (A4 landscape)…"), self.exports.export_pdf)
        centre.export_menu.addAction(self.tr("PNG image…"), self.exports.export_png)
        centre.print_button.clicked.connect(self.exports.print_map)
        return centre

    # -- the list ---------------------------------------------------------------------------------

    def refresh_list(self) -> None:
        rows = maps.list_maps(
            self.ctx.db, search=self.search.text(), sort=self.sort.currentData() or "updated"
        )
        self.map_panel.fill(rows, self.current)

    def _map_chosen(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None = None) -> None:
        if item is not None:
            self.open_map(str(item.data(0, Qt.ItemDataRole.UserRole)))

    def choose_map(self) -> None:
        dialog = CandidateDialog(self.ctx, self)
        if self.run_dialog(dialog) and dialog.chosen():
            self.open_map(str(dialog.chosen()))

    # -- one map ----------------------------------------------------------------------------------

    def as_of(self) -> date | None:
        if not self.as_of_check.isChecked():
            return None
        d = self.as_of_date.date()
        return date(d.year(), d.month(), d.day())

    def _map_gone(self, exc: UserError) -> None:
        self.current = None
        self.snapshot = None
        self.scene.clear()
        self.title.setText(user_error_text(exc))

    def open_map(self, uuid: str) -> None:
        self.flush_positions()
        first = uuid != self.current
        self.current = uuid
        self.reload(fit=first)

    def reload(self, *, fit: bool = False) -> None:
        """Read the current map again and redraw it, keeping the selection."""
        if self.current is None:
            return
        self.flush_positions()
        selected = self.scene.selected_person()
        current, as_of = self.current, self.as_of()
        read = run_op(
            self,
            self.ctx,
            lambda: Result(maps.load_map(self.ctx.db, current, as_of=as_of)),
            title=self.tr("Stakeholder map"),
            failure=self._map_gone,
        )
        if read is None:
            return
        snapshot = read.value
        self.snapshot = snapshot
        self.scene.show_map(snapshot, maps.layout_of(snapshot), self.ctx.lang)
        self.title.setText(snapshot.title)
        parts = [self.tr("Account: {name}").format(name=snapshot.account_name)]
        parts.append(self.tr("%n person(s)", "", len(snapshot.people)))
        parts.append(self.tr("weights add up to {total}%").format(total=f"{snapshot.weight_total:g}"))
        if snapshot.read_only:
            parts.append(
                self.tr("as it stood on {date} (read-only)").format(
                    date=snapshot.as_of.isoformat() if snapshot.as_of else ""
                )
            )
        self.subtitle.setText(" · ".join(parts))
        self._fill_insights()
        self._set_editable(not snapshot.read_only)
        if selected and snapshot.person(selected):
            self.scene.select_person(selected)
        else:
            self._show_person(None)
        if fit:
            QTimer.singleShot(0, self.view.fit)

    def _set_editable(self, editable: bool) -> None:
        for w in (self.add_button, self.ours_button, self.auto_button):
            w.setEnabled(editable and self.current is not None)

    def _fill_insights(self) -> None:
        self.side.fill_insights(self.snapshot)

    def _insight_clicked(self, item: QListWidgetItem) -> None:
        people = item.data(Qt.ItemDataRole.UserRole) or []
        self.scene.highlight(list(people))
        if people and people[0] in self.scene.people:
            self.view.centerOn(self.scene.people[people[0]])

    def _selection_changed(self) -> None:
        self._show_person(self.scene.selected_person())

    def _show_person(self, uuid: str | None) -> None:
        self.side.show_person(self.snapshot, uuid)

    # -- editing ----------------------------------------------------------------------------------

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally (tests replace this to fill it in)."""
        return bool(dialog.exec())

    def _publish(self, changes: Changes) -> None:
        # this page has already redrawn: as the initiator, on_changed only refreshes the list
        self.ctx.hub.publish(changes, initiator=self)

    def add_person(self) -> None:
        if self.snapshot is None or self.snapshot.read_only:
            return
        dialog = PersonDialog(self.ctx, self.snapshot, None, self)
        if self.run_dialog(dialog):
            self._after_save(dialog)

    def edit_person(self, uuid: str) -> None:
        if self.snapshot is None or self.snapshot.read_only:
            return
        person = self.snapshot.person(uuid)
        if person is None:
            return
        dialog = PersonDialog(self.ctx, self.snapshot, person, self)
        if self.run_dialog(dialog):
            self._after_save(dialog)

    def _after_save(self, dialog: PersonDialog) -> None:
        self.reload()
        if dialog.saved_uuid:
            self.scene.select_person(dialog.saved_uuid)
        self._publish(dialog.changes)
        if dialog.warnings:
            self.subtitle.setText(self.subtitle.text() + " · ⚠ " + "; ".join(dialog.warnings))

    def edit_our_people(self, our_uuid: str | None = None) -> None:
        if self.snapshot is None or self.snapshot.read_only:
            return
        dialog = OurPersonDialog(self.ctx, self.snapshot, our_uuid, self)
        if self.run_dialog(dialog):
            self.reload()
            self._publish(dialog.changes)

    def _call(self, fn: Callable[[], Result[Any]]) -> bool:
        if run_op(self, self.ctx, fn, title=self.tr("Stakeholder map"), initiator=self) is None:
            return False
        self.reload()
        return True

    def set_attitude(self, uuid: str, code: str) -> bool:
        return self._call(lambda: maps.set_attitude(self.ctx.db, uuid, code))

    def link_reports_to(self, subordinate: str, superior: str | None) -> bool:
        if self.snapshot is None or self.snapshot.read_only:
            return False
        return self._call(lambda: maps.set_reports_to(self.ctx.db, subordinate, superior))

    def remove_person(self, uuid: str) -> None:
        person = self.snapshot.person(uuid) if self.snapshot else None
        if person is None:
            return
        if messages.ask_yes_no(
            self,
            self.tr("Remove from the map"),
            self.tr(
                "Take {name} off this map? The contact stays on file; the attitude history on this map is removed."
            ).format(name=person.name),
            default_yes=False,
        ):
            self._call(lambda: maps.remove_stakeholder(self.ctx.db, uuid))

    def auto_layout(self) -> None:
        if self.current is None:
            return
        self._pending.clear()
        self._call(lambda: maps.clear_positions(self.ctx.db, self.current or ""))
        QTimer.singleShot(0, self.view.fit)

    def _context_menu(self, uuid: str, pos: QPoint) -> None:
        menu = self.person_menu(uuid)
        if menu is not None:
            menu.exec(pos)

    def person_menu(self, uuid: str) -> QMenu | None:
        snapshot = self.snapshot
        person = snapshot.person(uuid) if snapshot else None
        if snapshot is None or person is None or snapshot.read_only:
            return None
        return PersonMenu(self, snapshot, person)

    # -- positions --------------------------------------------------------------------------------

    def _positions_changed(self, moved: dict[str, tuple[float, float]]) -> None:
        if self.snapshot is None or self.snapshot.read_only:
            return
        # the first drag on an automatically laid-out map keeps everyone where they are now
        if all(p.position is None for p in self.snapshot.people):
            self._pending.update(self.scene.all_positions())
        self._pending.update(moved)
        self._save_timer.start()

    def flush_positions(self) -> None:
        self._save_timer.stop()
        if not self._pending:
            return
        pending, self._pending = self._pending, {}
        title = self.tr("Stakeholder map")
        if run_op(self, self.ctx, lambda: maps.save_positions(self.ctx.db, pending), title=title) is None:
            return
        if self.snapshot is not None:
            # keep the snapshot in step so a later drag is not taken for the first one
            self.snapshot = maps.load_map(self.ctx.db, self.snapshot.uuid, as_of=self.snapshot.as_of)

    def layout_on_screen(self) -> Layout:
        """The layout as on screen (including a drag not saved yet)."""
        boxes = {k: Box(x, y) for k, (x, y) in self.scene.all_positions().items()}
        ours = {k: i.box() for k, i in self.scene.ours.items()}
        return normalise(Layout(boxes, ours, 0.0, 0.0))

    # the exports, as the page's own actions (menus, tests)
    def export_pdf(self, path: Path | None = None, include_private: bool | None = None) -> Path | None:
        return self.exports.export_pdf(path, include_private)

    def export_png(self, path: Path | None = None, include_private: bool | None = None) -> Path | None:
        return self.exports.export_png(path, include_private)

    def print_dialog(self, include_private: bool | None = None) -> QPrintPreviewDialog | None:
        return self.exports.print_dialog(include_private)

    def _as_of_toggled(self, on: bool) -> None:
        self.as_of_date.setEnabled(on)
        self.reload()

    # -- page protocol ----------------------------------------------------------------------------

    def hideEvent(self, event: QHideEvent) -> None:
        # a drag just before switching page or closing the window is not lost
        self.flush_positions()
        super().hideEvent(event)

    def _delete_selected(self) -> None:
        key = self.scene.selected_person()
        if key is not None and self.snapshot is not None and not self.snapshot.read_only:
            self.remove_person(key)

    def on_changed(self, changes: Changes) -> None:
        if changes.touches("stakeholder", "contact", "visit", "opportunity", "account"):
            self.refresh_list()
            if self.current is not None and changes.initiator is not self:
                self.reload()

    def current_record(self) -> str | None:
        """The open map (reopened after a language switch)."""
        return self.current

    def show_record(self, uuid: str) -> None:
        self.open_map(uuid)
        self.refresh_list()

"""The stakeholder-map page (决策链): maps on the left, the org chart in the
middle, insights and the selected person's attitude history on the right.

Dragging a box saves its position (after a short pause); the link handle on a
box's top edge draws a reports-to line onto another box; right-click a box for
edit, attitude, reports-to and remove. "As of" shows the map as it stood on a
past date (read-only). PNG, PDF and print are on the tool row.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.insights import Severity
from kamdesk.domain.orgchart import Box, Layout, attitude_colours, normalise
from kamdesk.domain.stakeholders import Attitude
from kamdesk.errors import UserError
from kamdesk.services import maps
from kamdesk.services.changes import Changes
from kamdesk.services.maps import MapSnapshot, MapSummary
from kamdesk.ui.context import AppContext
from kamdesk.ui.stakeholders.our_people import OurPersonDialog
from kamdesk.ui.stakeholders.person_dialog import ATTITUDE_CODES, PersonDialog
from kamdesk.ui.stakeholders.scene import MapScene
from kamdesk.ui.stakeholders.timeline import AttitudeTimeline
from kamdesk.ui.stakeholders.view import MapView
from kamdesk.ui.widgets import messages
from kamdesk.ui.widgets.elided import ElidedLabel
from kamdesk.ui.widgets.search import SearchLineEdit

log = logging.getLogger(__name__)

#: quiet time after the last drag before positions are written
SAVE_DELAY_MS = 600
SEVERITY_COLOURS = {Severity.HIGH: "#c0392b", Severity.MEDIUM: "#b9770e", Severity.LOW: "#5d6d7e"}


class CandidateDialog(QDialog):
    """Open or start the map of any opportunity or account."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Open or start a map"))
        self.resize(480, 420)
        self.search = SearchLineEdit(placeholder=self.tr("Search opportunities and accounts"))
        self.list = QListWidget()
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.search.search_changed.connect(self.fill)
        self.fill("")

    def fill(self, text: str) -> None:
        self.list.clear()
        for c in maps.map_candidates(self.ctx.db, text):
            kind = self.tr("Opportunity") if c.kind == "opportunity" else self.tr("Account")
            label = self.tr("{kind}: {title} — {account} ({n} people)").format(
                kind=kind, title=c.title, account=c.account_name, n=c.people
            )
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, c.uuid)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))


class MapsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.snapshot: MapSnapshot | None = None
        self.current: str | None = None  # the opportunity's or account's uuid
        self._pending: dict[str, tuple[float, float]] = {}
        self._publishing = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush_positions)

        # --- the list of maps
        self.search = SearchLineEdit(
            placeholder=self.tr("Search maps: opportunity, account, pinyin initials")
        )
        self.search.search_changed.connect(lambda _t: self.refresh_list())
        self.sort = QComboBox()
        self.sort.setObjectName("mapSort")
        for key, label in (
            ("updated", self.tr("Recently changed")),
            ("title", self.tr("Name")),
            ("account", self.tr("Account")),
            ("people", self.tr("Most people")),
            ("opponents", self.tr("Most opponents")),
        ):
            self.sort.addItem(label, key)
        self.sort.currentIndexChanged.connect(lambda _i: self.refresh_list())
        self.map_list = QTreeWidget()
        self.map_list.setObjectName("mapList")
        self.map_list.setRootIsDecorated(False)
        self.map_list.setHeaderLabels(
            [self.tr("Map"), self.tr("Account"), self.tr("People"), self.tr("Opponents")]
        )
        self.map_list.setColumnWidth(0, 170)
        self.map_list.currentItemChanged.connect(self._map_chosen)
        self.open_other = QPushButton(self.tr("Open or start a map…"))
        self.open_other.clicked.connect(self.choose_map)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        sort_row = QHBoxLayout()
        sort_row.addWidget(QLabel(self.tr("Sort:")))
        sort_row.addWidget(self.sort, 1)
        left_layout.addLayout(sort_row)
        left_layout.addWidget(self.map_list, 1)
        left_layout.addWidget(self.open_other)

        # --- the canvas
        self.scene = MapScene(self)
        self.scene.positions_changed.connect(self._positions_changed)
        self.scene.link_requested.connect(self.link_reports_to)
        self.scene.person_activated.connect(self.edit_person)
        self.scene.context_requested.connect(self._context_menu)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.view = MapView(self.scene)
        self.view.setObjectName("mapView")
        self.title = QLabel()
        self.title.setObjectName("mapTitle")
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet("color: #5d6d7e;")
        self.add_button = QPushButton(self.tr("Add person…"))
        self.add_button.setObjectName("addPerson")
        self.add_button.clicked.connect(self.add_person)
        self.ours_button = QPushButton(self.tr("Our people…"))
        self.ours_button.clicked.connect(lambda: self.edit_our_people())
        self.auto_button = QToolButton()
        self.auto_button.setText(self.tr("Auto layout"))
        self.auto_button.setToolTip(self.tr("Forget the arrangement and lay the chart out again"))
        self.auto_button.clicked.connect(self.auto_layout)
        zoom_in = QToolButton()
        zoom_in.setText("+")
        zoom_in.setToolTip(self.tr("Zoom in (Ctrl++)"))
        zoom_in.clicked.connect(self.view.zoom_in)
        zoom_out = QToolButton()
        zoom_out.setText("−")
        zoom_out.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        zoom_out.clicked.connect(self.view.zoom_out)
        fit = QToolButton()
        fit.setText(self.tr("Fit"))
        fit.setToolTip(self.tr("Show the whole map (Ctrl+0)"))
        fit.clicked.connect(self.view.fit)
        self.as_of_check = QCheckBox(self.tr("As of"))
        self.as_of_check.setObjectName("asOfCheck")
        self.as_of_check.setToolTip(self.tr("Show the map as it stood on a past date (read-only)"))
        self.as_of_date = QDateEdit(QDate.currentDate())
        self.as_of_date.setObjectName("asOfDate")
        self.as_of_date.setCalendarPopup(True)
        self.as_of_date.setDisplayFormat("yyyy-MM-dd")
        self.as_of_date.setMaximumDate(QDate.currentDate())
        self.as_of_date.setEnabled(False)
        self.as_of_check.toggled.connect(self._as_of_toggled)
        self.as_of_date.dateChanged.connect(
            lambda _d: self.reload() if self.as_of_check.isChecked() else None
        )
        export = QToolButton()
        export.setText(self.tr("Export"))
        export.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        export_menu = QMenu(export)
        export_menu.addAction(self.tr("PDF (A4 landscape)…"), self.export_pdf)
        export_menu.addAction(self.tr("PNG image…"), self.export_png)
        export.setMenu(export_menu)
        print_button = QToolButton()
        print_button.setText(self.tr("Print…"))
        print_button.clicked.connect(self.print_map)
        tools = QHBoxLayout()
        for w in (self.add_button, self.ours_button, self.auto_button, zoom_in, zoom_out, fit):
            tools.addWidget(w)
        tools.addStretch(1)
        tools.addWidget(self.as_of_check)
        tools.addWidget(self.as_of_date)
        tools.addWidget(export)
        tools.addWidget(print_button)
        legend = QHBoxLayout()
        for attitude in [*Attitude, None]:
            strong, light = attitude_colours(attitude.code if attitude else None)
            chip = QLabel(f"{attitude.code} {attitude.label(ctx.lang)}" if attitude else self.tr("not rated"))
            chip.setStyleSheet(
                f"background: {light}; border: 1px solid {strong}; border-top: 4px solid {strong}; padding: 1px 6px;"
            )
            legend.addWidget(chip)
        # elided, not wrapped: a long translation must not squeeze the insights panel
        hint = ElidedLabel(
            self.tr(
                "Drag boxes to arrange · drag the small circle onto a superior to link · right-click for more"
            )
        )
        hint.setObjectName("mapHint")
        hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        hint.setStyleSheet("color: #7f8c8d;")
        legend.addSpacing(8)
        legend.addWidget(hint, 1)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.title)
        centre_layout.addWidget(self.subtitle)
        centre_layout.addLayout(tools)
        centre_layout.addLayout(legend)
        centre_layout.addWidget(self.view, 1)

        # --- insights and the selected person
        self.insights = QListWidget()
        self.insights.setObjectName("insights")
        self.insights.setWordWrap(True)
        self.insights.itemClicked.connect(self._insight_clicked)
        self.person_label = QLabel(self.tr("Select a person to see the attitude history."))
        self.person_label.setObjectName("personSummary")
        self.person_label.setWordWrap(True)
        self.person_label.setTextFormat(Qt.TextFormat.PlainText)
        self.timeline = AttitudeTimeline()
        self.history = QListWidget()
        self.history.setObjectName("history")
        right = QWidget()
        right.setObjectName("mapSide")
        right.setMinimumWidth(220)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.insights_title = QLabel(self.tr("Insights"))
        self.insights_title.setStyleSheet("font-weight: bold;")
        right_layout.addWidget(self.insights_title)
        right_layout.addWidget(self.insights, 2)
        person_title = QLabel(self.tr("Selected person"))
        person_title.setStyleSheet("font-weight: bold;")
        right_layout.addWidget(person_title)
        right_layout.addWidget(self.person_label)
        right_layout.addWidget(self.timeline)
        right_layout.addWidget(self.history, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(centre)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 800, 300])
        layout = QVBoxLayout(self)
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

    # -- the list ---------------------------------------------------------------------------------

    def refresh_list(self) -> None:
        rows = maps.list_maps(
            self.ctx.db, search=self.search.text(), sort=self.sort.currentData() or "updated"
        )
        self.map_list.blockSignals(True)
        self.map_list.clear()
        for row in rows:
            self.map_list.addTopLevelItem(self._list_item(row))
        self.map_list.blockSignals(False)
        for i in range(self.map_list.topLevelItemCount()):
            item = self.map_list.topLevelItem(i)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == self.current:
                self.map_list.blockSignals(True)
                self.map_list.setCurrentItem(item)
                self.map_list.blockSignals(False)
        first = self.map_list.topLevelItem(0)
        if self.current is None and first is not None:
            self.map_list.setCurrentItem(first)

    def _list_item(self, row: MapSummary) -> QTreeWidgetItem:
        title = row.title if row.kind == "opportunity" else self.tr("{name} (account)").format(name=row.title)
        item = QTreeWidgetItem([title, row.account_name, str(row.people), str(row.opponents)])
        item.setData(0, Qt.ItemDataRole.UserRole, row.uuid)
        item.setToolTip(0, title)
        if row.opponents:
            item.setForeground(3, QColor("#c0392b"))
        return item

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
        try:
            snapshot = maps.load_map(self.ctx.db, self.current, as_of=self.as_of())
        except UserError as exc:
            self.current = None
            self.snapshot = None
            self.scene.clear()
            self.title.setText(str(exc))
            return
        self.snapshot = snapshot
        self.scene.show_map(snapshot, maps.layout_of(snapshot), self.ctx.lang)
        self.title.setText(snapshot.title)
        parts = [self.tr("Account: {name}").format(name=snapshot.account_name)]
        parts.append(self.tr("{n} people").format(n=len(snapshot.people)))
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
        self.insights.clear()
        snapshot = self.snapshot
        if snapshot is None:
            return
        self.insights_title.setText(self.tr("Insights ({n})").format(n=len(snapshot.insights)))
        if not snapshot.insights:
            item = QListWidgetItem(self.tr("No insights: the map looks complete."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.insights.addItem(item)
        for insight in snapshot.insights:
            item = QListWidgetItem(f"● {insight.message(self.ctx.lang)}")
            item.setForeground(QColor(SEVERITY_COLOURS[insight.severity]))
            item.setData(Qt.ItemDataRole.UserRole, list(insight.people))
            item.setToolTip(insight.severity.label(self.ctx.lang))
            self.insights.addItem(item)
        man = snapshot.man
        if snapshot.people and man.complete:
            g = man.guidance
            item = QListWidgetItem(
                self.tr("MAN for the map: {code} — {text}").format(code=g.code, text=g.label(self.ctx.lang))
            )
            item.setForeground(QColor("#2c5d8a"))
            self.insights.addItem(item)

    def _insight_clicked(self, item: QListWidgetItem) -> None:
        people = item.data(Qt.ItemDataRole.UserRole) or []
        self.scene.highlight(list(people))
        if people and people[0] in self.scene.people:
            self.view.centerOn(self.scene.people[people[0]])

    def _selection_changed(self) -> None:
        self._show_person(self.scene.selected_person())

    def _show_person(self, uuid: str | None) -> None:
        person = self.snapshot.person(uuid) if (self.snapshot and uuid) else None
        if person is None:
            self.person_label.setText(self.tr("Select a person to see the attitude history."))
            self.timeline.set_entries(())
            self.history.clear()
            return
        lang = self.ctx.lang
        lines = [" ".join(x for x in (person.name, person.department, person.title) if x)]
        if person.role:
            lines.append(self.tr("Role: {role}").format(role=person.role.label(lang)))
        if person.attitude:
            start = person.original_attitude.code if person.original_attitude else person.attitude.code
            lines.append(
                self.tr("Attitude: {start} → {now} {trend} ({label})").format(
                    start=start,
                    now=person.attitude.code,
                    trend=person.trend,
                    label=person.attitude.attitude.label(lang),
                )
            )
        if person.personality:
            lines.append(f"{person.personality.label(lang)}: {person.personality.advice(lang)}")
        if person.man:
            lines.append(f"MAN {person.man.code}: {person.man.label(lang)}")
        if person.last_visit_on:
            lines.append(self.tr("Last visit: {date}").format(date=person.last_visit_on.isoformat()))
        if person.planned_visits:
            lines.append(
                self.tr("Planned visit: {date}").format(
                    date=person.planned_visits[0].starts_at.astimezone().date().isoformat()
                )
            )
        for insight in self.snapshot.insights_for(person.uuid) if self.snapshot else ():
            lines.append("● " + insight.message(lang))
        self.person_label.setText("\n".join(lines))
        entries = maps.attitude_history(self.ctx.db, person.uuid)
        if self.snapshot and self.snapshot.as_of:
            entries = tuple(e for e in entries if e.at.astimezone().date() <= self.snapshot.as_of)
        self.timeline.set_entries(entries)
        self.history.clear()
        sources = {"manual": self.tr("manual"), "visit": self.tr("visit"), "import": self.tr("import")}
        for e in reversed(entries):
            step = f"{e.from_level} → {e.to_level} {e.trend}" if e.from_level else e.to_level
            text = f"{e.at.astimezone().date().isoformat()}  {step}  {sources.get(e.source, e.source)}"
            if e.note:
                text += f"  {e.note}"
            self.history.addItem(text)

    # -- editing ----------------------------------------------------------------------------------

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally (tests replace this to fill it in)."""
        return bool(dialog.exec())

    def _publish(self, changes: Changes) -> None:
        # this page has already redrawn; on_changed only refreshes the list then
        self._publishing = True
        try:
            self.ctx.hub.publish(changes)
        finally:
            self._publishing = False

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

    def _call(self, fn: object) -> bool:
        try:
            result = fn()  # type: ignore[operator]
        except UserError as exc:
            messages.show_error(self, self.tr("Stakeholder map"), str(exc))
            return False
        self.reload()
        self._publish(result.changes)
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
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), lambda: self.edit_person(uuid))
        attitude = menu.addMenu(self.tr("Set attitude"))
        for code in ATTITUDE_CODES:
            action = QAction(f"{code} {Attitude.parse(code[0]).label(self.ctx.lang)}", attitude)  # type: ignore[union-attr]
            action.setCheckable(True)
            action.setChecked(person.attitude is not None and person.attitude.code == code)
            action.triggered.connect(lambda _c=False, code=code: self.set_attitude(uuid, code))
            attitude.addAction(action)
        boss = menu.addMenu(self.tr("Reports to"))
        none = boss.addAction(self.tr("Nobody on this map"))
        none.triggered.connect(lambda: self.link_reports_to(uuid, None))
        boss.addSeparator()
        for other in snapshot.people:
            if other.uuid != uuid:
                act = boss.addAction(" ".join(x for x in (other.name, other.title) if x))
                act.setCheckable(True)
                act.setChecked(person.reports_to == other.uuid)
                act.triggered.connect(lambda _c=False, o=other.uuid: self.link_reports_to(uuid, o))
        menu.addAction(self.tr("Our people covering them…"), lambda: self.edit_our_people())
        menu.addSeparator()
        menu.addAction(self.tr("Remove from the map…"), lambda: self.remove_person(uuid))
        return menu

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
        try:
            maps.save_positions(self.ctx.db, pending)
        except UserError as exc:
            messages.show_error(self, self.tr("Stakeholder map"), str(exc))
            return
        if self.snapshot is not None:
            # keep the snapshot in step so a later drag is not taken for the first one
            self.snapshot = maps.load_map(self.ctx.db, self.snapshot.uuid, as_of=self.snapshot.as_of)

    def _as_of_toggled(self, on: bool) -> None:
        self.as_of_date.setEnabled(on)
        self.reload()

    # -- export -----------------------------------------------------------------------------------

    def _ask_path(self, caption: str, suffix: str, pattern: str) -> Path | None:
        if self.snapshot is None:
            return None
        name = f"{self.snapshot.title}-{(self.snapshot.as_of or date.today()).isoformat()}{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, caption, str(Path.home() / name), pattern)
        if not path:
            return None
        out = Path(path)
        return out if out.suffix.lower() == suffix else out.with_suffix(suffix)

    def export_pdf(self, path: Path | None = None) -> Path | None:
        if self.snapshot is None:
            return None
        path = path or self._ask_path(self.tr("Export the map as PDF"), ".pdf", self.tr("PDF files (*.pdf)"))
        if path is None:
            return None
        self.flush_positions()
        from kamdesk.reports.map_pdf import render_map_pdf

        try:
            render_map_pdf(self.snapshot, path, lang=self.ctx.lang, layout=self._current_layout())
        except OSError as exc:
            messages.show_error(
                self,
                self.tr("Export"),
                self.tr("Could not write {path}: {error}").format(path=path, error=exc),
            )
            return None
        return path

    def export_png(self, path: Path | None = None) -> Path | None:
        if self.snapshot is None:
            return None
        path = path or self._ask_path(self.tr("Export the map as PNG"), ".png", self.tr("PNG images (*.png)"))
        if path is None:
            return None
        from kamdesk.ui.stakeholders.export import render_png

        self.flush_positions()
        try:
            render_png(self.snapshot, path, lang=self.ctx.lang, layout=self._current_layout())
        except UserError as exc:
            messages.show_error(self, self.tr("Export"), str(exc))
            return None
        return path

    def _current_layout(self) -> Layout:
        """The layout as on screen (including a drag not saved yet)."""
        boxes = {k: Box(x, y) for k, (x, y) in self.scene.all_positions().items()}
        ours = {k: i.box() for k, i in self.scene.ours.items()}
        return normalise(Layout(boxes, ours, 0.0, 0.0))

    def print_map(self) -> None:
        if self.snapshot is None:
            return
        from kamdesk.ui.stakeholders.export import print_map

        print_map(self, self.scene, self.snapshot.title)

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
            if self.current is not None and not self._publishing:
                self.reload()

    def show_record(self, uuid: str) -> None:
        self.open_map(uuid)
        self.refresh_list()

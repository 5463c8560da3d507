"""The account list's filter bar: one drop-down per axis (tier, grade,
cadence, industry, region, relationship type, counterparty, owner), the
overdue / revisit-due / archived switches and the saved filters.

``filter_changed`` fires with nothing; read ``current_filter(text)`` for the
``AccountFilter`` (the search text comes from the page's search box).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QMenu,
    QToolButton,
    QWidget,
)

from kamdesk.domain.grading import Cadence, CounterpartyKind, Grade, RelationshipType, Tier, Urgency
from kamdesk.services import accounts as account_service
from kamdesk.services.changes import Result
from kamdesk.ui.context import AppContext
from kamdesk.ui.operations import run_op
from kamdesk.ui.widgets import messages


class MultiPick(QToolButton):
    """A drop-down of checkable choices; nothing checked means "any"."""

    changed = Signal()

    def __init__(
        self, title: str, parent: QWidget | None = None, *, loader: Callable[[], None] | None = None
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._menu = QMenu(self)
        self.setMenu(self._menu)
        self._actions: list[QAction] = []
        #: fills the choices on first need (menu opened, values set): the
        #: distinct values of 100k accounts are not read at start-up
        self._loader = loader
        if loader is not None:
            self._menu.aboutToShow.connect(self.ensure_choices)
        self._update_text()

    def ensure_choices(self) -> None:
        """Run the loader once (it calls ``set_choices``)."""
        loader, self._loader = self._loader, None
        if loader is not None:
            loader()

    def set_choices(self, choices: Sequence[tuple[str, str]]) -> None:
        """(value, label) pairs; keeps what was checked when still offered."""
        self._loader = None  # the choices are here
        checked = set(self.values())
        self._menu.clear()
        self._actions = []
        for value, label in choices:
            action = QAction(label, self._menu)
            action.setCheckable(True)
            action.setData(value)
            action.setChecked(value in checked)
            action.toggled.connect(self._toggled)
            self._menu.addAction(action)
            self._actions.append(action)
        if self._actions:
            self._menu.addSeparator()
            clear = self._menu.addAction(self.tr("Any"))
            clear.triggered.connect(self.clear)
        self.setEnabled(bool(self._actions))
        self._update_text()

    def values(self) -> tuple[str, ...]:
        return tuple(str(a.data()) for a in self._actions if a.isChecked())

    def set_values(self, values: Sequence[str], *, quiet: bool = True) -> None:
        if values:
            self.ensure_choices()
        wanted = {str(v) for v in values}
        for a in self._actions:
            a.blockSignals(True)
            a.setChecked(str(a.data()) in wanted)
            a.blockSignals(False)
        self._update_text()
        if not quiet:
            self.changed.emit()

    def clear(self) -> None:
        self.set_values((), quiet=False)

    def _toggled(self, _checked: bool) -> None:
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        labels = [a.text() for a in self._actions if a.isChecked()]
        if not labels:
            self.setText(self.title)
            self.setStyleSheet("")
        else:
            # keep the bar from growing: the first choice and how many more
            shown = labels[0] if len(labels) == 1 else f"{labels[0]} +{len(labels) - 1}"
            self.setText(f"{self.title}: {shown}")
            self.setStyleSheet("QToolButton { font-weight: bold; }")
        self.setToolTip("\n".join(labels))


class _SavedCombo(QComboBox):
    """The saved-filter choice; ``before_popup`` fills it on first opening."""

    def __init__(self, before_popup: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._before_popup = before_popup

    def showPopup(self) -> None:
        self._before_popup()
        super().showPopup()


class FilterBar(QWidget):
    filter_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._build_picks()
        self._build_switches()
        self._build_saved()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        for w in (
            self.tier,
            self.grade,
            self.cadence,
            self.urgency,
            self.industry,
            self.province,
            self.city,
            self.relationship,
            self.kind,
            self.owner,
        ):
            w.changed.connect(self.filter_changed)
            lay.addWidget(w)
        for box in (self.overdue, self.revisit, self.focus, self.archived):
            box.toggled.connect(lambda _b: self.filter_changed.emit())
            lay.addWidget(box)
        lay.addWidget(self.reset_button)
        lay.addStretch(1)
        lay.addWidget(self.saved)
        lay.addWidget(self.save_button)
        lay.addWidget(self.delete_button)
        self.saved.addItem(self.tr("Saved filters…"), None)
        self.delete_button.setEnabled(False)

    def _build_picks(self) -> None:
        """One drop-down per axis; industry, places and owner read their choices on first need."""
        lang = self.ctx.lang
        self.tier = MultiPick(self.tr("Tier"))
        self.tier.set_choices([(m.code, m.label(lang)) for m in Tier])
        self.grade = MultiPick(self.tr("Grade"))
        self.grade.set_choices([(m.code, f"{m.code} {m.label(lang)}") for m in Grade])
        self.cadence = MultiPick(self.tr("Cadence"))
        self.cadence.set_choices([(m.code, m.label(lang)) for m in Cadence])
        # 处理时间 as of today: the short forms, as the list column shows them
        self.urgency = MultiPick(QCoreApplication.translate("AccountSections", "Urgency"))
        self.urgency.setObjectName("urgencyFilter")
        self.urgency.set_choices([(m.code, m.label(lang)) for m in Urgency])
        self._options_loaded = False
        self.industry = MultiPick(self.tr("Industry"), loader=self.ensure_options)
        self.province = MultiPick(self.tr("Province"), loader=self.ensure_options)
        self.city = MultiPick(self.tr("City"), loader=self.ensure_options)
        self.relationship = MultiPick(self.tr("Relationship"))
        self.relationship.set_choices([(m.code, m.label(lang)) for m in RelationshipType])
        self.kind = MultiPick(self.tr("Counterparty"))
        self.kind.set_choices([(m.code, m.label(lang)) for m in CounterpartyKind])
        self.owner = MultiPick(self.tr("Owner"), loader=self.ensure_options)

    def _build_switches(self) -> None:
        self.overdue = QCheckBox(self.tr("Overdue"))
        self.overdue.setToolTip(self.tr("Only accounts past their follow-up cadence"))
        self.revisit = QCheckBox(self.tr("Revisit due"))
        self.archived = QCheckBox(self.tr("Archived too"))
        self.focus = QCheckBox(self.tr("Focus industries"))
        self.focus.setToolTip(self.tr("Only accounts in the focus industries (industry attractiveness)"))

    def _build_saved(self) -> None:
        """The saved filters with Save / Delete, and Clear."""
        self._saved: dict[str, account_service.SavedFilterRow] = {}
        self._saved_loaded = False
        self.saved = _SavedCombo(self.ensure_saved)
        self.saved.setObjectName("savedFilters")
        self.saved.setMinimumContentsLength(10)
        self.saved.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.saved.activated.connect(self._apply_saved)
        self.save_button = QToolButton()
        self.save_button.setText(self.tr("Save filter…"))
        self.save_button.clicked.connect(self.save_current)
        self.delete_button = QToolButton()
        self.delete_button.setText(self.tr("Delete filter"))
        self.delete_button.clicked.connect(self.delete_current)
        self.reset_button = QToolButton()
        self.reset_button.setText(self.tr("Clear"))
        self.reset_button.setToolTip(self.tr("Show all accounts"))
        self.reset_button.clicked.connect(self.reset)

    # --- options ---------------------------------------------------------------
    def ensure_options(self) -> None:
        """Read the distinct industries, places and owners on first need (a
        drop-down opened, a saved filter applied), not at start-up: on 100k
        accounts they cost ~0.2 s."""
        if not self._options_loaded:
            self._options_loaded = True
            self.reload_options()

    def reload_options(self) -> None:
        """Re-read the distinct industries, places and owners (only once they
        were needed; until then they are read on first need)."""
        if not self._options_loaded:
            return
        opts = account_service.filter_options(self.ctx.db)
        self.industry.set_choices([(i, i) for i in opts.industries])
        self.province.set_choices([(p, p) for p in opts.provinces])
        seen: set[str] = set()
        cities = []
        for _province, city in opts.cities:
            if city and city not in seen:
                seen.add(city)
                cities.append((city, city))
        self.city.set_choices(cities)
        self.owner.set_choices([(r.uuid, r.name) for r in opts.owners])

    def ensure_saved(self) -> None:
        """Read the saved filters on first need (the list opened, a filter
        saved), not at start-up."""
        if not self._saved_loaded:
            self._saved_loaded = True
            self.reload_saved()

    def reload_saved(self) -> None:
        """Re-read the saved filters (only once they were needed)."""
        if not self._saved_loaded:
            return
        current = self.saved.currentData()
        self.saved.blockSignals(True)
        self.saved.clear()
        self.saved.addItem(self.tr("Saved filters…"), None)
        self._saved = {row.uuid: row for row in account_service.list_filters(self.ctx.db)}
        for row in self._saved.values():
            self.saved.addItem(row.name, row.uuid)
        index = self.saved.findData(current)
        self.saved.setCurrentIndex(max(0, index))
        self.saved.blockSignals(False)
        self.delete_button.setEnabled(self.saved.currentData() is not None)

    # --- the filter --------------------------------------------------------------
    def current_filter(self, text: str = "") -> account_service.AccountFilter:
        return account_service.AccountFilter(
            text=text,
            tiers=self.tier.values(),
            grades=self.grade.values(),
            cadences=self.cadence.values(),
            urgencies=self.urgency.values(),
            industries=self.industry.values(),
            provinces=self.province.values(),
            cities=self.city.values(),
            relationship_types=self.relationship.values(),
            counterparty_kinds=self.kind.values(),
            owner_uuids=self.owner.values(),
            overdue_only=self.overdue.isChecked(),
            revisit_due_only=self.revisit.isChecked(),
            include_archived=self.archived.isChecked(),
            focus_industries_only=self.focus.isChecked(),
        )

    def set_filter(self, f: account_service.AccountFilter) -> None:
        """Show ``f`` in the controls (emits ``filter_changed`` once)."""
        pairs = (
            (self.tier, f.tiers),
            (self.grade, f.grades),
            (self.cadence, f.cadences),
            (self.urgency, f.urgencies),
            (self.industry, f.industries),
            (self.province, f.provinces),
            (self.city, f.cities),
            (self.relationship, f.relationship_types),
            (self.kind, f.counterparty_kinds),
            (self.owner, f.owner_uuids),
        )
        for pick, values in pairs:
            pick.set_values(values)
        for box, on in (
            (self.overdue, f.overdue_only),
            (self.revisit, f.revisit_due_only),
            (self.archived, f.include_archived),
            (self.focus, f.focus_industries_only),
        ):
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)
        self.filter_changed.emit()

    def reset(self) -> None:
        self.saved.setCurrentIndex(0)
        self.delete_button.setEnabled(False)
        self.set_filter(account_service.AccountFilter())

    # --- saved filters -------------------------------------------------------
    def _apply_saved(self, _index: int) -> None:
        uuid = self.saved.currentData()
        self.delete_button.setEnabled(uuid is not None)
        row = self._saved.get(uuid) if uuid else None
        if row is not None:
            self.set_filter(row.filter)
            self.saved_text = row.filter.text
            self.saved_applied.emit(row.filter.text)

    saved_applied = Signal(str)
    saved_text = ""

    def save_current(self, _checked: bool = False, *, name: str | None = None, text: str = "") -> None:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Save filter"), self.tr("Name of this filter:"))
            if not ok:
                return
        filter_name, current = name, self.current_filter(self.search_text())
        result = run_op(
            self,
            self.ctx,
            # a saved filter changes no account: nothing for the other views to reload
            lambda: Result(account_service.save_filter(self.ctx.db, filter_name, current).value),
            title=self.tr("Save filter"),
        )
        if result is None:
            return
        self._saved_loaded = True
        self.reload_saved()
        self.saved.setCurrentIndex(max(0, self.saved.findData(result.value)))
        self.delete_button.setEnabled(True)

    def search_text(self) -> str:
        """The page's search text (the page replaces this)."""
        return ""

    def delete_current(self) -> None:
        uuid = self.saved.currentData()
        if uuid is None:
            return
        name = self.saved.currentText()
        if not messages.ask_yes_no(
            self, self.tr("Delete filter"), self.tr("Delete the saved filter “{name}”?").format(name=name)
        ):
            return
        account_service.delete_filter(self.ctx.db, uuid)
        self.reload_saved()

"""The visit-plan editor: account and time, people on both sides, objective,
6W2H, resources, FAB, SPIN, objections, the commitment to ask for — pre-filled
from the account and its map. Refusals show at the field; nothing typed is
lost when the save is refused."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kamdesk import clock
from kamdesk.domain.visit_plan import (
    SIX_W_TWO_H,
    TEXT_PROMPTS,
    FabPoint,
    Objection,
    ResourceCheck,
    SpinCategory,
    default_resources,
)
from kamdesk.domain.visits import Side, VisitKind, VisitStatus
from kamdesk.errors import UserError, ValidationError
from kamdesk.services import visits as svc
from kamdesk.services.changes import Result
from kamdesk.ui.context import AppContext
from kamdesk.ui.operations import run_op
from kamdesk.ui.visits.objective_kinds import ObjectiveKindsBox
from kamdesk.ui.widgets.coded import CodeCombo

ERROR_STYLE = "color: #b42318;"
WARNING_STYLE = "color: #b54708;"


def with_detail(name: str, detail: str | None, lang: str) -> str:
    """ "name（detail）" in Chinese, "name (detail)" in English."""
    if not detail:
        return name
    return f"{name}（{detail}）" if lang.startswith("zh") else f"{name} ({detail})"


def list_sep(lang: str) -> str:
    """The separator of names in a list: "、" in Chinese, ", " in English."""
    return "、" if lang.startswith("zh") else ", "


def _cell_text(table: QTableWidget, row: int, col: int) -> str:
    item = table.item(row, col)
    return item.text() if item is not None else ""


def to_qdatetime(value: datetime) -> QDateTime:
    local = value.astimezone(svc.local_tz())
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second))


def from_qdatetime(value: QDateTime) -> datetime:
    naive = value.toPython()
    assert isinstance(naive, datetime)
    return naive.replace(tzinfo=svc.local_tz())


class PlanEditor(QDialog):
    """Plan a new visit (``account_uuid``/``start``) or edit one (``visit_uuid``)."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        account_uuid: str | None = None,
        visit_uuid: str | None = None,
        start: datetime | None = None,
        opportunity_uuid: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.visit_uuid = visit_uuid
        self.saved_uuid: str | None = None
        self._loading = False
        self._detail = svc.get_visit(ctx.db, visit_uuid) if visit_uuid else None
        self.setWindowTitle(self.tr("Edit visit plan") if visit_uuid else self.tr("Plan a visit"))
        self.resize(820, 680)

        self.errors: dict[str, QLabel] = {}
        self.tabs = QTabWidget()
        self.tabs.addTab(self._basics_tab(), self.tr("Visit"))
        self.tabs.addTab(self._people_tab(), self.tr("People"))
        self.tabs.addTab(self._w_tab(), self.tr("6W2H"))
        self.tabs.addTab(self._prep_tab(), self.tr("Preparation"))
        self.background = QTextBrowser()
        self.background.setObjectName("planBackground")
        self.tabs.addTab(self.background, self.tr("Background"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(250)
        self._check_timer.timeout.connect(self.live_check)

        if self._detail is not None:
            self._load_detail()
        else:
            begin = start or svc.default_start(clock.today() + timedelta(days=1))
            self.starts.setDateTime(to_qdatetime(begin))
            self.ends.setDateTime(to_qdatetime(begin + timedelta(hours=1)))
            self._set_resources(default_resources(ctx.lang))
            if account_uuid:
                self._select_account(account_uuid, opportunity_uuid)
        self.live_check()

    # --- building ----------------------------------------------------------------
    def _error_label(self, key: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error_{key}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        self.errors[key] = label
        return label

    def _field(self, widget: QWidget, key: str) -> QWidget:
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        lay.addWidget(self._error_label(key))
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        return box

    def _basics_tab(self) -> QWidget:
        w = QWidget()
        form = QFormLayout(w)
        self.account_search = QLineEdit()
        self.account_search.setPlaceholderText(self.tr("Search accounts (name or pinyin initials)"))
        self.account_search.textChanged.connect(self._search_accounts)
        self.account = QComboBox()
        self.account.setObjectName("accountCombo")
        self.account.currentIndexChanged.connect(self._account_changed)
        acc_row = QWidget()
        acc_lay = QHBoxLayout(acc_row)
        acc_lay.setContentsMargins(0, 0, 0, 0)
        acc_lay.addWidget(self.account_search, 1)
        acc_lay.addWidget(self.account, 2)
        form.addRow(self.tr("Account"), self._field(acc_row, "account"))
        # MAN m+a+n on this prospect: the seed says stop contact
        self.account_warning = QLabel()
        self.account_warning.setObjectName("warning_account")
        self.account_warning.setStyleSheet(WARNING_STYLE)
        self.account_warning.setWordWrap(True)
        self.account_warning.hide()
        form.addRow("", self.account_warning)
        self.opportunity = QComboBox()
        self.opportunity.currentIndexChanged.connect(self._opportunity_changed)
        form.addRow(self.tr("Opportunity"), self._field(self.opportunity, "opportunity"))
        self.starts = QDateTimeEdit()
        self.starts.setCalendarPopup(True)
        self.starts.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.starts.dateTimeChanged.connect(self._start_changed)
        self.ends = QDateTimeEdit()
        self.ends.setCalendarPopup(True)
        self.ends.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.ends.dateTimeChanged.connect(lambda _d: self._check_timer.start())
        start_box = self._field(self.starts, "starts_at")
        self.warning = QLabel()
        self.warning.setObjectName("warning_starts_at")
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setWordWrap(True)
        self.warning.hide()
        start_layout = start_box.layout()
        assert start_layout is not None
        start_layout.addWidget(self.warning)
        form.addRow(self.tr("Starts"), start_box)
        form.addRow(self.tr("Ends"), self._field(self.ends, "ends_at"))
        self.place = QLineEdit()
        form.addRow(self.tr("Place"), self.place)
        self.kind = CodeCombo(VisitKind, lang=self.ctx.lang, show_code=False)
        form.addRow(self.tr("Kind"), self.kind)
        self.objective_kinds = ObjectiveKindsBox(self.ctx.lang)
        form.addRow(self.tr("Objective"), self.objective_kinds)
        self.final_objective = QPlainTextEdit()
        self.final_objective.setFixedHeight(56)
        self.final_objective.setPlaceholderText(
            self.tr("What this account should finally do (e.g. move its call centre to us)")
        )
        form.addRow(self.tr("Final objective"), self.final_objective)
        self.stage_objective = QPlainTextEdit()
        self.stage_objective.setFixedHeight(56)
        self.stage_objective.setPlaceholderText(self.tr("What this visit should achieve"))
        form.addRow(self.tr("Stage objective"), self.stage_objective)
        self.commitment_to_ask = QLineEdit()
        self.commitment_to_ask.setPlaceholderText(
            self.tr("e.g. next week I will bring the contract for you to review")
        )
        form.addRow(self.tr("Commitment to ask for"), self.commitment_to_ask)
        self.minimum_outcome = QLineEdit()
        form.addRow(self.tr("Minimum acceptable outcome"), self.minimum_outcome)
        return w

    def _people_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.addWidget(
            QLabel(self.tr("Their people (contacts of this account; current attitude in brackets)"))
        )
        self.contacts = QListWidget()
        self.contacts.setObjectName("contactsList")
        self.contacts.itemChanged.connect(lambda _i: self._check_timer.start())
        lay.addWidget(self.contacts, 2)
        lay.addWidget(self._error_label("attendees"))
        lay.addWidget(QLabel(self.tr("Our people")))
        self.ours = QListWidget()
        self.ours.setObjectName("oursList")
        lay.addWidget(self.ours, 1)
        for choice in svc.our_people(self.ctx.db):
            item = QListWidgetItem(with_detail(choice.name, choice.detail, self.ctx.lang))
            item.setData(Qt.ItemDataRole.UserRole, choice.uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.ours.addItem(item)
        self.others = QLineEdit()
        self.others.setPlaceholderText(self.tr("Others not on file, separated by commas (their side)"))
        lay.addWidget(self.others)
        return w

    def _w_tab(self) -> QWidget:
        w = QWidget()
        form = QFormLayout(w)
        self.w_edits: dict[str, QPlainTextEdit] = {}
        for prompt in SIX_W_TWO_H:
            if prompt.field.startswith("w_"):
                edit = QPlainTextEdit()
                edit.setFixedHeight(52)
                # the row label carries the seed's question (Prompt.label); in
                # English the question is the placeholder
                if not self.ctx.lang.startswith("zh"):
                    edit.setPlaceholderText(prompt.hint(self.ctx.lang))
                self.w_edits[prompt.field] = edit
                form.addRow(prompt.label(self.ctx.lang), edit)
            else:
                hint = QLabel(
                    ("" if self.ctx.lang.startswith("zh") else prompt.hint(self.ctx.lang) + " ")
                    + "→ "
                    + {
                        "when": self.tr("the start and end on the Visit tab"),
                        "where": self.tr("the place on the Visit tab"),
                        "who": self.tr("the People tab"),
                    }[prompt.key]
                )
                hint.setStyleSheet("color: #6b7280;")
                form.addRow(prompt.label(self.ctx.lang), hint)
        return w

    def _table(self, headers: list[str], name: str) -> tuple[QWidget, QTableWidget]:
        table = QTableWidget(0, len(headers))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add = QPushButton(self.tr("Add"))
        remove = QPushButton(self.tr("Remove"))
        add.clicked.connect(lambda: self._add_row(table))
        remove.clicked.connect(
            lambda: table.removeRow(table.currentRow()) if table.currentRow() >= 0 else None
        )
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(table)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        lay.addLayout(row)
        return box, table

    @staticmethod
    def _add_row(table: QTableWidget, values: list[str] | None = None) -> None:
        r = table.rowCount()
        table.insertRow(r)
        for c in range(table.columnCount()):
            table.setItem(r, c, QTableWidgetItem((values or [])[c] if values and c < len(values) else ""))

    def _prep_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        res_row = QHBoxLayout()
        res_box = QVBoxLayout()
        res_box.addWidget(QLabel(self.tr("Resources (tick what is ready)")))
        self.resources = QListWidget()
        self.resources.setObjectName("resourcesList")
        res_box.addWidget(self.resources)
        add_row = QHBoxLayout()
        self.resource_new = QLineEdit()
        self.resource_new.setPlaceholderText(self.tr("Another item"))
        add_res = QPushButton(self.tr("Add"))
        add_res.clicked.connect(self._add_resource)
        self.resource_new.returnPressed.connect(self._add_resource)
        add_row.addWidget(self.resource_new)
        add_row.addWidget(add_res)
        res_box.addLayout(add_row)
        res_row.addLayout(res_box, 1)
        spin_box = QFormLayout()
        self.spin_edits: dict[SpinCategory, QPlainTextEdit] = {}
        for cat in SpinCategory:
            edit = QPlainTextEdit()
            edit.setFixedHeight(44)
            edit.setPlaceholderText(self.tr("One question per line"))
            self.spin_edits[cat] = edit
            spin_box.addRow(cat.label(self.ctx.lang), edit)
        spin_widget = QWidget()
        spin_widget.setLayout(spin_box)
        spin_col = QVBoxLayout()
        spin_col.addWidget(QLabel(self.tr("SPIN questions")))
        spin_col.addWidget(spin_widget)
        res_row.addLayout(spin_col, 2)
        lay.addLayout(res_row, 2)
        lay.addWidget(QLabel(self.tr("FAB points: feature → advantage → benefit to this customer")))
        fab_box, self.fab = self._table(
            [self.tr("Feature"), self.tr("Advantage"), self.tr("Benefit")], "fabTable"
        )
        lay.addWidget(fab_box, 1)
        lay.addWidget(QLabel(self.tr("Expected objections and answers")))
        obj_box, self.objections = self._table([self.tr("Objection"), self.tr("Answer")], "objectionsTable")
        lay.addWidget(obj_box, 1)
        return w

    # --- resources --------------------------------------------------------------
    def _set_resources(self, items: list[ResourceCheck] | tuple[ResourceCheck, ...]) -> None:
        self.resources.clear()
        for r in items:
            self._resource_item(r.item, r.ready)

    def _resource_item(self, text: str, ready: bool) -> None:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
        item.setCheckState(Qt.CheckState.Checked if ready else Qt.CheckState.Unchecked)
        self.resources.addItem(item)

    def _add_resource(self) -> None:
        text = self.resource_new.text().strip()
        if text:
            self._resource_item(text, False)
            self.resource_new.clear()

    # --- account -------------------------------------------------------------------
    def _search_accounts(self, text: str) -> None:
        current = self.account.currentData()
        self.account.blockSignals(True)
        self.account.clear()
        self.account.addItem(self.tr("— choose —"), None)
        for c in svc.find_accounts(self.ctx.db, text, limit=100):
            self.account.addItem(with_detail(c.name, c.detail, self.ctx.lang), c.uuid)
        index = self.account.findData(current) if current else -1
        self.account.setCurrentIndex(
            max(index, 0) if index >= 0 else (1 if text.strip() and self.account.count() > 1 else 0)
        )
        self.account.blockSignals(False)
        if self.account.currentData() != current:
            self._account_changed()

    def _select_account(self, uuid: str, opportunity_uuid: str | None = None) -> None:
        self._search_accounts("")
        index = self.account.findData(uuid)
        if index < 0:
            for c in svc.find_accounts(self.ctx.db, "", limit=100000):
                if c.uuid == uuid:
                    self.account.addItem(c.name, c.uuid)
                    index = self.account.count() - 1
                    break
        self.account.setCurrentIndex(max(index, 0))
        if opportunity_uuid:
            i = self.opportunity.findData(opportunity_uuid)
            if i >= 0:
                self.opportunity.setCurrentIndex(i)

    def _account_changed(self, *_args: object) -> None:
        uuid = self.account.currentData()
        self.contacts.clear()
        self.opportunity.blockSignals(True)
        self.opportunity.clear()
        self.opportunity.addItem(self.tr("— none —"), None)
        if not uuid:
            self.opportunity.blockSignals(False)
            self.background.clear()
            self._check_timer.start()
            return
        ctx = svc.plan_context(self.ctx.db, uuid, lang=self.ctx.lang)
        attitudes = {p.contact_uuid: p.attitude for p in ctx.key_people}
        for c in svc.account_contacts(self.ctx.db, uuid):
            text = c.name + (
                (("，" if self.ctx.lang.startswith("zh") else ", ") + c.detail) if c.detail else ""
            )
            if attitudes.get(c.uuid):
                text += f"  [{attitudes[c.uuid]}]"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c.uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.contacts.addItem(item)
        for o_uuid, name in ctx.opportunities:
            self.opportunity.addItem(name, o_uuid)
        if len(ctx.opportunities) == 1 and self._detail is None:
            self.opportunity.setCurrentIndex(1)  # the account's only open opportunity
        self.opportunity.blockSignals(False)
        if self._detail is None and not self._loading:
            self.kind.set_code(ctx.suggested_kind)
            if not self.place.text() and ctx.address:
                self.place.setText(ctx.address)
        self.background.setHtml(self._background_html(ctx))
        self._check_timer.start()

    def _opportunity_changed(self, *_args: object) -> None:
        """Another project: its map's people and insights in the background tab."""
        uuid = self.account.currentData()
        if not uuid or self.opportunity.signalsBlocked():
            return
        ctx = svc.plan_context(self.ctx.db, uuid, self.opportunity.currentData(), lang=self.ctx.lang)
        self.background.setHtml(self._background_html(ctx))
        self._check_timer.start()

    def _background_html(self, ctx: svc.PlanContext) -> str:
        from html import escape

        lang = self.ctx.lang
        tr_key_people = self.tr("Key people")
        tr_no_one = self.tr("No one on the map yet.")
        tr_open_c = self.tr("Open commitments")
        tr_none = self.tr("None.")
        tr_insights = self.tr("Insights")
        tr_last = self.tr("Last contact")
        tr_next_step = self.tr("Next step")
        parts = [f"<h3>{escape(ctx.account_name)}</h3>"]
        parts.append(f"<h4>{escape(tr_key_people)}</h4>")
        if ctx.key_people:
            rows = "".join(
                f"<tr><td>{escape(p.name)}</td><td>{escape(p.title or '')}</td>"
                f"<td>{escape(p.role.label(lang) if p.role else '')}</td><td><b>{escape(p.attitude or '—')}</b></td></tr>"
                for p in ctx.key_people
            )
            parts.append(f"<table cellpadding='3'>{rows}</table>")
        else:
            parts.append(f"<p>{escape(tr_no_one)}</p>")
        parts.append(f"<h4>{escape(tr_open_c)}</h4>")
        if ctx.open_commitments:
            parts.append(
                "<ul>"
                + "".join(
                    f"<li>[{escape(c.side.label(lang))}] {escape(c.text)}"
                    + (f" — {c.due_text()}" if c.due_on else "")
                    + "</li>"
                    for c in ctx.open_commitments
                )
                + "</ul>"
            )
        else:
            parts.append(f"<p>{escape(tr_none)}</p>")
        if ctx.insights:
            parts.append(
                f"<h4>{escape(tr_insights)}</h4><ul>"
                + "".join(f"<li>{escape(i)}</li>" for i in ctx.insights)
                + "</ul>"
            )
        parts.append(f"<h4>{escape(tr_last)}</h4>")
        if ctx.last_contact is not None:
            c = ctx.last_contact
            parts.append(
                f"<p>{c.at.astimezone(svc.local_tz()):%Y-%m-%d} {escape(c.way.label(lang))} "
                f"{escape(c.their_person or '')}：{escape(c.content or '')}<br/>"
                f"{escape(tr_next_step)}：{escape(c.next_step or '—')}</p>"
            )
        else:
            parts.append(f"<p>{escape(tr_none)}</p>")
        return "".join(parts)

    # --- load and collect --------------------------------------------------------------
    def _load_detail(self) -> None:
        d = self._detail
        assert d is not None
        self._loading = True
        try:
            self._select_account(d.account_uuid, d.opportunity_uuid)
            self.account.setEnabled(False)
            self.account_search.setEnabled(False)
            self.starts.setDateTime(to_qdatetime(d.starts_at))
            self.ends.setDateTime(to_qdatetime(d.ends_at or d.starts_at + timedelta(hours=1)))
            self.place.setText(d.place or "")
            self.kind.set_code(d.kind)
            self.objective_kinds.set_kinds(d.objective_kinds)
            self.final_objective.setPlainText(d.final_objective or "")
            self.stage_objective.setPlainText(d.stage_objective or "")
            self.commitment_to_ask.setText(d.commitment_to_ask or "")
            self.minimum_outcome.setText(d.minimum_outcome or "")
            for prompt in TEXT_PROMPTS:
                self.w_edits[prompt.field].setPlainText(getattr(d, prompt.field) or "")
            self._set_resources(d.resources)
            for cat, items in d.spin_questions.items():
                self.spin_edits[cat].setPlainText("\n".join(items))
            for f in d.fab_points:
                self._add_row(self.fab, [f.feature, f.advantage, f.benefit])
            for o in d.objections:
                self._add_row(self.objections, [o.objection, o.answer])
            chosen = {a.contact_uuid for a in d.attendees if a.contact_uuid}
            for i in range(self.contacts.count()):
                item = self.contacts.item(i)
                if item.data(Qt.ItemDataRole.UserRole) in chosen:
                    item.setCheckState(Qt.CheckState.Checked)
            ours = {a.our_person_uuid for a in d.attendees if a.our_person_uuid}
            for i in range(self.ours.count()):
                item = self.ours.item(i)
                if item.data(Qt.ItemDataRole.UserRole) in ours:
                    item.setCheckState(Qt.CheckState.Checked)
            self.others.setText(
                ", ".join(a.name for a in d.attendees if not a.contact_uuid and not a.our_person_uuid)
            )
            if d.status is not VisitStatus.PLANNED:
                # a visit that took place (or was cancelled) is history: read only
                self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        finally:
            self._loading = False

    def check_contact(self, contact_uuid: str, checked: bool = True) -> None:
        """Tick (or untick) a contact on the People tab."""
        for i in range(self.contacts.count()):
            item = self.contacts.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == contact_uuid:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _table_rows(self, table: QTableWidget) -> list[list[str]]:
        out = []
        for r in range(table.rowCount()):
            out.append([_cell_text(table, r, c) for c in range(table.columnCount())])
        return out

    def visit_input(self) -> svc.VisitInput:
        attendees: list[svc.AttendeeInput] = []
        for i in range(self.contacts.count()):
            item = self.contacts.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                attendees.append(
                    svc.AttendeeInput(Side.THEM, contact_uuid=item.data(Qt.ItemDataRole.UserRole))
                )
        for name in self.others.text().replace("，", ",").replace("、", ",").split(","):
            if name.strip():
                attendees.append(svc.AttendeeInput(Side.THEM, name=name.strip()))
        for i in range(self.ours.count()):
            item = self.ours.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                attendees.append(
                    svc.AttendeeInput(Side.US, our_person_uuid=item.data(Qt.ItemDataRole.UserRole))
                )
        resources = [
            ResourceCheck(
                self.resources.item(i).text(), self.resources.item(i).checkState() == Qt.CheckState.Checked
            )
            for i in range(self.resources.count())
        ]
        return svc.VisitInput(
            account_uuid=self.account.currentData(),
            opportunity_uuid=self.opportunity.currentData(),
            starts_at=from_qdatetime(self.starts.dateTime()),
            ends_at=from_qdatetime(self.ends.dateTime()),
            place=self.place.text(),
            attendees=attendees,
            objective_kind=None,
            objective_kinds=self.objective_kinds.kinds(),
            final_objective=self.final_objective.toPlainText(),
            stage_objective=self.stage_objective.toPlainText(),
            resources=resources,
            fab_points=[FabPoint(*row) for row in self._table_rows(self.fab)],
            spin_questions={c: e.toPlainText().splitlines() for c, e in self.spin_edits.items()},
            objections=[Objection(*row) for row in self._table_rows(self.objections)],
            commitment_to_ask=self.commitment_to_ask.text(),
            minimum_outcome=self.minimum_outcome.text(),
            kind=self.kind.code(),
            **{p.field: self.w_edits[p.field].toPlainText() for p in TEXT_PROMPTS},
        )

    # --- checks and save --------------------------------------------------------------------
    def _start_changed(self, _value: QDateTime) -> None:
        # keep the length when the start moves
        if not self._loading and self.ends.dateTime() <= self.starts.dateTime():
            self.ends.setDateTime(self.starts.dateTime().addSecs(3600))
        self._check_timer.start()

    def show_errors(self, errors: dict[str, str], warnings: dict[str, str] | None = None) -> None:
        for key, label in self.errors.items():
            text = errors.get(key)
            label.setText(text or "")
            label.setVisible(bool(text))
        warning = (warnings or {}).get("starts_at")
        self.warning.setText(warning or "")
        self.warning.setVisible(bool(warning))
        about_account = (warnings or {}).get("account")
        self.account_warning.setText(about_account or "")
        self.account_warning.setVisible(bool(about_account))

    def live_check(self) -> None:
        try:
            check = svc.check_visit(
                self.ctx.db, self.visit_input(), visit_uuid=self.visit_uuid, lang=self.ctx.lang
            )
        except UserError:
            return
        # before a first save only show what the user has touched: time and people
        shown = {k: v for k, v in check.errors.items() if k != "account" or self.account.currentData()}
        self.show_errors(shown, check.warnings)

    def save(self) -> None:
        inp, uuid, lang = self.visit_input(), self.visit_uuid, self.ctx.lang

        def invalid(exc: ValidationError) -> None:
            self.show_errors(exc.errors)
            first = next(iter(exc.errors))
            self.tabs.setCurrentIndex(1 if first == "attendees" else 0)

        def saved(result: Result[svc.Saved]) -> None:
            self.saved_uuid = result.value.uuid

        def save() -> Result[svc.Saved]:
            if uuid:
                return svc.update_visit(self.ctx.db, uuid, inp, lang=lang)
            return svc.plan_visit(self.ctx.db, inp, lang=lang)

        result = run_op(
            self,
            self.ctx,
            save,
            title=self.windowTitle(),
            success=saved,
            invalid=invalid,
        )
        if result is not None:
            self.accept()

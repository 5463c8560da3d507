"""The visit-plan editor: account and time, people on both sides, objective,
6W2H, resources, FAB, SPIN, objections, the commitment to ask for — pre-filled
from the account and its map. Refusals show at the field; nothing typed is
lost when the save is refused."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk import clock
from kamdesk.domain.visit_plan import SIX_W_TWO_H, TEXT_PROMPTS, default_resources
from kamdesk.domain.visits import VisitKind, VisitStatus
from kamdesk.errors import UserError, ValidationError
from kamdesk.services import visits as svc
from kamdesk.services.changes import Result
from kamdesk.ui.context import AppContext
from kamdesk.ui.operations import run_op
from kamdesk.ui.visits.fields import (
    WARNING_STYLE,
    error_field,
    from_qdatetime,
    note_label,
    to_qdatetime,
    with_detail,
)
from kamdesk.ui.visits.objective_kinds import ObjectiveKindsBox
from kamdesk.ui.visits.plan_background import BackgroundView
from kamdesk.ui.visits.plan_people import PeopleTab
from kamdesk.ui.visits.plan_prep import PrepTab
from kamdesk.ui.widgets.coded import CodeCombo


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

        # typing waits a moment before the plan is checked
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(250)
        self._check_timer.timeout.connect(self.live_check)
        self.errors: dict[str, QLabel] = {}
        self.tabs = QTabWidget()
        self.tabs.addTab(self._basics_tab(), self.tr("Visit"))
        self.people = PeopleTab(ctx.lang, svc.our_people(ctx.db), self.errors)
        self.people.changed.connect(lambda: self._check_timer.start())
        self.tabs.addTab(self.people, self.tr("People"))
        self.tabs.addTab(self._w_tab(), self.tr("6W2H"))
        self.prep = PrepTab(ctx.lang)
        self.tabs.addTab(self.prep, self.tr("Preparation"))
        self.background = BackgroundView(ctx.lang)
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

        if self._detail is not None:
            self._load_detail()
        else:
            begin = start or svc.default_start(clock.today() + timedelta(days=1))
            self.starts.setDateTime(to_qdatetime(begin))
            self.ends.setDateTime(to_qdatetime(begin + timedelta(hours=1)))
            self.prep.set_resources(default_resources(ctx.lang))
            if account_uuid:
                self._select_account(account_uuid, opportunity_uuid)
        self.live_check()

    # --- building ----------------------------------------------------------------
    def _field(self, widget: QWidget, key: str) -> QWidget:
        return error_field(self.errors, widget, key, compact=True)

    def _basics_tab(self) -> QWidget:
        w = QWidget()
        form = QFormLayout(w)
        self._build_account_rows(form)
        self._build_time_rows(form)
        self.place = QLineEdit()
        form.addRow(self.tr("Place"), self.place)
        self.kind = CodeCombo(VisitKind, lang=self.ctx.lang, show_code=False)
        form.addRow(self.tr("Kind"), self.kind)
        self._build_objective_rows(form)
        return w

    def _build_account_rows(self, form: QFormLayout) -> None:
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
        self.account_warning = note_label("warning_account", WARNING_STYLE)
        form.addRow("", self.account_warning)
        self.opportunity = QComboBox()
        self.opportunity.currentIndexChanged.connect(self._opportunity_changed)
        form.addRow(self.tr("Opportunity"), self._field(self.opportunity, "opportunity"))

    def _build_time_rows(self, form: QFormLayout) -> None:
        self.starts = QDateTimeEdit()
        self.starts.setCalendarPopup(True)
        self.starts.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.starts.dateTimeChanged.connect(self._start_changed)
        self.ends = QDateTimeEdit()
        self.ends.setCalendarPopup(True)
        self.ends.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.ends.dateTimeChanged.connect(lambda _d: self._check_timer.start())
        start_box = self._field(self.starts, "starts_at")
        self.warning = note_label("warning_starts_at", WARNING_STYLE)
        start_layout = start_box.layout()
        assert start_layout is not None
        start_layout.addWidget(self.warning)
        form.addRow(self.tr("Starts"), start_box)
        form.addRow(self.tr("Ends"), self._field(self.ends, "ends_at"))

    def _build_objective_rows(self, form: QFormLayout) -> None:
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
        self.opportunity.blockSignals(True)
        self.opportunity.clear()
        self.opportunity.addItem(self.tr("— none —"), None)
        if not uuid:
            self.people.set_contacts([], {})
            self.opportunity.blockSignals(False)
            self.background.clear()
            self._check_timer.start()
            return
        ctx = svc.plan_context(self.ctx.db, uuid, lang=self.ctx.lang)
        attitudes = {p.contact_uuid: p.attitude for p in ctx.key_people}
        self.people.set_contacts(svc.account_contacts(self.ctx.db, uuid), attitudes)
        for o_uuid, name in ctx.opportunities:
            self.opportunity.addItem(name, o_uuid)
        if len(ctx.opportunities) == 1 and self._detail is None:
            self.opportunity.setCurrentIndex(1)  # the account's only open opportunity
        self.opportunity.blockSignals(False)
        if self._detail is None and not self._loading:
            self.kind.set_code(ctx.suggested_kind)
            if not self.place.text() and ctx.address:
                self.place.setText(ctx.address)
        self.background.show_context(ctx)
        self._check_timer.start()

    def _opportunity_changed(self, *_args: object) -> None:
        """Another project: its map's people and insights in the background tab."""
        uuid = self.account.currentData()
        if not uuid or self.opportunity.signalsBlocked():
            return
        ctx = svc.plan_context(self.ctx.db, uuid, self.opportunity.currentData(), lang=self.ctx.lang)
        self.background.show_context(ctx)
        self._check_timer.start()

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
            self.prep.load(d)
            self.people.load(d.attendees)
            if d.status is not VisitStatus.PLANNED:
                # a visit that took place (or was cancelled) is history: read only
                self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        finally:
            self._loading = False

    def check_contact(self, contact_uuid: str, checked: bool = True) -> None:
        """Tick (or untick) a contact on the People tab."""
        self.people.check_contact(contact_uuid, checked)

    def visit_input(self) -> svc.VisitInput:
        return svc.VisitInput(
            account_uuid=self.account.currentData(),
            opportunity_uuid=self.opportunity.currentData(),
            starts_at=from_qdatetime(self.starts.dateTime()),
            ends_at=from_qdatetime(self.ends.dateTime()),
            place=self.place.text(),
            attendees=self.people.attendees(),
            objective_kind=None,
            objective_kinds=self.objective_kinds.kinds(),
            final_objective=self.final_objective.toPlainText(),
            stage_objective=self.stage_objective.toPlainText(),
            resources=self.prep.resource_checks(),
            fab_points=self.prep.fab_points(),
            spin_questions=self.prep.spin_questions(),
            objections=self.prep.objection_list(),
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

"""The classification tab: tier, grade, cadence, relationship… with what the
seeds advise, the grade suggested by the expected close, and the account's
follow-up status (overdue, revisit due, purchase cycle)."""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kamdesk import clock
from kamdesk.domain import classify
from kamdesk.domain.codes import Coded
from kamdesk.domain.grading import (
    Cadence,
    Grade,
    NeedStatus,
    RelationshipStage,
    RelationshipType,
    RevisitInterval,
)
from kamdesk.domain.stakeholders import man_guidance
from kamdesk.ui.accounts.form.field_editors import FieldSpec
from kamdesk.ui.accounts.form.fields import FieldBinder
from kamdesk.ui.accounts.form.layout import form_group, label_width, note_label, scroll_page
from kamdesk.ui.context import AppContext

C = TypeVar("C", bound=Coded)


class ClassificationTab(QWidget):
    def __init__(
        self,
        ctx: AppContext,
        binder: FieldBinder,
        groups: list[tuple[str, list[FieldSpec]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.binder = binder
        self._detail: Any = None
        width = label_width(self, groups)
        boxes = [form_group(title, specs, binder, width=width) for title, specs in groups]

        # grade suggestion under the value group
        self.suggestion = note_label()
        self.suggestion.setObjectName("gradeSuggestion")
        self.apply_grade = QPushButton(self.tr("Use suggested grade"))
        self.apply_grade.clicked.connect(self._apply_suggestion)
        row = QHBoxLayout()
        row.addWidget(self.suggestion, 1)
        row.addWidget(self.apply_grade)
        boxes[0].layout().addRow(row)  # type: ignore[union-attr]

        self.advice = note_label()
        self.advice.setObjectName("relationshipAdvice")
        boxes[2].layout().addRow(self.advice)  # type: ignore[union-attr]

        # 处理时间: the class derived from the handle-by date, under the urgency
        self.urgency_hint = note_label()
        self.urgency_hint.setObjectName("urgencyHint")
        boxes[0].layout().addRow(self.urgency_hint)  # type: ignore[union-attr]

        # MAN on a prospect: the seed's guidance for the combination
        self.man_guidance = note_label()
        self.man_guidance.setObjectName("manGuidance")
        if len(boxes) > 3:
            boxes[3].layout().addRow(self.man_guidance)  # type: ignore[union-attr]

        status_box = QGroupBox(self.tr("Status"))
        self.status = note_label()
        self.status.setObjectName("followUpStatus")
        QVBoxLayout(status_box).addWidget(self.status)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(scroll_page(status_box, *boxes))
        binder.edited.connect(self._on_edit)
        self._refresh_hints()
        self._refresh_urgency()
        self._refresh_man()

    def _on_edit(self, name: str) -> None:
        if name in ("expected_close", "need_status", "grade", "relationship_type", "relationship_stage"):
            self._refresh_hints()
        if name in ("cadence", "revisit_interval", "purchase_cycle_days"):
            self.show_detail(self._detail)
        if name in ("handle_by", "urgency_manual", "urgency"):
            self._refresh_urgency()
        if name.startswith("man_"):
            self._refresh_man()

    def _refresh_urgency(self) -> None:
        """By hand: the urgency combo is the rep's. Else it follows the
        handle-by date in the seed's classes (and is read-only)."""
        if "urgency" not in self.binder.names() or "handle_by" not in self.binder.names():
            return
        lang = self.ctx.lang
        manual = bool(self._value("urgency_manual"))
        handle_by = self._value("handle_by")
        combo = self.binder.editor("urgency")
        combo.setEnabled(manual or handle_by is None)
        if manual or handle_by is None:
            self.urgency_hint.setText(
                self.tr("Set a handle-by date to derive the urgency.") if handle_by is None else ""
            )
            return
        derived = classify.urgency_for(handle_by, clock.today())
        if self._value("urgency") != derived:
            self.binder.set_value("urgency", derived)
        self.urgency_hint.setText(
            self.tr("From the handle-by date: {label} ({note})").format(
                label=derived.label(lang), note=derived.note(lang)
            )
        )

    def _refresh_man(self) -> None:
        """The seed's guidance once all three MAN factors are set."""
        values = [self._value(n) for n in ("man_money", "man_authority", "man_need")]
        if any(v is None for v in values):
            self.man_guidance.setText(self.tr("Set M, A and N to see what the MAN rule advises."))
            self.man_guidance.setStyleSheet("")
            return
        guidance = man_guidance(*(bool(v) for v in values))
        self.man_guidance.setText(f"{guidance.code}：{guidance.label(self.ctx.lang)}")
        self.man_guidance.setStyleSheet("" if guidance.is_prospect else "color: #b3261e;")

    def _value(self, name: str) -> Any:
        try:
            return self.binder.value(name)
        except ValueError:
            return None

    def _code(self, name: str, enum: type[C]) -> C | None:
        """The chosen member of a code field (the binder gives members)."""
        value = self._value(name)
        return value if isinstance(value, enum) else None

    def suggested_grade(self) -> Grade | None:
        need = self._code("need_status", NeedStatus)
        close = self._value("expected_close")
        if close is None and need is None:
            return None
        return classify.grade_from_expected_close(close, clock.today(), need=need)

    def _refresh_hints(self) -> None:
        lang = self.ctx.lang
        grade = self.suggested_grade()
        current = self._code("grade", Grade)
        if grade is None:
            self.suggestion.setText(self.tr("Set the expected close to get a suggested grade."))
            self.apply_grade.setEnabled(False)
        else:
            text = self.tr("Suggested from the expected close: {grade} — {label}").format(
                grade=grade.code, label=grade.label(lang)
            )
            if current is not None and current != grade:
                text += self.tr(" (the grade set is {grade})").format(grade=current.code)
            self.suggestion.setText(text)
            self.apply_grade.setEnabled(current is None or current != grade)
        advice = classify.relationship_advice(
            self._code("relationship_type", RelationshipType),
            self._code("relationship_stage", RelationshipStage),
            lang,
        )
        self.advice.setText(advice or self.tr("Choose a relationship type to see what the method advises."))

    def _apply_suggestion(self) -> None:
        grade = self.suggested_grade()
        if grade is None:
            return
        old = self._value("grade")
        self.binder.set_value("grade", grade)
        # go through the binder's edit path so it is undoable and marks dirty
        if old != grade:
            self.binder._on_change("grade")
        self._refresh_hints()

    # --- follow-up status ---------------------------------------------------------
    def show_detail(self, detail: Any) -> None:
        self._detail = detail
        self._refresh_hints()
        self._refresh_urgency()
        self._refresh_man()
        self.status.setText(self.status_summary(long=True))

    def status_summary(self, *, long: bool = False) -> str:
        """One line (or a few) on what is due: overdue, revisit, purchase."""
        detail = self._detail
        if detail is None:
            return self.tr("Not saved yet.") if long else ""
        today = clock.today()
        parts: list[str] = []
        cadence = self._code("cadence", Cadence)
        last_touch = getattr(detail, "last_touch_at", None)
        if last_touch is not None:
            local = clock.to_local(last_touch) if isinstance(last_touch, dt.datetime) else last_touch
            parts.append(self.tr("Last contact {date}").format(date=f"{local:%Y-%m-%d}"))
        else:
            parts.append(self.tr("Never contacted"))
        overdue = classify.days_overdue(last_touch, cadence, today)
        if cadence is not None and overdue is not None:
            if overdue > 0:
                parts.append(
                    self.tr("⚠ overdue by {n} days ({cadence})").format(
                        n=overdue, cadence=cadence.label(self.ctx.lang)
                    )
                )
            else:
                parts.append(self.tr("next contact due in {n} days").format(n=-overdue))
        revisit = classify.revisit_due(
            getattr(detail, "last_visit_on", None), self._code("revisit_interval", RevisitInterval), today
        )
        if revisit is not None:
            if revisit.is_due:
                parts.append(self.tr("⚠ revisit due since {date}").format(date=revisit.due_on.isoformat()))
            elif long:
                parts.append(self.tr("revisit by {date}").format(date=revisit.due_on.isoformat()))
        purchase = classify.purchase_cycle_due(
            getattr(detail, "last_purchase_on", None), self._value("purchase_cycle_days"), today
        )
        if purchase is not None and (purchase.is_due or long):
            mark = "⚠ " if purchase.is_due else ""
            parts.append(
                mark + self.tr("next purchase expected {date}").format(date=purchase.due_on.isoformat())
            )
        next_visit = getattr(detail, "next_visit_on", None)
        if next_visit is not None:
            parts.append(self.tr("visit planned {date}").format(date=next_visit.isoformat()))
        sep = "\n" if long else " · "
        return sep.join(parts)

"""The right side of the stakeholder-map page: the map's insights and the
selected person's summary, attitude timeline and history.

Strings keep the ``MapsPage`` translation context they had before the split.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kamdesk import clock
from kamdesk.domain.insights import InsightCode, Severity
from kamdesk.services import maps
from kamdesk.services.maps import MapSnapshot
from kamdesk.ui.context import AppContext
from kamdesk.ui.stakeholders.timeline import AttitudeTimeline

SEVERITY_COLOURS = {Severity.HIGH: "#c0392b", Severity.MEDIUM: "#b9770e", Severity.LOW: "#5d6d7e"}


class MapSidePanel(QWidget):
    """Insights (click one to highlight its people) and the selected person."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.insights = QListWidget()
        self.insights.setObjectName("insights")
        self.insights.setWordWrap(True)
        self.person_label = QLabel(
            QCoreApplication.translate("MapsPage", "Select a person to see the attitude history.")
        )
        self.person_label.setObjectName("personSummary")
        self.person_label.setWordWrap(True)
        self.person_label.setTextFormat(Qt.TextFormat.PlainText)
        self.timeline = AttitudeTimeline()
        self.history = QListWidget()
        self.history.setObjectName("history")
        self.setObjectName("mapSide")
        self.setMinimumWidth(220)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.insights_title = QLabel(QCoreApplication.translate("MapsPage", "Insights"))
        self.insights_title.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.insights_title)
        layout.addWidget(self.insights, 2)
        person_title = QLabel(QCoreApplication.translate("MapsPage", "Selected person"))
        person_title.setStyleSheet("font-weight: bold;")
        layout.addWidget(person_title)
        layout.addWidget(self.person_label)
        layout.addWidget(self.timeline)
        layout.addWidget(self.history, 1)

    def fill_insights(self, snapshot: MapSnapshot | None) -> None:
        self.insights.clear()
        if snapshot is None:
            return
        self.insights_title.setText(
            QCoreApplication.translate("MapsPage", "Insights ({n})").format(n=len(snapshot.insights))
        )
        # the key decision maker first (an insight names him when he needs action)
        key_text = snapshot.key_decision_maker_text(self.ctx.lang)
        if key_text and not any(i.code is InsightCode.KEY_DECISION_MAKER for i in snapshot.insights):
            item = QListWidgetItem(f"★ {key_text}")
            item.setForeground(QColor("#2c5d8a"))
            item.setData(Qt.ItemDataRole.UserRole, [snapshot.key_decision_maker])
            self.insights.addItem(item)
        if not snapshot.insights:
            # an empty map is not a complete one: say what to do next
            text = (
                QCoreApplication.translate("MapsPage", "No insights: the map looks complete.")
                if snapshot.people
                else QCoreApplication.translate(
                    "MapsPage",
                    "Nobody on this map yet: add the economic, technical and user buyers and a coach (Add person…).",
                )
            )
            item = QListWidgetItem(text)
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
                QCoreApplication.translate("MapsPage", "MAN for the map: {code} — {text}").format(
                    code=g.code, text=g.label(self.ctx.lang)
                )
            )
            item.setForeground(QColor("#2c5d8a"))
            self.insights.addItem(item)

    def show_person(self, snapshot: MapSnapshot | None, uuid: str | None) -> None:
        person = snapshot.person(uuid) if (snapshot and uuid) else None
        if person is None:
            self.person_label.setText(
                QCoreApplication.translate("MapsPage", "Select a person to see the attitude history.")
            )
            self.timeline.set_entries(())
            self.history.clear()
            return
        lang = self.ctx.lang
        lines = [" ".join(x for x in (person.name, person.department, person.title) if x)]
        if person.role:
            lines.append(
                QCoreApplication.translate("MapsPage", "Role: {role}").format(role=person.role.label(lang))
            )
        if person.attitude:
            start = person.original_attitude.code if person.original_attitude else person.attitude.code
            lines.append(
                QCoreApplication.translate("MapsPage", "Attitude: {start} → {now} {trend} ({label})").format(
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
            lines.append(
                QCoreApplication.translate("MapsPage", "Last visit: {date}").format(
                    date=person.last_visit_on.isoformat()
                )
            )
        if person.planned_visits:
            lines.append(
                QCoreApplication.translate("MapsPage", "Planned visit: {date}").format(
                    date=clock.to_local(person.planned_visits[0].starts_at).date().isoformat()
                )
            )
        for insight in snapshot.insights_for(person.uuid) if snapshot else ():
            lines.append("● " + insight.message(lang))
        self.person_label.setText("\n".join(lines))
        entries = maps.attitude_history(self.ctx.db, person.uuid)
        if snapshot and snapshot.as_of:
            entries = tuple(e for e in entries if clock.to_local(e.at).date() <= snapshot.as_of)
        self.timeline.set_entries(entries)
        self.history.clear()
        sources = {
            "manual": QCoreApplication.translate("MapsPage", "manual"),
            "visit": QCoreApplication.translate("MapsPage", "visit"),
            "import": QCoreApplication.translate("MapsPage", "import"),
        }
        for e in reversed(entries):
            step = f"{e.from_level} → {e.to_level} {e.trend}" if e.from_level else e.to_level
            text = f"{clock.to_local(e.at).date().isoformat()}  {step}  {sources.get(e.source, e.source)}"
            if e.note:
                text += f"  {e.note}"
            self.history.addItem(text)

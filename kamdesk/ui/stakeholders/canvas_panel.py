"""The middle of the stakeholder-map page: title, tool row (add, our people,
auto layout, zoom, "as of", export, print), the attitude legend and the canvas.

The page wires the buttons to its actions. Strings keep the ``MapsPage``
translation context they had before the split.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk import clock
from kamdesk.domain.orgchart import attitude_colours
from kamdesk.domain.stakeholders import Attitude
from kamdesk.ui.stakeholders.view import MapView
from kamdesk.ui.widgets.elided import ElidedLabel


class MapCanvasPanel(QWidget):
    def __init__(self, view: MapView, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.title = QLabel()
        self.title.setObjectName("mapTitle")
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet("color: #5d6d7e;")
        self.add_button = QPushButton(QCoreApplication.translate("MapsPage", "Add person…"))
        self.add_button.setObjectName("addPerson")
        self.ours_button = QPushButton(QCoreApplication.translate("MapsPage", "Our people…"))
        self.auto_button = QToolButton()
        self.auto_button.setText(QCoreApplication.translate("MapsPage", "Auto layout"))
        self.auto_button.setToolTip(
            QCoreApplication.translate("MapsPage", "Forget the arrangement and lay the chart out again")
        )
        zoom_in = QToolButton()
        zoom_in.setText("+")
        zoom_in.setToolTip(QCoreApplication.translate("MapsPage", "Zoom in (Ctrl++)"))
        zoom_in.clicked.connect(self.view.zoom_in)
        zoom_out = QToolButton()
        zoom_out.setText("−")
        zoom_out.setToolTip(QCoreApplication.translate("MapsPage", "Zoom out (Ctrl+-)"))
        zoom_out.clicked.connect(self.view.zoom_out)
        fit = QToolButton()
        fit.setText(QCoreApplication.translate("MapsPage", "Fit"))
        fit.setToolTip(QCoreApplication.translate("MapsPage", "Show the whole map (Ctrl+0)"))
        fit.clicked.connect(self.view.fit)
        self.as_of_check = QCheckBox(QCoreApplication.translate("MapsPage", "As of"))
        self.as_of_check.setObjectName("asOfCheck")
        self.as_of_check.setToolTip(
            QCoreApplication.translate("MapsPage", "Show the map as it stood on a past date (read-only)")
        )
        self.as_of_date = QDateEdit(QDate(*clock.today().timetuple()[:3]))
        self.as_of_date.setObjectName("asOfDate")
        self.as_of_date.setCalendarPopup(True)
        self.as_of_date.setDisplayFormat("yyyy-MM-dd")
        self.as_of_date.setMaximumDate(QDate(*clock.today().timetuple()[:3]))
        self.as_of_date.setEnabled(False)
        export = QToolButton()
        export.setText(QCoreApplication.translate("MapsPage", "Export"))
        export.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # the page adds the PDF and PNG actions
        self.export_menu = QMenu(export)
        export.setMenu(self.export_menu)
        self.print_button = QToolButton()
        self.print_button.setText(QCoreApplication.translate("MapsPage", "Print…"))
        tools = QHBoxLayout()
        for w in (self.add_button, self.ours_button, self.auto_button, zoom_in, zoom_out, fit):
            tools.addWidget(w)
        tools.addStretch(1)
        tools.addWidget(self.as_of_check)
        tools.addWidget(self.as_of_date)
        tools.addWidget(export)
        tools.addWidget(self.print_button)
        legend = QHBoxLayout()
        for attitude in [*Attitude, None]:
            strong, light = attitude_colours(attitude.code if attitude else None)
            chip = QLabel(
                f"{attitude.code} {attitude.label(lang)}"
                if attitude
                else QCoreApplication.translate("MapsPage", "not rated")
            )
            chip.setStyleSheet(
                f"background: {light}; border: 1px solid {strong}; border-top: 4px solid {strong}; padding: 1px 6px;"
            )
            legend.addWidget(chip)
        # elided, not wrapped: a long translation must not squeeze the insights panel
        hint = ElidedLabel(
            QCoreApplication.translate(
                "MapsPage",
                "Drag boxes to arrange · drag the small circle onto a superior to link · right-click for more",
            )
        )
        hint.setObjectName("mapHint")
        hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        hint.setStyleSheet("color: #7f8c8d;")
        legend.addSpacing(8)
        legend.addWidget(hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(tools)
        layout.addLayout(legend)
        layout.addWidget(self.view, 1)

"""File → My profile: the rep's own name, title, region, manager, contact
details and the time zone dates and times are shown in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kamdesk import clock
from kamdesk.errors import ValidationError

if TYPE_CHECKING:
    from kamdesk.ui.main_window import MainWindow

#: offered first: where KAMdesk's reps work (any IANA name can be typed)
_COMMON_ZONES = ("Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Singapore", "UTC")

_LABELS = {
    "name": "Name",
    "title": "Title",
    "region": "Region",
    "manager_name": "Manager",
    "phone": "Phone",
    "email": "E-mail",
    "time_zone": "Time zone",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProfileDialog", text)


class ProfileDialog(QDialog):
    def __init__(self, win: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or win)
        from kamdesk.services.profile import get_profile

        self.win = win
        self.setWindowTitle(_tr("My profile"))
        profile = get_profile(win.ctx.db)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        for attr in ("name", "title", "region", "manager_name", "phone", "email"):
            edit = QLineEdit(getattr(profile, attr) or "")
            edit.setObjectName(f"profile_{attr}")
            form.addRow(_tr(_LABELS[attr]), edit)
            self.fields[attr] = edit
        self.zone = QComboBox()
        self.zone.setObjectName("profile_time_zone")
        self.zone.setEditable(True)
        system = _tr("System ({zone})").format(zone=clock.zone() if profile.time_zone is None else "")
        self.zone.addItem(system, None)
        for name in (*_COMMON_ZONES, *(z for z in clock.known_zones() if z not in _COMMON_ZONES)):
            self.zone.addItem(name, name)
        if profile.time_zone:
            found = self.zone.findData(profile.time_zone)
            self.zone.setCurrentIndex(found if found >= 0 else 0)
        form.addRow(_tr(_LABELS["time_zone"]), self.zone)
        layout.addLayout(form)
        hint = QLabel(_tr("Dates and times are shown in this zone; they are stored in UTC."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.error = QLabel()
        self.error.setObjectName("profile_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_zone(self) -> str | None:
        text = self.zone.currentText().strip()
        if self.zone.currentIndex() == 0 and text == self.zone.itemText(0):
            return None
        return text or None

    def save(self) -> None:
        from kamdesk.services.profile import MyProfile, save_profile

        values = {attr: edit.text() for attr, edit in self.fields.items()}
        try:
            result = save_profile(self.win.ctx.db, MyProfile(time_zone=self.chosen_zone(), **values))
        except ValidationError as exc:
            self.error.setText("\n".join(f"{_tr(_LABELS.get(k, k))}: {v}" for k, v in exc.errors.items()))
            return
        self.win.ctx.hub.publish(result.changes)
        self.accept()


def edit_profile(win: MainWindow) -> None:
    ProfileDialog(win).exec()

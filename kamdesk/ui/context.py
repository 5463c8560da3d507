"""What every page gets: the open store, the language, settings and a hub
that tells views what changed. Passed in, never a global."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from kamdesk.services.changes import Changes
from kamdesk.store.db import Database


class ChangeHub(QObject):
    """Pages emit ``changed`` after a service call; every page hears it and
    refreshes what ``Changes.touches``."""

    changed = Signal(object)  # Changes
    #: ask the main window to show a record: (page key, record uuid)
    navigate = Signal(str, str)

    def publish(self, changes: Changes, initiator: object | None = None) -> None:
        """Tell every view what changed; ``initiator`` (the page or dialog that
        made the change) travels as ``changes.initiator``."""
        if changes.kinds:
            self.changed.emit(changes.by(initiator) if initiator is not None else changes)


@dataclass
class AppContext:
    db: Database
    lang: str = "zh"  # "zh" or "en": for domain labels (Coded.label) and reports
    hub: ChangeHub = field(default_factory=ChangeHub)

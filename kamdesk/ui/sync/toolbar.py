"""The main window's sync toolbar: a Sync button that runs the sync off the GUI
thread with a progress dialog, the last sync's time, and the conflicts to review."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QToolBar

from kamdesk import clock
from kamdesk.services import sync as svc
from kamdesk.ui.widgets import messages
from kamdesk.ui.widgets.jobs import JobProgress, run_job

if TYPE_CHECKING:
    from kamdesk.ui.main_window import MainWindow

_STEPS = {"pull": "receiving the team's changes…", "push": "sending this laptop's changes…", "done": "done"}


class SyncBar(QToolBar):
    def __init__(self, win: MainWindow) -> None:
        super().__init__(win)
        self.win = win
        self.setObjectName("syncBar")
        self.setMovable(False)
        self.sync_action = self.addAction("")
        self.sync_action.setObjectName("syncNow")
        self.sync_action.triggered.connect(self.sync_now)
        self.last_label = QLabel()
        self.last_label.setObjectName("lastSync")
        self.last_label.setContentsMargins(8, 0, 8, 0)
        self.addWidget(self.last_label)
        self.conflicts_action = self.addAction("")
        self.conflicts_action.setObjectName("syncConflicts")
        self.conflicts_action.triggered.connect(self.show_conflicts)
        self.retranslate()

    def retranslate(self) -> None:
        self.sync_action.setText(self.tr("⟳ Sync"))
        self.sync_action.setToolTip(
            self.tr("Send this laptop's changes to the team server and receive the team's")
        )
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        db = self.win.ctx.db
        if not db.is_sqlite:
            self.setVisible(False)
            return
        try:
            st = svc.status(db)
        except Exception:
            return
        if st.last_sync is None:
            self.last_label.setText(self.tr("Not synced yet"))
        else:
            when = clock.to_local(st.last_sync).strftime("%Y-%m-%d %H:%M")
            self.last_label.setText(self.tr("Last sync: {when}").format(when=when))
        self.last_label.setToolTip(st.server or "")
        self.conflicts_action.setText(self.tr("Conflicts ({n})").format(n=st.open_conflicts))
        self.conflicts_action.setEnabled(st.open_conflicts > 0)

    def _ask_server(self) -> str | None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Team server"),
            self.tr("The team server's address (postgresql+psycopg://rep:password@host/team):"),
            QLineEdit.EchoMode.Normal,
        )
        return text.strip() if ok and text.strip() else None

    def sync_now(self, *, url: str | None = None) -> svc.SyncResult | None:
        db = self.win.ctx.db
        if url is None and svc.status(db).server is None:
            url = self._ask_server()
            if url is None:
                return None

        def work(progress: JobProgress) -> svc.SyncResult:
            def step(label: str, done: int, total: int) -> None:
                progress.report(done, total, self.tr(_STEPS.get(label, label)))

            return svc.sync(db, url, progress=step)

        result = run_job(self.win, self.tr("Sync"), work, cancellable=False, delay_ms=200)
        self.refresh()
        if result is None:
            return None
        self.win.ctx.hub.publish(result.changes)
        self.win.statusBar().showMessage(
            self.tr("Synced: {received} received, {sent} sent, {conflicts} conflicts").format(
                received=result.received, sent=result.sent, conflicts=result.conflicts
            ),
            8000,
        )
        if result.handed_over:
            # accounts that left this laptop must not go unnoticed (nor the edits kept aside)
            text = self.tr("Handed over to another rep, now off this laptop: {names}").format(
                names="、".join(result.handed_over)
            )
            if result.kept_file:
                text += "\n" + self.tr("Your edits not yet sent are kept in {file}").format(
                    file=result.kept_file
                )
            messages.show_info(self.win, self.tr("Sync"), text)
        if result.conflicts:
            self.show_conflicts()
        return result

    def show_conflicts(self) -> None:
        from kamdesk.ui.sync.conflicts import ConflictsDialog

        dialog = ConflictsDialog(self.win.ctx, self.win)
        dialog.finished.connect(lambda _code: self.refresh())
        dialog.open()


def install_sync_bar(win: MainWindow) -> SyncBar:
    bar = SyncBar(win)
    win.addToolBar(bar)
    win.context_changed.connect(lambda _ctx: bar.refresh())
    return bar

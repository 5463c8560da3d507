"""The visits page's outputs: the .ics export, the visit pack as a PDF and
printed, each over the visits the rep chooses (tomorrow by default). A base
class of :class:`kamdesk.ui.visits.page.VisitsPage` (its texts translate in
that page's context)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from kamdesk.errors import UserError
from kamdesk.ui.context import AppContext
from kamdesk.ui.visits.calendar_view import CalendarView
from kamdesk.ui.visits.pack_scope import PackScope
from kamdesk.ui.widgets import messages
from kamdesk.ui.widgets.private_choice import ask_include_private


class VisitOutputs(QWidget):
    ctx: AppContext
    calendar: CalendarView
    selected_uuid: str | None
    _selected_day: date | None
    last_dialog: QDialog | None

    def _exec(self, dialog: QDialog) -> int:
        raise NotImplementedError

    # --- exports ---------------------------------------------------------------------------------------
    def _pack_range(self) -> tuple[date, int]:
        start, end = self.calendar.range()
        if self.calendar.mode == "month":
            start = self.calendar.anchor.replace(day=1)
            nxt = (start + timedelta(days=32)).replace(day=1)
            return start, (nxt - start).days
        return start, (end - start).days + 1

    def _ask_save_path(self, title: str, suggested: str, pattern: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, pattern)
        return path

    def export_ics(self) -> Path | None:
        from kamdesk.services.visits.ics import write_visits_ics

        start, days = self._pack_range()
        end = start + timedelta(days=days - 1)
        name = self._ask_save_path(self.tr("Export .ics"), f"visits-{start}.ics", self.tr("Calendar (*.ics)"))
        if not name:
            return None
        path = Path(name) if name.lower().endswith(".ics") else Path(name + ".ics")
        include = ask_include_private(self, self.ctx.db)
        if include is None:
            return None
        try:
            count = write_visits_ics(
                self.ctx.db, start, end, path, lang=self.ctx.lang, include_private=include
            )
        except (UserError, OSError) as exc:
            messages.show_error(self, self.tr("Export .ics"), str(exc))
            return None
        messages.show_info(
            self,
            self.tr("Export .ics"),
            self.tr("%n planned visit(s) written to {path}", "", count).format(path=path),
        )
        return path

    def choose_pack_scope(self, title: str) -> PackScope | None:
        """Ask which visits to pack (tomorrow by default); None when cancelled."""
        from kamdesk.ui.visits.pack_scope import PackScopeDialog

        selected = None
        if self.selected_uuid and self._selected_day is not None:
            selected = (self.selected_uuid, self._selected_day)
        dialog = PackScopeDialog(self, shown=self._pack_range(), selected=selected, title=title)
        self.last_dialog = dialog
        if not self._exec(dialog):
            return None
        return dialog.scope()

    def export_pack(self) -> Path | None:
        from kamdesk.reports.visit_pack import build_visit_pack
        from kamdesk.ui.widgets.jobs import run_job

        scope = self.choose_pack_scope(self.tr("Visit pack"))
        if scope is None:
            return None
        start, days = scope.start, scope.days
        name = self._ask_save_path(self.tr("Visit pack"), f"visit-pack-{start}.pdf", self.tr("PDF (*.pdf)"))
        if not name:
            return None
        path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        include = ask_include_private(self, self.ctx.db)  # the rep's own pack may name them: the rep chooses
        if include is None:
            return None
        result = run_job(
            self,
            self.tr("Visit pack"),
            lambda progress: build_visit_pack(
                self.ctx.db,
                start,
                days,
                path,
                lang=self.ctx.lang,
                progress=progress,
                only=scope.only,
                include_private=include,
            ),
        )
        if result is None:
            return None
        if messages.ask_yes_no(
            self,
            self.tr("Visit pack"),
            self.tr("{pages} pages written to {path} in {seconds:.1f} s. Open it now?").format(
                pages=result.pages, path=path, seconds=result.seconds
            ),
        ):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def print_preview(self) -> None:
        from kamdesk.ui.visits.printing import pack_preview

        scope = self.choose_pack_scope(self.tr("Print the visit pack"))
        if scope is None:
            return
        dialog = pack_preview(
            self,
            self.ctx.db,
            scope.start,
            scope.days,
            self.ctx.lang,
            title=self.tr("Print the visit pack"),
            only=scope.only,
        )
        self.last_dialog = dialog
        self._exec(dialog)

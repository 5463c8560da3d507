"""PDF, PNG and print of the map on screen: a part the stakeholder-map page
holds (``MapsPage.exports``), given the map through :class:`MapOnScreen`.

Strings keep the ``MapsPage`` translation context they had before the split.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QWidget

from kamdesk import clock
from kamdesk.domain.orgchart import Layout, normalise
from kamdesk.services.changes import Result
from kamdesk.services.maps import MapSnapshot
from kamdesk.ui.context import AppContext
from kamdesk.ui.operations import run_op
from kamdesk.ui.widgets import messages


class MapOnScreen(Protocol):
    """What the exports need of the page: the map shown and its arrangement."""

    @property
    def snapshot(self) -> MapSnapshot | None: ...

    def flush_positions(self) -> None:
        """Write a drag that is still waiting to be saved."""

    def layout_on_screen(self) -> Layout:
        """The boxes where they are on screen (including a drag not saved yet)."""


class MapExports:
    """Export and print of the map on screen; dialogs open over ``parent``."""

    def __init__(self, parent: QWidget, ctx: AppContext, map_on_screen: MapOnScreen) -> None:
        self.parent = parent
        self.ctx = ctx
        self.map = map_on_screen

    @property
    def snapshot(self) -> MapSnapshot | None:
        return self.map.snapshot

    def flush_positions(self) -> None:
        self.map.flush_positions()

    def _ask_path(self, caption: str, suffix: str, pattern: str) -> Path | None:
        if self.snapshot is None:
            return None
        name = f"{self.snapshot.title}-{(self.snapshot.as_of or clock.today()).isoformat()}{suffix}"
        path, _ = QFileDialog.getSaveFileName(self.parent, caption, str(Path.home() / name), pattern)
        if not path:
            return None
        out = Path(path)
        return out if out.suffix.lower() == suffix else out.with_suffix(suffix)

    def export_pdf(self, path: Path | None = None, include_private: bool | None = None) -> Path | None:
        """Asks for the file unless ``path`` is given; private contacts: asked with
        the file, else ``include_private`` (default no)."""
        if self.snapshot is None:
            return None
        if include_private is None and path is not None:
            include_private = False
        path = path or self._ask_path(
            QCoreApplication.translate("MapsPage", "Export the map as PDF"),
            ".pdf",
            QCoreApplication.translate("MapsPage", "PDF files (*.pdf)"),
        )
        if path is None:
            return None
        self.flush_positions()
        source = self._export_source(include_private)
        if source is None:
            return None
        from kamdesk.reports.common import rep_author
        from kamdesk.reports.map_pdf import render_map_pdf

        try:
            render_map_pdf(
                source[0],
                path,
                lang=self.ctx.lang,
                layout=source[1],
                author=rep_author(self.ctx.db),
            )
        except OSError as exc:
            messages.show_error(
                self.parent,
                QCoreApplication.translate("MapsPage", "Export"),
                QCoreApplication.translate("MapsPage", "Could not write {path}: {error}").format(
                    path=path, error=exc
                ),
            )
            return None
        return path

    def export_png(self, path: Path | None = None, include_private: bool | None = None) -> Path | None:
        """Asks for the file unless ``path`` is given; private contacts: asked with
        the file, else ``include_private`` (default no)."""
        if self.snapshot is None:
            return None
        if include_private is None and path is not None:
            include_private = False
        path = path or self._ask_path(
            QCoreApplication.translate("MapsPage", "Export the map as PNG"),
            ".png",
            QCoreApplication.translate("MapsPage", "PNG images (*.png)"),
        )
        if path is None:
            return None
        from kamdesk.ui.stakeholders.export import render_png

        self.flush_positions()
        source = self._export_source(include_private)
        if source is None:
            return None
        snapshot, layout, target = source[0], source[1], path
        written = run_op(
            self.parent,
            self.ctx,
            lambda: Result(render_png(snapshot, target, lang=self.ctx.lang, layout=layout)),
            title=QCoreApplication.translate("MapsPage", "Export"),
        )
        return None if written is None else path

    def _export_source(self, include: bool | None) -> tuple[MapSnapshot, Layout] | None:
        """The map as it may go into a file: private contacts only if the rep
        ticks it (``include`` None: ask; None back: the export was cancelled)."""
        from kamdesk.services import maps
        from kamdesk.ui.widgets.private_choice import ask_include_private

        assert self.snapshot is not None
        layout = self.map.layout_on_screen()
        if include is None:
            include = ask_include_private(self.parent, self.ctx.db)
            if include is None:
                return None
        if include:
            return self.snapshot, layout
        snapshot = maps.load_map(
            self.ctx.db, self.snapshot.uuid, as_of=self.snapshot.as_of, include_private=False
        )
        kept = {p.uuid for p in snapshot.people}
        boxes = {k: b for k, b in layout.boxes.items() if k in kept}
        return snapshot, normalise(Layout(boxes, layout.ours, 0.0, 0.0))

    def print_dialog(self, include_private: bool | None = None) -> QPrintPreviewDialog | None:
        """The print preview of the map's PDF, as "Export PDF" writes it (private
        contacts: asked unless ``include_private`` is given); None: cancelled."""
        if self.snapshot is None:
            return None
        self.flush_positions()
        source = self._export_source(include_private)
        if source is None:
            return None
        from kamdesk.reports.common import rep_author
        from kamdesk.reports.map_pdf import render_map_pdf
        from kamdesk.ui.widgets.pdf_print import pdf_bytes, pdf_preview_dialog

        snapshot, layout = source
        author = rep_author(self.ctx.db)
        data = pdf_bytes(
            lambda path: render_map_pdf(snapshot, path, lang=self.ctx.lang, layout=layout, author=author)
        )
        title = QCoreApplication.translate("MapExport", "Print preview — {title}").format(
            title=snapshot.title
        )
        return pdf_preview_dialog(self.parent, data, title)

    def print_map(self) -> None:
        dialog = self.print_dialog()
        if dialog is not None:
            dialog.exec()

"""Print preview of the visit pack: the very PDF that "Visit pack" exports
(itinerary, then one page per visit), rasterised onto the printer by
:mod:`kamdesk.ui.widgets.pdf_print` — the pack has one renderer, reportlab."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from kamdesk.reports.visit_pack import build_visit_pack
from kamdesk.store.db import Database
from kamdesk.ui.widgets.pdf_print import pdf_bytes, pdf_preview_dialog


def pack_pdf(
    db: Database, start: date, days: int, lang: str, *, only: Collection[str] | None = None
) -> bytes:
    """The pack's PDF as exported (contacts marked private left out, as before)."""
    return pdf_bytes(lambda path: build_visit_pack(db, start, days, path, lang=lang, only=only))


def pack_preview(
    parent: QWidget | None,
    db: Database,
    start: date,
    days: int,
    lang: str,
    *,
    title: str,
    only: Collection[str] | None = None,
) -> QPrintPreviewDialog:
    """A print-preview dialog over the pack's PDF (shown by the caller)."""
    return pdf_preview_dialog(parent, pack_pdf(db, start, days, lang, only=only), title)

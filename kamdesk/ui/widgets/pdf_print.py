"""Print and print preview of a PDF: the very file that is exported.

Every printout has one renderer, reportlab (``kamdesk.reports``); printing
rasterises the PDF's pages with PDFium (pypdfium2) onto the QPrinter, so the
paper and the preview cannot drift from the exported file.

* ``pdf_bytes(write)`` — run a renderer that writes a path; the file's bytes.
* ``PdfPages(data)`` — the pages of a PDF: count, size, ``image(i, dpi)``.
* ``paint_pdf(printer, pages)`` — one printer page per PDF page, fitted.
* ``pdf_preview_dialog(parent, data, title)`` — a QPrintPreviewDialog over it.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QWidget

#: the preview keeps every page as an image: screen sharpness is enough there
PREVIEW_DPI = 150
#: paper: sharp text without a 1200-dpi bitmap (140 MB) per page
PRINT_DPI = 300


def pdf_bytes(write: Callable[[Path], object]) -> bytes:
    """Run ``write(path)`` (a reportlab renderer) on a temporary file and
    return what it wrote; the file is gone afterwards."""
    with tempfile.TemporaryDirectory(prefix="kamdesk-print-") as folder:
        path = Path(folder) / "printout.pdf"
        write(path)
        return path.read_bytes()


class PdfPages:
    """The pages of one PDF, rendered on demand."""

    def __init__(self, data: bytes) -> None:
        self.data = data  # PDFium reads the buffer lazily: keep it alive
        self._doc = pdfium.PdfDocument(data)

    def __len__(self) -> int:
        return len(self._doc)

    def size(self, index: int) -> tuple[float, float]:
        """Width and height of page ``index`` in points."""
        page = self._doc[index]
        try:
            width, height = page.get_size()
        finally:
            page.close()
        return float(width), float(height)

    def image(self, index: int, dpi: float) -> QImage:
        """Page ``index`` as an RGB image at ``dpi`` (white background)."""
        page = self._doc[index]
        bitmap = page.render(scale=dpi / 72.0, rev_byteorder=True)
        try:
            image = QImage(
                bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888
            )
            return image.copy()  # detach from the buffer before it is freed
        finally:
            bitmap.close()
            page.close()

    def close(self) -> None:
        if self._doc is not None:
            self._doc.close()
            self._doc = None  # closed twice (finished, then destroyed) is fine


def page_layout(pages: PdfPages) -> QPageLayout:
    """The paper of the PDF's first page (A4 portrait or landscape), no margins:
    the PDF carries its own."""
    width, height = pages.size(0) if len(pages) else (595.0, 842.0)
    portrait = QSizeF(min(width, height), max(width, height))
    orientation = QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
    size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def _dpi_for(printer: QPrinter) -> float:
    engine = printer.paintEngine()
    if engine is not None and engine.type() == QPaintEngine.Type.Picture:  # the preview records pictures
        return float(PREVIEW_DPI)
    return float(min(printer.resolution(), PRINT_DPI))


def paint_pdf(printer: QPrinter, pages: PdfPages) -> int:
    """Draw each PDF page on its own printer page, fitted and centred; returns
    the number of pages drawn."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        dpi = _dpi_for(printer)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for index in range(len(pages)):
            if index:
                printer.newPage()
            image = pages.image(index, dpi)
            scale = min(area.width() / image.width(), area.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            x = (area.width() - width) / 2
            y = (area.height() - height) / 2
            painter.drawImage(QRectF(x, y, width, height), image)
        return len(pages)
    finally:
        painter.end()


def pdf_preview_dialog(parent: QWidget | None, data: bytes, title: str) -> QPrintPreviewDialog:
    """A print preview of the PDF ``data`` (shown by the caller with ``exec()``)."""
    pages = PdfPages(data)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(pages))
    printer.setFullPage(True)
    printer.setDocName(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    # the dialog owns neither: without these references Python frees them when
    # this function returns and painting the preview crashes the app
    dialog.printer_ref = printer  # type: ignore[attr-defined]
    dialog.pdf_pages = pages  # type: ignore[attr-defined]
    dialog.paintRequested.connect(lambda p: paint_pdf(p, pages))
    dialog.finished.connect(lambda _result: pages.close())
    dialog.destroyed.connect(lambda *_args: pages.close())  # a dialog closed without finishing
    dialog.resize(900, 1000)
    return dialog


def preview_widget(dialog: QPrintPreviewDialog) -> QPrintPreviewWidget:
    """The dialog's preview (its page count is the printout's)."""
    widget = dialog.findChild(QPrintPreviewWidget)
    assert widget is not None
    return widget


__all__ = ["PdfPages", "paint_pdf", "pdf_bytes", "pdf_preview_dialog", "preview_widget"]

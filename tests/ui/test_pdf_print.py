"""Printing shows the very PDF that is exported: its pages rasterised by
PDFium onto the printer, one printer page per PDF page, in the PDF's
orientation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage, QPageLayout
from PySide6.QtPrintSupport import QPrinter

from kamdesk.ui.widgets.pdf_print import (
    PdfPages,
    paint_pdf,
    pdf_bytes,
    pdf_preview_dialog,
    preview_widget,
)


def dark_share(image: QImage) -> float:
    """The share of sampled pixels that are not near white (0.0: a blank page)."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    step = 4
    dark = total = 0
    for y in range(0, gray.height(), step):
        for x in range(0, gray.width(), step):
            total += 1
            dark += gray.pixelColor(x, y).value() < 200
    return dark / max(total, 1)


def _two_pages(path: Path, *, landscape: bool = False) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pagesizes import landscape as turn
    from reportlab.pdfgen.canvas import Canvas

    size = turn(A4) if landscape else A4
    canvas = Canvas(str(path), pagesize=size)
    for n in (1, 2):
        canvas.setFont("Helvetica-Bold", 48)
        canvas.drawString(72, size[1] - 144, f"Page {n}")
        canvas.rect(72, 72, size[0] - 144, size[1] / 3, fill=1)
        canvas.showPage()
    canvas.save()


def test_preview_has_the_pdfs_pages_and_they_are_not_blank(qtbot) -> None:  # type: ignore[no-untyped-def]
    data = pdf_bytes(_two_pages)
    dialog = pdf_preview_dialog(None, data, "two pages")
    qtbot.addWidget(dialog)
    preview = preview_widget(dialog)
    preview.updatePreview()
    assert preview.pageCount() == len(PdfPages(data)) == 2
    image = PdfPages(data).image(0, 40)
    assert (image.width(), image.height()) == (round(595.27 * 40 / 72), round(841.89 * 40 / 72))
    assert 0.05 < dark_share(image) < 0.6


def test_printing_puts_one_page_per_pdf_page_in_its_orientation(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = pdf_bytes(lambda p: _two_pages(p, landscape=True))
    dialog = pdf_preview_dialog(None, data, "landscape")
    qtbot.addWidget(dialog)
    printer: QPrinter = dialog.printer_ref  # type: ignore[attr-defined]
    assert printer.pageLayout().orientation() is QPageLayout.Orientation.Landscape
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    printer.setResolution(96)  # pages are rasterised at the printer's resolution: keep it quick
    assert paint_pdf(printer, PdfPages(data)) == 2
    printed = PdfPages(out.read_bytes())
    assert len(printed) == 2
    width, height = printed.size(0)
    assert width > height
    assert dark_share(printed.image(1, 30)) > 0.05

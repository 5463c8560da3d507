"""The report page: A4 with a header (rep and period), "第 x 页 / 共 y 页" on
every page, and the document information every KAMdesk PDF carries.

The canvas starts in the embedded CJK font, so no standard (non-embedded)
font is ever referenced: ``pdffonts`` lists only the bundled font.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kamdesk import clock
from kamdesk.reports.fonts import register_fonts
from kamdesk.reports.labels import t

MARGIN = 42.0  # points (~15 mm)
CELL_FONT_SIZE = 8.5  # table_style()'s size
CELL_LEADING = 11.0  # the cell paragraph style's
HEADER_H = 26.0
FRAME_WIDTH = 595.2756 - 2 * MARGIN  # A4 width in points


def _canvas_class(lang: str) -> Any:
    """A canvas that starts in the CJK font and writes "page x of y" once it
    knows how many pages there are (deferred showPage)."""
    from reportlab.pdfgen.canvas import Canvas

    font = register_fonts()

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # the doc template passes None explicitly; None means Helvetica
            if not kwargs.get("initialFontName"):
                kwargs["initialFontName"] = font
            if not kwargs.get("initialFontSize"):
                kwargs["initialFontSize"] = 9
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._page_number_footer(total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _page_number_footer(self, total: int) -> None:
            w, _h = self._pagesize
            self.setFont(font, 8)
            self.setFillGray(0.35)
            label = t("page", lang).format(x=self._pageNumber, y=total)
            self.drawCentredString(w / 2, MARGIN * 0.55, label)

    return NumberedCanvas


def pdf_lang(lang: str) -> str:
    """The PDF's /Lang for a report language."""
    return "zh-CN" if lang.lower().startswith("zh") else "en"


def pdf_info(*, title: str, author: str, subject: str, lang: str) -> dict[str, Any]:
    """The document information every KAMdesk PDF carries, as keyword
    arguments of a reportlab doc template: Title, Author, Subject, Creator and
    Producer ("KAMdesk <version>") and the catalog's /Lang."""
    from kamdesk import __version__

    maker = f"KAMdesk {__version__}"
    return {
        "title": title,
        "author": author,
        "subject": subject,
        "creator": maker,
        "producer": maker,
        "lang": pdf_lang(lang),
    }


def build_pdf(
    path: Path | str,
    story: list[Any],
    *,
    title: str,
    rep_name: str,
    period_label: str,
    lang: str,
    who_label: str | None = None,
    author: str | None = None,
) -> Path:
    """Lay out ``story`` on A4 pages with the header and page numbers; returns the path.
    The header reads "title · Rep: name" (``who_label`` replaces "Rep"). The
    PDF's Author is ``author`` (default ``rep_name``), its Subject the report
    kind (``title``) and its Title the kind, the period and the rep (not a
    separate ``author``: the team PDF's title is the kind and month)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    font = register_fonts()
    path = Path(path)
    made = clock.local_now().strftime("%Y-%m-%d %H:%M")

    def on_page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        w, h = A4
        canvas.setFont(font, 8.5)
        canvas.setFillGray(0.25)
        y = h - MARGIN + 8
        canvas.drawString(MARGIN, y, f"{title} · {who_label or t('rep', lang)}: {rep_name}")
        canvas.drawRightString(w - MARGIN, y, f"{t('period', lang)}: {period_label}")
        canvas.setStrokeGray(0.6)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, y - 4, w - MARGIN, y - 4)
        canvas.setFont(font, 7)
        canvas.drawString(MARGIN, MARGIN * 0.55, f"{t('app', lang)} · {t('made_on', lang)} {made}")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_H,
        bottomMargin=MARGIN + 12,
        **pdf_info(
            title=f"{title} {period_label}" + ("" if author else f" {rep_name}"),
            author=author or rep_name,
            subject=title,
            lang=lang,
        ),
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page, canvasmaker=_canvas_class(lang))
    return path

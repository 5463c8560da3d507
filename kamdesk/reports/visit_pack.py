"""The printable visit pack: an itinerary page for the day or week, then one
A4 page per visit — the seed's visit-plan and progress sheet (拜访计划与销售
进度管理) with the plan itself (6W2H, resources, FAB, SPIN, objections, the
commitment to ask for), key people with attitudes, open commitments, the last
contacts, and ruled space for handwritten notes.

Every page is one page: long text is cut with an ellipsis and, if a page is
still too full, its content is shrunk to fit (never spilled to a second page).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo
from pathlib import Path
from typing import Any

from kamdesk.reports.common import pdf_info, rep_author
from kamdesk.reports.fonts import register_fonts
from kamdesk.reports.visit_itinerary import itinerary
from kamdesk.reports.visit_labels import span, t
from kamdesk.reports.visit_sheet import VisitPage, visit_sheet
from kamdesk.services import privacy
from kamdesk.services.visits import local_tz, plan_context, visit_details
from kamdesk.services.visits.calendar import visits_between
from kamdesk.services.visits.sheet import sheet_for_visit
from kamdesk.store.db import Database

NOTES_HEIGHT_MM = 42


@dataclass(frozen=True)
class PackResult:
    path: Path
    pages: int
    visits: int
    seconds: float


def gather(
    db: Database,
    start: date,
    days: int = 1,
    *,
    lang: str = "zh",
    tz: tzinfo | None = None,
    only: Collection[str] | None = None,
    include_private: bool = False,
) -> list[VisitPage]:
    """The data of every page: the rep's own planned and done visits starting
    on ``start`` and the ``days - 1`` days after, in time order (``only``: just
    these visits).
    Private contacts are on the pages only when the rep chose ``include_private``."""
    # the rep's own day: on a team's store every rep's visits of the day were
    # loaded and rendered (2,360 pages a day on the team data set)
    rows = visits_between(db, start, start + timedelta(days=max(days, 1) - 1), tz=tz, own_only=True)
    if only is not None:
        rows = [r for r in rows if r.uuid in only]
    rule = privacy.load_privacy(db, include_private)
    out = []
    for v in visit_details(db, [r.uuid for r in rows]):
        ctx = plan_context(db, v.account_uuid, v.opportunity_uuid, lang=lang)
        out.append(
            VisitPage(
                visit=privacy.public_visit(v, rule),
                sheet=privacy.public_sheet(sheet_for_visit(db, v.uuid), rule),
                key_people=privacy.public_people(ctx.key_people, rule),
                open_commitments=privacy.public_commitments(ctx.open_commitments, rule),
                last_contacts=privacy.public_logs(ctx.recent_contacts, rule),
            )
        )
    return out


def build_visit_pack(
    db: Database,
    start: date,
    days: int,
    path: Path,
    *,
    lang: str = "zh",
    tz: tzinfo | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    only: Collection[str] | None = None,
    include_private: bool = False,
) -> PackResult:
    """Write the pack for ``days`` days from ``start`` to ``path`` (PDF)."""
    t0 = time.perf_counter()
    pages = gather(db, start, days, lang=lang, tz=tz, only=only, include_private=include_private)
    reps = sorted({p.visit.rep_name for p in pages if p.visit.rep_name})
    author = "、".join(reps) if reps else rep_author(db)
    count = render(pages, path, start=start, days=days, lang=lang, tz=tz, progress=progress, author=author)
    return PackResult(path, count, len(pages), time.perf_counter() - t0)


# --- rendering ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Layout:
    """The A4 page: the itinerary fills the frame, a visit page leaves ruled
    room for notes under it."""

    font: str
    lang: str
    width: float
    height: float
    margin: float
    notes_h: float
    footer_h: float

    @property
    def frame_w(self) -> float:
        return self.width - 2 * self.margin

    @property
    def full_h(self) -> float:
        return self.height - 2 * self.margin - self.footer_h

    @property
    def visit_h(self) -> float:
        from reportlab.lib.units import mm

        return self.full_h - self.notes_h - 3 * mm


def render(
    pages: Sequence[VisitPage],
    path: Path,
    *,
    start: date,
    days: int,
    lang: str = "zh",
    tz: tzinfo | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    author: str | None = None,
) -> int:
    """Draw the pack; returns the number of pages written. ``author`` (the
    rep) goes into the PDF's metadata."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import NextPageTemplate, PageBreak

    zone = tz or local_tz()
    width, height = A4
    layout = _Layout(register_fonts(), lang, width, height, 12 * mm, NOTES_HEIGHT_MM * mm, 8 * mm)
    doc = _document(path, layout, title=f"{t('pack', lang)} {span(start, days)}", author=author)
    story: list[Any] = [
        _fit(itinerary(pages, start, days, lang, zone, layout.frame_w), layout.frame_w, layout.full_h - 12)
    ]
    for i, page in enumerate(pages):
        if progress is not None:
            progress("", i, len(pages))
        story += [NextPageTemplate("visit"), PageBreak()]
        story.append(_fit(visit_sheet(page, lang, zone, layout.frame_w), layout.frame_w, layout.visit_h - 4))
    tmp = path.with_name(path.name + ".part")
    doc.filename = str(tmp)
    doc.build(story)
    tmp.replace(path)
    return int(doc.page)


def _document(path: Path, layout: _Layout, *, title: str, author: str | None) -> Any:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    margin, footer_h, lang = layout.margin, layout.footer_h, layout.lang
    doc = BaseDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        **pdf_info(title=title, author=author or "KAMdesk", subject=t("pack", lang), lang=lang),
        initialFontName=layout.font,  # so Helvetica is never referenced (not embedded)
        initialFontSize=9,
    )
    doc.addPageTemplates(
        [
            PageTemplate(
                "itinerary",
                [
                    Frame(
                        margin,
                        margin + footer_h,
                        layout.frame_w,
                        layout.full_h,
                        id="it",
                        leftPadding=0,
                        rightPadding=0,
                    )
                ],
                onPage=_decorate(layout, notes=False),
            ),
            PageTemplate(
                "visit",
                [
                    Frame(
                        margin,
                        margin + footer_h + layout.notes_h + 3 * mm,
                        layout.frame_w,
                        layout.visit_h,
                        id="v",
                        leftPadding=0,
                        rightPadding=0,
                        topPadding=0,
                        bottomPadding=0,
                    )
                ],
                onPage=_decorate(layout, notes=True),
            ),
        ]
    )
    return doc


def _decorate(layout: _Layout, *, notes: bool) -> Callable[[Any, Any], None]:
    """The footer on every page and, on visit pages, the ruled notes box."""
    from reportlab.lib.units import mm

    font, margin, width = layout.font, layout.margin, layout.width
    footer_h, notes_h = layout.footer_h, layout.notes_h

    def on_page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(font, 7.5)
        canvas.setFillGray(0.45)
        canvas.drawString(margin, 7 * mm, "KAMdesk")
        canvas.drawRightString(width - margin, 7 * mm, t("page", layout.lang).format(n=doc.page))
        if notes:
            top = margin + footer_h + notes_h
            canvas.setFillGray(0.2)
            canvas.setFont(font, 9)
            canvas.drawString(margin + 3 * mm, top - 5 * mm, t("notes", layout.lang))
            canvas.setStrokeGray(0.6)
            canvas.setLineWidth(0.4)
            canvas.rect(margin, margin + footer_h, width - 2 * margin, notes_h)
            y = top - 12 * mm
            while y > margin + footer_h + 3 * mm:
                canvas.line(margin + 3 * mm, y, width - margin - 3 * mm, y)
                y -= 7 * mm
        canvas.restoreState()

    return on_page


def _fit(flowables: list[Any], w: float, h: float) -> Any:
    from reportlab.platypus import KeepInFrame, Table

    for f in flowables:
        if isinstance(f, Table):
            f.hAlign = "LEFT"  # when the page is shrunk to fit, keep the left edge
    return KeepInFrame(w, h, flowables, mode="shrink", hAlign="LEFT", vAlign="TOP")

"""The stakeholder map as a vector PDF (A4 landscape, embedded CJK font).

Page 1: title (opportunity, account, date), legend and the org chart drawn
from the same layout coordinates as the canvas, scaled to fit
(:mod:`kamdesk.reports.map_chart`). Following pages: the insights and a table
of everyone on the map (role, attitude original → current, influence,
personality and how to deal with it, MAN).

No Qt here: reportlab only. ``render_map_pdf(snapshot, path, lang="zh")``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from kamdesk import clock
from kamdesk.domain.orgchart import BOX_H, BOX_W, Layout
from kamdesk.domain.stages import Stage
from kamdesk.reports.common import pdf_info
from kamdesk.reports.fonts import register_fonts
from kamdesk.reports.map_chart import box_lines, draw_chart, draw_legend
from kamdesk.reports.map_words import map_words, pct_text
from kamdesk.reports.styles import styles, table_style
from kamdesk.services.maps import MapPerson, MapSnapshot, layout_of

MARGIN = 28.0
HEADER_H = 62.0  # title, subtitle and legend above the chart


def man_text(person: MapPerson, lang: str) -> str:
    """ "M+A+n 可接触…" when all three are known, else the flags with "?" for unknown."""
    if person.man is not None:
        return f"{person.man.code} {person.man.label(lang)}"
    flags = (("m", person.man_money), ("a", person.man_authority), ("n", person.man_need))
    if all(v is None for _, v in flags):
        return "—"
    return "+".join(letter.upper() if v else (letter if v is False else "?") for letter, v in flags)


def _subtitle(snapshot: MapSnapshot, lang: str, today: date) -> str:
    w = map_words(lang)
    parts = [w["account"].format(name=snapshot.account_name)]
    if snapshot.stage:
        stage = Stage.parse(snapshot.stage)
        parts.append(
            w["stage"].format(stage=f"{snapshot.stage} {stage.label(lang) if stage else ''}".strip())
        )
    if snapshot.as_of is not None:
        parts.append(w["as_of"].format(date=snapshot.as_of.isoformat()))
    else:
        parts.append(w["date"].format(date=today.isoformat()))
    n = len(snapshot.insights)
    parts.append(w["insights_n"].format(n=n) if n else w["no_insights"])
    key_text = snapshot.key_decision_maker_text(lang)
    if key_text:
        parts.append(f"★ {key_text}")
    return "　".join(parts) if lang.startswith("zh") else "   ".join(parts)


def render_map_pdf(
    snapshot: MapSnapshot,
    path: Path | str,
    *,
    lang: str = "zh",
    layout: Layout | None = None,
    today: date | None = None,
    author: str | None = None,
) -> Path:
    """Write the map to ``path`` as a PDF; returns the path.

    ``layout`` defaults to the map's own (saved positions, else automatic);
    ``author`` (the rep) goes into the PDF's metadata."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate

    out = Path(path)
    pages = _Pages(snapshot, layout or layout_of(snapshot), lang, today or clock.today(), *landscape(A4))
    w = map_words(lang)
    page_w, page_h = pages.page_w, pages.page_h
    frame_full = Frame(MARGIN, MARGIN, page_w - 2 * MARGIN, page_h - 2 * MARGIN, id="list")
    doc = BaseDocTemplate(
        str(out),
        pagesize=(page_w, page_h),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        **pdf_info(
            title=f"{w['title'].format(title=snapshot.title)} {(snapshot.as_of or pages.today).isoformat()}",
            author=author or "KAMdesk",
            subject=w["subject"],
            lang=lang,
        ),
        initialFontName=pages.font,
    )
    doc.addPageTemplates(
        [
            PageTemplate(
                "chart", frames=[Frame(MARGIN, MARGIN, 10, 10, id="chart")], onPage=pages.chart_page
            ),
            PageTemplate("list", frames=[frame_full], onPage=pages.list_page),
        ]
    )
    story: list[Any] = [NextPageTemplate("list"), PageBreak()]
    story += _insights(snapshot, lang, page_w)
    story += _people(snapshot, lang, page_w)
    doc.build(story)
    return out


@dataclass
class _Pages:
    """What every page draws on its canvas: the chart page its header, legend
    and chart, every page its footer."""

    snapshot: MapSnapshot
    layout: Layout
    lang: str
    today: date
    page_w: float
    page_h: float

    def __post_init__(self) -> None:
        self.font = register_fonts()
        self.w = map_words(self.lang)

    def chart_page(self, canvas: Any, doc: Any) -> None:
        from reportlab.lib import colors

        snapshot, font, page_w, page_h = self.snapshot, self.font, self.page_w, self.page_h
        canvas.saveState()
        canvas.setFont(font, 16)
        canvas.setFillColor(colors.black)
        canvas.drawString(MARGIN, page_h - MARGIN - 14, self.w["title"].format(title=snapshot.title))
        canvas.setFont(font, 9)
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.drawString(MARGIN, page_h - MARGIN - 30, _subtitle(snapshot, self.lang, self.today))
        draw_legend(canvas, MARGIN, page_h - MARGIN - 48, self.lang)
        top = page_h - MARGIN - HEADER_H
        if snapshot.people:
            area = (MARGIN, top, page_w - 2 * MARGIN, top - MARGIN - 10)
            draw_chart(canvas, snapshot, self.layout, self.lang, area)
        else:
            canvas.setFont(font, 12)
            canvas.drawString(MARGIN, top - 30, self.w["empty"])
        self._footer(canvas, doc)
        canvas.restoreState()

    def list_page(self, canvas: Any, doc: Any) -> None:
        canvas.saveState()
        self._footer(canvas, doc)
        canvas.restoreState()

    def _footer(self, canvas: Any, doc: Any) -> None:
        from reportlab.lib import colors

        canvas.setFont(self.font, 8)
        canvas.setFillColor(colors.grey)
        canvas.drawRightString(self.page_w - MARGIN, MARGIN / 2, self.w["page"].format(n=doc.page))
        canvas.drawString(MARGIN, MARGIN / 2, f"KAMdesk · {self.snapshot.title}")


def _insights(snapshot: MapSnapshot, lang: str, page_w: float) -> list[Any]:
    """The map's MAN and its insights."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table

    st = styles()
    w = map_words(lang)
    story: list[Any] = [Paragraph(w["insights"], st["h1"])]
    man = snapshot.man
    if snapshot.people:
        code = "+".join(
            letter.upper() if v else (letter if v is False else "?")
            for letter, v in (("m", man.money), ("a", man.authority), ("n", man.need))
        )
        story.append(Paragraph(w["man_map"].format(code=code, text=man.guidance.label(lang)), st["base"]))
        story.append(Spacer(1, 4))
    if snapshot.insights:
        rows = [
            [Paragraph(i.severity.label(lang), st["cell"]), Paragraph(i.message(lang), st["cell"])]
            for i in snapshot.insights
        ]
        table = Table(rows, colWidths=[16 * mm, page_w - 2 * MARGIN - 16 * mm])
        table.setStyle(table_style(header_rows=0))
        story.append(table)
    else:
        story.append(Paragraph(w["no_insights"], st["base"]))
    story.append(Spacer(1, 8))
    return story


def _people(snapshot: MapSnapshot, lang: str, page_w: float) -> list[Any]:
    """Everyone on the map, one row each."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table

    st = styles()
    w = map_words(lang)
    rows = [[Paragraph(c, st["cell"]) for c in w["cols"]]]
    for person in snapshot.people:
        rows.append([Paragraph(text, st["cell"]) for text in _person_row(person, lang)])
    widths = [22 * mm, 38 * mm, 22 * mm, 26 * mm, 16 * mm, 15 * mm, 70 * mm]
    widths.append(page_w - 2 * MARGIN - sum(widths))
    people_table = Table(rows, colWidths=widths, repeatRows=1)
    people_table.setStyle(table_style())
    return [Paragraph(w["people"], st["h1"]), people_table]


def _person_row(person: MapPerson, lang: str) -> list[str]:
    advice = person.personality_advice(lang)
    personality = f"{person.personality.label(lang)}：{advice}" if person.personality else ""
    return [
        person.name,
        " ".join(x for x in (person.department, person.title) if x),
        person.role.label(lang) if person.role else "—",
        person.attitude_text(spaced=True),
        person.stance.label(lang),
        pct_text(person.influence_pct),
        personality,
        man_text(person, lang),
    ]


__all__ = ["BOX_H", "BOX_W", "box_lines", "man_text", "render_map_pdf"]

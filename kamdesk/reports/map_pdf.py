"""The stakeholder map as a vector PDF (A4 landscape, embedded CJK font).

Page 1: title (opportunity, account, date), legend and the org chart drawn
from the same layout coordinates as the canvas, scaled to fit. Following
pages: the insights and a table of everyone on the map (role, attitude
original → current, influence, personality and how to deal with it, MAN).

No Qt here: reportlab only. ``render_map_pdf(snapshot, path, lang="zh")``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from kamdesk import clock
from kamdesk.domain.orgchart import (
    BOX_H,
    BOX_W,
    OUR_COLOURS,
    Box,
    Layout,
    attitude_colours,
    coverage_path,
    route,
)
from kamdesk.domain.stages import Stage
from kamdesk.domain.stakeholders import Attitude
from kamdesk.reports.common import pdf_info
from kamdesk.reports.fonts import register_fonts
from kamdesk.reports.styles import styles, table_style
from kamdesk.services.maps import MapPerson, MapSnapshot, layout_of

MARGIN = 28.0
HEADER_H = 62.0  # title, subtitle and legend above the chart
BAND_H = 22.0  # the coloured name band at the top of a box (layout units)

_WORDS = {
    "zh": {
        "title": "决策链图：{title}",
        "subject": "决策链图",
        "account": "客户：{name}",
        "stage": "阶段：{stage}",
        "date": "日期：{date}",
        "as_of": "截至 {date} 的历史状态",
        "insights_n": "提示 {n} 条（见后页）",
        "no_insights": "暂无提示",
        "influence": "影响 {pct}",
        "legend_reports": "汇报关系",
        "legend_cover": "我方对接",
        "not_rated": "未评估",
        "ours": "我方",
        "insights": "提示",
        "people": "人员一览",
        "cols": ("姓名", "职务", "购买角色", "态度 原始→当前", "立场", "影响项目的比重", "性格与应对", "MAN"),
        "page": "第 {n} 页",
        "empty": "这张图上还没有人员",
        "covered": "对接：{names}",
        "relation": "关系：{kind}",
        "man_map": "全图 MAN：{code}　{text}",
    },
    "en": {
        "title": "Stakeholder map: {title}",
        "subject": "Stakeholder map",
        "account": "Account: {name}",
        "stage": "Stage: {stage}",
        "date": "Date: {date}",
        "as_of": "As it stood on {date}",
        "insights_n": "{n} insights (next page)",
        "no_insights": "No insights",
        "influence": "influence {pct}",
        "legend_reports": "reports to",
        "legend_cover": "our coverage",
        "not_rated": "not rated",
        "ours": "Us",
        "insights": "Insights",
        "people": "People on the map",
        "cols": (
            "Name",
            "Title",
            "Buying role",
            "Attitude orig.→now",
            "Stance",
            "Influence",
            "Personality",
            "MAN",
        ),
        "page": "Page {n}",
        "empty": "Nobody is on this map yet",
        "covered": "covers: {names}",
        "relation": "relation: {kind}",
        "man_map": "MAN for the map: {code} — {text}",
    },
}


def _w(lang: str) -> dict[str, Any]:
    return _WORDS["zh" if lang.lower().startswith("zh") else "en"]


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:g}%"


def attitude_text(person: MapPerson) -> str:
    """ "B → D ↓" (original → current with the trend), "B" when unchanged, "—" unrated."""
    now = person.attitude
    if now is None:
        return "—"
    before = person.original_attitude
    if before is None or before.code == now.code:
        return now.code
    return f"{before.code} → {now.code} {person.trend}"


def box_lines(person: MapPerson, lang: str, *, key: bool = False) -> tuple[str, str, str, str]:
    """The four lines of a person's box: name (★ for the key decision maker),
    title, buying role · stance · influence weight, personality."""
    w = _w(lang)
    role = person.role.label(lang) if person.role else "—"
    personality = person.personality.label(lang) if person.personality else ""
    if person.relationship_kind is not None:
        kind = w["relation"].format(kind=person.relationship_kind.label(lang))
        personality = f"{personality} · {kind}" if personality else kind
    return (
        f"★ {person.name}" if key else person.name,
        person.title or "",
        f"{role} · {person.stance.short(lang)} · {_pct(person.influence_pct)}",
        personality,
    )


def man_text(person: MapPerson, lang: str) -> str:
    """ "M+A+n 可接触…" when all three are known, else the flags with "?" for unknown."""
    if person.man is not None:
        return f"{person.man.code} {person.man.label(lang)}"
    flags = (("m", person.man_money), ("a", person.man_authority), ("n", person.man_need))
    if all(v is None for _, v in flags):
        return "—"
    return "+".join(letter.upper() if v else (letter if v is False else "?") for letter, v in flags)


def _fit(text: str, font: str, size: float, width: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


class _ChartPainter:
    """Draws a layout onto a reportlab canvas inside a rectangle."""

    def __init__(
        self, canvas: Any, layout: Layout, x0: float, top: float, width: float, height: float
    ) -> None:
        self.c = canvas
        self.layout = layout
        self.font = register_fonts()
        lw, lh = max(layout.width, 1.0), max(layout.height, 1.0)
        self.scale = min(width / lw, height / lh, 1.0)
        # centre horizontally in the area
        self.x0 = x0 + (width - lw * self.scale) / 2
        self.top = top

    def pt(self, x: float, y: float) -> tuple[float, float]:
        return self.x0 + x * self.scale, self.top - y * self.scale

    def rect(self, box: Box) -> tuple[float, float, float, float]:
        x, y = self.pt(box.x, box.bottom)
        return x, y, box.w * self.scale, box.h * self.scale

    def polyline(self, points: list[tuple[float, float]]) -> None:
        path = self.c.beginPath()
        first = True
        for x, y in points:
            px, py = self.pt(x, y)
            if first:
                path.moveTo(px, py)
                first = False
            else:
                path.lineTo(px, py)
        self.c.drawPath(path, stroke=1, fill=0)

    def box(self, box: Box, colours: tuple[str, str], lines: tuple[str, ...], corner: str = "") -> None:
        from reportlab.lib.colors import HexColor, black

        c, s = self.c, self.scale
        x, y, w, h = self.rect(box)
        strong, light = colours
        c.setLineWidth(max(0.4, 1.2 * s))
        c.setStrokeColor(HexColor(strong))
        c.setFillColor(HexColor(light))
        c.roundRect(x, y, w, h, 4 * s, stroke=1, fill=1)
        c.setFillColor(HexColor(strong))
        c.rect(x, y + h - BAND_H * s, w, BAND_H * s, stroke=0, fill=1)
        pad = 6 * s
        name_size = 11.5 * s
        small = 9.0 * s
        c.setFillColor(HexColor("#ffffff"))
        corner_w = 0.0
        if corner:
            from reportlab.pdfbase.pdfmetrics import stringWidth

            c.setFont(self.font, small)
            corner_w = stringWidth(corner, self.font, small) + pad
            c.drawRightString(x + w - pad, y + h - BAND_H * s + 7 * s, corner)
        c.setFont(self.font, name_size)
        c.drawString(
            x + pad,
            y + h - BAND_H * s + 6.5 * s,
            _fit(lines[0], self.font, name_size, w - 2 * pad - corner_w),
        )
        c.setFillColor(black)
        c.setFont(self.font, small)
        for i, line in enumerate(lines[1:]):
            if line:
                c.drawString(
                    x + pad,
                    y + h - BAND_H * s - (14 + i * 14.5) * s,
                    _fit(line, self.font, small, w - 2 * pad),
                )


def _draw_chart(
    canvas: Any, snapshot: MapSnapshot, layout: Layout, lang: str, area: tuple[float, float, float, float]
) -> None:
    from reportlab.lib.colors import HexColor

    x0, top, width, height = area
    p = _ChartPainter(canvas, layout, x0, top, width, height)
    people = {person.uuid: person for person in snapshot.people}
    # reports-to lines under the boxes
    canvas.setStrokeColor(HexColor("#5d6d7e"))
    canvas.setLineWidth(max(0.4, 1.1 * p.scale))
    for person in snapshot.people:
        if person.reports_to and person.reports_to in layout.boxes:
            p.polyline(route(layout.boxes[person.reports_to], layout.boxes[person.uuid]))
    # coverage lines, dashed
    canvas.setStrokeColor(HexColor("#2e86c1"))
    canvas.setDash(4 * p.scale + 1, 3 * p.scale + 1)
    obstacles = list(layout.boxes.values())
    for ours in snapshot.our_people:
        if ours.uuid not in layout.ours:
            continue
        for link in ours.coverage:
            if link.stakeholder_uuid in layout.boxes:
                p.polyline(
                    coverage_path(layout.ours[ours.uuid], layout.boxes[link.stakeholder_uuid], obstacles)
                )
    canvas.setDash()
    for uuid, box in layout.boxes.items():
        person = people[uuid]
        code = person.attitude.code if person.attitude else None
        key = person.uuid == snapshot.key_decision_maker
        p.box(box, attitude_colours(code), box_lines(person, lang, key=key), attitude_text(person))
    w = _w(lang)
    for ours in snapshot.our_people:
        if ours.uuid in layout.ours:
            covered = "、".join(
                people[c.stakeholder_uuid].name for c in ours.coverage if c.stakeholder_uuid in people
            )
            p.box(
                layout.ours[ours.uuid],
                OUR_COLOURS,
                (ours.name, ours.title or "", w["covered"].format(names=covered), ""),
                w["ours"],
            )


def _draw_legend(canvas: Any, x: float, y: float, lang: str) -> None:
    from reportlab.lib.colors import HexColor

    font = register_fonts()
    w = _w(lang)
    canvas.setFont(font, 8)
    items = [(a.code + " " + a.label(lang), attitude_colours(a.code)) for a in Attitude]
    items.append((w["not_rated"], attitude_colours(None)))
    items.append((w["ours"], OUR_COLOURS))
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for text, (strong, light) in items:
        canvas.setFillColor(HexColor(light))
        canvas.setStrokeColor(HexColor(strong))
        canvas.setLineWidth(1)
        canvas.rect(x, y - 2, 16, 9, stroke=1, fill=1)
        canvas.setFillColor(HexColor(strong))
        canvas.rect(x, y + 4, 16, 3, stroke=0, fill=1)
        canvas.setFillColor(HexColor("#222222"))
        canvas.drawString(x + 20, y, text)
        x += 26 + stringWidth(text, font, 8) + 8
    canvas.setStrokeColor(HexColor("#5d6d7e"))
    canvas.line(x, y + 3, x + 22, y + 3)
    canvas.setFillColor(HexColor("#222222"))
    canvas.drawString(x + 26, y, w["legend_reports"])
    x += 30 + stringWidth(w["legend_reports"], font, 8) + 10
    canvas.setStrokeColor(HexColor("#2e86c1"))
    canvas.setDash(3, 2)
    canvas.line(x, y + 3, x + 22, y + 3)
    canvas.setDash()
    canvas.drawString(x + 26, y, w["legend_cover"])


def _subtitle(snapshot: MapSnapshot, lang: str, today: date) -> str:
    w = _w(lang)
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
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
    )

    font = register_fonts()
    st = styles()
    w = _w(lang)
    out = Path(path)
    layout = layout or layout_of(snapshot)
    today = today or clock.today()
    page_w, page_h = landscape(A4)

    def chart_page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(font, 16)
        canvas.setFillColor(colors.black)
        canvas.drawString(MARGIN, page_h - MARGIN - 14, w["title"].format(title=snapshot.title))
        canvas.setFont(font, 9)
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.drawString(MARGIN, page_h - MARGIN - 30, _subtitle(snapshot, lang, today))
        _draw_legend(canvas, MARGIN, page_h - MARGIN - 48, lang)
        top = page_h - MARGIN - HEADER_H
        if snapshot.people:
            _draw_chart(canvas, snapshot, layout, lang, (MARGIN, top, page_w - 2 * MARGIN, top - MARGIN - 10))
        else:
            canvas.setFont(font, 12)
            canvas.drawString(MARGIN, top - 30, w["empty"])
        _footer(canvas, doc)
        canvas.restoreState()

    def list_page(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        _footer(canvas, doc)
        canvas.restoreState()

    def _footer(canvas: Any, doc: Any) -> None:
        canvas.setFont(font, 8)
        canvas.setFillColor(colors.grey)
        canvas.drawRightString(page_w - MARGIN, MARGIN / 2, w["page"].format(n=doc.page))
        canvas.drawString(MARGIN, MARGIN / 2, f"KAMdesk · {snapshot.title}")

    frame_full = Frame(MARGIN, MARGIN, page_w - 2 * MARGIN, page_h - 2 * MARGIN, id="list")
    doc = BaseDocTemplate(
        str(out),
        pagesize=(page_w, page_h),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        **pdf_info(
            title=f"{w['title'].format(title=snapshot.title)} {(snapshot.as_of or today).isoformat()}",
            author=author or "KAMdesk",
            subject=w["subject"],
            lang=lang,
        ),
        initialFontName=font,
    )
    doc.addPageTemplates(
        [
            PageTemplate("chart", frames=[Frame(MARGIN, MARGIN, 10, 10, id="chart")], onPage=chart_page),
            PageTemplate("list", frames=[frame_full], onPage=list_page),
        ]
    )
    story: list[Any] = [NextPageTemplate("list"), PageBreak()]
    story.append(Paragraph(w["insights"], st["h1"]))
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
    story.append(Paragraph(w["people"], st["h1"]))
    rows = [[Paragraph(c, st["cell"]) for c in w["cols"]]]
    for person in snapshot.people:
        advice = person.personality_advice(lang)
        personality = f"{person.personality.label(lang)}：{advice}" if person.personality else ""
        rows.append(
            [
                Paragraph(person.name, st["cell"]),
                Paragraph(" ".join(x for x in (person.department, person.title) if x), st["cell"]),
                Paragraph(person.role.label(lang) if person.role else "—", st["cell"]),
                Paragraph(attitude_text(person), st["cell"]),
                Paragraph(person.stance.label(lang), st["cell"]),
                Paragraph(_pct(person.influence_pct), st["cell"]),
                Paragraph(personality, st["cell"]),
                Paragraph(man_text(person, lang), st["cell"]),
            ]
        )
    widths = [22 * mm, 38 * mm, 22 * mm, 26 * mm, 16 * mm, 15 * mm, 70 * mm]
    widths.append(page_w - 2 * MARGIN - sum(widths))
    people_table = Table(rows, colWidths=widths, repeatRows=1)
    people_table.setStyle(table_style())
    story.append(people_table)
    doc.build(story)
    return out


__all__ = ["BOX_H", "BOX_W", "attitude_text", "box_lines", "man_text", "render_map_pdf"]

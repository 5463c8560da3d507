"""The stakeholder map PDF's first page: the org chart drawn from the same
layout coordinates as the canvas, scaled to fit, and its legend."""

from __future__ import annotations

from typing import Any

from kamdesk.domain.orgchart import OUR_COLOURS, Box, Layout, attitude_colours
from kamdesk.domain.orgchart_lines import coverage_path, route
from kamdesk.domain.stakeholders import Attitude
from kamdesk.reports.fonts import register_fonts
from kamdesk.reports.map_words import map_words, pct_text
from kamdesk.services.maps import MapPerson, MapSnapshot

BAND_H = 22.0  # the coloured name band at the top of a box (layout units)


def box_lines(person: MapPerson, lang: str, *, key: bool = False) -> tuple[str, str, str, str]:
    """The four lines of a person's box: name (★ for the key decision maker),
    title, buying role · stance · influence weight, personality."""
    w = map_words(lang)
    role = person.role.label(lang) if person.role else "—"
    personality = person.personality.label(lang) if person.personality else ""
    if person.relationship_kind is not None:
        kind = w["relation"].format(kind=person.relationship_kind.label(lang))
        personality = f"{personality} · {kind}" if personality else kind
    return (
        f"★ {person.name}" if key else person.name,
        person.title or "",
        f"{role} · {person.stance.short(lang)} · {pct_text(person.influence_pct)}",
        personality,
    )


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


def draw_chart(
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
        p.box(
            box, attitude_colours(code), box_lines(person, lang, key=key), person.attitude_text(spaced=True)
        )
    w = map_words(lang)
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


def draw_legend(canvas: Any, x: float, y: float, lang: str) -> None:
    from reportlab.lib.colors import HexColor

    font = register_fonts()
    w = map_words(lang)
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

"""The visit pack's first page: the itinerary of the day or week, one row per
visit."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, tzinfo
from typing import Any

from kamdesk.domain.visits import Side, VisitStatus
from kamdesk.reports.styles import styles, table_style
from kamdesk.reports.visit_labels import clip, paragraph, span, t
from kamdesk.reports.visit_sheet import VisitPage

_HEAD = ("date", "time", "account", "place", "purpose", "key_people", "ask")


def itinerary(
    pages: Sequence[VisitPage], start: date, days: int, lang: str, zone: tzinfo, w: float
) -> list[Any]:
    from reportlab.platypus import Spacer, Table

    st = styles()
    out: list[Any] = [
        paragraph(f"{t('itinerary', lang)}　{span(start, days)}", st["title"]),
        paragraph(t("visits_n", lang).format(n=len(pages)), st["muted"]),
        Spacer(1, 6),
    ]
    if not pages:
        out.append(paragraph(t("no_visits", lang), st["base"]))
        return out
    cell = st["cell"]
    data: list[list[Any]] = [[paragraph(t(h, lang), cell) for h in _HEAD]]
    data += [_row(page, lang, zone, cell) for page in pages]
    table = Table(data, colWidths=_widths(data, cell, w), repeatRows=1)
    table.setStyle(table_style())
    out.append(table)
    return out


def _row(page: VisitPage, lang: str, zone: tzinfo, cell: Any) -> list[Any]:
    weekdays = "一二三四五六日" if lang.startswith("zh") else None
    v = page.visit
    s = v.starts_at.astimezone(zone)
    e = v.ends_at.astimezone(zone) if v.ends_at else None
    day = s.strftime("%m-%d") + (f" 周{weekdays[s.weekday()]}" if weekdays else s.strftime(" %a"))
    when = s.strftime("%H:%M") + (f"–{e.strftime('%H:%M')}" if e else "")
    people = "、".join(
        f"{a.name}{' ' + (a.current_attitude or a.attitude_before or '') if (a.current_attitude or a.attitude_before) else ''}"
        for a in v.attendees
        if a.side is Side.THEM
    )
    purpose = " ".join(x for x in (v.objective_text(lang), v.final_objective or "") if x)
    status = "" if v.status is VisitStatus.PLANNED else f"（{v.status.label(lang)}）"
    return [
        paragraph(day, cell),
        paragraph(when, cell),
        paragraph(clip(v.account_name, 40) + status, cell),
        paragraph(clip(v.place, 40), cell),
        paragraph(clip(purpose, 70), cell),
        paragraph(clip(people, 60), cell),
        paragraph(clip(v.commitment_to_ask, 60), cell),
    ]


def _widths(data: list[list[Any]], cell: Any, w: float) -> list[float]:
    """The date and time columns are as wide as their widest value, so that
    "10:35–11:35" and "11-23 周一" never break inside; the rest share what is left."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    pad = 14.0  # the table style's left + right padding, with a little room

    def fit(column: int) -> float:
        texts = [row[column].text for row in data]
        return max(stringWidth(text, cell.fontName, cell.fontSize) for text in texts) + pad

    fixed = [fit(0), fit(1)]
    rest = max(w - sum(fixed), w * 0.6)
    shares = (0.18, 0.14, 0.18, 0.16, 0.14)
    return fixed + [rest * f / sum(shares) for f in shares]

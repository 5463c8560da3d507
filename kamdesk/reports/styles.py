"""Paragraph and table styles shared by the PDFs (A4, CJK wrapping)."""

from __future__ import annotations

from functools import cache
from typing import Any

from kamdesk.reports.fonts import register_fonts


@cache
def styles() -> dict[str, Any]:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    font = register_fonts()
    base = ParagraphStyle("base", fontName=font, fontSize=9.5, leading=13, wordWrap="CJK")
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5),
        "title": ParagraphStyle("title", parent=base, fontSize=16, leading=21, spaceAfter=6),
        "h1": ParagraphStyle("h1", parent=base, fontSize=13, leading=17, spaceBefore=8, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base, fontSize=11, leading=15, spaceBefore=6, spaceAfter=3),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11),
        "muted": ParagraphStyle("muted", parent=base, fontSize=8, leading=10.5, textColor=colors.grey),
    }


def table_style(header_rows: int = 1) -> Any:
    """Grid with a shaded header, the look of every table in the reports."""
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    font = register_fonts()
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), font),
            ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#e8eef5")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
    )

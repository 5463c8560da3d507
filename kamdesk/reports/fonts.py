"""The bundled CJK font for every PDF. reportlab embeds a subset of the
TrueType collection; its own STSong-Light is never used (not embedded, boxes
on machines without it)."""

from __future__ import annotations

from functools import cache

from kamdesk.paths import font_path

FONT = "WQYMicroHei"


@cache
def register_fonts() -> str:
    """Register the CJK font once; returns its reportlab name."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(FONT, str(font_path()), subfontIndex=0))
    # one face for all styles: bold text is drawn by the same outlines
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FONT, bold, italic, FONT)
    return FONT

"""Report tables: cells that wrap CJK text (pre-wrapped to their column, or as
paragraphs) and a header that repeats on every page."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from kamdesk.reports.fonts import register_fonts
from kamdesk.reports.labels import t
from kamdesk.reports.page import CELL_FONT_SIZE, CELL_LEADING, FRAME_WIDTH
from kamdesk.reports.styles import styles


@cache
def _styles() -> dict[str, Any]:
    """The shared styles plus a few of the reports' own (right-aligned figures)."""
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    base = dict(styles())
    base["cell_right"] = ParagraphStyle("cell_right", parent=base["cell"], alignment=TA_RIGHT)
    base["cell_strong"] = ParagraphStyle("cell_strong", parent=base["cell"], fontSize=10, leading=13)
    # latin-only text wraps at spaces (CJK wrapping would split words anywhere)
    for name in list(base):
        base[name + ":latin"] = ParagraphStyle(name + "_latin", parent=base[name], wordWrap=None)
    return base


def para(text: object, style: str = "cell") -> Any:
    """A wrapped cell (CJK word wrap), with XML special characters escaped."""
    from xml.sax.saxutils import escape

    from reportlab.platypus import Paragraph

    raw = str(text if text is not None else "")
    if raw.isascii():
        style += ":latin"
    return Paragraph(escape(raw).replace("\n", "<br/>"), _styles()[style])


#: never at the start of a line (CJK line-breaking rule): carried with the character before
NO_LINE_START = frozenset("，。、；：？！）》」』】〉…,.;:?!)]}%")
#: a run of these is a latin word: wrapped at its ends (or spaces), not inside
_WORD = re.compile(r"[0-9A-Za-z\u00c0-\u024f_.,:;!?%/@&+#'\"()\[\]-]+|\s+|.", re.S)


@cache
def _glyph_width(ch: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(ch, register_fonts(), CELL_FONT_SIZE))


def _width(text: str) -> float:
    w = _glyph_width
    return sum(w(ch) for ch in text)


def wrap_cell(text: str, room: float) -> str:
    """``text`` broken into lines no wider than ``room`` points at the cell
    font size, as a plain multi-line string: a table draws it with one
    ``drawString`` per line, far cheaper than laying out a Paragraph. CJK
    text breaks between any two characters (never before closing
    punctuation), latin words at spaces; a word longer than a line breaks
    where it must."""
    lines: list[str] = []
    for part in text.split("\n"):
        if _width(part) <= room:
            lines.append(part)
            continue
        cur: list[str] = []
        cur_w = 0.0
        for tok in _WORD.findall(part):
            tw = _width(tok)
            if cur_w + tw <= room or (tok.isspace() and cur):
                cur.append(tok)
                cur_w += tw
                continue
            if tok[0] in NO_LINE_START and cur:
                # carry the last character over with the punctuation
                last = cur[-1]
                if len(last) == 1 and not last.isspace() and len(cur) > 1:
                    cur.pop()
                    tok = last + tok
                    tw = _width(tok)
            if cur:
                lines.append("".join(cur).rstrip())
            cur, cur_w = [], 0.0
            tok = tok.lstrip()
            tw = _width(tok)
            while tw > room and len(tok) > 1:  # a word wider than the line
                cut, cw = 1, _glyph_width(tok[0])
                while cut < len(tok) and cw + _glyph_width(tok[cut]) <= room:
                    cw += _glyph_width(tok[cut])
                    cut += 1
                lines.append(tok[:cut])
                tok = tok[cut:]
                tw = _width(tok)
            if tok:
                cur, cur_w = [tok], tw
        if cur:
            lines.append("".join(cur).rstrip())
    return "\n".join(lines)


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    align_right: Sequence[int] = (),
    extra: Sequence[tuple[Any, ...]] = (),
) -> Any:
    """A table whose header repeats on each page and whose cells wrap; ``widths``
    are fractions of the frame width.

    Cells are plain strings, pre-wrapped to their column (:func:`wrap_cell`):
    on a long report, laying out one Paragraph per cell cost more than all
    the rest of the PDF."""
    from reportlab.platypus import Table

    from kamdesk.reports.styles import table_style

    frame = FRAME_WIDTH
    col_widths = [w * frame for w in widths]
    # room for text on one line: the column less the cell padding (6 pt each side)
    room = [w - 12.5 for w in col_widths]
    data: list[list[Any]] = [[wrap_cell(str(h), room[i]) for i, h in enumerate(header)]]
    for row in rows:
        data.append([wrap_cell(str(c if c is not None else ""), room[i]) for i, c in enumerate(row)])
    tbl = Table(data, colWidths=col_widths, repeatRows=1, splitByRow=1)
    style = table_style()
    # the leading of a wrapped cell paragraph, for lines of a pre-wrapped cell
    style.add("LEADING", (0, 0), (-1, -1), CELL_LEADING)
    for col in align_right:
        style.add("ALIGN", (col, 1), (col, -1), "RIGHT")
    for cmd in extra:
        style.add(*cmd)
    tbl.setStyle(style)
    return tbl


def key_value_table(pairs: Sequence[tuple[str, str]], columns: int = 2) -> Any:
    """Figures as label / value pairs, ``columns`` pairs per row."""
    from reportlab.lib import colors
    from reportlab.platypus import Table

    from kamdesk.reports.styles import table_style

    rows: list[list[Any]] = []
    for i in range(0, len(pairs), columns):
        row: list[Any] = []
        for label, value in pairs[i : i + columns]:
            row += [para(label), para(value, "cell_strong")]
        while len(row) < 2 * columns:
            row += ["", ""]
        rows.append(row)
    w = FRAME_WIDTH / columns
    tbl = Table(rows, colWidths=[w * 0.46, w * 0.54] * columns)
    style = table_style(header_rows=0)
    for c in range(0, 2 * columns, 2):
        style.add("BACKGROUND", (c, 0), (c, -1), colors.HexColor("#f3f6f9"))
    tbl.setStyle(style)
    return tbl


def no_data(lang: str) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Table

    tbl = Table([[para(t("no_data", lang), "h2")]], colWidths=[FRAME_WIDTH])
    tbl.setStyle(
        [
            # every Table cell sets its font, even one holding a paragraph: never Helvetica
            ("FONTNAME", (0, 0), (-1, -1), register_fonts()),
            ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#b0453a")),
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fbeeee")),
            ("TOPPADDING", (0, 0), (-1, -1), 8),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ]
    )
    return tbl

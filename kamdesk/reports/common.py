"""What every report PDF shares: the labels in both languages, the A4 page
with a header (rep and period) and "第 x 页 / 共 y 页" on every page, tables
that repeat their header rows and wrap CJK text, and number formats.

The canvas starts in the embedded CJK font, so no standard (non-embedded)
font is ever referenced: ``pdffonts`` lists only the bundled font.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from kamdesk import clock
from kamdesk.domain import formats
from kamdesk.domain.glossary import TERMS
from kamdesk.reports.fonts import register_fonts
from kamdesk.reports.styles import styles

#: label key → (Chinese, English)
LABELS: dict[str, tuple[str, str]] = {
    "app": ("KAMdesk 大客户管理", "KAMdesk key-account manager"),
    "daily_title": ("工作日志", "Daily work log"),
    "weekly_title": ("周计划和总结", "Weekly plan and summary"),
    "monthly_title": ("月计划与总结", "Monthly plan and summary"),
    "team_title": ("团队汇总", "Team rollup"),
    "rep": TERMS["rep"],
    "period": ("期间", "Period"),
    "page": ("第 {x} 页 / 共 {y} 页", "Page {x} of {y}"),
    "made_on": ("生成于", "Made on"),
    "no_data": ("本期无数据 / No data for this period", "No data for this period / 本期无数据"),
    "key_figures": ("关键数字", "Key figures"),
    "visits_done": ("已完成拜访", "Visits done"),
    "visits_planned": ("计划拜访", "Visits scheduled"),
    "visits_cancelled": ("取消拜访", "Visits cancelled"),
    "done_rate": ("完成率", "Done rate"),
    "new_visits": ("新拜访", "New visits"),
    "revisits": ("再拜访", "Revisits"),
    "per_day": ("日均拜访", "Visits per working day"),
    "working_days": ("工作日", "Working days"),
    "calls": ("有效电话", "Calls"),
    "pipeline_start": ("期初管道", "Pipeline at start"),
    "pipeline_end": ("期末管道", "Pipeline at end"),
    "weighted_start": ("期初加权管道", "Weighted pipeline at start"),
    "weighted_end": ("期末加权管道", "Weighted pipeline at end"),
    "weighted_change": ("加权管道变化", "Weighted pipeline change"),
    "won": ("赢单", "Won"),
    "lost": ("丢单", "Lost"),
    "won_amount": ("赢单金额", "Won amount"),
    "collections": ("回款", "Collections"),
    "overdue": ("逾期未回款", "Overdue, unpaid"),
    "revenue": ("销售额", "Revenue"),
    "next_planned": ("下期计划拜访", "Visits planned next period"),
    "plan": ("计划", "Plan"),
    "summary": ("总结", "Summary"),
    "key_problems": ("重点问题", "Key problems"),
    "hard_problems": ("难点问题", "Hard problems"),
    "plan_items": ("计划事项", "Plan items"),
    "item": ("事项", "Item"),
    "result": ("结果", "Result"),
    "done": ("完成", "Done"),
    "yes": ("是", "Yes"),
    "no": ("否", "No"),
    "partly": ("部分", "Partly"),
    "visits_section": ("拜访", "Visits"),
    "visits_by_account": ("按客户的拜访", "Visits by account"),
    "visits_done_section": ("今日完成的拜访", "Visits done today"),
    "date": ("日期", "Date"),
    "time": ("时间", "Time"),
    "account": ("客户", "Account"),
    "kind": ("类型", "Kind"),
    "status": ("状态", "Status"),
    "objective": ("目标", "Objective"),
    "outcome": ("结果", "Outcome"),
    "met": ("达成", "Met"),
    "contact_log": ("联络记录", "Contact log"),
    "way": ("联络方式", "Way"),
    "person": ("被联络人", "Their person"),
    "content": ("联络内容", "Content"),
    "next_step": ("下一步工作计划", "Next step"),
    "commitments_made": ("新增承诺", "Commitments made"),
    "commitments_due": ("到期承诺", "Commitments due"),
    "side": ("承诺方", "Side"),
    "commitment": ("承诺", "Commitment"),
    "owner": ("负责人", "Owner"),
    "due_on": ("到期", "Due"),
    "done_on": ("完成日", "Done on"),
    "planned_tomorrow": ("明日计划拜访", "Visits planned for tomorrow"),
    "stage_moves": ("商机推进", "Opportunities moved"),
    "opportunity": ("商机", "Opportunity"),
    "from_stage": ("原阶段", "From"),
    "new_opportunity": ("（新建商机）", "(new opportunity)"),
    "to_stage": ("新阶段", "To"),
    "closed": ("赢单与丢单", "Won and lost"),
    "amount": ("金额", "Amount"),
    "reason": ("原因", "Reason"),
    "payments": ("回款明细", "Collections"),
    "paid_on": ("回款日", "Paid on"),
    "vp_questions": ("销售副总每周三问", "The VP's three questions"),
    "q_collections": ("回款正常吗？", "Are collections normal?"),
    "q_schedule": ("日程排满了吗？", "Is the schedule full?"),
    "q_problems": ("重点和难点问题？", "Key and hard problems?"),
    "visits_per_week": ("每周拜访", "Visits per week"),
    "week": ("周", "Week"),
    "pipeline_by_stage": ("各阶段管道", "Pipeline by stage"),
    "stage": ("阶段", "Stage"),
    "count": ("数量", "Count"),
    "weighted": ("加权金额", "Weighted"),
    "funnel": ("销售漏斗（参考 250 : 125 : 25 : 5 : 1）", "Funnel (reference 250 : 125 : 25 : 5 : 1)"),
    "step": ("环节", "Step"),
    "reached": ("实际", "Actual"),
    "expected": ("参考应有", "Reference"),
    "conversion": ("转化率", "Conversion"),
    "reference_conversion": ("参考转化率", "Reference conversion"),
    "below": ("低于参考", "Below reference"),
    "targets": ("目标与实际", "Targets vs actual"),
    "metric": ("指标", "Metric"),
    "minimum": ("最低任务", "Minimum"),
    "normal": ("正常任务", "Normal"),
    "stretch": ("冲刺任务", "Stretch"),
    "actual": ("实际", "Actual"),
    "level": ("达成档位", "Level reached"),
    "none_reached": ("未达最低", "Below min."),
    "top_accounts": ("重点客户（按销售额）", "Top accounts by revenue"),
    "purchases": ("订单数", "Orders"),
    "nine_grid": ("开局定位九宫格（进行中商机）", "Nine-grid openings (open opportunities)"),
    "share_of_all": ("占比", "Share of all"),
    "territory": ("地盘", "Territory"),
    "longer_plans": ("季度 / 半年 / 年度计划", "Quarter / half-year / year plans"),
    "annotations": ("经理批注", "Manager's notes"),
    "section": ("部分", "Section"),
    "author": ("批注人", "Author"),
    "total": ("合计", "Total"),
    "reps": TERMS["reps"],
    "team": ("团队", "Team"),
    "n_reps": TERMS["n_reps"],
    "open_opps": ("进行中商机", "Open opps."),
    "pipeline": ("管道金额", "Pipeline"),
    "weighted_pipeline": ("加权管道", "Weighted pipeline"),
    "revenue_target": ("销售额目标（最低/正常/挑战）", "Revenue target (min / normal / stretch)"),
    "per_rep": TERMS["per_rep"],
    "funnel_short": ("漏斗", "Funnel"),
    "openings": ("开局", "Openings"),
    "sources": ("来源", "Sources"),
    "nothing": ("无", "None"),
    "more_rows": ("……另有 {n} 条未列出（共 {total} 条）", "… {n} more not listed ({total} in all)"),
    "moves_summary": ("商机推进（按阶段变化汇总）", "Opportunities moved, by stage change"),
    "payments_by_account": ("回款（按客户）", "Collections by account"),
    "payments_count": ("笔数", "Payments"),
}


def t(key: str, lang: str) -> str:
    zh, en = LABELS[key]
    return zh if lang.lower().startswith("zh") else en


def money(value: Decimal | None) -> str:
    """¥150,000 (¥1,234.50 with cents): :func:`kamdesk.domain.formats.money`."""
    return formats.money(value)


def number(value: Decimal | int | None) -> str:
    """A count or a target figure: no decimals when it is whole."""
    if value is None:
        return "—"
    d = Decimal(value)
    if d == d.to_integral_value():
        return f"{int(d):,}"
    return f"{d:,.2f}"


def pct(value: Decimal | None, *, fraction: bool = False) -> str:
    if value is None:
        return "—"
    v = value * 100 if fraction else value
    return f"{v:.1f}%"


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


def heading(text: str, level: int = 1) -> Any:
    return para(text, "h1" if level == 1 else "h2")


def keep_space(points: float = 90) -> Any:
    """Start a new page unless ``points`` are left: no heading alone at a page's foot."""
    from reportlab.platypus import CondPageBreak

    return CondPageBreak(points)


def text_block(label: str, body: str, lang: str) -> list[Any]:
    return [keep_space(60), heading(label, 2), para(body if body.strip() else t("nothing", lang), "base")]


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


# --- the page -------------------------------------------------------------------------

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


def rep_author(db: Any) -> str | None:
    """The laptop's own rep, the author of a PDF that names no rep itself."""
    from kamdesk.services.accounts.extras import list_reps

    return next((r.name for r in list_reps(db) if r.is_me), None)


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


def fmt_date(d: date | None) -> str:
    return d.isoformat() if d else "—"


def yes_no(flag: bool, lang: str) -> str:
    return t("yes", lang) if flag else t("no", lang)


Progress = Callable[[str, int, int], None]


def render_report(data: Any, path: Path | str, lang: str = "zh") -> Path:
    """Write the PDF for a daily, weekly or monthly report data object."""
    from kamdesk.services.reporting import DailyReport, MonthlyReport, WeeklyReport

    if isinstance(data, DailyReport):
        from kamdesk.reports.daily import render_daily

        return render_daily(data, path, lang)
    if isinstance(data, MonthlyReport):
        from kamdesk.reports.monthly import render_monthly

        return render_monthly(data, path, lang)
    if isinstance(data, WeeklyReport):
        from kamdesk.reports.weekly import render_weekly

        return render_weekly(data, path, lang)
    raise TypeError(f"not a report: {type(data).__name__}")

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
from xml.sax.saxutils import escape

from kamdesk.domain.forms import VISIT_SHEET
from kamdesk.domain.glossary import TERMS
from kamdesk.domain.stakeholders import Attitude
from kamdesk.domain.visit_plan import TEXT_PROMPTS, SpinCategory
from kamdesk.domain.visits import Side, VisitStatus
from kamdesk.reports.common import pdf_info, rep_author
from kamdesk.reports.fonts import register_fonts
from kamdesk.reports.styles import styles, table_style
from kamdesk.services import privacy
from kamdesk.services.visits import (
    CommitmentView,
    ContactLogView,
    KeyPerson,
    VisitDetail,
    local_tz,
    plan_context,
    visit_details,
)
from kamdesk.services.visits.calendar import visits_between
from kamdesk.services.visits.sheet import PlanSheet, sheet_for_visit
from kamdesk.store.db import Database

# The seed sheet's own labels come from the domain (kamdesk.domain.forms); the
# rest are the pack's.
_L: dict[str, tuple[str, str]] = {
    **{k: (v.zh, v.en) for k, v in VISIT_SHEET.items()},
    "itinerary": ("拜访行程", "Visit itinerary"),
    "role": ("关键影响角色", "Role"),
    "pack": ("拜访资料包", "Visit pack"),
    # 18's glossary (one word for one thing) replaces the seed sheet's 专案 with 商机
    "project_no": TERMS["opportunity_no"],
    "manager": TERMS["rep"],
    "objective": TERMS["opportunity_objective"],
    "visit": ("本次拜访", "This visit"),
    "time": ("时间", "Time"),
    "place": ("地点", "Place"),
    "purpose": ("拜访目的", "Objective"),
    "kind": ("类型", "Kind"),
    "final": ("终极目标", "Final objective"),
    "stage": ("阶段目标", "Stage objective"),
    "ours": ("我方人员", "Our people"),
    "theirs": ("客户方人员", "Their people"),
    "key_people": ("关键人", "Key people"),
    "resources": ("您的资源", "Resources"),
    "fab": ("FAB（特征→优势→对客户的益处）", "FAB (feature → advantage → benefit)"),
    "spin": ("SPIN 提问", "SPIN questions"),
    "objections": ("预期异议与应对", "Expected objections and answers"),
    "ask": ("向客户要承诺", "Commitment to ask for"),
    "minimum": ("最低可接受结果", "Minimum acceptable outcome"),
    "open_commitments": ("未完成的承诺", "Open commitments"),
    "last_contacts": ("最近联络", "Last contacts"),
    "notes": ("拜访记录（手写）", "Notes (handwritten)"),
    "us": ("我方", "Us"),
    "them": ("客户方", "Customer"),
    "due": ("到期", "Due"),
    "none": ("无", "None"),
    "page": ("第 {n} 页", "Page {n}"),
    "visits_n": ("共 {n} 次拜访", "{n} visits"),
    "no_visits": ("此期间没有计划的拜访", "No visits planned in this period"),
    "competitor": ("竞争对手", "Competitor"),
    "visit_people": ("本次拜访的关键人", "Key people at this visit"),
    "phone": ("电话", "Phone"),
    "buying_role": ("购买角色", "Buying role"),  # seed 002's word
    "personality": ("性格", "Personality"),
    "advice": ("对待此类客户", "How to deal with them"),
}

#: Longest text kept in a cell before it is cut with an ellipsis.
LONG = 260
SHORT = 90

NOTES_HEIGHT_MM = 42


def _t(key: str, lang: str) -> str:
    zh, en = _L[key]
    return zh if lang.startswith("zh") else en


def clip(text: str | None, limit: int) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis."""
    text = (text or "").strip()
    return text if len(text) <= limit else text[: max(limit - 1, 0)].rstrip() + "…"


@dataclass(frozen=True)
class VisitPage:
    visit: VisitDetail
    sheet: PlanSheet
    key_people: tuple[KeyPerson, ...]
    open_commitments: tuple[CommitmentView, ...]
    last_contacts: tuple[ContactLogView, ...]


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


def _p(text: str, style: Any) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(escape(text).replace("\n", "<br/>"), style)


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
    from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate

    font = register_fonts()
    zone = tz or local_tz()
    width, height = A4
    margin = 12 * mm
    notes_h = NOTES_HEIGHT_MM * mm
    footer_h = 8 * mm

    def decorate(notes: bool) -> Callable[[Any, Any], None]:
        def on_page(canvas: Any, doc: Any) -> None:
            canvas.saveState()
            canvas.setFont(font, 7.5)
            canvas.setFillGray(0.45)
            canvas.drawString(margin, 7 * mm, "KAMdesk")
            canvas.drawRightString(width - margin, 7 * mm, _t("page", lang).format(n=doc.page))
            if notes:
                top = margin + footer_h + notes_h
                canvas.setFillGray(0.2)
                canvas.setFont(font, 9)
                canvas.drawString(margin + 3 * mm, top - 5 * mm, _t("notes", lang))
                canvas.setStrokeGray(0.6)
                canvas.setLineWidth(0.4)
                canvas.rect(margin, margin + footer_h, width - 2 * margin, notes_h)
                y = top - 12 * mm
                while y > margin + footer_h + 3 * mm:
                    canvas.line(margin + 3 * mm, y, width - margin - 3 * mm, y)
                    y -= 7 * mm
            canvas.restoreState()

        return on_page

    frame_w = width - 2 * margin
    full_h = height - 2 * margin - footer_h
    visit_h = full_h - notes_h - 3 * mm
    doc = BaseDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        **pdf_info(
            title=f"{_t('pack', lang)} {_span(start, days)}",
            author=author or "KAMdesk",
            subject=_t("pack", lang),
            lang=lang,
        ),
        initialFontName=font,  # so Helvetica is never referenced (not embedded)
        initialFontSize=9,
    )
    doc.addPageTemplates(
        [
            PageTemplate(
                "itinerary",
                [Frame(margin, margin + footer_h, frame_w, full_h, id="it", leftPadding=0, rightPadding=0)],
                onPage=decorate(False),
            ),
            PageTemplate(
                "visit",
                [
                    Frame(
                        margin,
                        margin + footer_h + notes_h + 3 * mm,
                        frame_w,
                        visit_h,
                        id="v",
                        leftPadding=0,
                        rightPadding=0,
                        topPadding=0,
                        bottomPadding=0,
                    )
                ],
                onPage=decorate(True),
            ),
        ]
    )
    story: list[Any] = [_fit(_itinerary(pages, start, days, lang, zone, frame_w), frame_w, full_h - 12)]
    for i, page in enumerate(pages):
        if progress is not None:
            progress("", i, len(pages))
        story += [NextPageTemplate("visit"), PageBreak()]
        story.append(_fit(_visit_page(page, lang, zone, frame_w), frame_w, visit_h - 4))
    tmp = path.with_name(path.name + ".part")
    doc.filename = str(tmp)
    doc.build(story)
    tmp.replace(path)
    return int(doc.page)


def _fit(flowables: list[Any], w: float, h: float) -> Any:
    from reportlab.platypus import KeepInFrame, Table

    for f in flowables:
        if isinstance(f, Table):
            f.hAlign = "LEFT"  # when the page is shrunk to fit, keep the left edge
    return KeepInFrame(w, h, flowables, mode="shrink", hAlign="LEFT", vAlign="TOP")


def _span(start: date, days: int) -> str:
    end = start + timedelta(days=max(days, 1) - 1)
    return start.isoformat() if end == start else f"{start.isoformat()} – {end.isoformat()}"


def _itinerary(
    pages: Sequence[VisitPage], start: date, days: int, lang: str, zone: tzinfo, w: float
) -> list[Any]:
    from reportlab.platypus import Spacer, Table

    st = styles()
    out: list[Any] = [
        _p(f"{_t('itinerary', lang)}　{_span(start, days)}", st["title"]),
        _p(_t("visits_n", lang).format(n=len(pages)), st["muted"]),
        Spacer(1, 6),
    ]
    if not pages:
        out.append(_p(_t("no_visits", lang), st["base"]))
        return out
    cell = st["cell"]
    head = [
        _t("date", lang),
        _t("time", lang),
        _t("account", lang),
        _t("place", lang),
        _t("purpose", lang),
        _t("key_people", lang),
        _t("ask", lang),
    ]
    data: list[list[Any]] = [[_p(h, cell) for h in head]]
    weekdays = "一二三四五六日" if lang.startswith("zh") else None
    for page in pages:
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
        data.append(
            [
                _p(day, cell),
                _p(when, cell),
                _p(clip(v.account_name, 40) + status, cell),
                _p(clip(v.place, 40), cell),
                _p(clip(purpose, 70), cell),
                _p(clip(people, 60), cell),
                _p(clip(v.commitment_to_ask, 60), cell),
            ]
        )
    # the date and time columns are as wide as their widest value, so that
    # "10:35–11:35" and "11-23 周一" never break inside; the rest share what is left
    from reportlab.pdfbase.pdfmetrics import stringWidth

    pad = 14.0  # the table style's left + right padding, with a little room

    def fit(column: int) -> float:
        texts = [row[column].text for row in data]
        return max(stringWidth(t, cell.fontName, cell.fontSize) for t in texts) + pad

    fixed = [fit(0), fit(1)]
    rest = max(w - sum(fixed), w * 0.6)
    shares = (0.18, 0.14, 0.18, 0.16, 0.14)
    widths = fixed + [rest * f / sum(shares) for f in shares]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(table_style())
    out.append(table)
    return out


def _key_persons_table(v: VisitDetail, lang: str, w: float) -> list[Any]:
    """本次拜访的关键人: phone, buying role, personality and the seed's advice
    for it (personality and advice only when private data was asked for: the
    privacy rule has already emptied them otherwise)."""
    from reportlab.platypus import Table

    if not v.key_persons:
        return []
    st = styles()
    cell, small = st["cell"], st["small"]
    private = any(p.personality for p in v.key_persons)
    keys = ["name", "title", "phone", "buying_role"] + (["personality", "advice"] if private else [])
    rows: list[list[Any]] = [[_p(_t(k, lang), cell) for k in keys]]
    for p in v.key_persons[:8]:
        row = [
            _p(p.name, cell),
            _p(clip(p.title, 24), cell),
            _p(p.phone or "—", cell),
            _p(p.role.label(lang) if p.role else "—", cell),
        ]
        if private:
            row += [
                _p(p.personality.label(lang) if p.personality else "—", cell),
                _p(clip(p.advice(lang), 80) or "—", small),
            ]
        rows.append(row)
    shares = (0.14, 0.2, 0.16, 0.14, 0.1, 0.26) if private else (0.2, 0.32, 0.24, 0.24)
    table = Table(rows, colWidths=[w * f for f in shares], repeatRows=1)
    table.setStyle(table_style())
    return [_p(_t("visit_people", lang), st["h2"]), table]


def _visit_page(page: VisitPage, lang: str, zone: tzinfo, w: float) -> list[Any]:
    from reportlab.lib import colors
    from reportlab.platypus import Spacer, Table, TableStyle

    st = styles()
    cell, small = st["cell"], st["small"]
    v, sheet = page.visit, page.sheet
    out: list[Any] = []
    s = v.starts_at.astimezone(zone)
    e = v.ends_at.astimezone(zone) if v.ends_at else None
    when = s.strftime("%Y-%m-%d %H:%M") + (f"–{e.strftime('%H:%M')}" if e else "")
    out.append(_p(f"{_t('sheet', lang)}", st["h1"]))

    label_style = cell
    if not lang.startswith("zh"):  # English labels break between words, not letters
        from reportlab.lib.styles import ParagraphStyle

        label_style = ParagraphStyle("label_en", parent=cell, wordWrap=None)

    def label(key: str) -> Any:
        return _p(_t(key, lang), label_style)

    # the seed's header block
    header = [
        [
            label("project_no"),
            _p(sheet.project_no or "—", cell),
            label("date"),
            _p(when, cell),
            label("manager"),
            _p(sheet.account_manager or v.rep_name or "—", cell),
        ],
        [
            label("account"),
            _p(clip(v.account_name, 60), cell),
            label("account_no"),
            _p(sheet.account_no or "—", cell),
            label("kind"),
            _p(v.kind.label(lang), cell),
        ],
        [
            label("objective"),
            _p(clip(sheet.project_objective or sheet.opportunity_name or "—", LONG), cell),
            "",
            "",
            "",
            "",
        ],
        [label("breakthroughs"), "", "", label("next_steps"), "", ""],
        [
            _p(clip(sheet.breakthroughs, LONG) or "—", cell),
            "",
            "",
            _p(clip(sheet.next_steps, LONG) or "—", cell),
            "",
            "",
        ],
    ]
    cw = [w * f for f in (0.13, 0.2, 0.12, 0.22, 0.12, 0.21)]
    t = Table(header, colWidths=cw)
    style = table_style(header_rows=0)
    style.add("SPAN", (1, 2), (5, 2))
    style.add("SPAN", (0, 3), (2, 3))
    style.add("SPAN", (3, 3), (5, 3))
    style.add("SPAN", (0, 4), (2, 4))
    style.add("SPAN", (3, 4), (5, 4))
    style.add("VALIGN", (0, 4), (-1, 4), "TOP")
    for r, c in ((0, 0), (0, 2), (0, 4), (1, 0), (1, 2), (1, 4), (2, 0), (3, 0), (3, 3)):
        style.add("BACKGROUND", (c, r), (c, r), colors.HexColor("#e8eef5"))
    t.setStyle(style)
    out.append(t)
    out.append(Spacer(1, 4))

    # key influencers: original → change → current attitude
    infl_rows: list[list[Any]] = [
        [_p(_t(k, lang), cell) for k in ("role", "name", "title", "original", "change", "current")]
    ]
    if sheet.influencers:
        for i in sheet.influencers[:8]:
            infl_rows.append(
                [
                    # the seed's 关键影响角色: the buying role (the department only when none is set)
                    _p(clip(i.role.label(lang) if i.role else (i.department or ""), 24), cell),
                    _p(i.name, cell),
                    _p(clip(i.title, 24), cell),
                    i.original or "—",  # short codes: plain cells, no paragraph to wrap
                    i.trend,
                    i.current or "—",
                ]
            )
    else:
        for k in page.key_people[:8]:
            infl_rows.append(
                [
                    _p(k.role.label(lang) if k.role else "", cell),
                    _p(k.name, cell),
                    _p(clip(k.title, 24), cell),
                    _p("—", cell),
                    _p("→", cell),
                    _p(k.attitude or "—", cell),
                ]
            )
    t = Table(infl_rows, colWidths=[w * f for f in (0.2, 0.16, 0.28, 0.12, 0.1, 0.14)])
    t.setStyle(table_style())
    legend = _t("attitude_legend", lang) + ", ".join(f"{a.code}={a.label(lang)}" for a in Attitude)
    out += [_p(_t("influencers", lang), st["h2"]), t, _p(legend, st["muted"])]
    key_text = sheet.key_decision_maker_text(lang)
    if key_text:  # the largest influence weight, named under the seed's table
        out.append(_p(f"★ {key_text}", cell))

    # progress vs the competitor on −5…+5, and the manager's assessment
    scale = list(range(-5, 6))
    prog = [
        [_p(f"{_t('progress', lang)}（{sheet.competitor or _t('competitor', lang)}）", cell)]
        + [f"{n:+d}" if n else "0" for n in scale]
    ]
    pt = Table(prog, colWidths=[w * 0.34] + [w * 0.06] * 11)
    ps = table_style(header_rows=0)
    if sheet.progress is not None and -5 <= sheet.progress <= 5:
        col = scale.index(sheet.progress) + 1
        ps.add("BACKGROUND", (col, 0), (col, 0), colors.HexColor("#f5c26b"))
    pt.setStyle(ps)
    at = Table(
        [[label("assessment"), _p(clip(sheet.manager_assessment, LONG) or "—", cell)]],
        colWidths=[w * 0.2, w * 0.8],
    )
    at.setStyle(table_style(header_rows=0))
    out += [Spacer(1, 4), pt, at]

    # this visit's plan
    ours = "、".join(a.name for a in v.attendees if a.side is Side.US) or (v.rep_name or "—")
    theirs = (
        "、".join(
            a.name
            + (f"（{a.title}）" if a.title else "")
            + (
                f" {a.current_attitude or a.attitude_before}"
                if (a.current_attitude or a.attitude_before)
                else ""
            )
            for a in v.attendees
            if a.side is Side.THEM
        )
        or "—"
    )
    plan = [
        [label("time"), _p(when, cell), label("place"), _p(clip(v.place, SHORT) or "—", cell)],
        [
            label("purpose"),
            _p(v.objective_text(lang) or "—", cell),
            label("ours"),
            _p(clip(ours, SHORT), cell),
        ],
        [
            label("final"),
            _p(clip(v.final_objective, LONG) or "—", cell),
            label("theirs"),
            _p(clip(theirs, 160), cell),
        ],
        [
            label("stage"),
            _p(clip(v.stage_objective, LONG) or "—", cell),
            label("ask"),
            _p(clip(v.commitment_to_ask, 160) or "—", cell),
        ],
        [
            label("minimum"),
            _p(clip(v.minimum_outcome, 160) or "—", cell),
            label("resources"),
            _p(clip("  ".join(("■ " if r.ready else "□ ") + r.item for r in v.resources), 200) or "—", cell),
        ],
    ]
    for pos in range(0, len(TEXT_PROMPTS), 2):
        row: list[Any] = []
        for prompt in TEXT_PROMPTS[pos : pos + 2]:
            row += [_p(prompt.label(lang), cell), _p(clip(getattr(v, prompt.field), 160) or "—", cell)]
        while len(row) < 4:
            row += ["", ""]
        plan.append(row)
    t = Table(plan, colWidths=[w * f for f in (0.13, 0.37, 0.13, 0.37)])
    ts = table_style(header_rows=0)
    for r in range(len(plan)):
        ts.add("BACKGROUND", (0, r), (0, r), colors.HexColor("#e8eef5"))
        ts.add("BACKGROUND", (2, r), (2, r), colors.HexColor("#e8eef5"))
    t.setStyle(ts)
    out += [_p(_t("visit", lang), st["h2"]), t]
    out += _key_persons_table(v, lang, w)

    # FAB, SPIN, objections side by side with commitments and contacts
    left: list[Any] = []
    if v.fab_points:
        fab = [[_p(x, small) for x in ("F", "A", "B")]] + [
            [_p(clip(f.feature, 60), small), _p(clip(f.advantage, 60), small), _p(clip(f.benefit, 60), small)]
            for f in v.fab_points[:4]
        ]
        ft = Table(fab, colWidths=[w * 0.16] * 3)
        ft.setStyle(table_style())
        left += [_p(_t("fab", lang), cell), ft]
    spin_lines = [
        f"{c.label(lang)}：{clip('；'.join(v.spin_questions.get(c, [])), 110)}"
        for c in SpinCategory
        if v.spin_questions.get(c)
    ]
    if spin_lines:
        left += [Spacer(1, 2), _p(_t("spin", lang), cell), _p("\n".join(spin_lines), small)]
    if v.objections:
        left += [
            Spacer(1, 2),
            _p(_t("objections", lang), cell),
            _p(
                "\n".join(f"• {clip(o.objection, 60)} → {clip(o.answer, 80)}" for o in v.objections[:4]),
                small,
            ),
        ]
    if not left:
        left = [
            _p(
                f"{_t('fab', lang)} / {_t('spin', lang)} / {_t('objections', lang)}：{_t('none', lang)}",
                small,
            )
        ]

    right: list[Any] = [_p(_t("open_commitments", lang), cell)]
    if page.open_commitments:
        lines = [
            f"• [{_t(c.side.code, lang)}] {clip(c.text, 50)}"
            + (f"（{_t('due', lang)} {c.due_text()}）" if c.due_on else "")
            for c in page.open_commitments[:5]
        ]
        if len(page.open_commitments) > 5:
            lines.append(f"… +{len(page.open_commitments) - 5}")
        right.append(_p("\n".join(lines), small))
    else:
        right.append(_p(_t("none", lang), small))
    right += [Spacer(1, 3), _p(_t("last_contacts", lang), cell)]
    if page.last_contacts:
        right.append(
            _p(
                "\n".join(
                    f"• {c.at.astimezone(zone).strftime('%m-%d')} {c.way.label(lang)} {c.their_person or ''}：{clip(c.content, 60)}"
                    for c in page.last_contacts[:3]
                ),
                small,
            )
        )
    else:
        right.append(_p(_t("none", lang), small))
    grid = Table([[left, right]], colWidths=[w * 0.5, w * 0.5])
    grid.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), register_fonts()),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 6),
                ("LEFTPADDING", (1, 0), (1, 0), 6),
            ]
        )
    )
    out += [Spacer(1, 4), grid]
    return out

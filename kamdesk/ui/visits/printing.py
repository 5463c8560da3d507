"""Print preview of the visit pack: the same pages as the PDF (itinerary,
then one page per visit), drawn with QPainter through QTextDocument so
QPrintPreviewDialog can show and print them without a PDF renderer. Each
page is scaled down to fit when it is long: one page per visit, always."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from html import escape

from PySide6.QtCore import QMarginsF, QRectF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QWidget

from kamdesk.domain.stakeholders import Attitude
from kamdesk.domain.visit_plan import TEXT_PROMPTS, SpinCategory
from kamdesk.domain.visits import Side
from kamdesk.reports.visit_pack import LONG, VisitPage, _t, clip
from kamdesk.services.visits import local_tz

#: logical width the HTML is laid out at before it is scaled to the paper
LOGICAL_WIDTH = 760

_CSS = (
    "<style>body{font-size:10pt} table{border-collapse:collapse} td,th{border:1px solid #9aa5b1;"
    "padding:3px;vertical-align:top} th{background:#e8eef5;font-weight:normal;text-align:left}"
    " h2{font-size:15pt;margin:0} h3{font-size:12pt;margin:6px 0 2px 0} .muted{color:#6b7280;font-size:8pt}"
    " .notes td{height:26px;border:none;border-bottom:1px solid #b0b6bd}</style>"
)


def _e(text: str | None) -> str:
    return escape(text or "").replace("\n", "<br/>")


def itinerary_html(pages: Sequence[VisitPage], start: date, days: int, lang: str) -> str:
    zone = local_tz()
    end = start + timedelta(days=max(days, 1) - 1)
    span = start.isoformat() if end == start else f"{start.isoformat()} – {end.isoformat()}"
    head = "".join(
        f"<th>{_e(_t(k, lang))}</th>"
        for k in ("date", "time", "account", "place", "purpose", "key_people", "ask")
    )
    rows = []
    for page in pages:
        v = page.visit
        s = v.starts_at.astimezone(zone)
        e = v.ends_at.astimezone(zone) if v.ends_at else None
        people = "、".join(a.name for a in v.attendees if a.side is Side.THEM)
        purpose = " ".join(x for x in (v.objective_text(lang), v.final_objective or "") if x)
        rows.append(
            f"<tr><td>{s:%m-%d}</td><td>{s:%H:%M}{'–' + format(e, '%H:%M') if e else ''}</td>"
            f"<td>{_e(clip(v.account_name, 40))}</td><td>{_e(clip(v.place, 40))}</td><td>{_e(clip(purpose, 70))}</td>"
            f"<td>{_e(clip(people, 60))}</td><td>{_e(clip(v.commitment_to_ask, 60))}</td></tr>"
        )
    body = (
        f"<table width='100%'><tr>{head}</tr>{''.join(rows)}</table>"
        if rows
        else f"<p>{_e(_t('no_visits', lang))}</p>"
    )
    return (
        f"{_CSS}<h2>{_e(_t('itinerary', lang))}　{span}</h2>"
        f"<p class='muted'>{_e(_t('visits_n', lang).format(n=len(pages)))}</p>{body}"
    )


def visit_html(page: VisitPage, lang: str) -> str:
    zone = local_tz()
    v, sheet = page.visit, page.sheet
    s = v.starts_at.astimezone(zone)
    when = f"{s:%Y-%m-%d %H:%M}" + (f"–{v.ends_at.astimezone(zone):%H:%M}" if v.ends_at else "")

    def th(key: str) -> str:
        return f"<th>{_e(_t(key, lang))}</th>"

    out = [_CSS, f"<h2>{_e(_t('sheet', lang))}</h2>", "<table width='100%'>"]
    out.append(
        f"<tr>{th('project_no')}<td>{_e(sheet.project_no or '—')}</td>{th('date')}<td>{when}</td>"
        f"{th('manager')}<td>{_e(sheet.account_manager or v.rep_name or '—')}</td></tr>"
        f"<tr>{th('account')}<td>{_e(v.account_name)}</td>{th('account_no')}<td>{_e(sheet.account_no or '—')}</td>"
        f"{th('kind')}<td>{_e(v.kind.label(lang))}</td></tr>"
        f"<tr>{th('objective')}<td colspan='5'>{_e(clip(sheet.project_objective or sheet.opportunity_name, LONG) or '—')}</td></tr>"
        f"<tr><th colspan='3'>{_e(_t('breakthroughs', lang))}</th><th colspan='3'>{_e(_t('next_steps', lang))}</th></tr>"
        f"<tr><td colspan='3'>{_e(clip(sheet.breakthroughs, LONG) or '—')}</td>"
        f"<td colspan='3'>{_e(clip(sheet.next_steps, LONG) or '—')}</td></tr></table>"
    )
    out.append(f"<h3>{_e(_t('influencers', lang))}</h3><table width='100%'><tr>")
    out.append("".join(th(k) for k in ("role", "name", "title", "original", "change", "current")) + "</tr>")
    if sheet.influencers:
        for i in sheet.influencers[:8]:
            out.append(
                f"<tr><td>{_e(i.role.label(lang) if i.role else (i.department or ''))}</td><td>{_e(i.name)}</td>"
                f"<td>{_e(i.title)}</td><td>{_e(i.original or '—')}</td><td>{i.trend}</td><td>{_e(i.current or '—')}</td></tr>"
            )
    else:
        for k in page.key_people[:8]:
            out.append(
                f"<tr><td>{_e(k.role.label(lang) if k.role else '')}</td><td>{_e(k.name)}</td><td>{_e(k.title)}</td>"
                f"<td>—</td><td>→</td><td>{_e(k.attitude or '—')}</td></tr>"
            )
    legend = _t("attitude_legend", lang) + ", ".join(f"{a.code}={a.label(lang)}" for a in Attitude)
    out.append(f"</table><p class='muted'>{_e(legend)}</p>")
    scale = "".join(
        f"<td style='background:#f5c26b'>{n:+d}</td>" if sheet.progress == n else f"<td>{n:+d}</td>"
        for n in range(-5, 6)
    )
    out.append(
        f"<table width='100%'><tr><th>{_e(_t('progress', lang))}（{_e(sheet.competitor or _t('competitor', lang))}）</th>"
        f"{scale}</tr></table><table width='100%'><tr>{th('assessment')}"
        f"<td>{_e(clip(sheet.manager_assessment, LONG) or '—')}</td></tr></table>"
    )
    ours = "、".join(a.name for a in v.attendees if a.side is Side.US) or (v.rep_name or "—")
    theirs = (
        "、".join(
            a.name
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
    resources = "  ".join(("■ " if r.ready else "□ ") + r.item for r in v.resources) or "—"
    out.append(f"<h3>{_e(_t('visit', lang))}</h3><table width='100%'>")
    out.append(
        f"<tr>{th('place')}<td>{_e(clip(v.place, 90) or '—')}</td>{th('purpose')}"
        f"<td>{_e(v.objective_text(lang) or '—')}</td></tr>"
        f"<tr>{th('final')}<td>{_e(clip(v.final_objective, LONG) or '—')}</td>{th('theirs')}<td>{_e(clip(theirs, 160))}</td></tr>"
        f"<tr>{th('stage')}<td>{_e(clip(v.stage_objective, LONG) or '—')}</td>{th('ours')}<td>{_e(clip(ours, 90))}</td></tr>"
        f"<tr>{th('ask')}<td>{_e(clip(v.commitment_to_ask, 160) or '—')}</td>{th('minimum')}"
        f"<td>{_e(clip(v.minimum_outcome, 160) or '—')}</td></tr>"
        f"<tr>{th('resources')}<td colspan='3'>{_e(clip(resources, 200))}</td></tr>"
    )
    for pos in range(0, len(TEXT_PROMPTS), 2):
        cells = "".join(
            f"<th>{_e(p.label(lang))}</th><td>{_e(clip(getattr(v, p.field), 160) or '—')}</td>"
            for p in TEXT_PROMPTS[pos : pos + 2]
        )
        out.append(f"<tr>{cells}</tr>")
    out.append("</table>")
    if v.key_persons:  # 本次拜访的关键人; personality only when private data was asked for
        private = any(person.personality for person in v.key_persons)
        keys = ["name", "title", "phone", "buying_role"] + (["personality", "advice"] if private else [])
        out.append(f"<h3>{_e(_t('visit_people', lang))}</h3><table width='100%'><tr>")
        out.append("".join(th(k) for k in keys) + "</tr>")
        for person in v.key_persons[:8]:
            row = [
                person.name,
                person.title or "",
                person.phone or "—",
                person.role.label(lang) if person.role else "—",
            ]
            if private:
                row += [
                    person.personality.label(lang) if person.personality else "—",
                    clip(person.advice(lang), 80) or "—",
                ]
            out.append("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>")
        out.append("</table>")
    left = []
    if v.fab_points:
        left.append(
            f"<b>{_e(_t('fab', lang))}</b><br/>"
            + "<br/>".join(
                _e(f"{clip(f.feature, 50)} → {clip(f.advantage, 50)} → {clip(f.benefit, 50)}")
                for f in v.fab_points[:4]
            )
        )
    spin = [
        f"{c.label(lang)}：{clip('；'.join(v.spin_questions.get(c, [])), 110)}"
        for c in SpinCategory
        if v.spin_questions.get(c)
    ]
    if spin:
        left.append(f"<b>{_e(_t('spin', lang))}</b><br/>" + "<br/>".join(_e(x) for x in spin))
    if v.objections:
        left.append(
            f"<b>{_e(_t('objections', lang))}</b><br/>"
            + "<br/>".join(_e(f"• {clip(o.objection, 60)} → {clip(o.answer, 80)}") for o in v.objections[:4])
        )
    commitments = "<br/>".join(
        _e(f"• [{_t(c.side.code, lang)}] {clip(c.text, 50)}" + (f"（{c.due_text()}）" if c.due_on else ""))
        for c in page.open_commitments[:5]
    ) or _e(_t("none", lang))
    contacts = "<br/>".join(
        _e(
            f"• {c.at.astimezone(zone):%m-%d} {c.way.label(lang)} {c.their_person or ''}：{clip(c.content, 60)}"
        )
        for c in page.last_contacts[:3]
    ) or _e(_t("none", lang))
    out.append(
        "<table width='100%' style='border:none'><tr>"
        f"<td width='50%' style='border:none'>{'<br/>'.join(left) or _e(_t('none', lang))}</td>"
        f"<td width='50%' style='border:none'><b>{_e(_t('open_commitments', lang))}</b><br/>{commitments}<br/>"
        f"<b>{_e(_t('last_contacts', lang))}</b><br/>{contacts}</td></tr></table>"
    )
    out.append(f"<h3>{_e(_t('notes', lang))}</h3><table class='notes' width='100%'>")
    out.append("<tr><td>&nbsp;</td></tr>" * 6 + "</table>")
    return "".join(out)


def pack_html(pages: Sequence[VisitPage], start: date, days: int, lang: str) -> list[str]:
    """One HTML document per printed page: the itinerary, then each visit."""
    return [itinerary_html(pages, start, days, lang), *(visit_html(p, lang) for p in pages)]


def paint_pages(printer: QPrinter, documents: Sequence[str]) -> int:
    """Draw each document on its own page, scaled down to fit; returns pages."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        font = QApplication.font()
        for i, html in enumerate(documents):
            if i:
                printer.newPage()
            doc = QTextDocument()
            doc.setDefaultFont(font)
            doc.setHtml(html)
            doc.setTextWidth(LOGICAL_WIDTH)
            height = max(doc.size().height(), 1.0)
            scale = min(area.width() / LOGICAL_WIDTH, area.height() / height)
            painter.save()
            painter.scale(scale, scale)
            doc.drawContents(painter, QRectF(0, 0, LOGICAL_WIDTH, height))
            painter.restore()
        return len(documents)
    finally:
        painter.end()


def make_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(12, 12, 12, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    return printer


def preview_dialog(parent: QWidget | None, documents: Sequence[str]) -> QPrintPreviewDialog:
    """A print-preview dialog over ``documents`` (shown by the caller)."""
    printer = make_printer()
    dialog = QPrintPreviewDialog(printer, parent)
    # the dialog does not own the printer: without this reference Python frees
    # it when this function returns and showing the dialog crashes the app
    dialog.printer_ref = printer  # type: ignore[attr-defined]
    dialog.paintRequested.connect(lambda p: paint_pages(p, documents))
    dialog.resize(900, 1000)
    return dialog

"""One visit's page of the pack: the seed's visit-plan and progress sheet
(拜访计划与销售进度管理) — header, key influencers, progress against the
competitor, the plan itself, the key people, then FAB/SPIN/objections beside
the open commitments and last contacts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import tzinfo
from typing import Any

from kamdesk.domain.stakeholders import Attitude
from kamdesk.domain.visit_plan import TEXT_PROMPTS, SpinCategory
from kamdesk.domain.visits import Side
from kamdesk.reports.fonts import register_fonts
from kamdesk.reports.styles import styles, table_style
from kamdesk.reports.visit_labels import LONG, SHORT, clip, paragraph, t
from kamdesk.services.visits import CommitmentView, ContactLogView, KeyPerson, VisitDetail
from kamdesk.services.visits.sheet import PlanSheet

_LABEL_BG = "#e8eef5"


@dataclass(frozen=True)
class VisitPage:
    visit: VisitDetail
    sheet: PlanSheet
    key_people: tuple[KeyPerson, ...]
    open_commitments: tuple[CommitmentView, ...]
    last_contacts: tuple[ContactLogView, ...]


Label = Callable[[str], Any]


def visit_sheet(page: VisitPage, lang: str, zone: tzinfo, w: float) -> list[Any]:
    from reportlab.platypus import Spacer

    v = page.visit
    s = v.starts_at.astimezone(zone)
    e = v.ends_at.astimezone(zone) if v.ends_at else None
    when = s.strftime("%Y-%m-%d %H:%M") + (f"–{e.strftime('%H:%M')}" if e else "")
    label = _labeller(lang)
    out: list[Any] = [paragraph(t("sheet", lang), styles()["h1"])]
    out += [_header(page, lang, when, label, w), Spacer(1, 4)]
    out += _influencers(page, lang, w)
    out += _progress(page.sheet, lang, label, w)
    out += _plan(v, lang, when, label, w)
    out += _key_persons_table(v, lang, w)
    out += [Spacer(1, 4), _preparation_and_history(page, lang, zone, w)]
    return out


def _labeller(lang: str) -> Label:
    label_style = styles()["cell"]
    if not lang.startswith("zh"):  # English labels break between words, not letters
        from reportlab.lib.styles import ParagraphStyle

        label_style = ParagraphStyle("label_en", parent=label_style, wordWrap=None)

    def label(key: str) -> Any:
        return paragraph(t(key, lang), label_style)

    return label


def _header(page: VisitPage, lang: str, when: str, label: Label, w: float) -> Any:
    """The seed's header block."""
    from reportlab.lib import colors
    from reportlab.platypus import Table

    cell = styles()["cell"]
    v, sheet = page.visit, page.sheet
    header = [
        [
            label("project_no"),
            paragraph(sheet.project_no or "—", cell),
            label("date"),
            paragraph(when, cell),
            label("manager"),
            paragraph(sheet.account_manager or v.rep_name or "—", cell),
        ],
        [
            label("account"),
            paragraph(clip(v.account_name, 60), cell),
            label("account_no"),
            paragraph(sheet.account_no or "—", cell),
            label("kind"),
            paragraph(v.kind.label(lang), cell),
        ],
        [
            label("objective"),
            paragraph(clip(sheet.project_objective or sheet.opportunity_name or "—", LONG), cell),
            "",
            "",
            "",
            "",
        ],
        [label("breakthroughs"), "", "", label("next_steps"), "", ""],
        [
            paragraph(clip(sheet.breakthroughs, LONG) or "—", cell),
            "",
            "",
            paragraph(clip(sheet.next_steps, LONG) or "—", cell),
            "",
            "",
        ],
    ]
    table = Table(header, colWidths=[w * f for f in (0.13, 0.2, 0.12, 0.22, 0.12, 0.21)])
    style = table_style(header_rows=0)
    style.add("SPAN", (1, 2), (5, 2))
    style.add("SPAN", (0, 3), (2, 3))
    style.add("SPAN", (3, 3), (5, 3))
    style.add("SPAN", (0, 4), (2, 4))
    style.add("SPAN", (3, 4), (5, 4))
    style.add("VALIGN", (0, 4), (-1, 4), "TOP")
    for r, c in ((0, 0), (0, 2), (0, 4), (1, 0), (1, 2), (1, 4), (2, 0), (3, 0), (3, 3)):
        style.add("BACKGROUND", (c, r), (c, r), colors.HexColor(_LABEL_BG))
    table.setStyle(style)
    return table


def _influencers(page: VisitPage, lang: str, w: float) -> list[Any]:
    """Key influencers: original → change → current attitude."""
    from reportlab.platypus import Table

    st = styles()
    cell = st["cell"]
    sheet = page.sheet
    rows: list[list[Any]] = [
        [paragraph(t(k, lang), cell) for k in ("role", "name", "title", "original", "change", "current")]
    ]
    if sheet.influencers:
        for i in sheet.influencers[:8]:
            rows.append(
                [
                    # the seed's 关键影响角色: the buying role (the department only when none is set)
                    paragraph(clip(i.role.label(lang) if i.role else (i.department or ""), 24), cell),
                    paragraph(i.name, cell),
                    paragraph(clip(i.title, 24), cell),
                    i.original or "—",  # short codes: plain cells, no paragraph to wrap
                    i.trend,
                    i.current or "—",
                ]
            )
    else:
        for k in page.key_people[:8]:
            rows.append(
                [
                    paragraph(k.role.label(lang) if k.role else "", cell),
                    paragraph(k.name, cell),
                    paragraph(clip(k.title, 24), cell),
                    paragraph("—", cell),
                    paragraph("→", cell),
                    paragraph(k.attitude or "—", cell),
                ]
            )
    table = Table(rows, colWidths=[w * f for f in (0.2, 0.16, 0.28, 0.12, 0.1, 0.14)])
    table.setStyle(table_style())
    legend = t("attitude_legend", lang) + ", ".join(f"{a.code}={a.label(lang)}" for a in Attitude)
    out = [paragraph(t("influencers", lang), st["h2"]), table, paragraph(legend, st["muted"])]
    key_text = sheet.key_decision_maker_text(lang)
    if key_text:  # the largest influence weight, named under the seed's table
        out.append(paragraph(f"★ {key_text}", cell))
    return out


def _progress(sheet: PlanSheet, lang: str, label: Label, w: float) -> list[Any]:
    """Progress vs the competitor on −5…+5, and the manager's assessment."""
    from reportlab.lib import colors
    from reportlab.platypus import Spacer, Table

    cell = styles()["cell"]
    scale = list(range(-5, 6))
    prog = [
        [paragraph(f"{t('progress', lang)}（{sheet.competitor or t('competitor', lang)}）", cell)]
        + [f"{n:+d}" if n else "0" for n in scale]
    ]
    pt = Table(prog, colWidths=[w * 0.34] + [w * 0.06] * 11)
    ps = table_style(header_rows=0)
    if sheet.progress is not None and -5 <= sheet.progress <= 5:
        col = scale.index(sheet.progress) + 1
        ps.add("BACKGROUND", (col, 0), (col, 0), colors.HexColor("#f5c26b"))
    pt.setStyle(ps)
    at = Table(
        [[label("assessment"), paragraph(clip(sheet.manager_assessment, LONG) or "—", cell)]],
        colWidths=[w * 0.2, w * 0.8],
    )
    at.setStyle(table_style(header_rows=0))
    return [Spacer(1, 4), pt, at]


def _people(v: VisitDetail) -> tuple[str, str]:
    """Our and their people at the visit, theirs with title and attitude."""
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
    return ours, theirs


def _plan(v: VisitDetail, lang: str, when: str, label: Label, w: float) -> list[Any]:
    """This visit's plan."""
    from reportlab.lib import colors
    from reportlab.platypus import Table

    st = styles()
    cell = st["cell"]
    ours, theirs = _people(v)
    resources = "  ".join(("■ " if r.ready else "□ ") + r.item for r in v.resources)
    plan = [
        [label("time"), paragraph(when, cell), label("place"), paragraph(clip(v.place, SHORT) or "—", cell)],
        [
            label("purpose"),
            paragraph(v.objective_text(lang) or "—", cell),
            label("ours"),
            paragraph(clip(ours, SHORT), cell),
        ],
        [
            label("final"),
            paragraph(clip(v.final_objective, LONG) or "—", cell),
            label("theirs"),
            paragraph(clip(theirs, 160), cell),
        ],
        [
            label("stage"),
            paragraph(clip(v.stage_objective, LONG) or "—", cell),
            label("ask"),
            paragraph(clip(v.commitment_to_ask, 160) or "—", cell),
        ],
        [
            label("minimum"),
            paragraph(clip(v.minimum_outcome, 160) or "—", cell),
            label("resources"),
            paragraph(clip(resources, 200) or "—", cell),
        ],
    ]
    for pos in range(0, len(TEXT_PROMPTS), 2):
        row: list[Any] = []
        for prompt in TEXT_PROMPTS[pos : pos + 2]:
            row += [
                paragraph(prompt.label(lang), cell),
                paragraph(clip(getattr(v, prompt.field), 160) or "—", cell),
            ]
        while len(row) < 4:
            row += ["", ""]
        plan.append(row)
    table = Table(plan, colWidths=[w * f for f in (0.13, 0.37, 0.13, 0.37)])
    ts = table_style(header_rows=0)
    for r in range(len(plan)):
        ts.add("BACKGROUND", (0, r), (0, r), colors.HexColor(_LABEL_BG))
        ts.add("BACKGROUND", (2, r), (2, r), colors.HexColor(_LABEL_BG))
    table.setStyle(ts)
    return [paragraph(t("visit", lang), st["h2"]), table]


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
    rows: list[list[Any]] = [[paragraph(t(k, lang), cell) for k in keys]]
    for p in v.key_persons[:8]:
        row = [
            paragraph(p.name, cell),
            paragraph(clip(p.title, 24), cell),
            paragraph(p.phone or "—", cell),
            paragraph(p.role.label(lang) if p.role else "—", cell),
        ]
        if private:
            row += [
                paragraph(p.personality.label(lang) if p.personality else "—", cell),
                paragraph(clip(p.advice(lang), 80) or "—", small),
            ]
        rows.append(row)
    shares = (0.14, 0.2, 0.16, 0.14, 0.1, 0.26) if private else (0.2, 0.32, 0.24, 0.24)
    table = Table(rows, colWidths=[w * f for f in shares], repeatRows=1)
    table.setStyle(table_style())
    return [paragraph(t("visit_people", lang), st["h2"]), table]


def _preparation_and_history(page: VisitPage, lang: str, zone: tzinfo, w: float) -> Any:
    """FAB, SPIN and objections side by side with commitments and contacts."""
    from reportlab.platypus import Table, TableStyle

    grid = Table(
        [[_preparation(page.visit, lang, w), _history(page, lang, zone)]], colWidths=[w * 0.5, w * 0.5]
    )
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
    return grid


def _preparation(v: VisitDetail, lang: str, w: float) -> list[Any]:
    from reportlab.platypus import Spacer, Table

    st = styles()
    cell, small = st["cell"], st["small"]
    left: list[Any] = []
    if v.fab_points:
        fab = [[paragraph(x, small) for x in ("F", "A", "B")]] + [
            [
                paragraph(clip(f.feature, 60), small),
                paragraph(clip(f.advantage, 60), small),
                paragraph(clip(f.benefit, 60), small),
            ]
            for f in v.fab_points[:4]
        ]
        ft = Table(fab, colWidths=[w * 0.16] * 3)
        ft.setStyle(table_style())
        left += [paragraph(t("fab", lang), cell), ft]
    spin_lines = [
        f"{c.label(lang)}：{clip('；'.join(v.spin_questions.get(c, [])), 110)}"
        for c in SpinCategory
        if v.spin_questions.get(c)
    ]
    if spin_lines:
        left += [Spacer(1, 2), paragraph(t("spin", lang), cell), paragraph("\n".join(spin_lines), small)]
    if v.objections:
        objections = "\n".join(f"• {clip(o.objection, 60)} → {clip(o.answer, 80)}" for o in v.objections[:4])
        left += [Spacer(1, 2), paragraph(t("objections", lang), cell), paragraph(objections, small)]
    if not left:
        none = f"{t('fab', lang)} / {t('spin', lang)} / {t('objections', lang)}：{t('none', lang)}"
        left = [paragraph(none, small)]
    return left


def _history(page: VisitPage, lang: str, zone: tzinfo) -> list[Any]:
    from reportlab.platypus import Spacer

    st = styles()
    cell, small = st["cell"], st["small"]
    right: list[Any] = [paragraph(t("open_commitments", lang), cell)]
    if page.open_commitments:
        lines = [
            f"• [{t(c.side.code, lang)}] {clip(c.text, 50)}"
            + (f"（{t('due', lang)} {c.due_text()}）" if c.due_on else "")
            for c in page.open_commitments[:5]
        ]
        if len(page.open_commitments) > 5:
            lines.append(f"… +{len(page.open_commitments) - 5}")
        right.append(paragraph("\n".join(lines), small))
    else:
        right.append(paragraph(t("none", lang), small))
    right += [Spacer(1, 3), paragraph(t("last_contacts", lang), cell)]
    if page.last_contacts:
        contacts = "\n".join(
            f"• {c.at.astimezone(zone).strftime('%m-%d')} {c.way.label(lang)} {c.their_person or ''}：{clip(c.content, 60)}"
            for c in page.last_contacts[:3]
        )
        right.append(paragraph(contacts, small))
    else:
        right.append(paragraph(t("none", lang), small))
    return right

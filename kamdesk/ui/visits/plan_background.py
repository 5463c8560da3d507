"""The visit plan's Background tab: the account's key people, open
commitments, insights and last contact, read before the visit."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from kamdesk.services import visits as svc


class BackgroundView(QTextBrowser):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("planBackground")

    def show_context(self, ctx: svc.PlanContext) -> None:
        self.setHtml(self.background_html(ctx))

    def background_html(self, ctx: svc.PlanContext) -> str:
        parts = [f"<h3>{escape(ctx.account_name)}</h3>"]
        parts += self._key_people(ctx)
        parts += self._commitments(ctx)
        if ctx.insights:
            parts.append(
                f"<h4>{escape(self.tr('Insights'))}</h4><ul>"
                + "".join(f"<li>{escape(i)}</li>" for i in ctx.insights)
                + "</ul>"
            )
        parts += self._last_contact(ctx)
        return "".join(parts)

    def _key_people(self, ctx: svc.PlanContext) -> list[str]:
        parts = [f"<h4>{escape(self.tr('Key people'))}</h4>"]
        if ctx.key_people:
            rows = "".join(
                f"<tr><td>{escape(p.name)}</td><td>{escape(p.title or '')}</td>"
                f"<td>{escape(p.role.label(self.lang) if p.role else '')}</td><td><b>{escape(p.attitude or '—')}</b></td></tr>"
                for p in ctx.key_people
            )
            parts.append(f"<table cellpadding='3'>{rows}</table>")
        else:
            parts.append(f"<p>{escape(self.tr('No one on the map yet.'))}</p>")
        return parts

    def _commitments(self, ctx: svc.PlanContext) -> list[str]:
        parts = [f"<h4>{escape(self.tr('Open commitments'))}</h4>"]
        if ctx.open_commitments:
            parts.append(
                "<ul>"
                + "".join(
                    f"<li>[{escape(c.side.label(self.lang))}] {escape(c.text)}"
                    + (f" — {c.due_text()}" if c.due_on else "")
                    + "</li>"
                    for c in ctx.open_commitments
                )
                + "</ul>"
            )
        else:
            parts.append(f"<p>{escape(self.tr('None.'))}</p>")
        return parts

    def _last_contact(self, ctx: svc.PlanContext) -> list[str]:
        parts = [f"<h4>{escape(self.tr('Last contact'))}</h4>"]
        if ctx.last_contact is not None:
            c = ctx.last_contact
            parts.append(
                f"<p>{c.at.astimezone(svc.local_tz()):%Y-%m-%d} {escape(c.way.label(self.lang))} "
                f"{escape(c.their_person or '')}：{escape(c.content or '')}<br/>"
                f"{escape(self.tr('Next step'))}：{escape(c.next_step or '—')}</p>"
            )
        else:
            parts.append(f"<p>{escape(self.tr('None.'))}</p>")
        return parts

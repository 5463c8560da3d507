"""The main window's navigation: one entry per area, built on first show so
start-up imports only the first page.

A page class takes ``(ctx: AppContext, parent=None)``; it may define
``on_changed(changes)`` (refresh after a service call) and
``show_record(uuid)`` (open one record when another page navigates to it).
"""

from __future__ import annotations

from dataclasses import dataclass


def _noop(context: str, text: str) -> str:
    """Marks ``text`` for lupdate (context "Pages"); translated when shown."""
    return text


QT_TRANSLATE_NOOP = _noop


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # English source text, translated in context "Pages"
    module: str
    cls: str
    icon: str  # file name under resources/icons/


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "accounts",
        QT_TRANSLATE_NOOP("Pages", "Accounts"),
        "kamdesk.ui.accounts.page",
        "AccountsPage",
        "accounts.svg",
    ),
    PageSpec(
        "maps",
        QT_TRANSLATE_NOOP("Pages", "Stakeholder maps"),
        "kamdesk.ui.stakeholders.page",
        "MapsPage",
        "maps.svg",
    ),
    PageSpec(
        "opportunities",
        QT_TRANSLATE_NOOP("Pages", "Opportunities"),
        "kamdesk.ui.opportunities.page",
        "OpportunitiesPage",
        "opportunities.svg",
    ),
    PageSpec(
        "visits", QT_TRANSLATE_NOOP("Pages", "Visits"), "kamdesk.ui.visits.page", "VisitsPage", "visits.svg"
    ),
    PageSpec(
        "reports",
        QT_TRANSLATE_NOOP("Pages", "Reports"),
        "kamdesk.ui.reports.page",
        "ReportsPage",
        "reports.svg",
    ),
)

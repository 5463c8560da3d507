"""Which account fields the form shows, grouped as the seeds group them.

Field names are the account service's (``AccountInput``/``AccountDetail``).
Labels are English source texts translated in context ``AccountSections``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kamdesk.domain.grading import (
    AccountSource,
    Cadence,
    CompanyNature,
    CounterpartyKind,
    DealStatus,
    Grade,
    NeedStatus,
    ProspectDisposition,
    RelationshipStage,
    RelationshipType,
    RevisitInterval,
    Tier,
    Urgency,
)
from kamdesk.ui.accounts.form.fields import BOOL, CHOICE, CODE, DATE, DECIMAL, INT, LINE, TEXT, FieldSpec


def _t(text: str) -> str:
    return QCoreApplication.translate("AccountSections", text)


def profile_specs(reps: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, list[FieldSpec]]]:
    """(group title, fields) for the profile tab; ``reps`` = (uuid, name) choices."""
    return [
        (
            _t("Company"),
            [
                FieldSpec("name", _t("Name"), LINE, placeholder=_t("Full registered name")),
                FieldSpec("short_name", _t("Short name"), LINE),
                FieldSpec("number", _t("Account no."), LINE),
                FieldSpec("counterparty_kind", _t("Counterparty"), CODE, CounterpartyKind),
                FieldSpec("nature", _t("Nature"), CODE, CompanyNature),
                FieldSpec("industry", _t("Industry"), LINE),
                FieldSpec("source", _t("Source"), CODE, AccountSource),
                FieldSpec("owner_uuid", _t("Owner (rep)"), CHOICE, choices=reps),
            ],
        ),
        (
            _t("Address and contact"),
            [
                FieldSpec("province", _t("Province"), LINE),
                FieldSpec("city", _t("City"), LINE),
                FieldSpec("address", _t("Address"), LINE),
                FieldSpec("postcode", _t("Postcode"), LINE),
                FieldSpec("phone", _t("Phone"), LINE, placeholder="010-12345678"),
                FieldSpec("fax", _t("Fax"), LINE),
                FieldSpec("email", _t("E-mail"), LINE, placeholder="name@example.com"),
                FieldSpec("website", _t("Website"), LINE),
            ],
        ),
        (
            _t("Size and standing"),
            [
                FieldSpec("founded_on", _t("Founded"), DATE),
                FieldSpec("registered_capital", _t("Registered capital (10k yuan)"), DECIMAL),
                FieldSpec("employee_count", _t("Employees"), INT),
                FieldSpec("annual_revenue", _t("Annual revenue (10k yuan)"), DECIMAL),
                FieldSpec("listed", _t("Listed"), BOOL, extra={"text": _t("Listed company")}),
            ],
        ),
        (
            _t("Background"),
            [
                FieldSpec("shareholders", _t("Shareholders"), TEXT),
                FieldSpec("org_structure", _t("Organisation"), TEXT),
                FieldSpec("decision_background", _t("Decision background"), TEXT),
                FieldSpec("main_project", _t("Main current project"), TEXT),
                FieldSpec("long_term_partners", _t("Long-term partners"), TEXT),
                FieldSpec("notes", _t("Notes"), TEXT, extra={"height": 90}),
            ],
        ),
    ]


def classification_specs() -> list[tuple[str, list[FieldSpec]]]:
    return [
        (
            _t("Value and chance"),
            [
                FieldSpec("tier", _t("Tier"), CODE, Tier),
                FieldSpec("expected_close", _t("Expected close"), DATE),
                FieldSpec("grade", _t("Grade"), CODE, Grade, extra={"show_code": True}),
                FieldSpec("deal_status", _t("Deal status"), CODE, DealStatus),
                FieldSpec("need_status", _t("Need status"), CODE, NeedStatus),
                FieldSpec("urgency", _t("Urgency"), CODE, Urgency),
            ],
        ),
        (
            _t("Follow-up"),
            [
                FieldSpec("cadence", _t("Cadence"), CODE, Cadence),
                FieldSpec("revisit_interval", _t("Revisit interval"), CODE, RevisitInterval),
                FieldSpec("prospect_disposition", _t("Prospect disposition"), CODE, ProspectDisposition),
                FieldSpec("purchase_cycle_days", _t("Purchase cycle (days)"), INT),
            ],
        ),
        (
            _t("Relationship"),
            [
                FieldSpec("relationship_type", _t("Relationship type"), CODE, RelationshipType),
                FieldSpec("relationship_stage", _t("Relationship stage"), CODE, RelationshipStage),
                FieldSpec("share_of_wallet_pct", _t("Share of wallet (%)"), DECIMAL),
            ],
        ),
    ]

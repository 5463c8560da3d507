"""Which account fields the form shows, grouped as the seeds group them.

Field names are the account service's (``AccountInput``/``AccountDetail``).
Labels are English source texts translated in context ``AccountSections``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kamdesk.domain.account_profile import AccountSource, CompanyNature
from kamdesk.domain.grading import (
    Cadence,
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
from kamdesk.ui.accounts.form.field_editors import (
    BOOL,
    CHOICE,
    CODE,
    DATE,
    DECIMAL,
    INT,
    LINE,
    TEXT,
    FieldSpec,
)


def profile_specs(reps: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, list[FieldSpec]]]:
    """(group title, fields) for the profile tab; ``reps`` = (uuid, name) choices."""
    return [
        (QCoreApplication.translate("AccountSections", "Company"), _company_fields(reps)),
        (QCoreApplication.translate("AccountSections", "Address and contact"), _address_fields()),
        (QCoreApplication.translate("AccountSections", "Size and standing"), _size_fields()),
        (QCoreApplication.translate("AccountSections", "Background"), _background_fields()),
    ]


def _company_fields(reps: tuple[tuple[str, str], ...]) -> list[FieldSpec]:
    """Who the company is and who looks after it."""
    return [
        FieldSpec(
            "name",
            QCoreApplication.translate("AccountSections", "Name"),
            LINE,
            placeholder=QCoreApplication.translate("AccountSections", "Full registered name"),
        ),
        FieldSpec("short_name", QCoreApplication.translate("AccountSections", "Short name"), LINE),
        FieldSpec("number", QCoreApplication.translate("AccountSections", "Account no."), LINE),
        FieldSpec(
            "counterparty_kind",
            QCoreApplication.translate("AccountSections", "Counterparty"),
            CODE,
            CounterpartyKind,
        ),
        FieldSpec("nature", QCoreApplication.translate("AccountSections", "Nature"), CODE, CompanyNature),
        FieldSpec("industry", QCoreApplication.translate("AccountSections", "Industry"), LINE),
        FieldSpec("source", QCoreApplication.translate("AccountSections", "Source"), CODE, AccountSource),
        FieldSpec(
            "owner_uuid",
            QCoreApplication.translate("AccountSections", "Owner (rep)"),
            CHOICE,
            choices=reps,
        ),
    ]


def _address_fields() -> list[FieldSpec]:
    """Where it is and how to reach it."""
    return [
        FieldSpec("province", QCoreApplication.translate("AccountSections", "Province"), LINE),
        FieldSpec("city", QCoreApplication.translate("AccountSections", "City"), LINE),
        FieldSpec("address", QCoreApplication.translate("AccountSections", "Address"), LINE),
        FieldSpec("postcode", QCoreApplication.translate("AccountSections", "Postcode"), LINE),
        FieldSpec(
            "phone",
            QCoreApplication.translate("AccountSections", "Phone"),
            LINE,
            placeholder="010-12345678",
        ),
        FieldSpec("fax", QCoreApplication.translate("AccountSections", "Fax"), LINE),
        FieldSpec(
            "email",
            QCoreApplication.translate("AccountSections", "E-mail"),
            LINE,
            placeholder="name@example.com",
        ),
        FieldSpec("website", QCoreApplication.translate("AccountSections", "Website"), LINE),
    ]


def _size_fields() -> list[FieldSpec]:
    """Its size and standing."""
    return [
        FieldSpec("founded_on", QCoreApplication.translate("AccountSections", "Founded"), DATE),
        FieldSpec(
            "registered_capital",
            QCoreApplication.translate("AccountSections", "Registered capital (10k yuan)"),
            DECIMAL,
        ),
        FieldSpec("employee_count", QCoreApplication.translate("AccountSections", "Employees"), INT),
        FieldSpec(
            "annual_revenue",
            QCoreApplication.translate("AccountSections", "Annual revenue (10k yuan)"),
            DECIMAL,
        ),
        FieldSpec(
            "listed",
            QCoreApplication.translate("AccountSections", "Listed"),
            BOOL,
            extra={"text": QCoreApplication.translate("AccountSections", "Listed company")},
        ),
    ]


def _background_fields() -> list[FieldSpec]:
    """Its people, projects and partners."""
    return [
        FieldSpec("shareholders", QCoreApplication.translate("AccountSections", "Shareholders"), TEXT),
        FieldSpec("org_structure", QCoreApplication.translate("AccountSections", "Organisation"), TEXT),
        FieldSpec(
            "decision_background",
            QCoreApplication.translate("AccountSections", "Decision background"),
            TEXT,
        ),
        FieldSpec(
            "main_project",
            QCoreApplication.translate("AccountSections", "Main current project"),
            TEXT,
        ),
        FieldSpec(
            "long_term_partners",
            QCoreApplication.translate("AccountSections", "Long-term partners"),
            TEXT,
        ),
        FieldSpec(
            "notes",
            QCoreApplication.translate("AccountSections", "Notes"),
            TEXT,
            extra={"height": 90},
        ),
    ]


def man_specs() -> list[FieldSpec]:
    """MAN on a prospect account (seed 002's MAN原则: M（有）/m（无）, A（有）/a（无）,
    N（大）/n（无））."""
    tr = QCoreApplication.translate
    return [
        FieldSpec(
            "man_money",
            tr("AccountFile", "M Money"),
            CHOICE,
            choices=((True, tr("AccountFile", "M (yes)")), (False, tr("AccountFile", "m (no)"))),
        ),
        FieldSpec(
            "man_authority",
            tr("AccountFile", "A Authority"),
            CHOICE,
            choices=((True, tr("AccountFile", "A (yes)")), (False, tr("AccountFile", "a (no)"))),
        ),
        FieldSpec(
            "man_need",
            tr("AccountFile", "N Need"),
            CHOICE,
            choices=((True, tr("AccountFile", "N (big)")), (False, tr("AccountFile", "n (no)"))),
        ),
    ]


def classification_specs() -> list[tuple[str, list[FieldSpec]]]:
    return [
        (QCoreApplication.translate("AccountSections", "Value and chance"), _value_fields()),
        (QCoreApplication.translate("AccountSections", "Follow-up"), _follow_up_fields()),
        (QCoreApplication.translate("AccountSections", "Relationship"), _relationship_fields()),
        (QCoreApplication.translate("AccountFile", "MAN (prospect)"), man_specs()),
    ]


def _value_fields() -> list[FieldSpec]:
    """What the account is worth, how likely and how soon."""
    return [
        FieldSpec("tier", QCoreApplication.translate("AccountSections", "Tier"), CODE, Tier),
        FieldSpec("expected_close", QCoreApplication.translate("AccountSections", "Expected close"), DATE),
        FieldSpec(
            "grade",
            QCoreApplication.translate("AccountSections", "Grade"),
            CODE,
            Grade,
            extra={"show_code": True},
        ),
        FieldSpec(
            "deal_status",
            QCoreApplication.translate("AccountSections", "Deal status"),
            CODE,
            DealStatus,
        ),
        FieldSpec(
            "need_status",
            QCoreApplication.translate("AccountSections", "Need status"),
            CODE,
            NeedStatus,
        ),
        FieldSpec(
            "handle_by",
            QCoreApplication.translate("AccountFile", "Handle by"),
            DATE,
        ),
        FieldSpec("urgency", QCoreApplication.translate("AccountSections", "Urgency"), CODE, Urgency),
        FieldSpec(
            "urgency_manual",
            "",
            BOOL,
            extra={"text": QCoreApplication.translate("AccountFile", "Set the urgency by hand")},
        ),
    ]


def _follow_up_fields() -> list[FieldSpec]:
    """How often the rep goes back."""
    return [
        FieldSpec("cadence", QCoreApplication.translate("AccountSections", "Cadence"), CODE, Cadence),
        FieldSpec(
            "revisit_interval",
            QCoreApplication.translate("AccountSections", "Revisit interval"),
            CODE,
            RevisitInterval,
        ),
        FieldSpec(
            "prospect_disposition",
            QCoreApplication.translate("AccountSections", "Prospect disposition"),
            CODE,
            ProspectDisposition,
        ),
        FieldSpec(
            "purchase_cycle_days",
            QCoreApplication.translate("AccountSections", "Purchase cycle (days)"),
            INT,
        ),
    ]


def _relationship_fields() -> list[FieldSpec]:
    """Where the relationship stands."""
    return [
        FieldSpec(
            "relationship_type",
            QCoreApplication.translate("AccountSections", "Relationship type"),
            CODE,
            RelationshipType,
        ),
        FieldSpec(
            "relationship_stage",
            QCoreApplication.translate("AccountSections", "Relationship stage"),
            CODE,
            RelationshipStage,
        ),
        FieldSpec(
            "share_of_wallet_pct",
            QCoreApplication.translate("AccountSections", "Share of wallet (%)"),
            DECIMAL,
        ),
    ]

"""Typed SQLAlchemy models, one module per aggregate. Importing this package
registers every table on ``Base.metadata``."""

from kamdesk.store.models.accounts import (
    Account,
    AccountLink,
    CustomField,
    CustomValue,
    Payment,
    Purchase,
    PurchaseItem,
    SavedFilter,
)
from kamdesk.store.models.base import Base, Record, new_uuid
from kamdesk.store.models.contacts import PRIVATE_CONTACT_FIELDS, Contact, ContactLog
from kamdesk.store.models.opportunities import (
    ChecklistItem,
    EvaluationCriterion,
    EvaluationScore,
    Opportunity,
    OpportunityCompetitor,
    ProductComparison,
    ProgressPoint,
    StageChange,
    TasAnswer,
)
from kamdesk.store.models.people import OurPerson, Rep
from kamdesk.store.models.planning import DevelopmentGoal, IndustryScore
from kamdesk.store.models.plans import (
    Annotation,
    Announcement,
    PlanItem,
    PlanPeriod,
    ReportSubmission,
    Target,
)
from kamdesk.store.models.reminder_state import ReminderState
from kamdesk.store.models.stakeholders import AttitudeChange, Coverage, Stakeholder
from kamdesk.store.models.sync import Conflict, SharedContact, StoreMeta, SyncChange, TeamMember, Tombstone
from kamdesk.store.models.visits import Commitment, Visit, VisitAttendee

__all__ = [
    "PRIVATE_CONTACT_FIELDS",
    "Account",
    "AccountLink",
    "Annotation",
    "Announcement",
    "AttitudeChange",
    "Base",
    "ChecklistItem",
    "Commitment",
    "Conflict",
    "Contact",
    "ContactLog",
    "Coverage",
    "CustomField",
    "CustomValue",
    "DevelopmentGoal",
    "EvaluationCriterion",
    "EvaluationScore",
    "IndustryScore",
    "Opportunity",
    "OpportunityCompetitor",
    "OurPerson",
    "Payment",
    "PlanItem",
    "PlanPeriod",
    "ProductComparison",
    "ProgressPoint",
    "Purchase",
    "PurchaseItem",
    "Record",
    "ReminderState",
    "Rep",
    "ReportSubmission",
    "SavedFilter",
    "SharedContact",
    "StageChange",
    "Stakeholder",
    "StoreMeta",
    "SyncChange",
    "Target",
    "TasAnswer",
    "TeamMember",
    "Tombstone",
    "Visit",
    "VisitAttendee",
    "new_uuid",
]

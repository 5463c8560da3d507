"""Visits (拜访): plan, pre-fill from the account and its map, reschedule,
cancel, log the outcome (attitudes, commitments, next visit, contact log),
and keep commitments.

This module is the public facade; the code lives in
``visit_common`` (time-zone helpers, inputs and outputs, shared helpers),
``visit_plans`` (pickers, validation, plan/update/reschedule/cancel/restore),
``visit_outcome`` (log outcome, commitments) and ``visit_reads`` (plan
context, open commitments, visit details).

Every write is one transaction; every function returns plain frozen
dataclasses. Times are tz-aware; dates on the calendar are local dates of
``tz`` (the laptop's zone unless given).
"""

from __future__ import annotations

from kamdesk.services.visits.common import (
    AttendeeInput as AttendeeInput,
)
from kamdesk.services.visits.common import (
    AttendeeView as AttendeeView,
)
from kamdesk.services.visits.common import (
    AttitudeUpdate as AttitudeUpdate,
)
from kamdesk.services.visits.common import (
    Choice as Choice,
)
from kamdesk.services.visits.common import (
    CommitmentInput as CommitmentInput,
)
from kamdesk.services.visits.common import (
    CommitmentView as CommitmentView,
)
from kamdesk.services.visits.common import (
    ContactLogView as ContactLogView,
)
from kamdesk.services.visits.common import (
    KeyPerson as KeyPerson,
)
from kamdesk.services.visits.common import (
    OutcomeInput as OutcomeInput,
)
from kamdesk.services.visits.common import (
    PlanContext as PlanContext,
)
from kamdesk.services.visits.common import (
    Saved as Saved,
)
from kamdesk.services.visits.common import (
    VisitDetail as VisitDetail,
)
from kamdesk.services.visits.common import (
    VisitInput as VisitInput,
)
from kamdesk.services.visits.common import (
    VisitKeyPerson as VisitKeyPerson,
)
from kamdesk.services.visits.common import (
    _clean as _clean,
)
from kamdesk.services.visits.common import (
    _level_code as _level_code,
)
from kamdesk.services.visits.common import (
    _me_rep_id as _me_rep_id,
)
from kamdesk.services.visits.common import (
    _stakeholder_for as _stakeholder_for,
)
from kamdesk.services.visits.common import (
    _suggested_kind as _suggested_kind,
)
from kamdesk.services.visits.common import (
    _visit as _visit,
)
from kamdesk.services.visits.common import (
    day_start as day_start,
)
from kamdesk.services.visits.common import (
    local_date as local_date,
)
from kamdesk.services.visits.common import (
    local_tz as local_tz,
)
from kamdesk.services.visits.common import (
    refresh_next_visit as refresh_next_visit,
)
from kamdesk.services.visits.outcome import (
    add_commitment as add_commitment,
)
from kamdesk.services.visits.outcome import (
    log_outcome as log_outcome,
)
from kamdesk.services.visits.outcome import (
    set_commitment_done as set_commitment_done,
)
from kamdesk.services.visits.plans import (
    _apply as _apply,
)
from kamdesk.services.visits.plans import (
    _validate as _validate,
)
from kamdesk.services.visits.plans import (
    _write_attendees as _write_attendees,
)
from kamdesk.services.visits.plans import (
    account_contacts as account_contacts,
)
from kamdesk.services.visits.plans import (
    account_opportunities as account_opportunities,
)
from kamdesk.services.visits.plans import (
    cancel_visit as cancel_visit,
)
from kamdesk.services.visits.plans import (
    check_visit as check_visit,
)
from kamdesk.services.visits.plans import (
    default_start as default_start,
)
from kamdesk.services.visits.plans import (
    find_accounts as find_accounts,
)
from kamdesk.services.visits.plans import (
    kind_for_new_plan as kind_for_new_plan,
)
from kamdesk.services.visits.plans import (
    our_people as our_people,
)
from kamdesk.services.visits.plans import (
    plan_visit as plan_visit,
)
from kamdesk.services.visits.plans import (
    reschedule_visit as reschedule_visit,
)
from kamdesk.services.visits.plans import (
    restore_visit as restore_visit,
)
from kamdesk.services.visits.plans import (
    update_visit as update_visit,
)
from kamdesk.services.visits.reads import (
    _commitment_views as _commitment_views,
)
from kamdesk.services.visits.reads import (
    _contact_logs as _contact_logs,
)
from kamdesk.services.visits.reads import (
    _detail as _detail,
)
from kamdesk.services.visits.reads import (
    _insights as _insights,
)
from kamdesk.services.visits.reads import (
    _key_people as _key_people,
)
from kamdesk.services.visits.reads import (
    end_or_default_detail as end_or_default_detail,
)
from kamdesk.services.visits.reads import (
    get_visit as get_visit,
)
from kamdesk.services.visits.reads import (
    open_commitments as open_commitments,
)
from kamdesk.services.visits.reads import (
    plan_context as plan_context,
)
from kamdesk.services.visits.reads import (
    visit_details as visit_details,
)

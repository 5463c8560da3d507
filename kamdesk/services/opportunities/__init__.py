"""Opportunity use cases: create/edit/delete, stage moves with the exit-criteria
check, won/lost, the checklist, TAS answers, competitors, the competitive
evaluation, the product comparison and progress against the main rival.

Every write validates first (``ValidationError``, nothing saved), runs in one
transaction and returns ``Result(value, Changes.of("opportunity", …))``.

This module is the public facade: the use cases live in sibling modules by
responsibility (``types``, ``core``, ``stages``, ``checklist``,
``competition``, ``evaluation``) and every name stays importable from here.
The pipeline reads are imported from :mod:`.pipeline` itself.
"""

from __future__ import annotations

from kamdesk.services.me import my_rep_id
from kamdesk.services.opportunities.checklist import (
    add_checklist_item,
    checklist,
    edit_checklist_item,
    remove_checklist_item,
    set_tas_answer,
    tas_answers,
    tick_checklist_item,
)
from kamdesk.services.opportunities.competition import (
    add_progress_point,
    competitors,
    product_comparison,
    progress_points,
    remove_competitor,
    remove_progress_point,
    save_competitor,
    save_product_comparison,
)
from kamdesk.services.opportunities.core import (
    EDITABLE_FIELDS,
    MAX_AMOUNT,
    _now,
    create_opportunity,
    delete_opportunity,
    get_opportunity,
    parse_amount,
    update_opportunity,
)
from kamdesk.services.opportunities.evaluation import evaluation, save_evaluation
from kamdesk.services.opportunities.stages import (
    check_move,
    close_lost,
    close_won,
    move_stage,
    reopen,
    stage_history,
)
from kamdesk.services.opportunities.types import (
    ChecklistRow,
    ComparisonRow,
    CompetitorRow,
    CriterionRow,
    EvaluationTable,
    MoveOutcome,
    OpportunityDetail,
    ProgressRow,
    StageChangeRow,
    TasRow,
)

__all__ = [
    "EDITABLE_FIELDS",
    "MAX_AMOUNT",
    "ChecklistRow",
    "ComparisonRow",
    "CompetitorRow",
    "CriterionRow",
    "EvaluationTable",
    "MoveOutcome",
    "OpportunityDetail",
    "ProgressRow",
    "StageChangeRow",
    "TasRow",
    "_now",
    "add_checklist_item",
    "add_progress_point",
    "check_move",
    "checklist",
    "close_lost",
    "close_won",
    "competitors",
    "create_opportunity",
    "delete_opportunity",
    "edit_checklist_item",
    "evaluation",
    "get_opportunity",
    "move_stage",
    "my_rep_id",
    "parse_amount",
    "product_comparison",
    "progress_points",
    "remove_checklist_item",
    "remove_competitor",
    "remove_progress_point",
    "reopen",
    "save_competitor",
    "save_evaluation",
    "save_product_comparison",
    "set_tas_answer",
    "stage_history",
    "tas_answers",
    "tick_checklist_item",
    "update_opportunity",
]

"""Which words of the product come from the seeds, and the few that do not.

Every vocabulary and fixed sentence the product shows as a seed method is
listed here, so one test can hold them against the seed texts
(tests/domain/test_seed_terms.py). What the seeds do not give is listed in
:data:`NOT_IN_SEEDS` with the reason, and the product's own code lists (not
seed methods at all) in :data:`APP_VOCABULARIES`. A glossary or a help page
reads the same lists.
"""

from __future__ import annotations

from collections.abc import Iterator

from kamdesk.domain import (
    account_profile,
    development,
    evaluation,
    forms,
    funnels,
    grading,
    matrix,
    periods,
    stages,
    stakeholders,
    visit_plan,
    visits,
)
from kamdesk.domain.codes import Coded

#: The seed vocabularies: each member's Chinese label, its note and any seed
#: sentence it carries (advice, strategy, customer step, traits).
SEED_VOCABULARIES: tuple[type[Coded], ...] = (
    grading.Tier,
    grading.Grade,
    grading.Cadence,
    grading.RevisitInterval,
    grading.ProspectDisposition,
    grading.DealStatus,
    grading.NeedStatus,
    grading.Urgency,
    grading.RelationshipType,
    grading.RelationshipStage,
    account_profile.AccountSource,
    account_profile.CompanyNature,
    grading.CounterpartyKind,
    grading.LinkKind,
    stakeholders.BuyingRole,
    stakeholders.Attitude,
    stakeholders.Stance,
    stakeholders.RelationshipLevel,
    stakeholders.RelationshipKind,
    stakeholders.Personality,
    matrix.ValueType,
    matrix.Territory,
    matrix.Lead,
    matrix.OpeningKind,
    stages.Stage,
    visits.ObjectiveKind,
    visits.VisitKind,
    visits.ContactWay,
    visits.ContactCategory,
    visits.Side,
    visit_plan.ResourceKind,
    visit_plan.SpinCategory,
    evaluation.ProductAspect,
    evaluation.TasQuestion,
    periods.TargetLevel,
    periods.ReportKind,
    periods.PeriodKind,
    funnels.SalesStatus,
    development.DevelopmentArea,
)

#: Code lists of the product's own (its workflow, not a seed method), and why.
APP_VOCABULARIES: dict[str, str] = {
    "AttitudeStep": "the + and − fine steps are marks, not words",
    "Gender": "男/女: the seed's form only has the heading 性别",
    "VisitStatus": "the product's own workflow state of a visit",
    "ObjectiveMet": "the product's own record of whether a visit met its objective",
    "OpportunityStatus": "the product's own open/won/lost state",
    "TasAnswerKind": "yes / no / unsure answers to the TAS questions",
    "TargetMetric": "what a target counts; the product's own list of measures",
    "SubmissionStatus": "the product's own state of a submitted report",
    "CustomFieldKind": "the product's own field types",
    "ReminderKind": "the product's own reminder kinds",
    "Severity": "the product's own ranking of insights",
    "InsightCode": "the product's own names of its map checks",
}

#: Texts shown as seed terms that the seeds do not give word for word, and why.
#: Keys are the exact Chinese text.
NOT_IN_SEEDS: dict[str, str] = {
    "外资": "company nature: the seed's sample table shows only 国有/集体/个体/合资; foreign-owned is "
    "a common nature reps need",
    "3个月以后才可能处理的客户": "the seed's sentence lacks a word (可能 的客户); 处理 restored from the "
    "three classes above it",
    "准备详细的资料和数据，以及相关的细节，同时客户想不到的部分也要充分准备": "the seed has the typo "
    "想不道 for 想不到",
    "因为这个问题，对你又会造成什么影响呢？": "the seed's 为 is garbled (因?bb这个问题)",
}


def _member_texts(member: Coded) -> Iterator[str]:
    yield member.zh
    if member.note_zh:
        yield member.note_zh
    for attr in ("advice_zh", "strategy_zh", "customer_step_zh", "traits_zh"):
        text = getattr(member, attr, "")
        if text:
            yield text


def seed_texts() -> Iterator[tuple[str, str]]:
    """(where, Chinese text) for every word and sentence the product shows as
    the seeds'. ``{n}``-style placeholders stand for numbers filled in later."""
    for cls in SEED_VOCABULARIES:
        for member in cls:
            for text in _member_texts(member):
                yield f"{cls.__name__}.{member.name}", text
    for m in (True, False):
        for a in (True, False):
            for n in (True, False):
                g = stakeholders.man_guidance(m, a, n)
                yield f"MAN {g.code}", g.zh
    for letter, zh, _en in stakeholders.MAN_FACTORS:
        yield f"MAN factor {letter}", zh
    for cell in "ABCDEFGHI":
        c = matrix.nine_grid(*matrix.nine_grid_cell(cell))
        yield f"nine-grid {cell}", c.strategy_zh
    yield "nine-grid warning", matrix.NINE_GRID_NEGLECT_ZH
    for vt, (zh, _en) in matrix._PORTFOLIO_ADVICE.items():
        yield f"portfolio {vt.code}", zh
    for zh, _en in matrix.VALUE_AXES:
        yield "value axis", zh
    for prompt in visit_plan.SIX_W_TWO_H:
        yield f"6W2H {prompt.key}", prompt.zh
        yield f"6W2H {prompt.key} question", prompt.hint_zh
    for crit in evaluation.DEFAULT_CRITERIA:
        yield f"criterion {crit.key}", crit.zh
    for key, lab in forms.VISIT_SHEET.items():
        yield f"visit sheet {key}", lab.zh
    for key, lab in forms.CONTACT_LOG.items():
        yield f"contact log {key}", lab.zh
    for group in forms.CONTACT_INFO_FORM:
        yield f"contact form {group.key}", group.zh
        for fld in group.fields:
            yield f"contact form {fld.key}", fld.zh

"""maps: the public API of this area (its modules' helpers stay inside)."""

from __future__ import annotations

from kamdesk.services.maps.chart import clear_positions, save_positions
from kamdesk.services.maps.common import (
    MapKind,
    MapRef,
    account_name,
    end_of_day,
    level_of,
    parse_level,
    resolve_ref,
    start_of_day,
)
from kamdesk.services.maps.demo import (
    sample_map,
)
from kamdesk.services.maps.edit import (
    ATTITUDE_SOURCES,
    KEEP,
    ContactOption,
    OurPersonRow,
    SaveOutcome,
    add_stakeholder,
    available_contacts,
    delete_our_person,
    list_our_people,
    remove_coverage,
    remove_stakeholder,
    save_our_person,
    set_attitude,
    set_coverage,
    set_reports_to,
    update_stakeholder,
)
from kamdesk.services.maps.forms import ContactInput, StakeholderInput
from kamdesk.services.maps.listing import (
    SORTS,
    MapCandidate,
    MapSummary,
    list_maps,
    map_candidates,
    resolve_map,
)
from kamdesk.services.maps.load import attitude_history, load_map
from kamdesk.services.maps.snapshot import (
    AttitudeEntry,
    CoverageLink,
    MapOurPerson,
    MapPerson,
    MapSnapshot,
    VisitRef,
    facts_of,
    layout_of,
)

__all__ = [
    "ATTITUDE_SOURCES",
    "KEEP",
    "SORTS",
    "AttitudeEntry",
    "ContactInput",
    "ContactOption",
    "CoverageLink",
    "MapCandidate",
    "MapKind",
    "MapOurPerson",
    "MapPerson",
    "MapRef",
    "MapSnapshot",
    "MapSummary",
    "OurPersonRow",
    "SaveOutcome",
    "StakeholderInput",
    "VisitRef",
    "account_name",
    "add_stakeholder",
    "attitude_history",
    "available_contacts",
    "clear_positions",
    "delete_our_person",
    "end_of_day",
    "facts_of",
    "layout_of",
    "level_of",
    "list_maps",
    "list_our_people",
    "load_map",
    "map_candidates",
    "parse_level",
    "remove_coverage",
    "remove_stakeholder",
    "resolve_map",
    "resolve_ref",
    "sample_map",
    "save_our_person",
    "save_positions",
    "set_attitude",
    "set_coverage",
    "set_reports_to",
    "start_of_day",
    "update_stakeholder",
]

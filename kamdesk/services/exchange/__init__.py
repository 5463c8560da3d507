"""exchange: the public API of this area (its modules' helpers stay inside)."""

from __future__ import annotations

from kamdesk.services.exchange.conflicts import ConflictView, list_conflicts, resolve_conflict
from kamdesk.services.exchange.data import (
    CheckReport,
    backup_now,
    backup_to,
    check,
    export_bundle,
    import_bundle,
    restore,
)
from kamdesk.services.exchange.exports import (
    EXPORT_COLUMNS,
    Progress,
    VCardExport,
    export_accounts,
    export_contacts_vcard,
    split_chinese_name,
    vcard,
)
from kamdesk.services.exchange.import_check import DuplicateRow, RowProblem
from kamdesk.services.exchange.import_fields import (
    ACCOUNT_FIELDS,
    CONTACT_FIELDS,
    FIELDS_BY_KIND,
    ImportField,
    alias_index,
    guess_mapping,
    header_scorer,
    match_header,
    normalise_header,
)
from kamdesk.services.exchange.import_write import BULK
from kamdesk.services.exchange.imports import (
    KINDS,
    PREVIEW_ROWS,
    ImportOutcome,
    ImportPreview,
    preview,
    run_import,
)

__all__ = [
    "ACCOUNT_FIELDS",
    "BULK",
    "CONTACT_FIELDS",
    "EXPORT_COLUMNS",
    "FIELDS_BY_KIND",
    "KINDS",
    "PREVIEW_ROWS",
    "CheckReport",
    "ConflictView",
    "DuplicateRow",
    "ImportField",
    "ImportOutcome",
    "ImportPreview",
    "Progress",
    "RowProblem",
    "VCardExport",
    "alias_index",
    "backup_now",
    "backup_to",
    "check",
    "export_accounts",
    "export_bundle",
    "export_contacts_vcard",
    "guess_mapping",
    "header_scorer",
    "import_bundle",
    "list_conflicts",
    "match_header",
    "normalise_header",
    "preview",
    "resolve_conflict",
    "restore",
    "run_import",
    "split_chinese_name",
    "vcard",
]

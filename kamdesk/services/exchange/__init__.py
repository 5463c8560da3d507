"""exchange: the public API of this area (its modules' helpers stay inside)."""

from __future__ import annotations

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
from kamdesk.services.exchange.imports import (
    BULK,
    KINDS,
    PREVIEW_ROWS,
    DuplicateRow,
    ImportOutcome,
    ImportPreview,
    RowProblem,
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
    "match_header",
    "normalise_header",
    "preview",
    "restore",
    "run_import",
    "split_chinese_name",
    "vcard",
]

"""contacts: the public API of this area (its modules' helpers stay inside)."""

from __future__ import annotations

from kamdesk.services.contacts.core import (
    ContactDetail,
    ContactInput,
    archive_contact,
    check_contact,
    delete_contact,
    get_contact,
    save_contact,
)
from kamdesk.services.contacts.log import (
    ContactLogInput,
    LogEntry,
    count_log,
    delete_log,
    edit_log,
    list_log,
    log_contact,
)
from kamdesk.services.contacts.query import SORTS, ContactRow, count_contacts, list_contacts

__all__ = [
    "SORTS",
    "ContactDetail",
    "ContactInput",
    "ContactLogInput",
    "ContactRow",
    "LogEntry",
    "archive_contact",
    "check_contact",
    "count_contacts",
    "count_log",
    "delete_contact",
    "delete_log",
    "edit_log",
    "get_contact",
    "list_contacts",
    "list_log",
    "log_contact",
    "save_contact",
]

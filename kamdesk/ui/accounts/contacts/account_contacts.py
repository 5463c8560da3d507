"""The contacts tab of the account form: the account's contacts."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kamdesk.ui.accounts.contacts.contact_list import ContactListView
from kamdesk.ui.context import AppContext


def AccountContactsTab(ctx: AppContext, parent: QWidget | None = None) -> ContactListView:
    """A contact list limited to one account (``set_account(uuid)``).

    A factory rather than a subclass so translations keep the context
    ``ContactListView`` (Qt looks strings up by the class that calls tr)."""
    return ContactListView(ctx, all_accounts=False, parent=parent)

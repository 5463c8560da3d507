"""The contacts tab of the account form: the account's contacts."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kamdesk.ui.accounts.contacts.contact_list import ContactListView
from kamdesk.ui.context import AppContext


class AccountContactsTab(ContactListView):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, all_accounts=False, parent=parent)

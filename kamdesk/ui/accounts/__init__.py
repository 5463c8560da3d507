"""The account file (客户档案) page: list, filters, form, contacts, contact
log, import, export and hand-over. The page class is
:class:`kamdesk.ui.accounts.page.AccountsPage`."""

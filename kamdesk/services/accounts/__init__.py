"""Account files (客户档案): the filtered, sorted, paged list; one account with
everything the form and its tabs show; create, update, archive, delete.

This module is the public facade: the list lives in
:mod:`kamdesk.services.accounts.query` (filter), ``.rows`` and ``.listing``
(sorted pages); one account read in full in
:mod:`kamdesk.services.accounts.detail`; the editable fields, their checks and
save / archive / delete in :mod:`kamdesk.services.accounts.write`; saved
filters, links between counterparties, hand-over, reps and the Pareto view in
:mod:`kamdesk.services.accounts.extras`. All are re-exported here, so
``from kamdesk.services.accounts import …`` reaches the whole API.

Lists select columns (never entities) and sort, filter and page in SQL; the
name sorts by the maintained pinyin ``sort_key``; "days overdue" is worked out
in SQL from ``last_touch_at`` and the cadence.
"""

from __future__ import annotations

from kamdesk.services.accounts.detail import (
    AccountDetail,
    ContactSummary,
    CustomValueView,
    LogSummary,
    OpportunitySummary,
    VisitSummary,
    get_account,
)
from kamdesk.services.accounts.extras import (
    FilterOptions,
    LinkRow,
    ParetoView,
    RepRow,
    SavedFilterRow,
    delete_filter,
    ensure_me,
    filter_options,
    hand_over,
    link_accounts,
    list_filters,
    list_links,
    list_reps,
    save_filter,
    top_accounts_by_revenue,
    unlink,
)
from kamdesk.services.accounts.listing import count_accounts, forget_list_positions, list_accounts
from kamdesk.services.accounts.query import AccountFilter
from kamdesk.services.accounts.query import local_today as local_today
from kamdesk.services.accounts.rows import ACCOUNT_COLUMNS, AccountRow, account_columns
from kamdesk.services.accounts.trade import (
    PaymentInput,
    PaymentView,
    PurchaseInput,
    PurchaseItemView,
    PurchaseView,
    find_account,
    log_payment,
    log_purchase,
    purchase_items,
    recent_trade,
    set_purchase_item,
)
from kamdesk.services.accounts.write import (
    AccountInput,
    archive_account,
    delete_account,
    save_account,
)
from kamdesk.services.accounts.write import CheckedAccount as CheckedAccount
from kamdesk.services.accounts.write import check_account as check_account

# reachable here as before the split (tests use accounts.Changes)
from kamdesk.services.changes import Changes as Changes
from kamdesk.services.changes import Result as Result

__all__ = [
    "ACCOUNT_COLUMNS",
    "AccountDetail",
    "AccountFilter",
    "AccountInput",
    "AccountRow",
    "ContactSummary",
    "CustomValueView",
    "FilterOptions",
    "LinkRow",
    "LogSummary",
    "OpportunitySummary",
    "ParetoView",
    "PaymentInput",
    "PaymentView",
    "PurchaseInput",
    "PurchaseItemView",
    "PurchaseView",
    "RepRow",
    "SavedFilterRow",
    "VisitSummary",
    "account_columns",
    "archive_account",
    "count_accounts",
    "delete_account",
    "delete_filter",
    "ensure_me",
    "filter_options",
    "find_account",
    "forget_list_positions",
    "get_account",
    "hand_over",
    "link_accounts",
    "list_accounts",
    "list_filters",
    "list_links",
    "list_reps",
    "log_payment",
    "log_purchase",
    "purchase_items",
    "recent_trade",
    "save_account",
    "save_filter",
    "set_purchase_item",
    "top_accounts_by_revenue",
    "unlink",
]

"""Team sync in the GUI: the toolbar's Sync button (progress, last-sync time) and
the conflict list with both values side by side."""

from kamdesk.ui.sync.conflicts import ConflictsDialog
from kamdesk.ui.sync.toolbar import SyncBar, install_sync_bar

__all__ = ["ConflictsDialog", "SyncBar", "install_sync_bar"]

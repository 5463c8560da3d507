"""Team sync, for the CLI and the GUI: sync with the team server, exchange a
change file when there is no network, share a contact's details, and the
laptop's sync status (see :mod:`kamdesk.store.sync`)."""

from kamdesk.services.sync.run import (
    FileOutcome,
    SyncResult,
    SyncStatus,
    apply_change_file,
    set_shared,
    status,
    sync,
    write_change_file,
)

__all__ = [
    "FileOutcome",
    "SyncResult",
    "SyncStatus",
    "apply_change_file",
    "set_shared",
    "status",
    "sync",
    "write_change_file",
]

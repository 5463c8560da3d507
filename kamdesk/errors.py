"""Errors meant for the user, as opposed to bugs.

A :class:`UserError` carries a message that the CLI prints as one line and the
GUI shows in a dialog; anything else is a bug and is logged with its traceback.
"""


class UserError(Exception):
    """Something the user can fix: bad input, a missing file, a locked database."""


class SchemaTooNewError(UserError):
    """The database was written by a newer KAMdesk; it is left untouched."""


class ValidationError(UserError):
    """Input refused field by field: ``errors`` maps a field name to its message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{field}: {msg}" for field, msg in self.errors.items()))

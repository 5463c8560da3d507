"""Show the services' field messages in the UI language.

The services (``kamdesk.services.fieldcheck`` and friends) write their
``ValidationError`` messages in English, for the CLI and logs. The form shows
them at the field; this module recognises the known message shapes and
translates them (context ``FieldMessages``), keeping the value the service
quoted. An unknown message is shown as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

# (pattern, English source for lupdate) — the source uses {named} groups
_PATTERNS: list[tuple[re.Pattern[str], Callable[[], str]]] = [
    (re.compile(r"^required$"), lambda: QCoreApplication.translate("FieldMessages", "Required.")),
    (
        re.compile(r"^not a phone number: (?P<v>.+) \(digits.*\)$"),
        lambda: QCoreApplication.translate(
            "FieldMessages", "Not a phone number: {v} (digits, spaces, + - ( ) allowed; at least 5 digits)."
        ),
    ),
    (
        re.compile(r"^not an e-mail address: (?P<v>.+) \(expected.*\)$"),
        lambda: QCoreApplication.translate(
            "FieldMessages", "Not an e-mail address: {v} (like name@example.com)."
        ),
    ),
    (
        re.compile(r"^not a web address: (?P<v>.+) \(expected.*\)$"),
        lambda: QCoreApplication.translate(
            "FieldMessages", "Not a web address: {v} (like www.example.com or https://…)."
        ),
    ),
    (
        re.compile(r"^not a postcode: (?P<v>.+)$"),
        lambda: QCoreApplication.translate("FieldMessages", "Not a postcode: {v}."),
    ),
    (
        re.compile(r"^not a date: (?P<v>.+) \(expected YYYY-MM-DD\)$"),
        lambda: QCoreApplication.translate("FieldMessages", "Not a date: {v} (use YYYY-MM-DD)."),
    ),
    (
        re.compile(r"^date is in the future: (?P<v>.+)$"),
        lambda: QCoreApplication.translate("FieldMessages", "The date is in the future: {v}."),
    ),
    (
        re.compile(r"^date out of range: (?P<v>.+)$"),
        lambda: QCoreApplication.translate("FieldMessages", "The date is out of range: {v}."),
    ),
    (
        re.compile(r"^not a whole number: (?P<v>.+)$"),
        lambda: QCoreApplication.translate("FieldMessages", "Not a whole number: {v}."),
    ),
    (
        re.compile(r"^not a number: (?P<v>.+)$"),
        lambda: QCoreApplication.translate("FieldMessages", "Not a number: {v}."),
    ),
    (
        re.compile(r"^not an amount(?:: (?P<v>.+))?$"),
        lambda: QCoreApplication.translate("FieldMessages", "Not an amount of money: {v}."),
    ),
    (
        re.compile(r"^amount too large: (?P<v>.+)$"),
        lambda: QCoreApplication.translate("FieldMessages", "The amount is too large: {v}."),
    ),
    (
        re.compile(r"^must not be negative: (?P<v>.+)$"),
        lambda: QCoreApplication.translate("FieldMessages", "Must not be negative: {v}."),
    ),
    (
        re.compile(r"^must be between (?P<a>\S+) and (?P<b>\S+): (?P<v>.+)$"),
        lambda: QCoreApplication.translate("FieldMessages", "Must be between {a} and {b}: {v}."),
    ),
    (
        re.compile(r"^too long \((?:(?P<n>\d+) characters; )?at most (?P<m>\d+)(?: characters)?\)$"),
        lambda: QCoreApplication.translate("FieldMessages", "Too long: at most {m} characters."),
    ),
    (
        re.compile(r"^expected yes or no.*: (?P<v>.+)$"),
        lambda: QCoreApplication.translate("FieldMessages", "Expected yes or no: {v}."),
    ),
    (
        re.compile(r"^unknown code (?P<v>.+?); expected one of: (?P<valid>.+)$"),
        lambda: QCoreApplication.translate("FieldMessages", "Unknown value {v}; choose one of: {valid}."),
    ),
    (
        re.compile(r"^not one of the choices: (?P<v>.+) \(expected (?P<valid>.+)\)$"),
        lambda: QCoreApplication.translate("FieldMessages", "Not one of the choices: {v} (choose {valid})."),
    ),
    (
        re.compile(r"^unknown rep$"),
        lambda: QCoreApplication.translate("FieldMessages", "This rep no longer exists."),
    ),
    (
        re.compile(r"^unknown custom field.*$"),
        lambda: QCoreApplication.translate("FieldMessages", "This custom field no longer exists."),
    ),
]

_PREFIXED = re.compile(r"^(?P<name>[^:]{1,80}): (?P<rest>.+)$")


def translate_message(message: str) -> str:
    """The message in the UI language (unchanged when its shape is unknown).
    Custom-field messages come as "<field name>: <message>"."""
    text = message.strip()
    for pattern, source in _PATTERNS:
        m = pattern.match(text)
        if m:
            groups = {k: (v if v is not None else "") for k, v in m.groupdict().items()}
            return source().format(**groups)
    m = _PREFIXED.match(text)
    if m and not text.startswith(("not ", "must ", "date ", "amount ", "unknown ", "too ")):
        inner = translate_message(m.group("rest"))
        if inner != m.group("rest"):
            return f"{m.group('name')}: {inner}"
    return message


def translate_errors(errors: dict[str, str]) -> dict[str, str]:
    return {field: translate_message(message) for field, message in errors.items()}

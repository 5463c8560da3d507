"""What a service changed, so the UI refreshes only the affected views
(the Anki pattern: an operation returns its result and its change set)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Generic, TypeVar

T = TypeVar("T")

#: Kinds of record a change can touch; views subscribe to the ones they show.
KINDS = frozenset(
    {
        "account",
        "contact",
        "contact_log",
        "opportunity",
        "stakeholder",
        "visit",
        "commitment",
        "plan",
        "target",
        "report",
        "custom_field",
        "rep",
        "industry",
        "development",
        "announcement",
        "reminder",
        "all",
    }
)


@dataclass(frozen=True)
class Changes:
    kinds: frozenset[str] = frozenset()
    uuids: frozenset[str] = frozenset()
    #: who asked for the change (a page or dialog, set when the UI publishes it):
    #: a view skips a reload of what it has already redrawn by comparing this
    #: with itself, as Anki's views compare ``handler`` (services leave it None)
    initiator: object | None = field(default=None, compare=False, repr=False)

    def by(self, initiator: object | None) -> Changes:
        """The same changes, published on behalf of ``initiator``."""
        return replace(self, initiator=initiator)

    @classmethod
    def of(cls, *kinds: str, uuids: tuple[str, ...] = ()) -> Changes:
        unknown = set(kinds) - KINDS
        if unknown:
            raise ValueError(f"unknown change kinds: {sorted(unknown)}")
        return cls(frozenset(kinds), frozenset(uuids))

    def touches(self, *kinds: str) -> bool:
        return "all" in self.kinds or bool(self.kinds.intersection(kinds))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds, self.uuids | other.uuids)


@dataclass(frozen=True)
class Result(Generic[T]):
    value: T
    changes: Changes = field(default_factory=Changes)

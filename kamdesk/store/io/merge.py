"""The rule a bundle merge decides by, for one record found on both sides.

Each record carries a *state* — its ``version`` and ``origin`` (the database
that made the change) — and its *base*, the state it had when it was last
received from another laptop (:mod:`kamdesk.store.models.base`). Versions
only grow along one record's history on one laptop, so:

* the same state on both sides: nothing to do;
* the incoming record **descends** from ours — its base is our state, or it
  has our origin and a higher version (the same laptop went on editing) — take it;
* ours descends from the incoming one (the mirror image): keep ours;
* anything else means both sides changed the record since they last agreed:
  ours is kept and theirs is recorded as a **conflict** to review; nothing is lost.

``updated_at`` decides only where versions cannot: a record from a bundle
written before versions existed (format without ``version``), or one that
neither side has changed since both upgraded (state 1/no origin on both). A
clock set wrong therefore cannot make an older bundle overwrite a newer edit.

Known limits, for the team-sync work that builds on this: a state is
identified by (version, origin), so a laptop that restores an old backup and
edits again can reuse a state id; three laptops passing one record around can
produce a conflict where a full version vector would see a descent (never a
loss: the other side's values are kept in ``conflict``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

Decision = Literal["same", "take", "keep", "conflict"]


@dataclass(frozen=True)
class State:
    version: int | None  # None: a record from a bundle written before versions existed
    origin: str | None
    base_version: int | None
    base_origin: str | None
    updated_at: datetime | None

    @property
    def state(self) -> tuple[int | None, str | None]:
        return (self.version, self.origin)

    @property
    def base(self) -> tuple[int | None, str | None] | None:
        return None if self.base_version is None else (self.base_version, self.base_origin)

    @property
    def unchanged_since_received(self) -> bool:
        return self.base == self.state


def decide(ours: State, theirs: State) -> Decision:
    if theirs.version is None:
        return _by_clock(ours, theirs)
    if ours.version is None:  # cannot happen for a stored record; be safe
        return "take"
    if ours.state == theirs.state:
        if ours.origin is None:  # untouched on both sides since the upgrade: content may differ
            newer = _newer(theirs, ours)
            return "take" if newer else "same"
        return "same"
    if theirs.base == ours.state or (theirs.origin == ours.origin and theirs.version > ours.version):
        return "take"
    if ours.base == theirs.state or (theirs.origin == ours.origin and ours.version > theirs.version):
        return "keep"
    return "conflict"


def _by_clock(ours: State, theirs: State) -> Decision:
    """A record without a version: the old later-``updated_at``-wins rule, except
    that an edit made here since the record was last received is never overwritten."""
    if not _newer(theirs, ours):
        return "keep"
    pristine = ours.unchanged_since_received or (ours.base is None and ours.version == 1)
    return "take" if pristine else "conflict"


def _newer(a: State, b: State) -> bool:
    return a.updated_at is not None and (b.updated_at is None or a.updated_at > b.updated_at)

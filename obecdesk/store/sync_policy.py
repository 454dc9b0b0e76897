"""How each column of a synced table travels between replicas (DESIGN.md §4).

Every synced model declares ``__sync__`` next to its columns, naming each column once:

- **merged**: an ordinary field; the newest write wins per field, by (HLC stamp, replica id), and
  a concurrent value that loses goes to the conflict log;
- **derived**: recomputed on each replica from other fields (search keys, minutes text), never
  sent — merging it would only spread a stale copy;
- **one-way**: moves only forward whatever the stamps (``deleted``, ``erased``, the meeting
  status along its chain), so an old replica cannot resurrect or un-erase;
- **set**: a list whose elements merge one by one (an added tag and a removed one both survive);
- **local**: stays on this replica.

The envelope (``id``, ``updated_at``, ``replica_id``) is the row's identity and summary stamp and
is maintained by the store itself. A test checks that every column of every synced model is named.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import Any

ENVELOPE = frozenset({"id", "updated_at", "replica_id"})

#: the order of a boolean that only moves forward: once true, always true
FORWARD = (False, True)


class Policy(StrEnum):
    MERGED = "merged"
    DERIVED = "derived"
    ONE_WAY = "one_way"
    SET = "set"
    LOCAL = "local"


@dataclass(frozen=True)
class SyncPolicy:
    """The declared policy of one synced table."""

    merged: frozenset[str] = frozenset()
    derived: frozenset[str] = frozenset()
    sets: frozenset[str] = frozenset()
    local: frozenset[str] = frozenset()
    #: one-way fields with the order their values move along
    one_way: dict[str, tuple[Any, ...]] = field(default_factory=dict)

    def of(self, column: str) -> Policy | None:
        if column in self.merged:
            return Policy.MERGED
        if column in self.derived:
            return Policy.DERIVED
        if column in self.one_way:
            return Policy.ONE_WAY
        if column in self.sets:
            return Policy.SET
        if column in self.local:
            return Policy.LOCAL
        return None

    @cached_property
    def versioned(self) -> tuple[str, ...]:
        """Columns that carry a version per field and travel in bundles, in a stable order
        (read for every field of every merged or exported row: computed once)."""
        return tuple(sorted(self.merged | set(self.one_way) | self.sets))

    @cached_property
    def versioned_set(self) -> frozenset[str]:
        """:attr:`versioned` for membership tests."""
        return frozenset(self.versioned)

    def declared(self) -> list[str]:
        return [*self.merged, *self.derived, *self.sets, *self.local, *self.one_way]

    def forward(self, column: str, mine: Any, theirs: Any) -> Any:
        """The later of two values of a one-way column along its order."""
        order = self.one_way[column]
        rank = {value: i for i, value in enumerate(order)}
        return mine if rank.get(mine, -1) >= rank.get(theirs, -1) else theirs


def sync_policy(
    *,
    merged: str = "",
    derived: str = "",
    sets: str = "",
    local: str = "",
    one_way: dict[str, tuple[Any, ...]] | None = None,
) -> SyncPolicy:
    """A policy from space-separated column names, so a model's declaration reads as a list."""
    return SyncPolicy(
        merged=frozenset(merged.split()), derived=frozenset(derived.split()),
        sets=frozenset(sets.split()), local=frozenset(local.split()),
        one_way=dict(one_way or {}),
    )

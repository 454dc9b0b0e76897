"""What the merge refuses before applying a change: unknown fields, damaged stamps, stamps from
the future (quarantined, with a Czech message) and forks (reported, never merged)."""

from __future__ import annotations

from functools import cached_property, lru_cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from obecdesk.store import Store
from obecdesk.store.base import Synced
from obecdesk.store.hlc import Stamp
from obecdesk.store.models import FieldVersion
from obecdesk.sync.conflict_log import ConflictKind, log_conflict
from obecdesk.sync.field_changes import FieldChange
from obecdesk.sync.merge_rules import MAX_FUTURE_MS, MergeResult


@lru_cache(maxsize=8192)
def parsed_stamp(text: str) -> Stamp | None:
    """A stamp parsed once for all the fields of a row written together; None when damaged."""
    try:
        return Stamp.parse(text)
    except ValueError:
        return None


class StampGuard:
    """Checks of one merge; ``my_last`` is the newest stamp this replica itself wrote."""

    store: Store
    session: Session
    result: MergeResult
    now_ms: int

    @cached_property
    def my_last(self) -> str:
        """Read only when a change carries this replica's id: the query scans the clock table
        (a stamp's replica is its suffix), which a bundle from others never needs."""
        return self.session.scalar(select(func.max(FieldVersion.stamp)).where(
            FieldVersion.stamp.like(f"%-{self.store.replica_id}"))) or ""

    def refuse(self, change: FieldChange, reason: str) -> None:
        self.result.quarantined.append(reason)
        log_conflict(self.session, kind=ConflictKind.QUARANTINE, table=change.table,
                     row_id=change.row_id, field=change.field, element=change.element,
                     lost=(change.stamp, None), message=reason)

    @cached_property
    def fine_stamps(self) -> set[str]:
        """Stamps that passed :meth:`acceptable` in this batch (a row's fields share one)."""
        return set()

    def all_acceptable(self, changes: list[FieldChange], model: type[Synced] | None) -> bool:
        """Whether :meth:`acceptable` takes every change, checking each distinct field and
        stamp once; False when any may be refused (the caller then checks one by one)."""
        if model is None or not {c.field for c in changes} <= model.__sync__.versioned_set:
            return False
        fine = self.fine_stamps
        for stamp in {c.stamp for c in changes} - fine:
            if not self._stamp_fine(stamp):
                return False
            fine.add(stamp)
        return True

    def _stamp_fine(self, text: str) -> bool:
        stamp = parsed_stamp(text)
        return stamp is not None and stamp.wall_ms <= self.now_ms + MAX_FUTURE_MS and not (
            stamp.replica_id == self.store.replica_id and text > self.my_last)

    def acceptable(self, change: FieldChange, model: type[Synced] | None) -> bool:
        if model is None or change.field not in model.__sync__.versioned:
            self.refuse(change, f"Neznámé pole {change.table}.{change.field}; změna odložena.")
            return False
        stamp = parsed_stamp(change.stamp)
        if stamp is None:
            self.refuse(change, f"Poškozené časové razítko {change.stamp!r}; změna odložena.")
            return False
        if stamp.wall_ms > self.now_ms + MAX_FUTURE_MS:
            self.refuse(change, (
                f"Změna z repliky {stamp.replica_id[:8]} nese čas více než 24 hodin v budoucnosti "
                "(špatně nastavené hodiny?); byla odložena, nic se nezměnilo."))
            return False
        if stamp.replica_id == self.store.replica_id and change.stamp > self.my_last:
            self.fork(change, "Změna nese id této repliky, ale tato replika ji nikdy neudělala: "
                              "stejné id používá jiná kopie databáze.")
            return False
        return True

    def fork(self, change: FieldChange, message: str) -> None:
        self.result.forks += 1
        log_conflict(self.session, kind=ConflictKind.FORK, table=change.table,
                     row_id=change.row_id, field=change.field, element=change.element,
                     lost=(change.stamp, change.value), message=message)

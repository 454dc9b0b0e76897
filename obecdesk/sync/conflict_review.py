"""Reviewing the conflict log: the two values of every concurrent edit, and keeping either.

Keeping a value is a normal local write of the field (a new field version that travels onward in
the next bundle like any edit) and marks the entry resolved; bundles carry the resolutions too,
so the same conflict is not offered for review again on the replicas that receive them. An
erased person's entries are never shown and cannot be resolved: the log holds none of their
values (DESIGN.md P7).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any, Literal

from sqlalchemy import ColumnElement, Select, and_, false, or_, select
from sqlalchemy.orm import Session

from obecdesk.core.inventory import KIND_LABELS, record_name
from obecdesk.core.records import assign
from obecdesk.core.stakeholders.actor_fields import derived_values
from obecdesk.errors import NotFound, UserError
from obecdesk.store import Store
from obecdesk.store.hlc import Stamp
from obecdesk.store.models import (
    MODEL_BY_TABLE,
    SYNCED_MODELS,
    Actor,
    LocalReplica,
    SyncConflict,
    SyncPeer,
)
from obecdesk.store.sync_policy import Policy
from obecdesk.sync.conflict_log import ConflictKind
from obecdesk.sync.field_changes import from_wire
from obecdesk.sync.field_labels import field_label

#: what ``keep`` accepts: this replica's side or the other one, or the side by merge outcome
Keep = Literal["mine", "theirs", "kept", "lost"]
KEEP_CHOICES = ("mine", "theirs", "kept", "lost")

#: the kind the UI's change broadcast carries when the conflict log changed
CONFLICTS_KIND = "conflicts"


@dataclass(frozen=True)
class Side:
    """One of the two values of a conflict, with who wrote it and when."""

    value: Any
    stamp: str
    replica_id: str
    #: the replica's display name where it is known ("" otherwise)
    replica_name: str
    #: when the value was written (UTC), read from its clock stamp
    written_at: dt.datetime | None
    #: written on this replica
    mine: bool


@dataclass(frozen=True)
class ConflictEntry:
    id: int
    table: str
    row_id: str
    #: what people call the record ("Jana Nováková", "Jednání řídicího týmu")
    record: str
    field: str
    #: the element of a set-valued field ("" otherwise); the values then say present or absent
    element: str
    #: the value that won the merge (what the record holds since)
    kept: Side
    #: the concurrent value it overwrote
    lost: Side
    detected_at: str
    resolved: bool

    @property
    def kind_label(self) -> str:
        model = MODEL_BY_TABLE.get(self.table)  # kinds are keyed by the model's kind, not table
        kind = model.__kind__ if model is not None else self.table
        return KIND_LABELS.get(kind, kind)

    @property
    def field_label(self) -> str:
        return field_label(self.field)

    @property
    def mine_side(self) -> str:
        """"kept" or "lost": the side written here, or else the value this replica holds."""
        return "lost" if self.lost.mine and not self.kept.mine else "kept"

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for side in ("kept", "lost"):
            at = data[side]["written_at"]
            data[side]["written_at"] = at.isoformat(timespec="seconds") if at else None
        data.update(kind_label=self.kind_label, field_label=self.field_label,
                    mine=self.mine_side)
        return data


@dataclass(frozen=True)
class Resolution:
    conflict_id: int
    #: the value now held (the one the user kept)
    value: Any
    #: False when the record already held it: only the entry was marked resolved
    written: bool


def _about_erased_person() -> ColumnElement[bool]:
    """Entries about an erased actor or a row that points at one (a relation, a membership)."""
    erased = select(Actor.id).where(Actor.erased.is_(True)).scalar_subquery()
    clauses = [and_(SyncConflict.table_name == Actor.__tablename__,
                    SyncConflict.row_id.in_(erased))]
    for model in SYNCED_MODELS:
        links = [c for c in model.__table__.columns
                 if any(fk.column.table.name == Actor.__tablename__ for fk in c.foreign_keys)]
        if not links:
            continue
        linked = select(model.id).where(or_(*(c.in_(erased) for c in links))).scalar_subquery()
        clauses.append(and_(SyncConflict.table_name == model.__tablename__,
                            SyncConflict.row_id.in_(linked)))
    return or_(false(), *clauses)


def _written_at(stamp: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromtimestamp(Stamp.parse(stamp).wall_ms / 1000, dt.UTC)
    except ValueError:
        return None


class ConflictReview:
    """Lists the concurrent edits that lost a merge and resolves them by keeping either value."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def list(self, *, include_resolved: bool = False) -> list[ConflictEntry]:
        """Concurrent-edit entries, oldest first; never an erased person's."""
        query = self._query()
        if not include_resolved:
            query = query.where(SyncConflict.resolved.is_(False))
        return self._entries(query)

    def get(self, conflict_id: int) -> ConflictEntry:
        found = self._entries(self._query().where(SyncConflict.id == conflict_id))
        if not found:
            raise NotFound(f"Konflikt č. {conflict_id} neexistuje.")
        return found[0]

    @staticmethod
    def _query() -> Select:
        return (select(SyncConflict)
                .where(SyncConflict.kind == ConflictKind.CONCURRENT, ~_about_erased_person())
                .order_by(SyncConflict.id))

    def _entries(self, query: Select) -> list[ConflictEntry]:
        with self.store.reading() as session:
            names = self._replica_names(session)
            return [self._entry(session, c, names) for c in session.scalars(query)]

    def resolve(self, conflict_id: int, *, keep: Keep) -> Resolution:
        """Keep one value: written as a local edit when the record holds the other one."""
        if keep not in KEEP_CHOICES:
            raise UserError(f"Ponechat lze jen {', '.join(KEEP_CHOICES)}, ne {keep!r}.")
        entry = self.get(conflict_id)
        if entry.resolved:
            raise UserError(f"Konflikt č. {conflict_id} už je vyřešený.")
        side = {"mine": entry.mine_side, "theirs": "lost" if entry.mine_side == "kept"
                else "kept"}.get(keep, keep)
        value = entry.kept.value if side == "kept" else entry.lost.value
        with self.store.unit_of_work(immediate=True) as session:
            conflict = session.get(SyncConflict, conflict_id)
            if conflict is None or conflict.resolved or session.scalar(
                    select(SyncConflict.id).where(SyncConflict.id == conflict_id,
                                                  _about_erased_person())):
                raise UserError(f"Konflikt č. {conflict_id} už nelze vyřešit.")
            written = self._write(session, entry, value)
            conflict.resolved = True
            session.info["changes"].add(CONFLICTS_KIND, str(conflict_id))
        return Resolution(conflict_id, value, written)

    @staticmethod
    def _write(session: Session, entry: ConflictEntry, value: Any) -> bool:
        model = MODEL_BY_TABLE.get(entry.table)
        row = session.get(model, entry.row_id) if model is not None else None
        if row is None:
            raise NotFound(f"Záznam, kterého se konflikt č. {entry.id} týká, neexistuje.")
        if model.__sync__.of(entry.field) is Policy.SET:
            elements = {str(e) for e in (getattr(row, entry.field) or [])}
            wanted = elements | {entry.element} if value else elements - {entry.element}
            new = sorted(wanted)
        else:
            new = from_wire(model, entry.field, value)
        if getattr(row, entry.field) == new or (
                isinstance(new, list) and sorted(getattr(row, entry.field) or []) == new):
            return False
        assign(row, {entry.field: new})
        if isinstance(row, Actor):
            assign(row, derived_values(row))
        return True

    @staticmethod
    def _replica_names(session: Session) -> dict[str, str]:
        """Display names of this replica and the peers it knows (from their cards/bundles)."""
        names = dict(session.execute(select(SyncPeer.replica_id, SyncPeer.name)).all())
        local = session.scalar(select(LocalReplica))
        if local is not None:
            names[local.id] = local.name or ""
        return names

    def _entry(self, session: Session, c: SyncConflict, names: dict[str, str]) -> ConflictEntry:
        model = MODEL_BY_TABLE.get(c.table_name)
        row = session.get(model, c.row_id) if model is not None else None
        me = self.store.replica_id

        def side(stamp: str, value: Any) -> Side:
            replica = stamp.split("-", 2)[-1] if stamp.count("-") >= 2 else ""
            return Side(value, stamp, replica, names.get(replica, ""), _written_at(stamp),
                        replica == me)

        return ConflictEntry(
            c.id, c.table_name, c.row_id, record_name(session, row) if row else "", c.field,
            c.element, side(c.kept_stamp, c.kept_value), side(c.lost_stamp, c.lost_value),
            c.detected_at, c.resolved)

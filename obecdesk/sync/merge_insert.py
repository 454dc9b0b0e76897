"""Rows new to this store, inserted in bulk at the end of a merge batch.

A full bundle is mostly rows the recipient has never seen: for each, the merge has nothing to
compare, so every change it brings wins. Building an ORM object per such row and flushing them
one by one cost more than the rest of the merge; here a new row is a dict of its columns and all
of a table's new rows go in one ``executemany``, in the same transaction as the rest of the
batch. Tables whose model runs insert events (minutes kept as plain text) stay on the ORM path.
"""

from __future__ import annotations

from collections import defaultdict
from types import SimpleNamespace
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from obecdesk.core.stakeholders.actor_fields import derived_values
from obecdesk.store.base import Synced
from obecdesk.store.changes import ChangeSet
from obecdesk.store.conflict_values import forget_conflict_values
from obecdesk.store.models import SYNCED_MODELS, Actor
from obecdesk.sync.merge_rules import erased_values_of


def bulk_insertable(model: type[Synced]) -> bool:
    """Whether a new row of ``model`` may skip the ORM: no insert events to run."""
    dispatch = model.__mapper__.dispatch
    return not (dispatch.before_insert or dispatch.after_insert)


class NewRows:
    """The new rows of one batch, per table, as column dicts."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.by_table: dict[str, list[dict[str, Any]]] = defaultdict(list)

    def add(self, model: type[Synced], row_id: str, values: dict[str, Any],
            elements: dict[str, dict[str, bool]], newest: str, replica_id: str) -> bool:
        """Queue a new row from the values its changes bring; True when it is an erased person.

        The same rules as an ORM row in the merge: a set holds its present elements, an erased
        person holds the erased values whatever the changes say, an actor's derived columns are
        computed from the others, and the envelope takes the newest stamp.
        """
        row = dict(values)
        for column, changed in elements.items():
            row[column] = sorted(e for e, present in changed.items() if present)
        erased = (issubclass(model, Actor) or hasattr(model, "__erased_values__")) \
            and bool(row.get("erased"))
        if erased:
            row.update(erased_values_of(model))
            forget_conflict_values(self.session, model.__tablename__, row_id)
        if issubclass(model, Actor):
            columns = model.__table__.columns.keys()
            row.update(derived_values(SimpleNamespace(**{c: row.get(c) for c in columns})))
        row.update(id=row_id, updated_at=newest, replica_id=replica_id)
        self.by_table[model.__tablename__].append(row)
        self.session.info.setdefault("changes", ChangeSet()).add(model.__kind__, row_id)
        return erased

    def insert(self) -> None:
        """Write the queued rows, parents' tables first, one statement per table and shape."""
        for model in SYNCED_MODELS:
            rows = self.by_table.pop(model.__tablename__, None)
            if not rows:
                continue
            # in the order of the indexes' leading columns, not of the ids (random uuids): an
            # actor's list indexes all run by locality and Czech sort key, and inserting into
            # them in order writes each of their pages once instead of splitting them at random
            rows.sort(key=_index_order)
            shapes: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
            for row in rows:  # columns a row lacks take their defaults
                shapes[tuple(sorted(row))].append(row)
            for same in shapes.values():
                self.session.execute(insert(model.__table__), same)


def _index_order(row: dict[str, Any]) -> tuple[str, bytes]:
    return row.get("locality_id") or "", row.get("sort_key") or b""

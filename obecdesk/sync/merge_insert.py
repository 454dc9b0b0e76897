"""Rows new to this store, inserted in bulk at the end of a merge batch.

A full bundle is mostly rows the recipient has never seen: for each, the merge has nothing to
compare, so every change it brings wins. Building an ORM object per such row and flushing them
one by one cost more than the rest of the merge; here a new row is a dict of its columns and all
of a table's new rows go in a few statements (:func:`~obecdesk.store.bulk_insert.insert_rows`),
in the same transaction as the rest of the batch. Tables whose model runs insert events (minutes kept as plain text) stay on the ORM path.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache
from types import SimpleNamespace
from typing import Any

from sqlalchemy.orm import Session

from obecdesk.core.stakeholders.actor_fields import derived_values
from obecdesk.store.base import Synced
from obecdesk.store.bulk_insert import insert_rows
from obecdesk.store.changes import ChangeSet
from obecdesk.store.conflict_values import forget_conflict_values
from obecdesk.store.models import SYNCED_MODELS, Actor
from obecdesk.store.sync_policy import Policy
from obecdesk.sync.field_changes import FieldChange, text_parser
from obecdesk.sync.merge_rules import erased_values_of


@lru_cache(maxsize=256)
def _columns_of(model: type[Synced]) -> tuple[frozenset[str], dict[str, Callable[[str], Any]]]:
    """A model's set-valued fields, and how a field whose wire text is not its value (a date, a
    time, bytes) reads it (what :func:`from_wire` does, looked up once per model)."""
    policy = model.__sync__
    sets = frozenset(f for f in policy.versioned if policy.of(f) is Policy.SET)
    parsers = {f: parse for f in policy.versioned if f not in sets
               and (parse := text_parser(model, f)) is not None}
    return sets, parsers


def new_row_values(model: type[Synced], changes: list[FieldChange]
                   ) -> tuple[dict[str, Any], dict[str, dict[str, bool]]]:
    """The values (and set elements) a row new here takes from its changes: every change wins,
    the later of two for one field (what the merge decides for a row without versions)."""
    sets, parsers = _columns_of(model)
    values: dict[str, Any] = {}
    elements: dict[str, dict[str, bool]] = defaultdict(dict)
    for change in changes:
        field, value = change.field, change.value
        if field in sets:
            elements[field][change.element] = not change.removed
        elif type(value) is str and field in parsers:
            values[field] = parsers[field](value)
        else:
            values[field] = value
    return values, elements


_ACTOR_COLUMNS = tuple(Actor.__table__.columns.keys())


def bulk_insertable(model: type[Synced]) -> bool:
    """Whether a new row of ``model`` may skip the ORM: no insert events to run."""
    dispatch = model.__mapper__.dispatch
    return not (dispatch.before_insert or dispatch.after_insert)


class NewRows:
    """The new rows of one batch, per table, as column dicts."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.by_table: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.changes: ChangeSet = session.info.setdefault("changes", ChangeSet())

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
            row.update(derived_values(SimpleNamespace(**{**dict.fromkeys(_ACTOR_COLUMNS), **row})))
        row.update(id=row_id, updated_at=newest, replica_id=replica_id)
        self.by_table[model.__tablename__].append(row)
        self.changes.add(model.__kind__, row_id)
        return erased

    def insert(self) -> None:
        """Write the queued rows, parents' tables first, a table's rows in a few statements."""
        for model in SYNCED_MODELS:
            rows = self.by_table.pop(model.__tablename__, None)
            if not rows:
                continue
            # in the order of the indexes' leading columns, not of the ids (random uuids): an
            # actor's list indexes all run by locality and Czech sort key, and inserting into
            # them in order writes each of their pages once instead of splitting them at random
            rows.sort(key=_index_order)
            insert_rows(self.session, model.__table__, rows)  # columns a row lacks: defaults


def _index_order(row: dict[str, Any]) -> tuple[str, bytes]:
    return row.get("locality_id") or "", row.get("sort_key") or b""

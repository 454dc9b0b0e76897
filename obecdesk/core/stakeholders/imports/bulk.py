"""The new actors of an import written in bulk, as the ORM path would write them.

An import is thousands of new rows that nothing else reads before the commit: building an ORM
object per row and letting the flush stamp and version them one by one cost most of the import.
Here a new actor is a dict of its columns, its derived columns come from the same
:func:`~obecdesk.core.stakeholders.actor_fields.derived_values`, each row gets its own clock stamp
and a version per field exactly as :func:`obecdesk.store.versions.local_versions` gives a new row,
and the rows (a few statements of many rows, :mod:`obecdesk.store.bulk_insert`) and their versions
(``executemany``) go in in the caller's unit of work (which also tells the listeners). ``Actor`` runs no insert events, so nothing is skipped.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from types import SimpleNamespace
from typing import Any

from sqlalchemy.orm import Session

from obecdesk.core.stakeholders.actor_fields import derived_values
from obecdesk.core.vocabulary.stakeholders import ActorKind
from obecdesk.store import Store
from obecdesk.store.bulk_insert import insert_rows
from obecdesk.store.changes import ChangeSet
from obecdesk.store.models import Actor
from obecdesk.store.sync_policy import Policy
from obecdesk.store.versions import (
    Version,
    change_seq,
    set_elements,
    version_rows,
    write_versions,
)

_COLUMNS = tuple(Actor.__table__.columns.keys())


def actor_row(values: dict[str, Any], row_id: str, locality_id: str) -> dict[str, Any]:
    """The columns of a new actor from its stored values, with its derived columns."""
    row = {**values, "id": row_id, "locality_id": locality_id}
    row.update(derived_values(SimpleNamespace(**{c: row.get(c) for c in _COLUMNS})))
    return row


@cache
def _versioned() -> tuple[tuple[str, bool], ...]:
    """Actor's versioned columns, each with whether it is a set (asked once, not per row)."""
    policy = Actor.__sync__
    return tuple((column, policy.of(column) is Policy.SET) for column in policy.versioned)


def _versions(row: dict[str, Any], stamp: str) -> list[tuple[str, str, Version]]:
    """A new row's versions: every versioned field, a set's every element, no base."""
    version = Version(stamp)  # one (frozen) value for all the row's fields
    versions: list[tuple[str, str, Version]] = []
    for column, is_set in _versioned():
        if is_set:
            versions += [(column, e, version) for e in sorted(set_elements(row.get(column)))]
        else:
            versions.append((column, "", version))
    return versions


def insert_actors(store: Store, session: Session, rows: list[dict[str, Any]],
                  between: Callable[[], None], chunk: int) -> None:
    """Stamp, insert and version ``rows`` (from :func:`actor_row`), organisations first.

    ``between`` runs before each ``chunk`` of rows (the import's look at its cancel flag).
    """
    if not rows:  # every row refused: no change batch, the store stays as it was
        return
    changes: ChangeSet = session.info.setdefault("changes", ChangeSet())
    seq = change_seq(session)
    for row in rows:
        stamp = store.clock.tick()
        row.update(updated_at=stamp, replica_id=store.replica_id)
        changes.add(Actor.__kind__, row["id"])
    # an organisation before the people linked to it; within each, in the order of the list
    # indexes (locality, Czech sort key), so their pages are written once, not split at random
    ordered = sorted(rows, key=lambda r: (r["kind"] != ActorKind.ORGANISATION, r["sort_key"]))
    for start in range(0, len(ordered), chunk):
        between()
        part = ordered[start:start + chunk]
        insert_rows(session, Actor.__table__, part)
        write_versions(session, [
            v for row in part
            for v in version_rows(Actor.__tablename__, row["id"],
                                  _versions(row, row["updated_at"]), seq)
        ])


"""Helpers shared by services: loading live rows and copying plain values onto models."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.orm import Session

from obecdesk.errors import NotFound
from obecdesk.store.base import Synced, new_id

M = TypeVar("M", bound=Synced)


def get_live(session: Session, model: type[M], id_: str, what: str) -> M:
    """The non-deleted row ``id_`` or :class:`NotFound` naming ``what`` in Czech."""
    row = session.get(model, id_)
    if row is None or row.deleted:
        raise NotFound(f"{what} s id {id_} neexistuje.")
    return row


def assign(row: Any, values: dict[str, Any]) -> None:
    """Set only the attributes whose value differs, so unchanged rows get no new stamp."""
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)


def natural_row(session: Session, model: type[M], id_: str, values: dict[str, Any]) -> M:
    """A new row under its natural-key id ``id_`` (:mod:`obecdesk.store.natural_keys`).

    A tombstone under that id is revived with ``values`` instead of inserting a duplicate key.
    When a live row already holds the id (a membership period that has ended and is entered
    again with the same joining date, a second review item typed by hand), the caller's rules
    have already judged the new row a different one, so it gets a random id.
    """
    row = session.get(model, id_)
    if row is None:
        row = model(id=id_, **values)
        session.add(row)
    elif row.deleted:
        assign(row, {**values, "deleted": False})
    else:
        row = model(id=new_id(), **values)
        session.add(row)
    return row

"""Helpers shared by services: loading live rows, copying plain values onto models, and
writing only the fields a form changed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields, replace
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from obecdesk.errors import NotFound
from obecdesk.store.base import Synced, new_id

M = TypeVar("M", bound=Synced)
D = TypeVar("D")


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


def changed_fields(before: D, after: D) -> dict[str, Any]:
    """The fields of the dataclass ``after`` whose value differs from ``before``: what a form
    sends, so that saving it leaves alone the fields it did not touch (another window, or a
    sync from another replica, may have changed them since the form was loaded)."""
    return {f.name: getattr(after, f.name) for f in fields(after)
            if getattr(after, f.name) != getattr(before, f.name)}


def with_changes(current: D, changes: Mapping[str, Any]) -> D:
    """``current`` (a dataclass, as stored now) with the changed fields applied: what the rules
    check, so a changed field is judged together with the stored rest."""
    return replace(current, **changes)


def changed_values(values: Mapping[str, Any], changes: Mapping[str, Any],
                   derived: Mapping[str, tuple[str, ...]] | None = None) -> dict[str, Any]:
    """The checked ``values`` of the changed fields and of the columns ``derived`` from them."""
    keys = set(changes) | {d for name in changes for d in (derived or {}).get(name, ())}
    return {key: value for key, value in values.items() if key in keys}

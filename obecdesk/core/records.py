"""Helpers shared by services: loading live rows and copying plain values onto models."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.orm import Session

from obecdesk.errors import NotFound
from obecdesk.store.base import Synced

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

"""Counts and plain listings of every synced entity, for ``obecdesk stats`` and ``obecdesk list``."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, inspect, select

from obecdesk.core.errors import UserError
from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.store import Store
from obecdesk.store.base import Synced
from obecdesk.store.models import SYNCED_MODELS

#: the column that names a row of each kind, for rows whose model has no ``name``/``title``
NAME_COLUMNS = {
    "decisions": "code",
    "action_items": "text",
    "attendance": "guest_name",
    "relations": "kind",
    "memberships": "role",
}

#: Czech names of the entity kinds, for people (the plural codes stay the CLI's keys)
KIND_LABELS = {
    "localities": QT_TRANSLATE_NOOP("Kinds", "Lokality"),
    "actors": QT_TRANSLATE_NOOP("Kinds", "Aktéři"),
    "relations": QT_TRANSLATE_NOOP("Kinds", "Vztahy mezi aktéry"),
    "bodies": QT_TRANSLATE_NOOP("Kinds", "Orgány partnerství"),
    "memberships": QT_TRANSLATE_NOOP("Kinds", "Členství v orgánech"),
    "meetings": QT_TRANSLATE_NOOP("Kinds", "Jednání"),
    "agenda_items": QT_TRANSLATE_NOOP("Kinds", "Body programu"),
    "attendance": QT_TRANSLATE_NOOP("Kinds", "Pozvaní a účast"),
    "decisions": QT_TRANSLATE_NOOP("Kinds", "Usnesení"),
    "action_items": QT_TRANSLATE_NOOP("Kinds", "Úkoly"),
}


def models_by_kind() -> dict[str, type[Synced]]:
    return {model.__kind__: model for model in SYNCED_MODELS}


def counts(store: Store) -> dict[str, int]:
    """Live (non-deleted) rows per entity kind."""
    with store.reading() as session:
        return {
            kind: session.scalar(
                select(func.count()).select_from(model).where(model.deleted.is_(False))
            )
            or 0
            for kind, model in models_by_kind().items()
        }


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return value


def row_dict(row: Synced) -> dict[str, Any]:
    """Every column of ``row`` as JSON-ready values, plus ``name`` for kinds named otherwise."""
    data = {c.key: _plain(getattr(row, c.key)) for c in inspect(type(row)).column_attrs}
    if "name" not in data and "title" not in data:
        data["name"] = data.get(NAME_COLUMNS.get(row.__kind__, "id"), "")
    return data


def list_rows(store: Store, kind: str, *, locality_id: str | None = None) -> list[dict[str, Any]]:
    """Live rows of one kind (optionally of one locality) as dicts, oldest change first."""
    model = models_by_kind().get(kind)
    if model is None:
        known = ", ".join(sorted(models_by_kind()))
        raise UserError(f"Neznámý druh záznamu {kind!r}; známé jsou: {known}.")
    query = select(model).where(model.deleted.is_(False))
    if locality_id is not None and hasattr(model, "locality_id"):
        query = query.where(model.locality_id == locality_id)
    order = getattr(model, "name", None) or getattr(model, "title", None) or model.updated_at
    if kind == "meetings":
        order = model.date.desc()
    with store.reading() as session:
        return [row_dict(row) for row in session.scalars(query.order_by(order))]

"""Counts and plain listings of every synced entity, for ``obecdesk stats`` and ``obecdesk list``."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import LargeBinary, func, inspect, select
from sqlalchemy.orm import Session

from obecdesk.core.collation import czech_sorted
from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.vocabulary.cooperation import IntakeCondition
from obecdesk.core.vocabulary.process_mapping import PROCESS_KINDS
from obecdesk.errors import UserError
from obecdesk.store import Store
from obecdesk.store.base import Synced
from obecdesk.store.models import SYNCED_MODELS, Actor, Body, Locality, Meeting, SituationEvent

#: the column that names a row of each kind, for rows whose model has no ``name``/``title``
NAME_COLUMNS = {
    "decisions": "code",
    "stored_methods": "slug",
    "method_ratings": "method_slug",
    "action_items": "text",
    "indicator_targets": "period",
    "indicator_values": "period",
    "value_corrections": "period",
    "project_measures": "measure_id",
    "proposals": "text",
    "mediation-sessions": "date",
    "mediation-notes": "written_on",
    "situation-attachments": "file_name",
    "attitude-readings": "read_on",
    "communication-plans": "locality_id",
    "communication-text-versions": "title",
    "process-interviews": "respondent_code",
    "recommendation-follow-ups": "note",
    "hq_reviews": "state",
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
    "stored_methods": QT_TRANSLATE_NOOP("Kinds", "Vlastní a aktualizované metody"),
    "method_ratings": QT_TRANSLATE_NOOP("Kinds", "Hodnocení metod"),
    "strategic_plans": QT_TRANSLATE_NOOP("Kinds", "Verze strategického plánu"),
    "plan_areas": QT_TRANSLATE_NOOP("Kinds", "Oblasti plánu"),
    "plan_goals": QT_TRANSLATE_NOOP("Kinds", "Cíle plánu"),
    "measures": QT_TRANSLATE_NOOP("Kinds", "Opatření"),
    "indicators": QT_TRANSLATE_NOOP("Kinds", "Ukazatele"),
    "indicator_targets": QT_TRANSLATE_NOOP("Kinds", "Cílové hodnoty ukazatelů"),
    "indicator_values": QT_TRANSLATE_NOOP("Kinds", "Hodnoty ukazatelů"),
    "value_corrections": QT_TRANSLATE_NOOP("Kinds", "Opravy hodnot"),
    "projects": QT_TRANSLATE_NOOP("Kinds", "Projekty"),
    "project_measures": QT_TRANSLATE_NOOP("Kinds", "Projekty u opatření"),
    "cooperations": QT_TRANSLATE_NOOP("Kinds", "Žádosti o spolupráci"),
    "cooperation-conditions": QT_TRANSLATE_NOOP("Kinds", "Podmínky spolupráce"),
    "participation_events": QT_TRANSLATE_NOOP("Kinds", "Participační akce"),
    "proposals": QT_TRANSLATE_NOOP("Kinds", "Návrhy a připomínky"),
    "mediation_cases": QT_TRANSLATE_NOOP("Kinds", "Mediace"),
    "mediation_parties": QT_TRANSLATE_NOOP("Kinds", "Strany mediace"),
    "mediation_sessions": QT_TRANSLATE_NOOP("Kinds", "Setkání mediace"),
    "mediation_notes": QT_TRANSLATE_NOOP("Kinds", "Poznámky k mediaci"),
    "situation-events": QT_TRANSLATE_NOOP("Kinds", "Události situace"),
    "situation-attachments": QT_TRANSLATE_NOOP("Kinds", "Přílohy událostí"),
    "risk-scenarios": QT_TRANSLATE_NOOP("Kinds", "Rizikové scénáře"),
    "audience-groups": QT_TRANSLATE_NOOP("Kinds", "Skupiny publika"),
    "attitude-readings": QT_TRANSLATE_NOOP("Kinds", "Záznamy postojů"),
    "communication-plans": QT_TRANSLATE_NOOP("Kinds", "Komunikační plány"),
    "communication-texts": QT_TRANSLATE_NOOP("Kinds", "Komunikační texty"),
    "communication-text-versions": QT_TRANSLATE_NOOP("Kinds", "Verze textů"),
    "communication-recommendations": QT_TRANSLATE_NOOP("Kinds", "Komunikační doporučení"),
    **PROCESS_KINDS,
    "hq_reviews": QT_TRANSLATE_NOOP("Kinds", "Poznámky centrály"),
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


def _listed_columns(model: type[Synced]) -> list[Any]:
    """The columns a listing shows, labelled by attribute: all but binary ones (a sort key or a
    file's bytes mean nothing in a table or JSON)."""
    return [attr.columns[0].label(attr.key) for attr in inspect(model).column_attrs
            if not isinstance(attr.columns[0].type, LargeBinary)]


def _as_dict(kind: str, values: dict[str, Any]) -> dict[str, Any]:
    data = {key: _plain(value) for key, value in values.items()}
    if "name" not in data and "title" not in data:
        data["name"] = data.get(NAME_COLUMNS.get(kind, "id"), "")
    return data


def row_dict(row: Synced) -> dict[str, Any]:
    """Every column of ``row`` as JSON-ready values, plus ``name`` for kinds named otherwise."""
    return _as_dict(row.__kind__, {c.key: getattr(row, c.key) for c in _listed_columns(type(row))})


def _locality_filter(model: type[Synced], locality_id: str) -> Any:
    """Rows of ``model`` that belong to the locality, directly or through a meeting or body."""
    if hasattr(model, "locality_id"):
        return model.locality_id == locality_id
    if hasattr(model, "meeting_id"):
        return model.meeting_id.in_(select(Meeting.id).where(Meeting.locality_id == locality_id))
    return model.body_id.in_(select(Body.id).where(Body.locality_id == locality_id))


def _names(session: Session, model: type[Actor | Body], ids: set[str]) -> dict[str, str]:
    query = select(model.id, model.name).where(model.id.in_(ids))
    return {id_: name for id_, name in session.execute(query)} if ids else {}


def _actor_names(session: Session, rows: list[Any], *columns: str) -> dict[str, str]:
    return _names(session, Actor, {getattr(r, c) for r in rows for c in columns if getattr(r, c)})


def _readable_names(session: Session, kind: str, rows: list[Any]) -> list[str] | None:
    """People-readable names for kinds whose rows (objects or plain rows) only point at actors
    and bodies."""
    if kind == "attendance":
        actors = _actor_names(session, rows, "actor_id")
        return [actors.get(r.actor_id or "", r.guest_name) for r in rows]
    if kind == "memberships":
        actors = _actor_names(session, rows, "actor_id")
        bodies = _names(session, Body, {r.body_id for r in rows})
        return [f"{actors.get(r.actor_id, '')} – {bodies.get(r.body_id, '')}" for r in rows]
    if kind == "relations":
        actors = _actor_names(session, rows, "source_id", "target_id")
        return [f"{actors.get(r.source_id, '')} → {actors.get(r.target_id, '')} ({r.kind})"
                for r in rows]
    if kind == "cooperations":  # one per locality: the locality's name says which
        localities = _names(session, Locality, {r.locality_id for r in rows})
        return [localities.get(r.locality_id, "") for r in rows]
    if kind == "cooperation-conditions":
        return [IntakeCondition.label_of(r.code) for r in rows]
    return None


def record_name(session: Session, row: Synced) -> str:
    """What people call one row: its name or title, or the names of the rows it joins."""
    names = _readable_names(session, row.__kind__, [row])
    if names is not None:
        return names[0]
    data = row_dict(row)
    return str(data.get("name") or data.get("title") or "")


def list_rows(store: Store, kind: str, *, locality_id: str | None = None) -> list[dict[str, Any]]:
    """Live rows of one kind (optionally of one locality) as dicts, in the order the app shows
    them: Czech alphabetical by name or title, meetings by date."""
    model = models_by_kind().get(kind)
    if model is None:
        known = ", ".join(sorted(models_by_kind()))
        raise UserError(f"Neznámý druh záznamu {kind!r}; známé jsou: {known}.")
    # plain rows, not ORM objects: a listing of 10,000 actors is what a script waits for
    query = select(*_listed_columns(model)).where(model.deleted.is_(False))
    if locality_id is not None:
        query = query.where(_locality_filter(model, locality_id))
    # actors in the list's order (the indexed Czech sort key), meetings newest first, the
    # situation log as a timeline; other kinds are few enough to be put in Czech alphabetical
    # order here
    in_order = {"actors": Actor.sort_key, "meetings": Meeting.date.desc(),
                "situation-events": SituationEvent.occurred_on}
    order = in_order.get(kind, model.id)
    with store.reading() as session:
        rows = session.execute(query.order_by(order, model.id)).all()
        names = _readable_names(session, kind, rows)
        result = [_as_dict(kind, row._asdict()) for row in rows]
    if names is not None:
        for data, name in zip(result, names, strict=True):
            data["name"] = name
    if kind not in in_order:
        result = czech_sorted(result, key=lambda d: str(d.get("name") or d.get("title") or ""))
    return result

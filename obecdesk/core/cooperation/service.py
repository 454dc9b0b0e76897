"""The intake of a cooperation: who asked and about what, the conditions of cooperation, the
decision and the memorandum; with the planned end and the countdown of a time-limited mode."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields

from sqlalchemy import select

from obecdesk.core.cooperation.timeline import Countdown, countdown, planned_end
from obecdesk.core.records import assign, get_live
from obecdesk.core.vocabulary.cooperation import CooperationDecision, IntakeCondition
from obecdesk.core.vocabulary.localities import CooperationMode
from obecdesk.errors import ValidationError
from obecdesk.store import Store
from obecdesk.store.models import Actor, Cooperation, CooperationCondition, Locality
from obecdesk.store.natural_keys import cooperation_condition_id, cooperation_id


@dataclass
class ConditionData:
    """One condition of cooperation: met (True), not met (False) or not assessed (None)."""

    code: str
    met: bool | None = None
    note: str = ""


def _all_conditions() -> list[ConditionData]:
    return [ConditionData(c.value) for c in IntakeCondition]


@dataclass
class CooperationData:
    """What the intake form holds (and ``cooperation set`` changes)."""

    requested_by_id: str | None = None
    requested_on: dt.date | None = None
    themes: list[str] = field(default_factory=list)
    requested_mode: str = ""
    situation: str = ""
    decision: str = CooperationDecision.NOT_YET.value
    decision_reason: str = ""
    decided_on: dt.date | None = None
    agreed_on: dt.date | None = None
    planned_end_override: dt.date | None = None
    #: every condition of ``IntakeCondition``, in its order
    conditions: list[ConditionData] = field(default_factory=_all_conditions)


REQUEST_FIELDS = tuple(f.name for f in fields(CooperationData) if f.name != "conditions")


@dataclass(frozen=True)
class CooperationFrame:
    """A locality's cooperation as the view, the CLI and the closing report show it."""

    locality_id: str
    locality_name: str
    mode: str
    start_date: dt.date | None
    data: CooperationData
    requested_by_name: str
    #: the planned last day (None for a long-term cooperation or without dates)
    planned_end: dt.date | None
    countdown: Countdown | None
    #: True once anything of the intake was saved
    recorded: bool


def _validated(session, locality: Locality, data: CooperationData) -> dict:
    if data.requested_by_id:
        actor = session.get(Actor, data.requested_by_id)
        if actor is None or actor.deleted or actor.locality_id != locality.id:
            raise ValidationError("Žadatel musí být aktér této lokality.")
    if data.requested_mode and data.requested_mode not in set(CooperationMode):
        raise ValidationError(f"Neznámý režim spolupráce: {data.requested_mode}.")
    if data.decision not in set(CooperationDecision):
        raise ValidationError(f"Neznámé rozhodnutí o žádosti: {data.decision}.")
    reason = data.decision_reason.strip()
    if data.decision == CooperationDecision.DECLINED and not reason:
        raise ValidationError("Odmítnutí žádosti musí mít uvedený důvod.")
    if data.agreed_on and data.decision != CooperationDecision.ACCEPTED:
        raise ValidationError("Memorandum lze zapsat jen u přijaté žádosti.")
    if data.requested_on and data.agreed_on and data.agreed_on < data.requested_on:
        raise ValidationError("Memorandum nemůže předcházet datu žádosti.")
    if data.requested_on and data.decided_on and data.decided_on < data.requested_on:
        raise ValidationError("Rozhodnutí nemůže předcházet datu žádosti.")
    begin = data.agreed_on or locality.start_date
    if data.planned_end_override and begin and data.planned_end_override < begin:
        raise ValidationError("Plánovaný konec nemůže předcházet začátku spolupráce.")
    codes = [c.code for c in data.conditions]
    if len(set(codes)) != len(codes) or not set(codes) <= set(IntakeCondition):
        raise ValidationError("Neznámá nebo opakovaná podmínka spolupráce.")
    themes = list(dict.fromkeys(t.strip() for t in data.themes if t.strip()))
    return {
        "requested_by_id": data.requested_by_id or None, "requested_on": data.requested_on,
        "themes": themes, "requested_mode": data.requested_mode, "situation": data.situation,
        "decision": data.decision, "decision_reason": reason, "decided_on": data.decided_on,
        "agreed_on": data.agreed_on, "planned_end_override": data.planned_end_override,
    }


class CooperationService:
    """The only way the UI, the CLI and the report read and change a cooperation's frame."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def frame(self, locality_id: str, today: dt.date | None = None) -> CooperationFrame:
        with self.store.reading() as session:
            locality = get_live(session, Locality, locality_id, "Lokalita")
            row = session.get(Cooperation, cooperation_id(locality_id))
            row = None if row is None or row.deleted else row
            stored = {c.code: c for c in session.scalars(select(CooperationCondition).where(
                CooperationCondition.locality_id == locality_id,
                CooperationCondition.deleted.is_(False)))}
            data = CooperationData()
            if row is not None:
                for name in REQUEST_FIELDS:
                    setattr(data, name, getattr(row, name))
                data.themes = list(row.themes or [])
            for condition in data.conditions:
                if condition.code in stored:
                    condition.met = stored[condition.code].met
                    condition.note = stored[condition.code].note
            asker = session.get(Actor, data.requested_by_id) if data.requested_by_id else None
            end = planned_end(locality.mode, start=locality.start_date, agreed_on=data.agreed_on,
                              override=data.planned_end_override)
            return CooperationFrame(
                locality_id=locality.id, locality_name=locality.name, mode=locality.mode,
                start_date=locality.start_date, data=data,
                requested_by_name=asker.name if asker is not None else "", planned_end=end,
                countdown=countdown(end, today or dt.date.today()),
                recorded=row is not None or bool(stored))

    def askers(self, locality_id: str) -> list[tuple[str, str]]:
        """(id, "name (role)") of the locality's people who may have asked, in list order."""
        query = (select(Actor.id, Actor.name, Actor.role)
                 .where(Actor.locality_id == locality_id, Actor.deleted.is_(False),
                        Actor.kind == "person", Actor.erased.is_(False))
                 .order_by(Actor.sort_key))
        with self.store.reading() as session:
            return [(i, f"{n} ({r})" if r else n) for i, n, r in session.execute(query)]

    def save(self, locality_id: str, data: CooperationData,
             before: CooperationData | None = None) -> CooperationFrame:
        """Write the intake; with ``before`` (what the form loaded) only the fields the user
        changed, so a sync that changed others meanwhile is not undone."""
        with self.store.unit_of_work() as session:
            locality = get_live(session, Locality, locality_id, "Lokalita")
            values = _validated(session, locality, data)
            if before is not None:
                values = {k: v for k, v in values.items() if getattr(before, k) != getattr(data, k)}
            row_id = cooperation_id(locality_id)
            row = session.get(Cooperation, row_id)
            if row is None:
                row = Cooperation(id=row_id, locality_id=locality_id, themes=[])
                session.add(row)
            if values or row.deleted:
                assign(row, {**values, "deleted": False})
            old = {c.code: c for c in (before.conditions if before else [])}
            for condition in data.conditions:
                if before is not None and old.get(condition.code) == condition:
                    continue
                self._write_condition(session, locality_id, condition)
        return self.frame(locality_id)

    def set_condition(self, locality_id: str, code: str, *, met: bool | None,
                      note: str | None = None) -> CooperationFrame:
        if code not in set(IntakeCondition):
            raise ValidationError(f"Neznámá podmínka spolupráce: {code}.")
        with self.store.unit_of_work() as session:
            get_live(session, Locality, locality_id, "Lokalita")
            row = session.get(CooperationCondition, cooperation_condition_id(locality_id, code))
            current = "" if row is None or row.deleted else row.note
            self._write_condition(session, locality_id, ConditionData(
                code, met, current if note is None else note))
        return self.frame(locality_id)

    @staticmethod
    def _write_condition(session, locality_id: str, condition: ConditionData) -> None:
        row_id = cooperation_condition_id(locality_id, condition.code)
        row = session.get(CooperationCondition, row_id)
        if row is None and condition.met is None and not condition.note:
            return  # nothing assessed: no row, so a replica apart does not get a rival one
        if row is None:
            row = CooperationCondition(id=row_id, locality_id=locality_id, code=condition.code)
            session.add(row)
        assign(row, {"met": condition.met, "note": condition.note, "deleted": False})

"""Risk scenarios of preventive crisis communication (seed 000: "analýza rizik a rizikových
scénářů"): what could happen, how likely and how harmful (1–5 each), the signals that warn of
it, the response prepared in advance and who answers for it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from obecdesk.core.records import assign, get_live
from obecdesk.core.vocabulary.communication import RiskLevel, RiskStatus, risk_level
from obecdesk.errors import ValidationError
from obecdesk.store import Store
from obecdesk.store.models import RiskScenario

SCALE = range(1, 6)


@dataclass
class RiskData:
    title: str
    likelihood: int = 3
    impact: int = 3
    warning_signals: str = ""
    prepared_response: str = ""
    responsible_id: str | None = None
    status: str = RiskStatus.WATCHED
    notes: str = ""


@dataclass(frozen=True)
class RiskInfo:
    id: str
    data: RiskData

    @property
    def score(self) -> int:
        return self.data.likelihood * self.data.impact

    @property
    def level(self) -> RiskLevel:
        return risk_level(self.data.likelihood, self.data.impact)


def _checked(data: RiskData) -> dict:
    title = data.title.strip()
    if not title:
        raise ValidationError("Rizikový scénář musí mít popis.")
    if data.likelihood not in SCALE or data.impact not in SCALE:
        raise ValidationError("Pravděpodobnost i dopad jsou na stupnici 1 až 5.")
    if data.status not in set(RiskStatus):
        raise ValidationError(f"Neznámý stav scénáře: {data.status}.")
    return {"title": title, "likelihood": data.likelihood, "impact": data.impact,
            "warning_signals": data.warning_signals.strip(),
            "prepared_response": data.prepared_response.strip(),
            "responsible_id": data.responsible_id or None, "status": str(data.status),
            "notes": data.notes.strip()}


class RiskService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, locality_id: str, data: RiskData) -> str:
        values = _checked(data)
        with self.store.unit_of_work() as session:
            row = RiskScenario(locality_id=locality_id, **values)
            session.add(row)
            session.flush()
            return row.id

    def update(self, risk_id: str, data: RiskData) -> None:
        values = _checked(data)
        with self.store.unit_of_work() as session:
            assign(get_live(session, RiskScenario, risk_id, "Rizikový scénář"), values)

    def remove(self, risk_id: str) -> None:
        with self.store.unit_of_work() as session:
            get_live(session, RiskScenario, risk_id, "Rizikový scénář").deleted = True

    def of_locality(self, locality_id: str) -> list[RiskInfo]:
        """The scenarios, the greatest risk (likelihood × impact) first."""
        query = (select(RiskScenario)
                 .where(RiskScenario.locality_id == locality_id,
                        RiskScenario.deleted.is_(False))
                 .order_by((RiskScenario.likelihood * RiskScenario.impact).desc(),
                           RiskScenario.impact.desc(), RiskScenario.title))
        with self.store.reading() as session:
            return [RiskInfo(r.id, RiskData(r.title, r.likelihood, r.impact, r.warning_signals,
                                            r.prepared_response, r.responsible_id, r.status,
                                            r.notes))
                    for r in session.scalars(query)]

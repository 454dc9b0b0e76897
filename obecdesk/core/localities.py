"""Localities: create, edit, archive; the phase plan of a long-term cooperation."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from obecdesk.core.collation import czech_sorted
from obecdesk.core.phases import Phase, phase_plan
from obecdesk.core.records import assign, get_live
from obecdesk.core.vocabulary.localities import CooperationMode
from obecdesk.errors import ValidationError
from obecdesk.store import Store
from obecdesk.store.models import Locality


@dataclass
class LocalityData:
    """What the user types into the locality form."""

    name: str
    region: str = ""
    population: int | None = None
    mode: str = CooperationMode.LONG_TERM
    start_date: dt.date | None = None
    themes: list[str] = field(default_factory=list)
    coordinator: str = ""
    notes: str = ""
    #: a funded project's number and publicity line, printed on attendance sheets
    project_number: str = ""
    publicity_text: str = ""


@dataclass(frozen=True)
class LocalityInfo:
    id: str
    name: str
    region: str
    population: int | None
    mode: str
    start_date: dt.date | None
    themes: list[str]
    coordinator: str
    notes: str
    archived: bool
    project_number: str = ""
    publicity_text: str = ""

    @property
    def phases(self) -> list[Phase]:
        """The 36-month plan for a long-term cooperation with a start date, else nothing."""
        if self.mode != CooperationMode.LONG_TERM or self.start_date is None:
            return []
        return phase_plan(self.start_date)

    def data(self) -> LocalityData:
        return LocalityData(
            name=self.name, region=self.region, population=self.population, mode=self.mode,
            start_date=self.start_date, themes=list(self.themes), coordinator=self.coordinator,
            notes=self.notes, project_number=self.project_number,
            publicity_text=self.publicity_text,
        )


def _info(row: Locality) -> LocalityInfo:
    return LocalityInfo(
        id=row.id, name=row.name, region=row.region, population=row.population, mode=row.mode,
        start_date=row.start_date, themes=list(row.themes or []), coordinator=row.coordinator,
        notes=row.notes, archived=row.archived, project_number=row.project_number,
        publicity_text=row.publicity_text,
    )


def _validated(data: LocalityData) -> dict:
    name = data.name.strip()
    if not name:
        raise ValidationError("Lokalita musí mít název.")
    try:
        mode = CooperationMode(data.mode)
    except ValueError as exc:
        raise ValidationError(f"Neznámý režim spolupráce: {data.mode}.") from exc
    if data.population is not None and data.population < 0:
        raise ValidationError("Počet obyvatel nemůže být záporný.")
    themes = list(dict.fromkeys(t.strip() for t in data.themes if t.strip()))
    return {
        "name": name, "region": data.region.strip(), "population": data.population,
        "mode": mode.value, "start_date": data.start_date, "themes": themes,
        "coordinator": data.coordinator.strip(), "notes": data.notes,
        "project_number": data.project_number.strip(),
        "publicity_text": data.publicity_text.strip(),
    }


class LocalityService:
    """The only way the UI and the CLI read and change localities."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def list(self, *, include_archived: bool = False) -> list[LocalityInfo]:
        query = select(Locality).where(Locality.deleted.is_(False))
        if not include_archived:
            query = query.where(Locality.archived.is_(False))
        with self.store.reading() as session:
            rows = [_info(row) for row in session.scalars(query)]
        # a handful of rows, put in Czech alphabetical order here (SQLite would sort Č after Z)
        return czech_sorted(rows, key=lambda r: r.name)

    def get(self, locality_id: str) -> LocalityInfo:
        with self.store.reading() as session:
            return _info(get_live(session, Locality, locality_id, "Lokalita"))

    def find_by_name(self, name: str) -> LocalityInfo | None:
        """A live locality by exact name, else by case-insensitive name; ``None`` when absent."""
        rows = self.list(include_archived=True)
        for match in (lambda r: r.name == name, lambda r: r.name.casefold() == name.casefold()):
            found = [r for r in rows if match(r)]
            if found:
                return found[0]
        return None

    def _refuse_duplicate(self, session: Session, name: str, self_id: str | None) -> None:
        """Two live localities of one name would make every ``--locality NAME`` ambiguous."""
        query = select(Locality.id, Locality.name).where(Locality.deleted.is_(False))
        for row_id, other in session.execute(query):
            if row_id != self_id and other.casefold() == name.casefold():
                raise ValidationError(f"Lokalita „{other}“ už existuje; zvolte jiný název.")

    def create(self, data: LocalityData) -> LocalityInfo:
        values = _validated(data)
        with self.store.unit_of_work() as session:
            self._refuse_duplicate(session, values["name"], None)
            # this installation gives the final decision numbers of the locality it created
            row = Locality(numbering_replica_id=self.store.replica_id, **values)
            session.add(row)
            session.flush()
            return _info(row)

    def update(self, locality_id: str, data: LocalityData) -> LocalityInfo:
        values = _validated(data)
        with self.store.unit_of_work() as session:
            row = get_live(session, Locality, locality_id, "Lokalita")
            self._refuse_duplicate(session, values["name"], row.id)
            assign(row, values)
            session.flush()
            return _info(row)

    def set_archived(self, locality_id: str, archived: bool) -> LocalityInfo:
        with self.store.unit_of_work() as session:
            row = get_live(session, Locality, locality_id, "Lokalita")
            assign(row, {"archived": archived})
            session.flush()
            return _info(row)

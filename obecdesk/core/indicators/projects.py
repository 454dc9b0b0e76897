"""Funding projects of a locality and the summary HQ reports (seed 004): projects prepared,
submitted and approved, money obtained, money still in evaluation, people supported.

- prepared: every project past the idea;
- submitted: handed in, whatever came of it (submitted, approved, running, finished, rejected);
- approved, money obtained, people supported: approved, running or finished projects;
- in evaluation: the amount requested by projects submitted and not decided yet.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import ColumnElement, Select, case, func, select

from obecdesk.core.records import assign, get_live
from obecdesk.core.vocabulary.indicators import APPROVED, PREPARED, SUBMITTED, ProjectStatus
from obecdesk.errors import ValidationError
from obecdesk.store import Store
from obecdesk.store.models import Project, ProjectMeasure
from obecdesk.store.natural_keys import natural_id


@dataclass
class ProjectData:
    title: str
    programme: str = ""
    status: str = ProjectStatus.IDEA
    requested_hal: int | None = None
    approved_hal: int | None = None
    people_supported: int | None = None
    submitted_on: dt.date | None = None
    decided_on: dt.date | None = None
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    applicant: str = ""
    measures_text: str = ""
    notes: str = ""
    #: lineage ids of the measures it serves
    measure_ids: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ProjectInfo:
    id: str
    data: ProjectData


@dataclass(frozen=True)
class ProjectSummary:
    prepared: int
    submitted: int
    approved: int
    #: haléře
    obtained_hal: int
    in_evaluation_hal: int
    people_supported: int

    @property
    def obtained(self) -> Decimal:
        return Decimal(self.obtained_hal) / 100

    @property
    def in_evaluation(self) -> Decimal:
        return Decimal(self.in_evaluation_hal) / 100


def hal_to_czk(hal: int | None) -> Decimal | None:
    return None if hal is None else Decimal(hal) / 100


def _checked(data: ProjectData) -> dict:
    title = data.title.strip()
    if not title:
        raise ValidationError("Projekt musí mít název.")
    try:
        status = ProjectStatus(data.status)
    except ValueError as exc:
        raise ValidationError(f"Neznámý stav projektu: {data.status}.") from exc
    for amount in (data.requested_hal, data.approved_hal, data.people_supported):
        if amount is not None and amount < 0:
            raise ValidationError("Částky a počty osob nemohou být záporné.")
    if data.starts_on and data.ends_on and data.ends_on < data.starts_on:
        raise ValidationError("Projekt nemůže skončit dřív, než začne.")
    values = {k: getattr(data, k) for k in ProjectData.__dataclass_fields__ if k != "measure_ids"}
    values.update(title=title, status=status.value)
    return values


def link_id(project_id: str, measure_id: str) -> str:
    return natural_id("project_measure", project_id, measure_id)


class ProjectService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def create(self, locality_id: str, data: ProjectData) -> str:
        return self.create_many(locality_id, [data])[0]

    def create_many(self, locality_id: str, items: list[ProjectData]) -> list[str]:
        """Several projects in one transaction (an import is all or nothing)."""
        checked = [_checked(d) for d in items]
        ids = []
        with self.store.unit_of_work() as session:
            for data, values in zip(items, checked, strict=True):
                row = Project(locality_id=locality_id, **values)
                session.add(row)
                session.flush()
                ids.append(row.id)
                self._link(session, row, data.measure_ids)
        return ids

    def update(self, project_id: str, data: ProjectData) -> None:
        values = _checked(data)
        with self.store.unit_of_work() as session:
            row = get_live(session, Project, project_id, "Projekt")
            assign(row, values)
            self._link(session, row, data.measure_ids)

    @staticmethod
    def _link(session, project: Project, measure_ids: list[str]) -> None:
        wanted = set(measure_ids)
        existing = session.scalars(select(ProjectMeasure).where(
            ProjectMeasure.project_id == project.id))
        for link in existing:
            assign(link, {"deleted": link.measure_id not in wanted})
            wanted.discard(link.measure_id)
        for measure_id in sorted(wanted):
            session.add(ProjectMeasure(id=link_id(project.id, measure_id),
                                       locality_id=project.locality_id, project_id=project.id,
                                       measure_id=measure_id))

    def of_locality(self, locality_id: str) -> list[ProjectInfo]:
        with self.store.reading() as session:
            rows = list(session.scalars(select(Project).where(
                Project.locality_id == locality_id, Project.deleted.is_(False))
                .order_by(Project.submitted_on.desc().nulls_last(), Project.title)))
            links: dict[str, list[str]] = {}
            for project_id, measure_id in session.execute(
                    select(ProjectMeasure.project_id, ProjectMeasure.measure_id).where(
                        ProjectMeasure.locality_id == locality_id,
                        ProjectMeasure.deleted.is_(False))):
                links.setdefault(project_id, []).append(measure_id)
        fields_ = [k for k in ProjectData.__dataclass_fields__ if k != "measure_ids"]
        return [ProjectInfo(r.id, ProjectData(**{k: getattr(r, k) for k in fields_},
                                              measure_ids=sorted(links.get(r.id, []))))
                for r in rows]

    def summary(self, locality_id: str | None = None) -> ProjectSummary:
        """The HQ numbers of one locality (or of every locality in the store)."""
        query = _summary_query()
        if locality_id is not None:
            query = query.where(Project.locality_id == locality_id)
        with self.store.reading() as session:
            row = session.execute(query).one()
        return ProjectSummary(*(int(v or 0) for v in row))

    def summaries(self, *criteria: ColumnElement[bool]) -> dict[str, ProjectSummary]:
        """The same numbers for every locality that has projects, in one GROUP BY; ``criteria``
        narrow the projects counted (some localities, a period)."""
        query = (_summary_query().add_columns(Project.locality_id).where(*criteria)
                 .group_by(Project.locality_id))
        with self.store.reading() as session:
            return {row[-1]: ProjectSummary(*(int(v or 0) for v in row[:-1]))
                    for row in session.execute(query)}


def _summary_query() -> Select:
    """prepared, submitted, approved, obtained, in evaluation, people supported (live projects)."""
    approved = Project.status.in_([s.value for s in APPROVED])

    def count(statuses: frozenset) -> object:
        return func.count().filter(Project.status.in_([s.value for s in statuses]))

    return select(
        count(PREPARED), count(SUBMITTED), count(APPROVED),
        func.coalesce(func.sum(case((approved, Project.approved_hal), else_=0)), 0),
        func.coalesce(func.sum(case((Project.status == ProjectStatus.SUBMITTED,
                                     Project.requested_hal), else_=0)), 0),
        func.coalesce(func.sum(case((approved, Project.people_supported), else_=0)), 0),
    ).where(Project.deleted.is_(False))

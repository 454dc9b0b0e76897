"""The central office's overview of every locality in the store (issue 22, seed 003 and 004).

One row per live locality: mode, phase, coordinator, when its last bundle arrived (and whether
that is too long ago), the health of the partnership, indicators off track and the projects.
The counts are GROUP BY queries over all localities at once; only the indicators' progress is
evaluated per locality (computed indicators need their own queries).

A locality's bundles are those of the replicas that work on it: at HQ every field replica that
sent rows of it or received it (``locality_shares``), and anywhere the replicas that wrote the
locality record itself (the last part of each field's stamp). A locality no peer ever sent is
*created here* or *never received*; it is never stale, since there is nothing to wait for.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field

from sqlalchemy import select

from obecdesk.core.collation import czech_sorted
from obecdesk.core.hq_overview_queries import (
    Health,
    creators,
    last_bundles,
    partnership_health,
)
from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.indicators.overview import indicator_statuses
from obecdesk.core.indicators.projects import ProjectService, ProjectSummary
from obecdesk.core.phases import add_months, current_phases
from obecdesk.core.vocabulary.indicators import ProgressStatus
from obecdesk.core.vocabulary.localities import CooperationMode
from obecdesk.store import Store
from obecdesk.store.models import Locality, LocalReplica, SyncPeer

DEFAULT_STALE_DAYS = 30
BEFORE_START = QT_TRANSLATE_NOOP("Phases", "před zahájením")
AFTER_END = QT_TRANSLATE_NOOP("Phases", "po skončení plánu (36 měsíců)")


@dataclass(frozen=True)
class LastBundle:
    received_at: dt.datetime
    #: the replica it came from, by the name it gave itself
    sender: str
    days_ago: int


@dataclass(frozen=True)
class OverviewRow:
    locality_id: str
    name: str
    region: str
    mode: str
    coordinator: str
    start_date: dt.date | None
    #: month of the cooperation (1 = the starting month), None before the start or without one
    month: int | None
    #: Czech names of the phases running today (months 2–6 run two); "Phases" translation context
    phases: tuple[str, ...]
    last_bundle: LastBundle | None
    created_here: bool
    stale: bool
    health: Health
    off_track: int
    projects: ProjectSummary

    @property
    def weak(self) -> bool:
        return bool(self.health.weaknesses)


@dataclass(frozen=True)
class HqOverview:
    today: dt.date
    stale_days: int
    role: str
    rows: list[OverviewRow] = field(default_factory=list)

    def stale(self) -> list[OverviewRow]:
        return [r for r in self.rows if r.stale]


def cooperation_month(start: dt.date | None, today: dt.date) -> int | None:
    """Month ``m`` runs from start + (m-1) months to the day before start + m (as the phases)."""
    if start is None or today < start:
        return None
    month = (today.year - start.year) * 12 + today.month - start.month + 1
    return month - 1 if add_months(start, month - 1) > today else month


def phase_names(mode: str, start: dt.date | None, today: dt.date) -> tuple[str, ...]:
    """The phases of a long-term cooperation running today (seed 003); nothing for other modes."""
    if mode != CooperationMode.LONG_TERM or start is None:
        return ()
    if today < start:
        return (BEFORE_START,)
    running = tuple(p.name for p in current_phases(start, today))
    return running or (AFTER_END,)


def hq_overview(store: Store, *, today: dt.date | None = None,
                stale_days: int = DEFAULT_STALE_DAYS,
                now: dt.datetime | None = None) -> HqOverview:
    """Every live, unarchived locality of the store with the numbers HQ compares them by."""
    today = today or dt.date.today()
    now = now or dt.datetime.now(dt.UTC)
    with store.reading() as session:
        me = session.scalars(select(LocalReplica)).one()
        here = {me.id, me.ancestor_id} - {""}
        localities = list(session.scalars(select(Locality).where(
            Locality.deleted.is_(False), Locality.archived.is_(False))))
        health = partnership_health(session, today)
        bundles = last_bundles(session)
        created_by = creators(session)
        names = {rid: name for rid, name in session.execute(
            select(SyncPeer.replica_id, SyncPeer.name))}
        role = me.role or "field"
        plain = [(loc.id, loc.name, loc.region, loc.mode, loc.coordinator, loc.start_date)
                 for loc in localities]
    projects = ProjectService(store).summaries()
    rows = []
    for loc_id, name, region, mode, coordinator, start in plain:
        last = None
        if loc_id in bundles:
            at_text, sender = bundles[loc_id]
            at = dt.datetime.fromisoformat(at_text)
            at = at if at.tzinfo else at.replace(tzinfo=dt.UTC)
            last = LastBundle(at, names.get(sender) or sender[:8], max((now - at).days, 0))
        off_track = sum(1 for s in indicator_statuses(store, loc_id, today)
                        if s.progress.status == ProgressStatus.OFF_TRACK)
        rows.append(OverviewRow(
            loc_id, name, region, mode, coordinator, start, cooperation_month(start, today),
            phase_names(mode, start, today), last, created_by.get(loc_id, me.id) in here,
            last is not None and last.days_ago > stale_days,
            health.get(loc_id, Health()), off_track,
            projects.get(loc_id, ProjectSummary(0, 0, 0, 0, 0, 0))))
    return HqOverview(today, stale_days, role, czech_sorted(rows, key=lambda r: r.name))


def overview_json(overview: HqOverview) -> dict:
    """The overview for scripts: plain values, money in CZK, times in ISO."""
    def row(r: OverviewRow) -> dict:
        last = r.last_bundle
        return {
            "locality": r.name, "region": r.region, "mode": r.mode,
            "coordinator": r.coordinator, "month": r.month, "phase": list(r.phases),
            "last_bundle": None if last is None else {
                "received_at": last.received_at.isoformat(timespec="seconds"),
                "days_ago": last.days_ago, "sender": last.sender},
            "created_here": r.created_here, "stale": r.stale,
            "health": asdict(r.health), "weaknesses": r.health.weaknesses,
            "indicators_off_track": r.off_track,
            "projects": {"prepared": r.projects.prepared, "submitted": r.projects.submitted,
                         "approved": r.projects.approved,
                         "money_obtained_czk": float(r.projects.obtained),
                         "money_in_evaluation_czk": float(r.projects.in_evaluation),
                         "people_supported": r.projects.people_supported},
        }
    return {"today": overview.today.isoformat(), "stale_days": overview.stale_days,
            "role": overview.role, "localities": [row(r) for r in overview.rows]}

"""The counts behind the HQ overview (``core/hq_overview.py``), each one GROUP BY query over
every locality: the partnership's health, and the newest bundle from a replica working on it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.stakeholders.memberships import current_membership
from obecdesk.core.vocabulary.stakeholders import Sector
from obecdesk.store import Store
from obecdesk.store.models import (
    ActionItem,
    Actor,
    Body,
    FieldVersion,
    Locality,
    LocalityShare,
    LocalReplica,
    Meeting,
    Membership,
    ReceivedBundle,
)

RECENT_DAYS = 90
#: meeting statuses that mean it took place
HELD = ("held", "minutes_approved", "minutes_published")
#: a stamp is "<15-digit wall clock>-<6-digit counter>-<replica id>": the replica starts here
_STAMP_REPLICA_AT = 24
#: what makes a partnership weak (Czech source texts, shown and exported)
NO_DECIDERS = QT_TRANSLATE_NOOP("HqOverview", "nikdo s rozhodovací pravomocí")
NO_TARGET_GROUP = QT_TRANSLATE_NOOP("HqOverview", "bez zástupců cílové skupiny")
NO_MEETINGS = QT_TRANSLATE_NOOP("HqOverview", "žádné jednání za 90 dní")


def overview_wanted(store: Store) -> bool:
    """Whether the HQ overview helps here: at HQ, or in any store with several localities."""
    with store.reading() as session:
        role = session.scalar(select(LocalReplica.role))
        count = session.scalar(select(func.count()).select_from(Locality).where(
            Locality.deleted.is_(False), Locality.archived.is_(False)))
    return role == "hq" or (count or 0) > 1


@dataclass(frozen=True)
class Health:
    """The partnership in numbers: current members of its live bodies, how many of them decide
    by their office or power, how many represent the target group, meetings held in the last
    90 days, and the action items still open (overdue: due before today)."""

    members: int = 0
    decision_makers: int = 0
    target_group: int = 0
    meetings_recent: int = 0
    actions_open: int = 0
    actions_overdue: int = 0

    @property
    def weaknesses(self) -> list[str]:
        """Seed 004: without decision-makers, the target group or meetings a partnership stalls."""
        return [text for missing, text in ((not self.decision_makers, NO_DECIDERS),
                                           (not self.target_group, NO_TARGET_GROUP),
                                           (not self.meetings_recent, NO_MEETINGS)) if missing]


def partnership_health(session: Session, today: dt.date) -> dict[str, Health]:
    member = Actor.id
    people = session.execute(
        select(Body.locality_id, func.count(distinct(member)),
               func.count(distinct(member)).filter(Actor.decision_power.is_(True)),
               func.count(distinct(member)).filter(Actor.sector == Sector.TARGET_GROUP.value))
        .select_from(Membership).join(Body, Body.id == Membership.body_id)
        .join(Actor, Actor.id == Membership.actor_id)
        .where(*current_membership(today), Body.deleted.is_(False), Body.archived.is_(False),
               Actor.deleted.is_(False), Actor.erased.is_(False))
        .group_by(Body.locality_id))
    meetings = session.execute(
        select(Meeting.locality_id, func.count())
        .where(Meeting.deleted.is_(False), Meeting.status.in_(HELD),
               Meeting.date > today - dt.timedelta(days=RECENT_DAYS), Meeting.date <= today)
        .group_by(Meeting.locality_id))
    actions = session.execute(
        select(Meeting.locality_id, func.count(),
               func.count().filter(ActionItem.due_date < today))
        .select_from(ActionItem).join(Meeting, Meeting.id == ActionItem.meeting_id)
        .where(ActionItem.deleted.is_(False), Meeting.deleted.is_(False),
               ActionItem.status == "open")
        .group_by(Meeting.locality_id))
    found: dict[str, dict[str, int]] = {}
    for loc, members, deciders, target in people:
        found.setdefault(loc, {}).update(members=members, decision_makers=deciders,
                                         target_group=target)
    for loc, held in meetings:
        found.setdefault(loc, {})["meetings_recent"] = held
    for loc, open_, overdue in actions:
        found.setdefault(loc, {}).update(actions_open=open_, actions_overdue=overdue)
    return {loc: Health(**counts) for loc, counts in found.items()}


def last_bundles(session: Session) -> dict[str, tuple[str, str]]:
    """Locality id → (ISO time, sender id) of the newest bundle from a replica working on it."""
    writer = func.substr(FieldVersion.stamp, _STAMP_REPLICA_AT)
    newest = func.max(ReceivedBundle.imported_at)
    shared = (select(LocalityShare.locality_id, ReceivedBundle.sender_id, newest)
              .join(ReceivedBundle, ReceivedBundle.sender_id == LocalityShare.replica_id)
              .group_by(LocalityShare.locality_id, ReceivedBundle.sender_id))
    written = (select(FieldVersion.row_id, ReceivedBundle.sender_id, newest)
               .join(ReceivedBundle, ReceivedBundle.sender_id == writer)
               .where(FieldVersion.table_name == Locality.__tablename__)
               .group_by(FieldVersion.row_id, ReceivedBundle.sender_id))
    found: dict[str, tuple[str, str]] = {}
    for query in (shared, written):
        for loc, sender, at in session.execute(query):
            if loc not in found or at > found[loc][0]:
                found[loc] = (at, sender)
    return found


def creators(session: Session) -> dict[str, str]:
    """Locality id → the replica of its oldest surviving field stamp (who created it)."""
    rows = session.execute(
        select(FieldVersion.row_id, func.min(FieldVersion.stamp))
        .where(FieldVersion.table_name == Locality.__tablename__)
        .group_by(FieldVersion.row_id))
    return {loc: stamp[_STAMP_REPLICA_AT - 1:] for loc, stamp in rows}

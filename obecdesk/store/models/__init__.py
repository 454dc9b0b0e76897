"""All tables. Importing this package registers every model on ``Base.metadata``."""

from obecdesk.store.base import Base, Synced
from obecdesk.store.models.localities import Locality
from obecdesk.store.models.meetings import (
    ActionItem,
    AgendaItem,
    Attendance,
    Decision,
    Meeting,
)
from obecdesk.store.models.replica import LocalReplica
from obecdesk.store.models.stakeholders import Actor, ActorRelation, Body, Membership

#: every synced model, in an order in which parents come before children
SYNCED_MODELS: list[type[Synced]] = [
    Locality,
    Actor,
    ActorRelation,
    Body,
    Membership,
    Meeting,
    AgendaItem,
    Attendance,
    Decision,
    ActionItem,
]

__all__ = [
    "Base", "Synced", "SYNCED_MODELS", "LocalReplica", "Locality", "Actor", "ActorRelation",
    "Body", "Membership", "Meeting", "AgendaItem", "Attendance", "Decision", "ActionItem",
]

"""All tables. Importing this package registers every model on ``Base.metadata``."""

from sqlalchemy import String, Text

from obecdesk.store.base import Base, Synced
from obecdesk.store.models.communication import (
    AttitudeReading,
    AudienceGroup,
    CommunicationPlan,
    CommunicationRecommendation,
    CommunicationText,
    RiskScenario,
    TextVersion,
)
from obecdesk.store.models.cooperation import Cooperation, CooperationCondition
from obecdesk.store.models.indicators import (
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    ValueCorrection,
)
from obecdesk.store.models.localities import Locality
from obecdesk.store.models.mediation import (
    MediationCase,
    MediationNote,
    MediationParty,
    MediationSession,
)
from obecdesk.store.models.meeting_records import MinutesVersion, TaskReview
from obecdesk.store.models.meetings import (
    ActionItem,
    AgendaItem,
    Attendance,
    Decision,
    Meeting,
)
from obecdesk.store.models.methods import MethodRating, StoredMethod
from obecdesk.store.models.participation import ParticipationEvent, Proposal
from obecdesk.store.models.plans import Measure, PlanArea, PlanGoal, StrategicPlan
from obecdesk.store.models.process_mapping import (
    CriticalPoint,
    ProcessAgenda,
    ProcessDocument,
    ProcessInterview,
    ProcessStep,
    Recommendation,
    RecommendationFollowUp,
)
from obecdesk.store.models.projects import Project, ProjectMeasure
from obecdesk.store.models.replica import LocalReplica
from obecdesk.store.models.reviews import HqReview
from obecdesk.store.models.situation import SituationAttachment, SituationEvent
from obecdesk.store.models.stakeholders import Actor, ActorRelation, Body, Membership
from obecdesk.store.models.sync_peers import LocalityShare, ReceivedBundle, SyncPeer
from obecdesk.store.models.sync_state import ChangeBatch, FieldVersion, PeerAck, SyncConflict

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
    StoredMethod,
    MethodRating,
    StrategicPlan,
    PlanArea,
    PlanGoal,
    Measure,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    ValueCorrection,
    Project,
    ProjectMeasure,
    MinutesVersion,
    TaskReview,
    Cooperation,
    CooperationCondition,
    ParticipationEvent,
    Proposal,
    MediationCase,
    MediationParty,
    MediationSession,
    MediationNote,
    SituationEvent,
    SituationAttachment,
    RiskScenario,
    AudienceGroup,
    AttitudeReading,
    CommunicationPlan,
    CommunicationText,
    TextVersion,
    CommunicationRecommendation,
    ProcessAgenda,
    ProcessStep,
    ProcessDocument,
    ProcessInterview,
    CriticalPoint,
    Recommendation,
    RecommendationFollowUp,
    HqReview,
]


def _text_on_postgresql() -> None:
    """HQ on PostgreSQL holds whatever a laptop's SQLite holds (it ignores VARCHAR lengths and no
    form caps them): a synced table's string columns that are no key are TEXT there (migration
    0022 by the same rule) and keep their length elsewhere."""
    referred = {fk.column for table in Base.metadata.tables.values() for fk in table.foreign_keys}
    for model in SYNCED_MODELS:
        for column in model.__table__.columns:
            kind = column.type
            if type(kind) is String and kind.length and not column.primary_key \
                    and not column.foreign_keys and column not in referred:
                column.type = kind.with_variant(Text(), "postgresql")


_text_on_postgresql()

#: synced models by table name, for the clock table and the merge
MODEL_BY_TABLE: dict[str, type[Synced]] = {m.__tablename__: m for m in SYNCED_MODELS}

__all__ = [
    "Base", "Synced", "SYNCED_MODELS", "LocalReplica", "Locality", "Actor", "ActorRelation",
    "Body", "Membership", "Meeting", "AgendaItem", "Attendance", "Decision", "ActionItem",
    "ChangeBatch", "FieldVersion", "PeerAck", "SyncConflict", "MODEL_BY_TABLE", "StoredMethod",
    "MethodRating",
    "StrategicPlan", "PlanArea", "PlanGoal", "Measure", "Indicator", "IndicatorTarget",
    "IndicatorValue", "ValueCorrection", "Project", "ProjectMeasure",
    "MinutesVersion", "TaskReview",
    "SyncPeer", "ReceivedBundle", "LocalityShare", "Cooperation", "CooperationCondition",
    "ParticipationEvent", "Proposal", "MediationCase", "MediationParty", "MediationSession",
    "MediationNote",
    "SituationEvent", "SituationAttachment", "RiskScenario", "AudienceGroup", "AttitudeReading",
    "CommunicationPlan", "CommunicationText", "TextVersion", "CommunicationRecommendation",
    "ProcessAgenda", "ProcessStep", "ProcessDocument", "ProcessInterview", "CriticalPoint",
    "Recommendation", "RecommendationFollowUp", "HqReview",
]

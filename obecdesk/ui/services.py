"""Every service the screens use, over the opened store, handed to each view.

Views never see a raw :class:`Store` to build services from (STYLE.md point 6): the builders in
:mod:`obecdesk.ui.service_builders` are the one place in ``ui/`` that do, so a test can swap the
store and a reader finds every dependency of the UI there. Queries the core offers as plain
functions of the store come bound to it, so a view calls them like any service method.

A service is built the first time it is asked for, with its capability's others: the window
starts without importing the core of the screens nobody has opened yet.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from obecdesk.store import Store
from obecdesk.ui.service_builders import BUILDERS

if TYPE_CHECKING:
    from obecdesk.core.backups import BackupService
    from obecdesk.core.communication.desk import CommunicationDesk
    from obecdesk.core.cooperation.service import CooperationService
    from obecdesk.core.demo import DemoResult
    from obecdesk.core.hq_overview import HqOverview
    from obecdesk.core.indicators.definitions import IndicatorService
    from obecdesk.core.indicators.imports import PlanImportService
    from obecdesk.core.indicators.overview import LocalityIndicators
    from obecdesk.core.indicators.plan_edits import PlanEditService
    from obecdesk.core.indicators.plans import PlanService
    from obecdesk.core.indicators.projects import ProjectService
    from obecdesk.core.indicators.values import ValueService
    from obecdesk.core.installation import InstallationFacts
    from obecdesk.core.localities import LocalityService
    from obecdesk.core.mediation.cases import MediationService
    from obecdesk.core.mediation.notes import MediationNotes
    from obecdesk.core.meetings.invitations import InvitationService
    from obecdesk.core.meetings.minutes_search import MinutesSearch
    from obecdesk.core.meetings.service import MeetingService
    from obecdesk.core.methods.own_methods import OwnMethods
    from obecdesk.core.methods.ratings import MethodRatings
    from obecdesk.core.methods.service import MethodsService
    from obecdesk.core.overview import Activity, MethodUse
    from obecdesk.core.participation.events import EventService
    from obecdesk.core.participation.proposals import ProposalService
    from obecdesk.core.process_mapping.desk import ProcessMappingDesk
    from obecdesk.core.profile import ProfileService
    from obecdesk.core.reviews import ReviewService
    from obecdesk.core.stakeholders.actors import ActorService
    from obecdesk.core.stakeholders.bodies import BodyService
    from obecdesk.core.stakeholders.composition import CompositionService
    from obecdesk.core.stakeholders.gdpr import PersonalDataService
    from obecdesk.core.stakeholders.imports.service import ActorImportService
    from obecdesk.core.stakeholders.relations import RelationService
    from obecdesk.sync.conflict_review import ConflictReview
    from obecdesk.sync.sync_desk import SyncDesk


class Services:
    """The typed bundle: a view takes the one or two it uses; the meetings and stakeholder
    screens, whose panels and dialogs use most of them, take the bundle and hand parts down."""


    localities: LocalityService
    actors: ActorService
    #: bodies and their memberships
    bodies: BodyService
    relations: RelationService
    composition: CompositionService
    gdpr: PersonalDataService
    actor_import: ActorImportService
    meetings: MeetingService
    invitations: InvitationService
    minutes_search: MinutesSearch
    #: who "me" is in each locality (this installation's, not synced) and my tasks
    profile: ProfileService
    #: the facilitation methods a locality's meetings used, most used first
    methods_used: Callable[[str], list[MethodUse]]
    #: the method catalog (files + stored methods), search and the assistant's ranking
    method_catalog: MethodsService
    #: how methods went at meetings (1–5), and where they were used
    method_ratings: MethodRatings
    #: the coordinator's own methods
    own_methods: OwnMethods
    #: the partnership's activity in numbers (``today`` decides what is overdue)
    activity: Callable[..., Activity]
    #: rows held per entity kind
    counts: Callable[[], dict[str, int]]
    #: the stakeholder-map PDF: ``(locality_id, path, *, axis, body_id)``
    stakeholder_map: Callable[..., Path]
    #: the demo locality (nothing when it is already there)
    load_demo: Callable[[], DemoResult]
    #: concurrent edits that lost a merge, and keeping either value
    conflicts: ConflictReview
    #: copies of the store in backups/: list, make one, put one back
    backups: BackupService
    plans: PlanService
    #: changing and removing areas, goals and measures, the plan's heading
    plan_edits: PlanEditService
    #: projects, measures and indicator values from CSV/XLSX: preview, then commit
    plan_import: PlanImportService
    indicators: IndicatorService
    values: ValueService
    projects: ProjectService
    #: the plan, indicators with progress and projects of a locality: ``(locality_id, today)``
    locality_indicators: Callable[..., LocalityIndicators]
    #: bundles with HQ (or, at HQ, with the field replicas) and this replica's role
    sync: SyncDesk
    #: version, data folder, database, schema and replica (Nápověda → O aplikaci)
    installation: Callable[[], InstallationFacts]
    #: the frame of an acute or systematic cooperation and its countdown
    cooperation: CooperationService
    #: the closing report PDF: ``(locality_id, path)``
    cooperation_report: Callable[..., Path]
    #: participation events with head counts, and the proposals collected at them
    events: EventService
    proposals: ProposalService
    #: "what happened to your proposal" to XLSX or PDF: ``(locality_id, path) -> Path``
    export_proposals: Callable[..., Path]
    #: mediation cases, their parties and sessions; the notes (local unless shared)
    mediation: MediationService
    mediation_notes: MediationNotes
    #: the situation log, audiences, risks and the communication plan
    communication: CommunicationDesk
    #: agendas, steps, interviews, critical points and recommendations of process mapping
    process_mapping: ProcessMappingDesk
    #: every locality side by side for HQ: ``(today=, stale_days=)``; whether it helps here
    hq_overview: Callable[..., HqOverview]
    overview_wanted: Callable[[], bool]
    #: the overview (its rows as shown) to XLSX: ``(overview, path) -> Path``
    export_overview: Callable[..., Path]
    #: HQ's comments, approvals and returns for correction, and the field's answers
    reviews: ReviewService

    def __init__(self, store: Store) -> None:
        self._store = store

    def __getattr__(self, name: str) -> Any:
        """Build ``name`` (and its capability's other services) on first use, then keep it."""
        builder = BUILDERS.get(name)
        if builder is None or name.startswith("_"):
            raise AttributeError(f"{type(self).__name__!r} has no service {name!r}")
        built = builder(self._store)
        for key, value in built.items():
            self.__dict__.setdefault(key, value)
        return self.__dict__[name]


def build_services(store: Store) -> Services:
    return Services(store)

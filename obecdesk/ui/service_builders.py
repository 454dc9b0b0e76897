"""How each service is built from the store, a capability's services together.

A builder imports its core modules when it runs: the window starts with the few services its
first screen uses, and a capability's services (and the modules behind them) load the first
time its screen or dialog asks for one (see :class:`obecdesk.ui.services.Services`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from obecdesk.store import Store

Builder = Callable[[Store], dict[str, Any]]
#: service name -> the builder that makes it (and its capability's other services)
BUILDERS: dict[str, Builder] = {}


def provides(*names: str) -> Callable[[Builder], Builder]:
    def register(builder: Builder) -> Builder:
        for name in names:
            BUILDERS[name] = builder
        return builder

    return register


@provides("localities")
def _localities(store: Store) -> dict[str, Any]:
    from obecdesk.core.localities import LocalityService

    return {"localities": LocalityService(store)}


@provides("actors", "bodies", "relations", "composition", "gdpr", "actor_import",
          "stakeholder_map")
def _stakeholders(store: Store) -> dict[str, Any]:
    from obecdesk.core.stakeholders.actors import ActorService
    from obecdesk.core.stakeholders.bodies import BodyService
    from obecdesk.core.stakeholders.composition import CompositionService
    from obecdesk.core.stakeholders.gdpr import PersonalDataService
    from obecdesk.core.stakeholders.imports.service import ActorImportService
    from obecdesk.core.stakeholders.relations import RelationService

    return {"actors": ActorService(store), "bodies": BodyService(store),
            "relations": RelationService(store), "composition": CompositionService(store),
            "gdpr": PersonalDataService(store), "actor_import": ActorImportService(store),
            "stakeholder_map": partial(_stakeholder_map, store)}


def _stakeholder_map(store: Store, *args, **kwargs) -> Path:
    from obecdesk.reports.stakeholder_map import write_stakeholder_map  # reportlab: on printing

    return write_stakeholder_map(store, *args, **kwargs)


@provides("meetings", "invitations", "minutes_search")
def _meetings(store: Store) -> dict[str, Any]:
    from obecdesk.core.meetings.invitations import InvitationService
    from obecdesk.core.meetings.minutes_search import MinutesSearch
    from obecdesk.core.meetings.service import MeetingService

    return {"meetings": MeetingService(store), "invitations": InvitationService(store),
            "minutes_search": MinutesSearch(store)}


@provides("profile")
def _profile(store: Store) -> dict[str, Any]:
    from obecdesk.core.profile import ProfileService

    return {"profile": ProfileService(store)}


@provides("methods_used", "method_catalog", "method_ratings", "own_methods")
def _methods(store: Store) -> dict[str, Any]:
    from obecdesk.core.methods.own_methods import OwnMethods
    from obecdesk.core.methods.ratings import MethodRatings
    from obecdesk.core.methods.service import MethodsService
    from obecdesk.core.overview import methods_used

    return {"methods_used": partial(methods_used, store), "method_catalog": MethodsService(store),
            "method_ratings": MethodRatings(store), "own_methods": OwnMethods(store)}


@provides("activity", "counts", "installation")
def _facts(store: Store) -> dict[str, Any]:
    from obecdesk.core.installation import installation_facts
    from obecdesk.core.inventory import counts
    from obecdesk.core.overview import activity

    return {"activity": partial(activity, store), "counts": partial(counts, store),
            "installation": partial(installation_facts, store)}


@provides("load_demo")
def _demo(store: Store) -> dict[str, Any]:
    return {"load_demo": partial(_load_demo, store)}


def _load_demo(store: Store) -> Any:
    from obecdesk.core.demo import load_demo  # the demo's plan and methods: only when asked

    return load_demo(store)


@provides("backups")
def _backups(store: Store) -> dict[str, Any]:
    from obecdesk.core.backups import BackupService

    return {"backups": BackupService(store)}


@provides("plans", "plan_edits", "plan_import", "indicators", "values", "projects",
          "locality_indicators")
def _indicators(store: Store) -> dict[str, Any]:
    from obecdesk.core.indicators.definitions import IndicatorService
    from obecdesk.core.indicators.imports import PlanImportService
    from obecdesk.core.indicators.overview import locality_indicators
    from obecdesk.core.indicators.plan_edits import PlanEditService
    from obecdesk.core.indicators.plans import PlanService
    from obecdesk.core.indicators.projects import ProjectService
    from obecdesk.core.indicators.values import ValueService

    return {"plans": PlanService(store), "plan_edits": PlanEditService(store),
            "plan_import": PlanImportService(store), "indicators": IndicatorService(store),
            "values": ValueService(store), "projects": ProjectService(store),
            "locality_indicators": partial(locality_indicators, store)}


@provides("sync", "conflicts")
def _sync(store: Store) -> dict[str, Any]:
    from obecdesk.sync.conflict_review import ConflictReview
    from obecdesk.sync.sync_desk import SyncDesk

    return {"sync": SyncDesk(store), "conflicts": ConflictReview(store)}


@provides("cooperation", "cooperation_report")
def _cooperation(store: Store) -> dict[str, Any]:
    from obecdesk.core.cooperation.service import CooperationService

    return {"cooperation": CooperationService(store),
            "cooperation_report": partial(_cooperation_report, store)}


def _cooperation_report(store: Store, *args, **kwargs) -> Path:
    from obecdesk.reports.cooperation_report import write_cooperation_report  # on printing

    return write_cooperation_report(store, *args, **kwargs)


@provides("events", "proposals", "export_proposals")
def _participation(store: Store) -> dict[str, Any]:
    from obecdesk.core.participation.events import EventService
    from obecdesk.core.participation.proposals import ProposalService

    return {"events": EventService(store), "proposals": ProposalService(store),
            "export_proposals": partial(_export_proposals, store)}


def _export_proposals(store: Store, *args, **kwargs) -> Path:
    from obecdesk.reports.proposals_list import write_proposals  # openpyxl, reportlab

    return write_proposals(store, *args, **kwargs)


@provides("mediation", "mediation_notes")
def _mediation(store: Store) -> dict[str, Any]:
    from obecdesk.core.mediation.cases import MediationService
    from obecdesk.core.mediation.notes import MediationNotes

    return {"mediation": MediationService(store), "mediation_notes": MediationNotes(store)}


@provides("communication")
def _communication(store: Store) -> dict[str, Any]:
    from obecdesk.core.communication.desk import CommunicationDesk

    return {"communication": CommunicationDesk.over(store)}


@provides("process_mapping")
def _process_mapping(store: Store) -> dict[str, Any]:
    from obecdesk.core.process_mapping.desk import ProcessMappingDesk

    return {"process_mapping": ProcessMappingDesk.over(store)}


@provides("overview_wanted")
def _overview_wanted(store: Store) -> dict[str, Any]:
    from obecdesk.core.hq_overview_queries import overview_wanted  # asked at every start

    return {"overview_wanted": partial(overview_wanted, store)}


@provides("hq_overview", "export_overview")
def _hq_overview(store: Store) -> dict[str, Any]:
    from obecdesk.core.hq_overview import hq_overview

    return {"hq_overview": partial(hq_overview, store), "export_overview": _export_overview}


def _export_overview(overview: Any, path: str) -> Path:
    from obecdesk.core.hq_overview_export import write_overview_xlsx  # openpyxl: on saving

    return write_overview_xlsx(overview, path)


@provides("reviews")
def _reviews(store: Store) -> dict[str, Any]:
    from obecdesk.core.reviews import ReviewService

    return {"reviews": ReviewService(store)}

"""The left-hand navigation: one entry per capability, in the order users meet them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStyle

from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.store.changes import ChangeSet
from obecdesk.ui.base_view import CapabilityView
from obecdesk.ui.context import AppContext
from obecdesk.ui.services import Services

if TYPE_CHECKING:
    from obecdesk.ui.main_window import MainWindow


@dataclass(frozen=True)
class Capability:
    key: str
    label: str
    icon: QStyle.StandardPixmap
    #: builds the view, handing it the services it uses
    factory: Callable[[AppContext, Services], CapabilityView]
    #: whether this store needs the entry (None: always)
    shown: Callable[[Services], bool] | None = None


def _localities(ctx: AppContext, services: Services) -> CapabilityView:
    from obecdesk.ui.localities.view import LocalitiesView

    return LocalitiesView(ctx, services.localities, cooperation=services.cooperation)


def _hq_overview(ctx: AppContext, services: Services) -> CapabilityView:
    from obecdesk.ui.hq_overview.view import HqOverviewView

    return HqOverviewView(ctx, services.hq_overview, services.export_overview)


def _stakeholders(ctx: AppContext, services: Services) -> CapabilityView:
    from obecdesk.ui.stakeholders.view import StakeholdersView

    return StakeholdersView(ctx, services)


def _meetings(ctx: AppContext, services: Services) -> CapabilityView:
    from obecdesk.ui.meetings.view import MeetingsView

    return MeetingsView(ctx, services)


def _methods(ctx: AppContext, services: Services) -> CapabilityView:
    from obecdesk.ui.methods.view import MethodsView

    return MethodsView(ctx, services.method_catalog, services.method_ratings,
                       services.own_methods)


def _indicators(ctx: AppContext, services: Services) -> CapabilityView:
    from obecdesk.ui.indicators.view import IndicatorsView

    return IndicatorsView(ctx, services)


def _cooperation(ctx: AppContext, services: Services) -> CapabilityView:
    from obecdesk.ui.cooperation.view import CooperationView

    return CooperationView(ctx, services.cooperation, services.cooperation_report)


def _participation(ctx: AppContext, services: Services) -> CapabilityView:
    from obecdesk.ui.participation.view import ParticipationView

    return ParticipationView(ctx, services)


def _mediation(ctx: AppContext, services: Services) -> CapabilityView:
    from obecdesk.ui.mediation.view import MediationView

    return MediationView(ctx, services)


def _communication(ctx: AppContext, services: Services) -> CapabilityView:
    from obecdesk.ui.communication.view import CommunicationView

    return CommunicationView(ctx, services.communication, services.actors)


def _process_mapping(ctx: AppContext, services: Services) -> CapabilityView:
    from obecdesk.ui.process_mapping.view import ProcessMappingView

    return ProcessMappingView(ctx, services)


def _sync(ctx: AppContext, services: Services) -> CapabilityView:
    from obecdesk.ui.sync.view import SyncView

    return SyncView(ctx, services.sync, services.conflicts)


SP = QStyle.StandardPixmap

CAPABILITIES: list[Capability] = [
    Capability(
        "localities", QT_TRANSLATE_NOOP("Navigation", "Lokality"), SP.SP_DirHomeIcon, _localities
    ),
    Capability(
        "stakeholders", QT_TRANSLATE_NOOP("Navigation", "Aktéři"), SP.SP_DirIcon, _stakeholders
    ),
    Capability(
        "meetings", QT_TRANSLATE_NOOP("Navigation", "Jednání"), SP.SP_FileDialogListView, _meetings
    ),
    Capability(
        "methods", QT_TRANSLATE_NOOP("Navigation", "Metody"), SP.SP_FileDialogContentsView, _methods
    ),
    Capability(
        "indicators", QT_TRANSLATE_NOOP("Navigation", "Indikátory"), SP.SP_FileDialogDetailedView, _indicators
    ),
    Capability(
        "cooperation", QT_TRANSLATE_NOOP("Navigation", "Spolupráce"), SP.SP_DialogYesButton,
        _cooperation,
    ),
    Capability(
        "communication", QT_TRANSLATE_NOOP("Navigation", "Komunikace"), SP.SP_MessageBoxInformation,
        _communication,
    ),
    Capability(
        "process_mapping", QT_TRANSLATE_NOOP("Navigation", "Mapování procesů"),
        SP.SP_CommandLink, _process_mapping,
    ),
    Capability(
        "participation", QT_TRANSLATE_NOOP("Navigation", "Participace"), SP.SP_DriveNetIcon,
        _participation,
    ),
    Capability(
        "mediation", QT_TRANSLATE_NOOP("Navigation", "Mediace"), SP.SP_DialogHelpButton,
        _mediation,
    ),
    Capability(
        "hq_overview", QT_TRANSLATE_NOOP("Navigation", "Přehled lokalit"),
        SP.SP_ComputerIcon, _hq_overview, lambda services: services.overview_wanted(),
    ),
    Capability(
        "sync", QT_TRANSLATE_NOOP("Navigation", "Synchronizace"), SP.SP_BrowserReload, _sync
    ),
]


class NavigationWatch(QObject):
    """Keeps the window's navigation to the entries this store needs (the HQ overview hides on
    a laptop with one locality) and shows the screen a view asks for (``show_requested``)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.update_entries()
        window.ctx.hub.changed.connect(self.on_changes)
        window.ctx.show_requested.connect(self.show)

    def update_entries(self) -> None:
        for row, cap in enumerate(CAPABILITIES):
            hidden = cap.shown is not None and not cap.shown(self.window.services)
            self.window.nav.item(row).setHidden(hidden)

    def on_changes(self, changes: ChangeSet) -> None:
        if changes.touches("localities"):
            self.update_entries()

    def show(self, key: str) -> None:
        self.window.show_capability(key)

"""Every service of the communication stream over one store, handed to its screens as one."""

from __future__ import annotations

from dataclasses import dataclass

from obecdesk.core.communication.audiences import AudienceService
from obecdesk.core.communication.plan import CommunicationPlanService
from obecdesk.core.communication.risks import RiskService
from obecdesk.core.communication.situation import SituationLog
from obecdesk.core.communication.texts import TextService
from obecdesk.store import Store


@dataclass(frozen=True)
class CommunicationDesk:
    situation: SituationLog
    risks: RiskService
    audiences: AudienceService
    plan: CommunicationPlanService
    texts: TextService

    @classmethod
    def over(cls, store: Store) -> CommunicationDesk:
        return cls(situation=SituationLog(store), risks=RiskService(store),
                   audiences=AudienceService(store), plan=CommunicationPlanService(store),
                   texts=TextService(store))

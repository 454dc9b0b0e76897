"""Every service of the communication stream over one store, handed to its screens as one."""

from __future__ import annotations

from dataclasses import dataclass

from obecdesk.core.communication.situation import SituationLog
from obecdesk.store import Store


@dataclass(frozen=True)
class CommunicationDesk:
    situation: SituationLog

    @classmethod
    def over(cls, store: Store) -> CommunicationDesk:
        return cls(situation=SituationLog(store))

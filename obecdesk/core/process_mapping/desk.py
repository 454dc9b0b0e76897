"""The process-mapping services bundled for the screens (one field of ``ui.services``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from obecdesk.core.process_mapping.agendas import AgendaService
from obecdesk.core.process_mapping.findings import FindingsService
from obecdesk.core.process_mapping.interviews import InterviewService
from obecdesk.core.process_mapping.overview import ProcessMap, process_map
from obecdesk.store import Store


@dataclass(frozen=True)
class ProcessMappingDesk:
    agendas: AgendaService
    interviews: InterviewService
    findings: FindingsService
    #: the whole mapping of a locality: ``(locality_id)``
    read: Callable[[str], ProcessMap]

    @classmethod
    def over(cls, store: Store) -> ProcessMappingDesk:
        return cls(AgendaService(store), InterviewService(store), FindingsService(store),
                   partial(process_map, store))

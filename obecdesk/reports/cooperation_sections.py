"""Which work stream prints which part of the closing report, and in what order.

The closing report (``obecdesk report cooperation``) is the document the coordinator hands to the
mayor at the end of an acute or systematic cooperation: the frame, the timeline of the situation,
what each stream did, recommendations and their status, participation figures. Each stream owns
the builder of its part; the report only walks this table. Builders are named by dotted path so a
stream's report code is imported only when the report is printed.

A builder is ``build(doc: ReportDocument, store: Store, locality_id: str) -> list`` and returns the
section's flowables, or an empty list when the stream did nothing in the locality (the report then
leaves the section out instead of printing an empty heading).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

#: (position in the report, "module:function"); positions leave room between streams
SECTIONS: list[tuple[int, str]] = [
    (10, "obecdesk.reports.cooperation_frame:frame_section"),
    (20, "obecdesk.reports.communication_sections:situation_section"),
    (30, "obecdesk.reports.communication_sections:communication_section"),
    (40, "obecdesk.reports.process_map_section:process_mapping_section"),
    (50, "obecdesk.reports.stream_participation_mediation:participation_section"),
    (60, "obecdesk.reports.stream_participation_mediation:mediation_section"),
    (90, "obecdesk.reports.cooperation_frame:closing_section"),
]


def section_builders() -> list[Callable]:
    """The builders in report order, imported on demand."""
    builders = []
    for _, path in sorted(SECTIONS):
        module, _, name = path.partition(":")
        builders.append(getattr(importlib.import_module(module), name))
    return builders

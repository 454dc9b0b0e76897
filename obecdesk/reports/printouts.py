"""The three meeting printouts, registered once for the CLI (``obecdesk report KIND``) and the
meeting editor's print buttons: kind, title, file name stem and the function that writes it.

The writer is imported only when a printout is built, so listing the printouts (``--help``,
building the editor) does not load reportlab.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.meetings.meeting_types import MeetingDetail


@dataclass(frozen=True)
class Printout:
    kind: str
    #: Czech title (translated in the UI in the "MeetingOutputs" context)
    title: str
    #: the start of its file name: ``program-2025-05-12-ps-bydleni.pdf``
    file_stem: str
    #: ``module:function`` writing ``(detail, path) -> path``
    writer_name: str

    def writer(self) -> Callable[[MeetingDetail, Path], Path]:
        module_name, _, function = self.writer_name.partition(":")
        return getattr(importlib.import_module(module_name), function)

    def write(self, detail: MeetingDetail, path: Path | str, **options) -> Path:
        """``options`` are the printout's own settings (the attendance sheet's guest rows and
        GDPR notice)."""
        return Path(self.writer()(detail, Path(path), **options))


PRINTOUTS: dict[str, Printout] = {printout.kind: printout for printout in (
    Printout("agenda", QT_TRANSLATE_NOOP("MeetingOutputs", "Program jednání"), "program",
             "obecdesk.reports.agenda:write_agenda"),
    Printout("attendance", QT_TRANSLATE_NOOP("MeetingOutputs", "Prezenční listina"),
             "prezencni-listina", "obecdesk.reports.attendance_sheet:write_attendance_sheet"),
    Printout("minutes", QT_TRANSLATE_NOOP("MeetingOutputs", "Zápis z jednání"), "zapis",
             "obecdesk.reports.minutes:write_minutes"),
)}

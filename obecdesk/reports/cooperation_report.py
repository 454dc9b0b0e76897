"""The closing report of a cooperation (``obecdesk report cooperation``): the document the
coordinator hands to the mayor at the end. It is the sections of
:mod:`obecdesk.reports.cooperation_sections` in order; each work stream prints its own part."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from obecdesk.core.formatting import date_text
from obecdesk.core.localities import LocalityService
from obecdesk.reports.cooperation_sections import section_builders
from obecdesk.reports.document import ReportDocument
from obecdesk.store import Store

TITLE = "Závěrečná zpráva o spolupráci"


def write_cooperation_report(store: Store, locality_id: str, path: Path | str) -> Path:
    locality = LocalityService(store).get(locality_id)
    doc = ReportDocument(title=TITLE, municipality=locality.name, body="Obec pro všechny",
                         subtitle=f"Stav k {date_text(dt.date.today())}")
    story: list = []
    for build in section_builders():
        story += build(doc, store, locality_id)
    return doc.write(path, story)

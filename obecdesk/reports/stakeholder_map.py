"""Mapa aktérů: the power/interest map (influence × attitude or × interest) and the actor table.

Each actor is a dot coloured by sector, numbered, with a short name beside it; the number leads to
the table row below, so the map stays readable when several actors share one grid cell.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph

from obecdesk.core.formatting import date_text
from obecdesk.core.localities import LocalityService
from obecdesk.core.stakeholders.actor_fields import attitude_text
from obecdesk.core.stakeholders.actor_queries import ActorSort, map_filter
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.core.stakeholders.bodies import BodyService
from obecdesk.core.vocabulary.stakeholders import Sector
from obecdesk.reports.document import ReportDocument
from obecdesk.reports.page import CONTENT_WIDTH
from obecdesk.reports.stakeholder_map_drawing import (
    AXES,
    MapEntry,
    legend_drawing,
    map_drawing,
    sector_colour,
)
from obecdesk.store import Store


def stakeholder_map_story(doc: ReportDocument, entries: list[MapEntry], axis: str) -> list:
    if not entries:
        return [doc.paragraph("V lokalitě zatím nejsou žádní aktéři.")]
    sectors = [s.value for s in Sector if any(e.actor.sector == s for e in entries)]
    # keepWithNext of the shared heading would push a table longer than a page to the next
    # page and leave this one half empty; a conditional break keeps the heading off the bottom
    heading = ParagraphStyle("table_heading", parent=doc.styles.heading, keepWithNext=0)
    story = [map_drawing(entries, axis), doc.spacer(2), legend_drawing(sectors), doc.spacer(3),
             CondPageBreak(35 * mm), Paragraph("Aktéři", heading)]
    rows = [["#", "Jméno / název", "Organizace", "Sektor", "Role", "Vliv", "Postoj", "Zájem",
             "Rozh."]]
    for entry in entries:
        a = entry.actor
        rows.append([str(entry.number), a.name, a.organisation_name, Sector.label_of(a.sector),
                     a.role, str(a.influence), attitude_text(a.attitude), str(a.interest),
                     "ano" if a.decision_power else ""])
    fixed = [8 * mm, 33 * mm, 30 * mm, 24 * mm, 0, 11 * mm, 16 * mm, 15 * mm, 13 * mm]
    fixed[4] = CONTENT_WIDTH - sum(fixed)
    colour_marks = [("LINEBEFORE", (0, i), (0, i), 3, sector_colour(e.actor.sector))
                    for i, e in enumerate(entries, start=1)]
    story.append(doc.table(rows, fixed, extra_style=colour_marks))
    return story


def write_stakeholder_map(
    store: Store, locality_id: str, path: Path | str, *, axis: str = "attitude",
    body_id: str | None = None, today: dt.date | None = None,
) -> Path:
    """Write the stakeholder-map PDF of a locality (optionally of one body's members)."""
    if axis not in AXES:
        raise ValueError(f"unknown axis {axis!r}")
    locality = LocalityService(store).get(locality_id)
    body = BodyService(store).get(body_id) if body_id else None
    by_name = ActorService(store).list(map_filter(locality_id, body_id),
                                       sort=ActorSort.NAME)
    # most influential first, alphabetical among equals (a stable sort keeps the name order)
    actors = sorted(by_name, key=lambda a: -a.influence)
    entries = [MapEntry(number, actor) for number, actor in enumerate(actors, start=1)]
    x_title = AXES[axis][0].lower()
    doc = ReportDocument(
        title="Mapa aktérů", municipality=locality.name, body=body.name if body else "",
        subtitle=f"Vliv × {x_title}; stav k {date_text(today or dt.date.today())}; "
                 f"{len(entries)} aktérů."
                 + (" Zelená: příznivý postoj, červená: nepříznivý." if axis == "attitude" else ""),
    )
    return doc.write(path, stakeholder_map_story(doc, entries, axis))

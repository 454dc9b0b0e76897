"""Podklady pro facilitátora: one PDF to print before leaving for the town hall.

The facilitator's agenda (clock times, each method block's steps with their own times, notes,
materials), the materials checklist, one card for every method the agenda uses, then the
attendance sheet. The participants' agenda (``agenda.py``) stays the short one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak

from obecdesk.catalog.method_schema import Method
from obecdesk.core.formatting import time_text
from obecdesk.core.meetings.agenda_timing import AgendaItemInfo
from obecdesk.core.meetings.meeting_types import MeetingDetail
from obecdesk.core.methods.blocks import match_method, method_steps, timed_steps
from obecdesk.reports.attendance_sheet import attendance_story
from obecdesk.reports.document import ReportDocument
from obecdesk.reports.meeting_parts import facts, meeting_document
from obecdesk.reports.method_card import card_story
from obecdesk.reports.page import CONTENT_WIDTH
from obecdesk.reports.styles import text

TITLE = "Podklady pro facilitátora"
BOX = "\u2610"


@dataclass(frozen=True)
class KitItem:
    """An agenda item with the catalog method it uses (if any)."""

    item: AgendaItemInfo
    method: Method | None

    @property
    def note(self) -> str:
        return self.item.facilitator_note

    @property
    def materials(self) -> list[str]:
        return [m.strip() for m in self.item.materials.splitlines() if m.strip()]

    @property
    def steps(self) -> list[tuple[str, int]]:
        """The block's stored steps, or the method's fitted to the item (older agendas)."""
        if self.item.method_steps:
            return list(self.item.method_steps)
        return method_steps(self.method, self.item.planned_minutes) if self.method else []


def kit_items(detail: MeetingDetail, methods: Iterable[Method]) -> list[KitItem]:
    methods = list(methods)
    by_id = {m.id: m for m in methods}
    result = []
    for item in detail.agenda.items:
        method = by_id.get(item.method_id) or match_method(item.method, methods)
        result.append(KitItem(item, method))
    return result


def materials_checklist(items: list[KitItem]) -> list[str]:
    """Every item's own materials and its method's, once each, in agenda order."""
    seen: dict[str, str] = {}
    for entry in items:
        wanted = entry.materials + (list(entry.method.materials_cs) if entry.method else [])
        for material in wanted:
            seen.setdefault(material.casefold(), material)
    return list(seen.values())


def _item_cell(doc: ReportDocument, number: int, entry: KitItem):
    item = entry.item
    lines = [f"<b>{number}. {text(item.title)}</b>"]
    if item.presenter:
        lines.append(f"Předkládá: {text(item.presenter)}")
    if item.expected_output:
        lines.append(f"Výstup: {text(item.expected_output)}")
    return doc.paragraph("<br/>".join(lines), markup=True, style="cell")


def _method_cell(doc: ReportDocument, entry: KitItem):
    item, method = entry.item, entry.method
    if method is None:
        return doc.paragraph(text(item.method), markup=True, style="cell")
    lines = [f"<b>{text(method.name_cs)}</b>"]
    for step in timed_steps(entry.steps, item.starts_at):
        when = (f"{time_text(step.starts_at)}" if step.starts_at else f"{step.minutes} min")
        lines.append(f"{when} · {text(step.text)}" + (
            f" ({step.minutes} min)" if step.starts_at else ""))
    return doc.paragraph("<br/>".join(lines), markup=True, style="cell")


def _notes_cell(doc: ReportDocument, entry: KitItem):
    lines = [text(entry.note)] if entry.note else []
    method_materials = set(entry.method.materials_cs) if entry.method else set()
    own = [m for m in entry.materials if m not in method_materials]  # the card lists the rest
    if own:
        lines.append("Pomůcky: " + text(", ".join(own)))
    return doc.paragraph("<br/>".join(lines) or "\u00a0", markup=True, style="cell")


def facilitator_agenda(doc: ReportDocument, detail: MeetingDetail, items: list[KitItem]) -> list:
    story = [doc.heading("Program pro facilitátora")]
    if not items:
        return story + [doc.paragraph("Program zatím nemá žádné body.")]
    rows: list[list] = [["Čas", "Bod programu", "Metoda a postup", "Poznámka a pomůcky"]]
    for number, entry in enumerate(items, start=1):
        item = entry.item
        when = (f"{time_text(item.starts_at)}–{time_text(item.ends_at)}" if item.starts_at
                else f"{item.planned_minutes} min")
        rows.append([when, _item_cell(doc, number, entry), _method_cell(doc, entry),
                     _notes_cell(doc, entry)])
    widths = [25 * mm, 40 * mm, CONTENT_WIDTH - 105 * mm, 40 * mm]
    story += [doc.table(rows, widths),
              doc.paragraph(f"Celkem {detail.agenda.planned_minutes} min.", style="small")]
    if detail.agenda.warning:
        story.append(doc.paragraph(f"<b>Pozor:</b> {text(detail.agenda.warning)}", markup=True))
    return story


def kit_story(doc: ReportDocument, detail: MeetingDetail, methods: Iterable[Method]) -> list:
    items = kit_items(detail, methods)
    story = [facts(doc, detail), doc.spacer(2), *facilitator_agenda(doc, detail, items)]
    checklist = materials_checklist(items)
    story.append(doc.heading("Co s sebou (kontrolní seznam)"))
    story += ([doc.bullet(text(m), marker=BOX) for m in checklist] if checklist
              else [doc.paragraph("Program neuvádí žádné pomůcky.")])
    cards: dict[str, KitItem] = {}  # one card per method, timed for its first use
    for entry in items:
        if entry.method is not None and not entry.method.is_block:
            cards.setdefault(entry.method.id, entry)
    for entry in cards.values():
        story.append(PageBreak())
        story += card_story(doc, entry.method, steps=entry.steps, start=entry.item.starts_at,
                            heading=True)
    story += [PageBreak(), doc.heading("Prezenční listina"), *attendance_story(doc, detail)]
    return story


def write_facilitator_kit(detail: MeetingDetail, path: Path | str,
                          methods: Iterable[Method]) -> Path:
    doc = meeting_document(detail, TITLE)
    return doc.write(path, kit_story(doc, detail, methods))

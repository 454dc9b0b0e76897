"""Karta metody: one method on paper for the facilitator — purpose, participation level, steps
with minutes, materials, room, pitfalls. The facilitator kit prints the same card for every
method its agenda uses, with the steps fitted to the item's minutes and clock times."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm

from obecdesk.catalog.method_schema import Method
from obecdesk.core.formatting import time_text
from obecdesk.core.methods.blocks import TimedStep, method_steps, timed_steps
from obecdesk.core.vocabulary.methods import ConflictLevel, Participation, Purpose, Skill
from obecdesk.reports.document import ReportDocument
from obecdesk.reports.page import CONTENT_WIDTH
from obecdesk.reports.styles import text


def suitability(method: Method) -> str:
    """"nízká gramotnost, malá důvěra" — whom the method also works for."""
    parts = [label for flag, label in (
        (method.low_literacy, "nízká gramotnost"), (method.low_trust, "malá důvěra"),
        (method.language_barriers, "jazyková bariéra")) if flag]
    return ", ".join(parts) if parts else "—"


def card_facts(doc: ReportDocument, method: Method):
    return doc.facts([
        ("Účel", ", ".join(Purpose.label_of(p) for p in method.purposes)),
        ("Úroveň participace", f"{Participation.label_of(method.participation)} (IAP2)"),
        ("Velikost skupiny", f"{method.group_min}–{method.group_max} lidí"),
        ("Délka", f"{method.minutes_min}–{method.minutes_max} min"),
        ("Unese", ConflictLevel.label_of(method.conflict)),
        ("Facilitace", Skill.label_of(method.skill)),
        ("Vhodná i pro", suitability(method)),
    ])


def steps_table(doc: ReportDocument, steps: list[TimedStep]):
    timed = any(step.starts_at for step in steps)
    rows = [["Č.", "Čas" if timed else "Min", "Krok"]]
    for number, step in enumerate(steps, start=1):
        when = (f"{time_text(step.starts_at)}–{time_text(step.ends_at)}" if timed
                else f"{step.minutes}")
        rows.append([f"{number}.", when, step.text])
    first = 24 * mm if timed else 12 * mm
    return doc.table(rows, [10 * mm, first, CONTENT_WIDTH - 10 * mm - first])


def _bullets(doc: ReportDocument, items) -> list:
    return [doc.bullet(text(item)) for item in items]


def card_story(doc: ReportDocument, method: Method, *,
               steps: list[tuple[str, int]] | None = None, start=None,
               heading: bool = False) -> list:
    """The card's flowables; ``steps`` are an agenda block's (else the method's own), ``start``
    times them. ``heading`` opens it with the method's name (in the kit, whose title is its)."""
    story: list = []
    if heading:
        story.append(doc.heading(method.name_cs))
    story += [doc.paragraph(method.summary_cs), card_facts(doc, method), doc.spacer(2)]
    steps = steps if steps is not None else method_steps(method)
    story.append(doc.paragraph(f"Postup ({sum(m for _, m in steps)} min)", style="subheading"))
    story.append(steps_table(doc, timed_steps(steps, start)))
    for title, value in (("Příprava", method.preparation_cs), ("Prostor", method.room_cs)):
        if value:
            story += [doc.paragraph(title, style="subheading"), doc.paragraph(value)]
    for title, items in (("Pomůcky", method.materials_cs),
                         ("Na co si dát pozor", method.pitfalls_cs),
                         ("Varianty", method.variants_cs)):
        if items:
            story += [doc.paragraph(title, style="subheading"), *_bullets(doc, items)]
    if method.sources:
        story.append(doc.paragraph("Zdroje: " + "; ".join(method.sources), style="small"))
    return story


def method_card_document(method: Method) -> tuple[ReportDocument, list]:
    subtitle = method.name_en if method.name_en != method.name_cs else ""
    doc = ReportDocument(title=method.name_cs, municipality="Karta metody",
                         body="Agentura pro sociální začleňování", subtitle=subtitle)
    return doc, card_story(doc, method)


def write_method_card(method: Method, path: Path | str) -> Path:
    doc, story = method_card_document(method)
    return doc.write(path, story)

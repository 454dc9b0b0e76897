"""The communication stream's parts of the closing report: how the situation developed (the
timeline of the situation log) and what communication did (the audiences' course in words, the
risks by level, the plan, the texts and the recommendations with their status)."""

from __future__ import annotations

from reportlab.lib.units import mm

from obecdesk.core.communication.audiences import AudienceService, trend_text
from obecdesk.core.communication.plan import CommunicationPlanService
from obecdesk.core.communication.risks import RiskService
from obecdesk.core.communication.situation import SituationLog
from obecdesk.core.communication.texts import TextService
from obecdesk.core.formatting import date_text, number_text
from obecdesk.core.vocabulary.communication import (
    SEVERITIES,
    EventKind,
    RecommendationStatus,
    RiskLevel,
    RiskStatus,
    TextKind,
    TextStatus,
)
from obecdesk.reports.document import ReportDocument
from obecdesk.reports.page import CONTENT_WIDTH
from obecdesk.store import Store
from obecdesk.store.models import Actor


def situation_section(doc: ReportDocument, store: Store, locality_id: str) -> list:
    """Vývoj situace: date · kind · event · severity, in time order."""
    events = SituationLog(store).events(locality_id)
    if not events:
        return []
    rows = [["Datum", "Druh", "Událost", "Závažnost"]]
    for event in events:
        data = event.data
        what = data.title + (f" ({data.source})" if data.source else "")
        if data.reach is not None:
            what += f", dosah {number_text(data.reach)}"
        rows.append([date_text(data.occurred_on), EventKind.label_of(data.kind), what,
                     SEVERITIES.get(data.severity, "")])
    worst = max(e.data.severity for e in events)
    summary = (f"Situační deník zachycuje {len(events)} událostí od "
               f"{date_text(events[0].data.occurred_on)} do {date_text(events[-1].data.occurred_on)}; "
               f"nejvyšší závažnost: {SEVERITIES[worst]}.")
    return [doc.heading("Vývoj situace"), doc.paragraph(summary), doc.spacer(2),
            doc.table(rows, [24 * mm, 36 * mm, CONTENT_WIDTH - 84 * mm, 24 * mm])]


def _names(store: Store, ids: set[str]) -> dict[str, str]:
    from sqlalchemy import select

    if not ids:
        return {}
    with store.reading() as session:
        return dict(session.execute(select(Actor.id, Actor.name).where(Actor.id.in_(ids))).all())


def communication_section(doc: ReportDocument, store: Store, locality_id: str) -> list:
    """Komunikace: audiences, risks by level, the plan, texts and recommendations."""
    groups = AudienceService(store).groups(locality_id)
    risks = RiskService(store).of_locality(locality_id)
    planning = CommunicationPlanService(store)
    plan = planning.plan(locality_id)
    recommendations = planning.recommendations(locality_id)
    texts = TextService(store).texts(locality_id)
    if not (groups or risks or not plan.empty or recommendations or texts):
        return []
    names = _names(store, {i for i in [plan.spokesperson_id, *(r.data.responsible_id
                                                                for r in recommendations)] if i})
    story = [doc.heading("Komunikace")]
    if groups:
        story.append(doc.paragraph("<b>Postoje skupin publika</b>", markup=True))
        story += [doc.bullet(f"<b>{_x(g.name)}</b>: {_x(trend_text(g))}") for g in groups]
    if risks:
        story.append(doc.paragraph("<b>Rizikové scénáře podle míry rizika</b>", markup=True))
        for level in reversed(RiskLevel):
            chosen = [r for r in risks if r.level is level]
            for risk in chosen:
                story.append(doc.bullet(
                    f"{_x(level.label)} riziko ({risk.data.likelihood} × {risk.data.impact}): "
                    f"{_x(risk.data.title)} – {_x(RiskStatus.label_of(risk.data.status))}"))
    if not plan.empty:
        story.append(doc.paragraph("<b>Komunikační plán</b>", markup=True))
        facts = [("Mluvčí", names.get(plan.spokesperson_id or "", "")),
                 ("Klíčová sdělení", plan.key_messages), ("Kanály", plan.channels),
                 ("Připravená prohlášení", plan.holding_statements)]
        story.append(doc.facts(facts))
    if texts:
        story.append(doc.paragraph("<b>Texty</b>", markup=True))
        story += [doc.bullet(f"{_x(t.data.title)} ({_x(TextKind.label_of(t.data.kind))}, "
                             f"{_x(TextStatus.label_of(t.data.status))}, verzí: {t.versions + 1})")
                  for t in texts]
    if recommendations:
        rows = [["Doporučení", "Stav", "Odpovídá", "Zjištění"]]
        rows += [[r.data.title, RecommendationStatus.label_of(r.data.status),
                  names.get(r.data.responsible_id or "", ""), r.data.note]
                 for r in recommendations]
        story.append(doc.together([  # the heading never stays alone at the foot of a page
            doc.paragraph("<b>Komunikační doporučení a jejich plnění</b>", markup=True),
            doc.table(rows, [62 * mm, 22 * mm, 30 * mm, CONTENT_WIDTH - 114 * mm])]))
    return story


def _x(value: str) -> str:
    from xml.sax.saxutils import escape

    return escape(value)

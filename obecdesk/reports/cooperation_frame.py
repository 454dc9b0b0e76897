"""The closing report's first and last sections: the cooperation's frame (request, conditions,
decision, dates, days left) and a summary of the partnership's meetings held during the
cooperation with the action items still open."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from sqlalchemy import select

from obecdesk.core.cooperation.service import CooperationFrame, CooperationService
from obecdesk.core.cooperation.summary import MET_TEXT, frame_facts
from obecdesk.core.formatting import date_text
from obecdesk.core.vocabulary.cooperation import IntakeCondition
from obecdesk.core.vocabulary.meetings import ActionStatus, MeetingStatus
from obecdesk.reports.document import ReportDocument
from obecdesk.reports.page import CONTENT_WIDTH
from obecdesk.store import Store
from obecdesk.store.models import ActionItem, Actor, Meeting

HELD = (MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED, MeetingStatus.MINUTES_PUBLISHED)


def frame_section(doc: ReportDocument, store: Store, locality_id: str) -> list:
    """Always printed: a locality without any intake still has its mode and dates."""
    frame = CooperationService(store).frame(locality_id)
    story = [doc.heading("Rámec spolupráce"), doc.facts(frame_facts(frame)), doc.spacer(2)]
    if not frame.recorded:
        story.append(doc.paragraph("Žádost obce ani podmínky spolupráce zatím nejsou zapsány."))
        return story
    rows = [["Podmínka spolupráce", "Posouzení", "Poznámka"]]
    rows += [[IntakeCondition.label_of(c.code), MET_TEXT[c.met], c.note]
             for c in frame.data.conditions]
    return story + [doc.table(rows, [72 * mm, 24 * mm, CONTENT_WIDTH - 96 * mm])]


def _period(frame: CooperationFrame) -> tuple[dt.date | None, dt.date]:
    today = dt.date.today()
    end = min(frame.planned_end, today) if frame.planned_end else today
    return frame.data.agreed_on or frame.start_date, end


def closing_section(doc: ReportDocument, store: Store, locality_id: str) -> list:
    """Meetings held during the cooperation and the open action items; nothing without either."""
    frame = CooperationService(store).frame(locality_id)
    begin, end = _period(frame)
    held = select(Meeting.date, Meeting.title).where(
        Meeting.locality_id == locality_id, Meeting.deleted.is_(False),
        Meeting.status.in_(HELD), Meeting.date <= end)
    if begin is not None:
        held = held.where(Meeting.date >= begin)
    open_items = (select(ActionItem.text, ActionItem.due_date, Actor.name)
                  .join(Meeting, Meeting.id == ActionItem.meeting_id)
                  .outerjoin(Actor, Actor.id == ActionItem.owner_id)
                  .where(Meeting.locality_id == locality_id, Meeting.deleted.is_(False),
                         ActionItem.deleted.is_(False), ActionItem.status == ActionStatus.OPEN)
                  .order_by(ActionItem.due_date.is_(None), ActionItem.due_date))
    with store.reading() as session:
        meetings = session.execute(held.order_by(Meeting.date)).all()
        items = session.execute(open_items).all()
    if not meetings and not items:
        return []
    story = [doc.heading("Shrnutí a další kroky")]
    since = f" od {date_text(begin)}" if begin else ""
    story.append(doc.paragraph(f"Jednání, která proběhla během spolupráce{since} do "
                               f"{date_text(end)}: {len(meetings)}."))
    if meetings:
        rows = [["Datum", "Jednání"]] + [[date_text(d), t] for d, t in meetings]
        story += [doc.table(rows, [26 * mm, CONTENT_WIDTH - 26 * mm]), doc.spacer(2)]
    if items:
        story.append(doc.paragraph(f"Otevřené úkoly, které zbývá dokončit: {len(items)}."))
        rows = [["Úkol", "Termín", "Odpovídá"]]
        rows += [[text, date_text(due), owner or ""] for text, due, owner in items]
        story.append(doc.table(rows, [CONTENT_WIDTH - 70 * mm, 26 * mm, 44 * mm]))
    else:
        story.append(doc.paragraph("Žádný úkol partnerství nezůstal otevřený."))
    return story

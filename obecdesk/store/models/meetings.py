"""Meetings with their agenda, attendance, decisions and action items (the records kept of
corrections and task reviews: ``meeting_records``)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, Time, event
from sqlalchemy.orm import Mapped, mapped_column

from obecdesk.store.base import Base, Synced
from obecdesk.store.sync_policy import FORWARD, sync_policy

#: the meeting status only moves along this chain (``MeetingStatus`` in the core; a test keeps the
#: two in step), so a replica that has not heard of the minutes being approved cannot undo it
STATUS_CHAIN = ("planned", "agenda_sent", "held", "minutes_approved", "minutes_published")


class Meeting(Synced, Base):
    __tablename__ = "meetings"
    __kind__ = "meetings"
    __sync__ = sync_policy(
        merged="locality_id body_id kind title date start_time end_time place facilitator "
               "minute_taker verifier decision_rule goal invitations_sent_on agenda_sent_on held_on "
               "minutes_approved_on minutes_published_on head_count notes",
        one_way={"deleted": FORWARD, "status": STATUS_CHAIN},
    )
    __table_args__ = (Index("ix_meetings_locality_date", "locality_id", "date"),)

    locality_id: Mapped[str] = mapped_column(ForeignKey("localities.id"), index=True)
    body_id: Mapped[str | None] = mapped_column(ForeignKey("bodies.id"), nullable=True, index=True)
    kind: Mapped[str] = mapped_column(String(20), default="body")
    title: Mapped[str] = mapped_column(String(300))
    date: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[dt.time | None] = mapped_column(Time, nullable=True)
    end_time: Mapped[dt.time | None] = mapped_column(Time, nullable=True)
    place: Mapped[str] = mapped_column(String(300), default="")
    facilitator: Mapped[str] = mapped_column(String(200), default="")
    minute_taker: Mapped[str] = mapped_column(String(200), default="")
    #: ověřovatel zápisu: who checks and co-signs the minutes
    verifier: Mapped[str] = mapped_column(String(200), default="", server_default="")
    decision_rule: Mapped[str] = mapped_column(String(30), default="consensus")
    goal: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(30), default="planned")
    invitations_sent_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    agenda_sent_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    held_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    minutes_approved_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    minutes_published_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    #: public meetings may count heads instead of recording names
    head_count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class AgendaItem(Synced, Base):
    __tablename__ = "agenda_items"
    __kind__ = "agenda_items"
    __sync__ = sync_policy(
        merged="meeting_id position title presenter planned_minutes method expected_output "
               "minutes_html method_id method_steps facilitator_note materials",
        derived="minutes_text lemmas", one_way={"deleted": FORWARD},
    )
    __table_args__ = (Index("ix_agenda_items_meeting_position", "meeting_id", "position"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    presenter: Mapped[str] = mapped_column(String(200), default="")
    planned_minutes: Mapped[int] = mapped_column(Integer, default=15)
    method: Mapped[str] = mapped_column(String(200), default="")
    expected_output: Mapped[str] = mapped_column(String(500), default="")
    #: minutes of this item, rich text (HTML subset)
    minutes_html: Mapped[str] = mapped_column(Text, default="")
    #: the words of ``minutes_html`` for the full-text index; kept in step by the mapper events
    minutes_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    #: the catalog id (slug) of the method this item runs as a timed block, or empty
    method_id: Mapped[str] = mapped_column(String(80), default="", server_default="")
    #: the block's steps as JSON ``[[text, minutes], …]``, fitted to ``planned_minutes``
    method_steps: Mapped[str] = mapped_column(Text, default="", server_default="")
    facilitator_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    #: what to bring for this item, one per line (the kit's checklist gathers them)
    materials: Mapped[str] = mapped_column(Text, default="", server_default="")
    #: dictionary forms of the title's and the minutes' words for the index (``word_forms``);
    #: NULL until the next search fills it (``minutes_index.fill_word_forms``)
    lemmas: Mapped[str | None] = mapped_column(Text, nullable=True, default=None)


class Attendance(Synced, Base):
    """An invitee (an actor) or a guest (a name) and whether they came."""

    __tablename__ = "attendance"
    __kind__ = "attendance"
    # an invitee is one row per (meeting, actor) with a deterministic id; ``deleted`` is a register
    __sync__ = sync_policy(
        merged="meeting_id actor_id guest_name guest_organisation invited status deleted"
    )

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"), index=True)
    actor_id: Mapped[str | None] = mapped_column(ForeignKey("actors.id"), nullable=True, index=True)
    guest_name: Mapped[str] = mapped_column(String(200), default="")
    guest_organisation: Mapped[str] = mapped_column(String(200), default="")
    invited: Mapped[bool] = mapped_column(default=True)
    status: Mapped[str] = mapped_column(String(20), default="unknown")


class Decision(Synced, Base):
    __tablename__ = "decisions"
    __kind__ = "decisions"
    # ``code`` is printed in the minutes and never changes after it is given, so it travels as the
    # value it was given rather than being recomputed from a body code that may be edited since
    __sync__ = sync_policy(
        merged="meeting_id agenda_item_id year number code text how_decided votes_for "
               "votes_against votes_abstained",
        derived="lemmas", one_way={"deleted": FORWARD},
    )
    __table_args__ = (Index("ix_decisions_series", "year", "code"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"), index=True)
    agenda_item_id: Mapped[str | None] = mapped_column(
        ForeignKey("agenda_items.id"), nullable=True
    )
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    #: e.g. "PS-B 2025/07"
    code: Mapped[str] = mapped_column(String(40), index=True)
    text: Mapped[str] = mapped_column(Text)
    how_decided: Mapped[str] = mapped_column(String(30), default="consensus")
    votes_for: Mapped[int | None] = mapped_column(Integer, nullable=True)
    votes_against: Mapped[int | None] = mapped_column(Integer, nullable=True)
    votes_abstained: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: dictionary forms of the code's and the text's words for the index (``word_forms``);
    #: NULL until the next search fills it (``minutes_index.fill_word_forms``)
    lemmas: Mapped[str | None] = mapped_column(Text, nullable=True, default=None)


class ActionItem(Synced, Base):
    __tablename__ = "action_items"
    __kind__ = "action_items"
    __sync__ = sync_policy(
        merged="meeting_id body_id owner_id text due_date status done_on",
        one_way={"deleted": FORWARD},
    )
    __table_args__ = (Index("ix_action_items_body_status", "body_id", "status"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"), index=True)
    body_id: Mapped[str | None] = mapped_column(ForeignKey("bodies.id"), nullable=True)
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("actors.id"), nullable=True)
    text: Mapped[str] = mapped_column(Text)
    due_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    done_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


@event.listens_for(AgendaItem, "before_insert")
@event.listens_for(AgendaItem, "before_update")
def _keep_minutes_text(_mapper, _connection, item: AgendaItem) -> None:
    """Whoever writes minutes (a service, the demo, a sync import), the index sees plain words;
    their dictionary forms are computed by the next search, so writing never waits for the
    lemmatiser's dictionary to load."""
    from obecdesk.store.minutes_html import html_to_text  # html.parser: on the first write

    item.minutes_text = html_to_text(item.minutes_html or "")
    item.lemmas = None  # stale: the next search lemmatises it (loading the dictionary once)


@event.listens_for(Decision, "before_insert")
@event.listens_for(Decision, "before_update")
def _forget_decision_lemmas(_mapper, _connection, decision: Decision) -> None:
    decision.lemmas = None

"""Right of access: everything the store holds about one person, as JSON values or plain text."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from obecdesk.core.formatting import date_text
from obecdesk.core.mediation.cases import parties_represented
from obecdesk.core.stakeholders.actor_fields import attitude_text
from obecdesk.core.vocabulary.meetings import ActionStatus, AttendanceStatus
from obecdesk.core.vocabulary.stakeholders import RelationKind, Sector
from obecdesk.store.models import (
    ActionItem,
    Actor,
    ActorRelation,
    AgendaItem,
    Attendance,
    Body,
    Cooperation,
    Locality,
    Meeting,
    Membership,
)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def person_record(session: Session, row: Actor) -> dict[str, Any]:
    locality = session.get(Locality, row.locality_id)
    memberships = session.execute(
        select(Membership, Body).join(Body, Body.id == Membership.body_id)
        .where(Membership.actor_id == row.id, Membership.deleted.is_(False),
               Body.deleted.is_(False))
        .order_by(Body.name)
    )
    relations = list(session.scalars(select(ActorRelation).where(
        (ActorRelation.source_id == row.id) | (ActorRelation.target_id == row.id),
        ActorRelation.deleted.is_(False),
    )))
    ends = {r.source_id for r in relations} | {r.target_id for r in relations}
    names = dict(session.execute(select(Actor.id, Actor.name).where(Actor.id.in_(ends))).all())
    attendance = session.execute(
        select(Attendance, Meeting).join(Meeting, Meeting.id == Attendance.meeting_id)
        .where(Attendance.actor_id == row.id, Attendance.deleted.is_(False),
               Meeting.deleted.is_(False))
        .order_by(Meeting.date)
    )
    actions = session.execute(
        select(ActionItem, Meeting).join(Meeting, Meeting.id == ActionItem.meeting_id)
        .where(ActionItem.owner_id == row.id, ActionItem.deleted.is_(False))
        .order_by(ActionItem.due_date)
    )
    led = session.scalars(select(Body).where(
        (Body.leader_id == row.id) | (Body.facilitator_id == row.id), Body.deleted.is_(False),
    ).order_by(Body.name))
    requests = session.scalars(select(Cooperation.requested_on).where(
        Cooperation.requested_by_id == row.id, Cooperation.deleted.is_(False)))
    return {
        "cooperation_requests": [{"requested_on": _iso(day)} for day in requests],
        "bodies_led": [{
            "body": body.name,
            "as": [what for what, actor_id in (("leader", body.leader_id),
                                                ("facilitator", body.facilitator_id))
                   if actor_id == row.id],
        } for body in led],
        "meeting_roles": _meeting_roles(session, row),
        "mediation_parties": parties_represented(session, row.id, row.locality_id),
        "exported_at": dt.datetime.now().isoformat(timespec="seconds"),
        "locality": locality.name if locality else "",
        "person": {
            "id": row.id, "name": row.name, "organisation": row.organisation_name,
            "sector": row.sector, "sector_label": Sector.label_of(row.sector), "role": row.role,
            "email": row.email, "phone": row.phone, "address": row.address,
            "influence": row.influence, "attitude": row.attitude, "interest": row.interest,
            "decision_power": row.decision_power, "notes": row.notes,
            "tags": list(row.tags or []), "erased": row.erased,
        },
        "processing": {
            "legal_basis": row.legal_basis, "consent_date": _iso(row.consent_date),
            "purpose": row.purpose,
        },
        "memberships": [{
            "body": body.name, "role": m.role, "joined_on": _iso(m.joined_on),
            "left_on": _iso(m.left_on),
        } for m, body in memberships],
        "relations": [{
            "kind": r.kind, "kind_label": RelationKind.label_of(r.kind),
            "from": names.get(r.source_id, ""), "to": names.get(r.target_id, ""), "note": r.note,
        } for r in relations],
        "attendance": [{
            "meeting": meeting.title, "date": _iso(meeting.date), "status": a.status,
            "status_label": AttendanceStatus.label_of(a.status),
        } for a, meeting in attendance],
        "action_items": [{
            "text": item.text, "meeting": meeting.title, "due_date": _iso(item.due_date),
            "status": item.status, "status_label": ActionStatus.label_of(item.status),
        } for item, meeting in actions],
    }


def _meeting_roles(session: Session, row: Actor) -> list[dict[str, Any]]:
    """Meetings where the person's exact name is the facilitator, minute-taker or a presenter."""
    name = row.name.strip()
    if not name or row.erased:
        return []
    meetings = select(Meeting).where(Meeting.locality_id == row.locality_id,
                                     Meeting.deleted.is_(False))
    roles: list[tuple[Meeting, str]] = []
    for meeting in session.scalars(meetings.where(
        (func.trim(Meeting.facilitator) == name) | (func.trim(Meeting.minute_taker) == name)
        | (func.trim(Meeting.verifier) == name)
    )):
        if meeting.facilitator.strip() == name:
            roles.append((meeting, "facilitator"))
        if meeting.minute_taker.strip() == name:
            roles.append((meeting, "minute_taker"))
        if meeting.verifier.strip() == name:
            roles.append((meeting, "verifier"))
    presented = session.execute(
        select(Meeting, AgendaItem.title).join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
        .where(Meeting.locality_id == row.locality_id, Meeting.deleted.is_(False),
               AgendaItem.deleted.is_(False), func.trim(AgendaItem.presenter) == name)
    )
    result = [{"meeting": m.title, "date": _iso(m.date), "role": role, "item": ""}
              for m, role in roles]
    result += [{"meeting": m.title, "date": _iso(m.date), "role": "presenter", "item": title}
               for m, title in presented]
    return sorted(result, key=lambda r: (r["date"] or "", r["meeting"], r["role"]))


MEETING_ROLE_WORDS = {"facilitator": "facilitátor", "minute_taker": "zapisovatel",
                      "verifier": "ověřovatel zápisu",
                      "presenter": "předkládá bod"}
BODY_ROLE_WORDS = {"leader": "vedoucí", "facilitator": "facilitátor"}


def _day(iso: str | None) -> str:
    return date_text(dt.date.fromisoformat(iso)) if iso else ""


def person_text(record: dict[str, Any]) -> str:
    """The record as a plain Czech text a person can read without any program."""
    p, proc = record["person"], record["processing"]
    yes_no = {True: "ano", False: "ne"}
    lines = [
        "VÝPIS OSOBNÍCH ÚDAJŮ (právo na přístup podle čl. 15 GDPR)",
        f"Vytvořeno: {_day(record['exported_at'][:10])}, lokalita: {record['locality']}",
        "",
        "Osoba",
        f"  Jméno: {p['name']}",
        f"  Organizace: {p['organisation']}",
        f"  Sektor: {p['sector_label']}",
        f"  Role: {p['role']}",
        f"  E-mail: {p['email']}",
        f"  Telefon: {p['phone']}",
        f"  Adresa: {p['address']}",
        f"  Vliv (1–5): {p['influence']}",
        f"  Postoj k začleňování (−2 až +2): {attitude_text(p['attitude'])}",
        f"  Zájem (1–5): {p['interest']}",
        f"  Rozhodovací pravomoc: {yes_no[bool(p['decision_power'])]}",
        f"  Štítky: {', '.join(p['tags'])}",
        f"  Poznámky: {p['notes']}",
        "",
        "Zpracování osobních údajů",
        f"  Právní základ: {proc['legal_basis']}",
        f"  Souhlas udělen: {_day(proc['consent_date'])}",
        f"  Účel: {proc['purpose']}",
        "",
        "Členství v orgánech partnerství",
    ]
    lines += [f"  {m['body']} – {m['role'] or 'člen'}, od {_day(m['joined_on']) or '?'}"
              + (f" do {_day(m['left_on'])}" if m["left_on"] else "")
              for m in record["memberships"]] or ["  žádné"]
    lines += ["", "Vedení a facilitace orgánů"]
    lines += [f"  {b['body']}: {', '.join(BODY_ROLE_WORDS[a] for a in b['as'])}"
              for b in record["bodies_led"]] or ["  žádné"]
    lines += ["", "Vztahy k dalším aktérům"]
    lines += [f"  {r['from']} {r['kind_label']} {r['to']}" + (f" ({r['note']})" if r["note"] else "")
              for r in record["relations"]] or ["  žádné"]
    lines += ["", "Účast na jednáních"]
    lines += [f"  {_day(a['date'])} {a['meeting']}: {a['status_label']}"
              for a in record["attendance"]] or ["  žádná"]
    lines += ["", "Role na jednáních"]
    lines += [f"  {_day(r['date'])} {r['meeting']}: {MEETING_ROLE_WORDS[r['role']]}"
              + (f" „{r['item']}“" if r["item"] else "")
              for r in record["meeting_roles"]] or ["  žádné"]
    lines += ["", "Úkoly, za které osoba odpovídá"]
    lines += [f"  {t['text']} (jednání {t['meeting']}, termín {_day(t['due_date']) or 'neurčen'},"
              f" {t['status_label']})" for t in record["action_items"]] or ["  žádné"]
    lines += ["", "Žádost obce o spolupráci, kterou osoba podala"]
    lines += [f"  ze dne {_day(c['requested_on']) or 'neuvedeno'}"
              for c in record["cooperation_requests"]] or ["  žádná"]
    lines += ["", "Zastupování strany v mediaci"]
    lines += [f"  {m['party']} ({m['case']})" for m in record["mediation_parties"]] or ["  žádné"]
    return "\n".join(lines) + "\n"

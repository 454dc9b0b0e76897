"""Who was invited to a meeting and who came: invitees (actors), guests (names), head counts.

An attendance row is either an invitee (``actor_id`` set, ``invited``) or a guest (a typed name).
An invitee's row has the natural-key id of (meeting, actor), so two replicas inviting the same
actor land on one row; guests keep random ids.
Public meetings may record only a head count on the meeting instead of names.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from obecdesk.core.collation import actor_key
from obecdesk.core.meetings.minutes_lock import check_meeting_unlocked, check_unlocked
from obecdesk.core.records import assign, get_live, natural_row
from obecdesk.core.vocabulary.meetings import AttendanceStatus, MeetingKind
from obecdesk.errors import ValidationError
from obecdesk.store import Store
from obecdesk.store.models import Actor, Attendance, Meeting
from obecdesk.store.natural_keys import attendance_id


@dataclass(frozen=True)
class AttendeeInfo:
    """One line of the attendance list (and of the prezenční listina)."""

    id: str
    meeting_id: str
    actor_id: str | None
    name: str
    organisation: str
    role: str
    email: str
    invited: bool
    status: str

    @property
    def is_guest(self) -> bool:
        return self.actor_id is None

    @property
    def status_label(self) -> str:
        return AttendanceStatus.label_of(self.status)


def attendee_rows(session: Session, meeting_id: str) -> list[AttendeeInfo]:
    """Invitees first (by surname, titles ignored), then guests in the order they were added."""
    org = aliased(Actor)
    query = (
        select(Attendance, Actor, org.name)
        .outerjoin(Actor, Actor.id == Attendance.actor_id)
        .outerjoin(org, org.id == Actor.organisation_id)
        .where(Attendance.meeting_id == meeting_id, Attendance.deleted.is_(False))
    )
    rows: list[AttendeeInfo] = []
    order: dict[str, bytes] = {}  # the actors' stored Czech sort keys (by surname)
    for entry, actor, org_name in session.execute(query):
        if actor is not None:
            order[entry.id] = actor.sort_key or actor_key(actor.kind, actor.name)
            rows.append(AttendeeInfo(
                id=entry.id, meeting_id=meeting_id, actor_id=actor.id, name=actor.name,
                organisation=org_name or actor.organisation_name or "", role=actor.role,
                email=actor.email, invited=entry.invited, status=entry.status,
            ))
        else:
            rows.append(AttendeeInfo(
                id=entry.id, meeting_id=meeting_id, actor_id=None, name=entry.guest_name,
                organisation=entry.guest_organisation, role="", email="", invited=False,
                status=entry.status,
            ))
    invitees = sorted((r for r in rows if not r.is_guest), key=lambda r: order[r.id])
    guests = [r for r in rows if r.is_guest]
    return invitees + guests


def _status(value: str) -> str:
    try:
        return AttendanceStatus(value).value
    except ValueError as exc:
        raise ValidationError(f"Neznámý stav účasti: {value}.") from exc


def attendance_entry_of(session: Session, attendance_id: str,
                        meeting_id: str | None = None) -> Attendance:
    """The live entry (refused when ``meeting_id`` is given and it belongs to another meeting)."""
    entry = get_live(session, Attendance, attendance_id, "Záznam o účasti")
    if meeting_id is not None and entry.meeting_id != meeting_id:
        raise ValidationError("Záznam o účasti patří k jinému jednání.")
    check_meeting_unlocked(session, entry.meeting_id)
    return entry


def mark(entry: Attendance, status: str) -> None:
    assign(entry, {"status": _status(status)})


def invite(session: Session, meeting_id: str, actor_id: str) -> Attendance:
    """Invite an actor of the meeting's locality; inviting twice changes nothing."""
    meeting = get_live(session, Meeting, meeting_id, "Jednání")
    check_unlocked(session, meeting)
    actor = get_live(session, Actor, actor_id, "Aktér")
    if actor.locality_id != meeting.locality_id:
        raise ValidationError("Pozvat lze jen aktéra ze stejné lokality.")
    existing = session.scalar(select(Attendance).where(
        Attendance.meeting_id == meeting_id, Attendance.actor_id == actor_id,
        Attendance.deleted.is_(False)))
    if existing is not None:
        return existing
    entry = natural_row(session, Attendance, attendance_id(meeting_id, actor_id), {
        "meeting_id": meeting_id, "actor_id": actor_id, "guest_name": "",
        "guest_organisation": "", "invited": True, "status": AttendanceStatus.UNKNOWN.value})
    session.flush()
    return entry


def admit_guest(session: Session, meeting_id: str, name: str, organisation: str = "",
                status: str = AttendanceStatus.PRESENT.value) -> Attendance:
    """A guest who came without an invitation (a name, maybe an organisation)."""
    name = name.strip()
    if not name:
        raise ValidationError("Host musí mít jméno.")
    value = _status(status)
    check_unlocked(session, get_live(session, Meeting, meeting_id, "Jednání"))
    entry = Attendance(meeting_id=meeting_id, actor_id=None, guest_name=name,
                       guest_organisation=organisation.strip(), invited=False, status=value)
    session.add(entry)
    session.flush()
    return entry


def counts_heads(kind: str) -> bool:
    """Public meetings and round tables may record a head count instead of names."""
    return kind in (MeetingKind.PUBLIC, MeetingKind.ROUND_TABLE)


def check_head_count(kind: str, head_count: int | None) -> None:
    """A head count only where :func:`counts_heads` allows it, and never below zero."""
    if head_count is not None and head_count < 0:
        raise ValidationError("Počet účastníků nemůže být záporný.")
    if head_count is not None and not counts_heads(kind):
        raise ValidationError("Počet účastníků bez jmen lze zapsat jen u veřejného "
                              "setkání nebo kulatého stolu.")


class AttendanceService:
    """Invitees, guests and their presence; every method is one unit of work (the rules are
    the session-level functions above, which :meth:`MeetingService.save` uses too)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def list(self, meeting_id: str) -> list[AttendeeInfo]:
        with self.store.reading() as session:
            get_live(session, Meeting, meeting_id, "Jednání")
            return attendee_rows(session, meeting_id)

    def set_status(self, attendance_id: str, status: str) -> None:
        """Mark one invitee or guest present / excused / absent (or back to unknown)."""
        with self.store.unit_of_work() as session:
            mark(attendance_entry_of(session, attendance_id), status)

    def record(self, meeting_id: str, *, present: list[str] = (), excused: list[str] = (),
               absent: list[str] = ()) -> None:
        """Set many at once by actor id: ``record(meeting_id=..., present=[...])``."""
        wanted = {a: AttendanceStatus.PRESENT.value for a in present}
        wanted |= {a: AttendanceStatus.EXCUSED.value for a in excused}
        wanted |= {a: AttendanceStatus.ABSENT.value for a in absent}
        with self.store.unit_of_work() as session:
            check_unlocked(session, get_live(session, Meeting, meeting_id, "Jednání"))
            entries = {e.actor_id: e for e in session.scalars(select(Attendance).where(
                Attendance.meeting_id == meeting_id, Attendance.deleted.is_(False),
                Attendance.actor_id.in_(list(wanted))))}
            missing = set(wanted) - set(entries)
            if missing:
                raise ValidationError("Někdo z označených není mezi pozvanými na toto jednání.")
            for actor_id, status in wanted.items():
                mark(entries[actor_id], status)

    def add_invitee(self, meeting_id: str, actor_id: str) -> AttendeeInfo:
        with self.store.unit_of_work(immediate=True) as session:
            entry = invite(session, meeting_id, actor_id)
            return next(r for r in attendee_rows(session, meeting_id) if r.id == entry.id)

    def add_guest(self, meeting_id: str, name: str, organisation: str = "",
                  status: str = AttendanceStatus.PRESENT.value) -> AttendeeInfo:
        with self.store.unit_of_work() as session:
            entry = admit_guest(session, meeting_id, name, organisation, status)
            return next(r for r in attendee_rows(session, meeting_id) if r.id == entry.id)

    def remove(self, attendance_id: str) -> None:
        """Remove an invitee or a guest from the list (a tombstone, so sync carries it)."""
        with self.store.unit_of_work() as session:
            attendance_entry_of(session, attendance_id).deleted = True

    def remove_invitee(self, meeting_id: str, actor_id: str) -> None:
        """Take an actor off the invitation list (nothing happens if they were not on it)."""
        with self.store.unit_of_work() as session:
            check_unlocked(session, get_live(session, Meeting, meeting_id, "Jednání"))
            for entry in session.scalars(select(Attendance).where(
                    Attendance.meeting_id == meeting_id, Attendance.actor_id == actor_id,
                    Attendance.deleted.is_(False))):
                entry.deleted = True

    def set_head_count(self, meeting_id: str, head_count: int | None) -> None:
        """For public meetings: how many people came, when names are not recorded."""
        with self.store.unit_of_work() as session:
            meeting = get_live(session, Meeting, meeting_id, "Jednání")
            check_unlocked(session, meeting)
            check_head_count(meeting.kind, head_count)
            assign(meeting, {"head_count": head_count})

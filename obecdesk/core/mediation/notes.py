"""A mediator's notes: on this laptop only, unless the coordinator marks a note shareable.

The text is kept in ``mediation_notes.text``, a local-only column that no bundle ever carries.
Marking a note shareable copies the text to ``shared_text``, which travels like any field;
taking the mark back blanks that copy (the blank travels too, but a recipient who printed or
read the note already keeps what they saw). A note written on another laptop and not shared
arrives as a dated, empty row: the colleague sees that a confidential note exists, never its text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from obecdesk.core.records import assign, get_live
from obecdesk.errors import ValidationError
from obecdesk.store import Store
from obecdesk.store.models import MediationCase, MediationNote


@dataclass(frozen=True)
class NoteInfo:
    id: str
    case_id: str
    written_on: dt.date
    author: str
    #: what this laptop can show: the local text, or the shared copy of a colleague's note
    text: str
    shared: bool
    #: False for a colleague's confidential note whose text stayed on their laptop
    readable: bool


def _note_info(row: MediationNote) -> NoteInfo:
    text = row.shared_text if row.shared and row.shared_text else row.text
    return NoteInfo(row.id, row.case_id, row.written_on, row.author, text, row.shared,
                    bool(row.text or row.shared))


def forget(note: MediationNote) -> None:
    """A deleted note keeps no text, local or shared."""
    assign(note, {"deleted": True, "text": "", "shared": False, "shared_text": ""})


def forget_deleted_texts(session: Session) -> None:
    """After a merge: a note deleted on another replica keeps no text here either (a plain
    UPDATE of the local column, which has no versions and travels nowhere)."""
    session.execute(update(MediationNote).where(MediationNote.deleted.is_(True),
                                                MediationNote.text != "").values(text=""))


class MediationNotes:
    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, case_id: str, text: str, *, written_on: dt.date | None = None,
            author: str = "", shared: bool = False) -> str:
        """A new note, local only unless ``shared``."""
        text = text.strip()
        if not text:
            raise ValidationError("Poznámka nemůže být prázdná.")
        with self.store.unit_of_work() as session:
            case = get_live(session, MediationCase, case_id, "Mediace")
            note = MediationNote(locality_id=case.locality_id, case_id=case_id,
                                 written_on=written_on or dt.date.today(), author=author.strip(),
                                 text=text, shared=shared, shared_text=text if shared else "")
            session.add(note)
            session.flush()
            return note.id

    def edit(self, note_id: str, text: str) -> None:
        text = text.strip()
        if not text:
            raise ValidationError("Poznámka nemůže být prázdná.")
        with self.store.unit_of_work() as session:
            note = get_live(session, MediationNote, note_id, "Poznámka")
            if not note.text and not note.shared:
                raise ValidationError("Text této poznámky je jen v počítači, kde vznikla; "
                                      "zde ji nelze upravit.")
            assign(note, {"text": text, "shared_text": text if note.shared else ""})

    def set_shared(self, note_id: str, shared: bool) -> None:
        """Mark the note shareable (its text travels from the next bundle on) or take it back."""
        with self.store.unit_of_work() as session:
            note = get_live(session, MediationNote, note_id, "Poznámka")
            text = note.text or note.shared_text
            if shared and not text:
                raise ValidationError("Text této poznámky je jen v počítači, kde vznikla; "
                                      "sdílet ji může jen její autor.")
            # a colleague's shared note keeps its text here once it is no longer shared
            assign(note, {"text": text, "shared": shared, "shared_text": text if shared else ""})

    def remove(self, note_id: str) -> None:
        """Delete the note; its text goes too, also from this laptop (the row stays as a
        tombstone so that peers hear of the deletion)."""
        with self.store.unit_of_work() as session:
            forget(get_live(session, MediationNote, note_id, "Poznámka"))

    def of_case(self, case_id: str) -> list[NoteInfo]:
        """The case's notes, oldest first."""
        with self.store.reading() as session:
            rows = session.scalars(select(MediationNote).where(
                MediationNote.case_id == case_id, MediationNote.deleted.is_(False))
                .order_by(MediationNote.written_on, MediationNote.id))
            return [_note_info(r) for r in rows]

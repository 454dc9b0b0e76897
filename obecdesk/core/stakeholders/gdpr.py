"""Personal data of a person (GDPR): erasure and the right of access.

Erasure is an ordinary synced update of the actor row (not a delete), so it travels to every
replica in the next bundle (DESIGN.md P7); the row itself stays as an anonymous placeholder so
attendance rows still point somewhere and meeting head counts stay true.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from obecdesk.core.output_files import save
from obecdesk.core.records import assign, get_live
from obecdesk.core.stakeholders.actor_fields import derived_values
from obecdesk.core.stakeholders.erased_backups import (
    StaleBackup,
    backups_holding_erased_data,
    purge_backups_before_erasure,
)
from obecdesk.core.stakeholders.gdpr_export import person_record, person_text
from obecdesk.core.stakeholders.memberships import is_current_member
from obecdesk.core.stakeholders.name_copies import count_mentions, replace_name_copies
from obecdesk.core.vocabulary.stakeholders import ActorKind, Sector
from obecdesk.errors import ValidationError
from obecdesk.store import Store
from obecdesk.store.conflict_values import forget_conflict_values
from obecdesk.store.models import (
    Actor,
    ActorRelation,
    Attendance,
    Membership,
)
from obecdesk.store.scrub import merge_full_text, scrub_freed_data

ANONYMOUS_NAME = "Anonymizovaná osoba"

#: every column of an actor that describes the person, with the value erasure leaves behind
ERASED_VALUES: dict[str, Any] = {
    "name": ANONYMOUS_NAME, "organisation_id": None, "organisation_name": "", "role": "",
    "email": "", "phone": "", "address": "", "notes": "", "tags": [], "legal_basis": "",
    "consent_date": None, "purpose": "", "influence": 3, "attitude": 0, "interest": 3,
    "decision_power": False, "sector": Sector.OTHER.value, "erased": True,
}


@dataclass(frozen=True)
class ErasureResult:
    actor_id: str
    #: attendance rows kept (they now point at the anonymous placeholder)
    attendance_kept: int
    memberships_kept: int
    relations_removed: int
    #: fields that held exactly the person's name (facilitator, minute-taker, presenter, guest,
    #: the locality's coordinator), now the placeholder
    names_replaced: int = 0
    #: minutes, decisions, action items and notes whose free text still mentions the name: the
    #: user reviews them by hand (free text cannot be anonymised safely by a program)
    mentions_to_review: int = 0


class PersonalDataService:
    """Erase a person's personal data, or export everything held about them."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def erase(self, actor_id: str, *, today: dt.date | None = None) -> ErasureResult:
        """Blank every personal field of a person, keeping an anonymous placeholder row.

        In the same transaction the person's memberships end on the erasure date and fields
        holding exactly their name get the placeholder; free-text mentions are counted
        (:mod:`obecdesk.core.stakeholders.name_copies`).
        Afterwards the database files are scrubbed of the old values (:mod:`obecdesk.store.scrub`).
        """
        today = today or dt.date.today()
        with self.store.unit_of_work() as session:
            row = get_live(session, Actor, actor_id, "Aktér")
            if row.kind != ActorKind.PERSON:
                raise ValidationError(
                    f"{row.name} je organizace; výmaz osobních údajů se týká jen osob."
                )
            if row.erased:
                raise ValidationError("Osobní údaje této osoby už byly vymazány.")
            name, locality_id = row.name.strip(), row.locality_id
            assign(row, ERASED_VALUES)
            assign(row, derived_values(row))
            # the conflict log may hold values the person's record had; it keeps none of them
            forget_conflict_values(session, Actor.__tablename__, actor_id)
            memberships = _end_memberships(session, actor_id, today)
            relations = list(session.scalars(select(ActorRelation).where(
                (ActorRelation.source_id == actor_id) | (ActorRelation.target_id == actor_id),
            )))
            removed = sum(not relation.deleted for relation in relations)
            for relation in relations:
                # a relation describes the person; nothing to keep, not even a removed one's note
                assign(relation, {"deleted": True, "note": ""})
                forget_conflict_values(session, ActorRelation.__tablename__, relation.id)
            attendance = session.scalar(select(func.count(Attendance.id)).where(
                Attendance.actor_id == actor_id, Attendance.deleted.is_(False)
            )) or 0
            replaced = replace_name_copies(session, locality_id, actor_id, name, ANONYMOUS_NAME)
            mentions = count_mentions(session, locality_id, actor_id, name)
            # the old words leave the index in the erasure's transaction, not after it
            merge_full_text(session.connection())
        scrub_freed_data(self.store, merged=True)  # nor may the old values linger in the log
        return ErasureResult(actor_id, attendance, memberships, removed, replaced, mentions)

    def stale_backups(self) -> list[StaleBackup]:
        """Backups taken before the latest erasure: they still hold the erased data."""
        return backups_holding_erased_data(self.store)

    def purge_stale_backups(self) -> list[StaleBackup]:
        return purge_backups_before_erasure(self.store)

    def person_record(self, actor_id: str) -> dict[str, Any]:
        """Everything the store holds about one person, as plain JSON-ready values."""
        with self.store.reading() as session:
            row = get_live(session, Actor, actor_id, "Aktér")
            if row.kind != ActorKind.PERSON:
                raise ValidationError(f"{row.name} je organizace, ne osoba.")
            return person_record(session, row)

    def export(self, actor_id: str, path: Path | str) -> Path:
        """Write the person's record to ``path``: JSON for ``.json``, readable text otherwise."""
        path = Path(path)
        record = self.person_record(actor_id)
        if path.suffix.lower() == ".json":
            content = json.dumps(record, ensure_ascii=False, indent=2, default=str) + "\n"
        else:
            content = person_text(record)
        return save(path, content.encode("utf-8"))


def _end_memberships(session: Session, actor_id: str, today: dt.date) -> int:
    """End the person's current memberships today (history stays, the seat is free)."""
    memberships = list(session.scalars(select(Membership).where(
        Membership.actor_id == actor_id, Membership.deleted.is_(False)
    )))
    for membership in memberships:
        values: dict[str, Any] = {"role": ""}
        if is_current_member(membership.left_on, today):
            values["left_on"] = today
            if membership.joined_on and membership.joined_on > today:
                values["joined_on"] = today
        assign(membership, values)
    return len(memberships)

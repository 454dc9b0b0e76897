"""An actor's fields: the form's input, the frozen view of a row, and the rules input must meet.

The search and sort keys live here too, because every write must recompute them from the same
fields (:func:`derived_values`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from obecdesk.core.collation import actor_key
from obecdesk.core.text import actor_search_text, duplicate_text, strip_titles
from obecdesk.core.vocabulary.stakeholders import ActorKind, Sector, needs_consent_date
from obecdesk.errors import ValidationError
from obecdesk.store.models import Actor

INFLUENCE_RANGE = range(1, 6)
ATTITUDE_RANGE = range(-2, 3)
INTEREST_RANGE = range(1, 6)


@dataclass
class ActorData:
    """What the user types into the actor form (or what one imported row says)."""

    name: str
    kind: str = ActorKind.PERSON
    sector: str = Sector.OTHER
    organisation_id: str | None = None
    #: organisation as typed when it is not linked to an organisation actor
    organisation_name: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    influence: int = 3
    attitude: int = 0
    interest: int = 3
    decision_power: bool = False
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    legal_basis: str = ""
    consent_date: dt.date | None = None
    purpose: str = ""


@dataclass(frozen=True)
class ActorInfo:
    id: str
    locality_id: str
    kind: str
    name: str
    organisation_id: str | None
    organisation_name: str
    sector: str
    role: str
    email: str
    phone: str
    address: str
    influence: int
    attitude: int
    interest: int
    decision_power: bool
    notes: str
    tags: list[str]
    legal_basis: str
    consent_date: dt.date | None
    purpose: str
    erased: bool

    @property
    def is_person(self) -> bool:
        return self.kind == ActorKind.PERSON

    @property
    def lacks_legal_basis(self) -> bool:
        """A person whose data are held without a recorded legal basis (GDPR art. 6)."""
        return self.is_person and not self.erased and not self.legal_basis.strip()

    def data(self) -> ActorData:
        return ActorData(
            name=self.name, kind=self.kind, sector=self.sector,
            organisation_id=self.organisation_id, organisation_name=self.organisation_name,
            role=self.role, email=self.email, phone=self.phone, address=self.address,
            influence=self.influence, attitude=self.attitude, interest=self.interest,
            decision_power=self.decision_power, notes=self.notes, tags=list(self.tags),
            legal_basis=self.legal_basis, consent_date=self.consent_date, purpose=self.purpose,
        )


def info(row: Actor) -> ActorInfo:
    return ActorInfo(
        id=row.id, locality_id=row.locality_id, kind=row.kind, name=row.name,
        organisation_id=row.organisation_id, organisation_name=row.organisation_name,
        sector=row.sector, role=row.role, email=row.email, phone=row.phone, address=row.address,
        influence=row.influence, attitude=row.attitude, interest=row.interest,
        decision_power=row.decision_power, notes=row.notes, tags=list(row.tags or []),
        legal_basis=row.legal_basis, consent_date=row.consent_date, purpose=row.purpose,
        erased=row.erased,
    )


def search_key(row: Actor) -> str:
    """The folded search key of ``row`` from the fields a user searches by.

    It starts with the name without academic titles, so the list sorted by this key puts
    "Mgr. Jana Šimková" among the Š's, not the M's; the full name with titles comes later
    so "mgr" still finds her.
    """
    bare = strip_titles(row.name)
    return actor_search_text(
        bare, row.organisation_name, row.role, row.email, *(row.tags or []),
        row.name if bare != row.name.strip() else "",
    )


def derived_values(row: Actor) -> dict[str, str | bytes]:
    """The columns every write recomputes from the others (declared derived, never synced):
    the search key, the Czech alphabetical sort key of the list and the duplicate key imports
    look up."""
    return {"search_text": search_key(row), "sort_key": actor_key(row.kind, row.name),
            "duplicate_key": duplicate_text(row.name, row.organisation_name or "")}


def _check_range(value: int, allowed: range, message: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value not in allowed:
        raise ValidationError(message)
    return value


def check_influence(value: int) -> int:
    return _check_range(value, INFLUENCE_RANGE, f"Vliv musí být celé číslo 1 až 5, ne {value!r}.")


def check_attitude(value: int) -> int:
    return _check_range(
        value, ATTITUDE_RANGE, f"Postoj k začleňování musí být celé číslo −2 až +2, ne {value!r}."
    )


def check_interest(value: int) -> int:
    return _check_range(value, INTEREST_RANGE, f"Zájem musí být celé číslo 1 až 5, ne {value!r}.")


def attitude_text(value: int) -> str:
    """"+2", "0", "−1": the attitude with its sign (a real minus, as Czech typography writes
    it); the one formatting of an attitude for the list, the form, the map, the PDF and exports."""
    return f"+{value}" if value > 0 else ("−" + str(-value) if value < 0 else "0")


#: columns :func:`validated` sets from another field, written whenever that field changes: an
#: organisation keeps no personal data, and a linked organisation's name is copied
DERIVED = {"kind": ("legal_basis", "consent_date", "purpose"),
           "organisation_id": ("organisation_name",)}


def validated(data: ActorData) -> dict:
    """Plain column values for ``data`` (the organisation link is checked by
    :func:`link_organisation`, which needs a session)."""
    name = data.name.strip()
    if not name:
        raise ValidationError("Aktér musí mít jméno nebo název.")
    if len(name) > 200:
        raise ValidationError("Jméno aktéra může mít nejvýše 200 znaků.")
    try:
        kind = ActorKind(data.kind)
    except ValueError as exc:
        raise ValidationError(f"Neznámý druh aktéra: {data.kind}.") from exc
    try:
        sector = Sector(data.sector)
    except ValueError as exc:
        raise ValidationError(f"Neznámý sektor: {data.sector}.") from exc
    personal = kind == ActorKind.PERSON
    if personal and data.consent_date and data.consent_date > dt.date.today():
        raise ValidationError("Datum souhlasu nemůže být v budoucnosti.")
    if personal and needs_consent_date(data.legal_basis) and not data.consent_date:
        raise ValidationError("Právní základ „souhlas“ vyžaduje datum, kdy byl souhlas udělen.")
    return {
        "name": name, "kind": kind.value, "sector": sector.value,
        "organisation_id": data.organisation_id or None,
        "organisation_name": data.organisation_name.strip(),
        "role": data.role.strip(), "email": data.email.strip(), "phone": data.phone.strip(),
        "address": data.address.strip(),
        "influence": check_influence(data.influence), "attitude": check_attitude(data.attitude),
        "interest": check_interest(data.interest), "decision_power": bool(data.decision_power),
        "notes": data.notes, "tags": list(dict.fromkeys(t.strip() for t in data.tags if t.strip())),
        "legal_basis": data.legal_basis.strip() if personal else "",
        "consent_date": data.consent_date if personal else None,
        "purpose": data.purpose.strip() if personal else "",
    }


def link_organisation(session: Session, values: dict, locality_id: str,
                      self_id: str | None) -> None:
    """Check the organisation link and copy the organisation's name into ``values``."""
    org_id = values["organisation_id"]
    if org_id is None:
        return
    org = session.get(Actor, org_id)
    if org is None or org.deleted:
        raise ValidationError("Vybraná organizace neexistuje.")
    if org.id == self_id:
        raise ValidationError("Organizace nemůže patřit sama pod sebe.")
    if org.kind != ActorKind.ORGANISATION:
        raise ValidationError(f"{org.name} není organizace, osoba k ní nemůže patřit.")
    if org.locality_id != locality_id:
        raise ValidationError(f"Organizace {org.name} patří do jiné lokality.")
    values["organisation_name"] = org.name

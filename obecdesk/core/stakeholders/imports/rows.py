"""Checking an actor spreadsheet: which column is which field, and what each row becomes.

Every row ends in exactly one pile: to import (with warnings), duplicate (same name and
organisation as an actor already kept or an earlier row), or rejected with a Czech reason.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from obecdesk.core.stakeholders.actor_checks import email_warning
from obecdesk.core.stakeholders.actor_fields import ActorData, validated
from obecdesk.core.stakeholders.decision_roles import decides_by_role
from obecdesk.core.stakeholders.imports.cells import (
    CellError,
    normalise,
    parse_attitude,
    parse_date,
    parse_influence,
    parse_interest,
    parse_kind,
    parse_tags,
    parse_yes_no,
)
from obecdesk.core.stakeholders.imports.duplicate_keys import duplicate_key
from obecdesk.core.stakeholders.imports.fields import (
    FIELD_LABELS,
    field_for_header,
    looks_like_organisation,
    sector_for_word,
)
from obecdesk.core.stakeholders.imports.files import Table
from obecdesk.core.stakeholders.imports.results import (
    ColumnMapping,
    DuplicateRow,
    ImportRow,
    RejectedRow,
)
from obecdesk.core.vocabulary.stakeholders import ActorKind, Sector
from obecdesk.errors import UserError, ValidationError

PREVIEW_ROWS = 20

#: other spellings accepted for a field name in ``--column FIELD=HEADER``
FIELD_ALIASES = {"note": "notes", "organization": "organisation", "tag": "tags",
                 "mail": "email", "e mail": "email", "telephone": "phone", "type": "kind",
                 "last name": "surname", "first name": "first_name", "decision power":
                 "decision_power", "consent": "consent_date", "legal basis": "legal_basis"}


def available_fields() -> list[tuple[str, str]]:
    """(field, Czech label) pairs for the mapping combos and ``--column`` help."""
    return list(FIELD_LABELS.items())


def _same_spelling(a: str, b: str) -> bool:
    return normalise(a) == normalise(b)


def _duplicate_reason(name: str, other: str, where: str) -> tuple[str, bool]:
    """Reason text and whether the match is only *possible* (titles or word order differ)."""
    if _same_spelling(name, other):
        return where, False
    return f"možná duplicita: {where} jako „{other}“", True


# -- mapping ---------------------------------------------------------------------------------------


def map_columns(
    headers: tuple[str, ...], overrides: Mapping[str, str | None] | None = None,
    place: str = "V souboru",
) -> tuple[ColumnMapping, ...]:
    """Columns matched by header name, then ``overrides`` (field → header, or ``None``/"" to drop)."""
    fields: list[str | None] = []
    for header in headers:
        found = field_for_header(header)
        fields.append(found if found not in fields else None)  # first column of a field wins
    for asked, header in (overrides or {}).items():
        wanted = FIELD_ALIASES.get(normalise(asked), asked)
        if wanted not in FIELD_LABELS:
            known = ", ".join(FIELD_LABELS)
            raise UserError(f"Neznámé pole {wanted!r}; známá pole jsou: {known}.")
        fields = [None if f == wanted else f for f in fields]
        if not header:
            continue
        index = _header_index(headers, header)
        fields[index] = wanted
    mapping = tuple(ColumnMapping(i, h, f) for i, (h, f) in enumerate(zip(headers, fields,
                                                                          strict=True)))
    mapped = {m.field for m in mapping}
    if "name" not in mapped and not {"first_name", "surname"} & mapped:
        raise UserError(
            f"{place} chybí sloupec se jménem (Jméno, Name, Název …); "
            "určete ho volbou sloupců, např. name=\"Kontaktní osoba\"."
        )
    return mapping


def _header_index(headers: tuple[str, ...], header: str) -> int:
    for match in (lambda h: h == header, lambda h: normalise(h) == normalise(header)):
        for index, candidate in enumerate(headers):
            if match(candidate):
                return index
    shown = ", ".join(f"„{h}“" for h in headers if h)
    raise UserError(f"Sloupec „{header}“ v souboru není; jsou v něm: {shown}.")


# -- rows ------------------------------------------------------------------------------------------


def _row_data(values: dict[str, str]) -> tuple[ActorData, list[str]]:
    """The actor a row describes and its warnings; :class:`CellError` for a rejected row."""
    warnings: list[str] = []
    first, surname = values.get("first_name", ""), values.get("surname", "")
    name = values.get("name", "")
    if surname:
        name = " ".join(p for p in (name or first, surname) if p)
    elif first and not name:
        name = first
    name = " ".join(name.split())
    if not name:
        raise CellError("chybí jméno")
    if len(name) > 200:
        raise CellError("jméno je delší než 200 znaků")
    organisation = " ".join(values.get("organisation", "").split())
    sector = Sector.OTHER.value
    if values.get("sector"):
        found = sector_for_word(values["sector"])
        if found is None:
            warnings.append(f"neznámý sektor „{values['sector']}“, zařazeno jako „jiné“")
        else:
            sector = found
    kind = parse_kind(values.get("kind", ""))
    if kind is None:
        same = organisation and normalise(organisation) == normalise(name)
        named_like_one = not organisation and looks_like_organisation(name)
        kind = ActorKind.ORGANISATION.value if same or named_like_one else ActorKind.PERSON.value
    if kind == ActorKind.ORGANISATION and normalise(organisation) == normalise(name):
        organisation = ""
    email = values.get("email", "").strip()
    if email_warning(email):
        warnings.append(email_warning(email))
    influence = parse_influence(values.get("influence", ""))
    attitude = parse_attitude(values.get("attitude", ""))
    interest = parse_interest(values.get("interest", ""))
    data = ActorData(
        name=name, kind=kind, sector=sector, organisation_name=organisation,
        role=values.get("role", ""), email=email, phone=values.get("phone", ""),
        address=values.get("address", ""), notes=values.get("notes", ""),
        influence=3 if influence is None else influence,
        attitude=0 if attitude is None else attitude,
        interest=3 if interest is None else interest,
        # an empty cell: a mayor or council member decides by office (seed 004)
        decision_power=(parse_yes_no(values["decision_power"])
                        if values.get("decision_power", "").strip()
                        else decides_by_role(values.get("role", ""))),
        tags=parse_tags(values.get("tags", "")), legal_basis=values.get("legal_basis", ""),
        consent_date=parse_date(values.get("consent_date", "")),
        purpose=values.get("purpose", ""),
    )
    try:
        validated(data)
    except ValidationError as exc:
        raise CellError(str(exc).rstrip(".")) from exc
    return data, warnings


def sort_rows(
    table: Table, mapping: tuple[ColumnMapping, ...],
    existing: Callable[[set[tuple[str, str]]], dict[tuple[str, str], str]],
) -> tuple[list[ImportRow], list[DuplicateRow], list[RejectedRow], int]:
    """Rows to import, duplicates, rejected rows with reasons, and the count of empty rows.

    ``existing`` gives the names on file under the keys it is asked about (of the rows read).
    """
    used = [m for m in mapping if m.field]
    read: list[tuple[int, ActorData, list[str], tuple[str, str]]] = []
    rejected: list[RejectedRow] = []
    empty = 0
    for line, cells in table.rows:
        if not any(cells):
            empty += 1
            continue
        values = {m.field: cells[m.index].strip() if m.index < len(cells) else "" for m in used}
        try:
            data, warnings = _row_data(values)
        except CellError as exc:
            rejected.append(RejectedRow(line, str(exc), cells))
            continue
        read.append((line, data, warnings, duplicate_key(data.name, data.organisation_name)))
    on_file = existing({key for *_row, key in read})
    good: list[ImportRow] = []
    duplicates: list[DuplicateRow] = []
    seen: dict[tuple[str, str], tuple[int, str]] = {}
    for line, data, warnings, key in read:
        if key in on_file:
            reason, possible = _duplicate_reason(data.name, on_file[key], "už je v evidenci")
        elif key in seen:
            first_line, first_name = seen[key]
            reason, possible = _duplicate_reason(data.name, first_name,
                                                 f"opakuje řádek {first_line}")
        else:
            seen[key] = (line, data.name)
            good.append(ImportRow(line, data, tuple(warnings)))
            continue
        duplicates.append(DuplicateRow(line, data.name, data.organisation_name, reason,
                                       possible))
    return good, duplicates, rejected, empty

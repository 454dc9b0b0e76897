"""The small rules the merge decides by: which lost value was concurrent, whose stamp it is."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from obecdesk.core.stakeholders.gdpr import ERASED_VALUES
from obecdesk.store.base import Synced
from obecdesk.store.hlc import replica_of
from obecdesk.store.models import Actor
from obecdesk.store.sync_policy import Policy
from obecdesk.store.versions import Version, VersionKey
from obecdesk.sync.field_changes import FieldChange

#: a stamp further ahead of this machine's clock is refused: one laptop with a wrong date must
#: not drag every replica's clock forward for good
MAX_FUTURE_MS = 24 * 3600 * 1000


@dataclass
class MergeResult:
    applied: int = 0
    unchanged: int = 0
    conflicts: int = 0
    forks: int = 0
    #: Czech messages about refused changes (stamps from the future, malformed ones)
    quarantined: list[str] = field(default_factory=list)
    #: (table, id) of the rows this batch created here
    created: set[tuple[str, str]] = field(default_factory=set)


def concurrent(change: FieldChange, local: Version, remote_wins: bool) -> bool:
    """Whether the losing write was made without its winner's writer having seen it.

    The writer saw the loser when the winner's base is the loser's stamp, or when both come
    from one replica (a replica sees its own earlier writes); anything else is concurrent.
    """
    win, win_base, lose = ((change.stamp, change.base, local.stamp) if remote_wins
                           else (local.stamp, local.base, change.stamp))
    return not (win_base == lose or replica_of(win) == replica_of(lose))


def is_erased(obj: Synced | None) -> bool:
    """An erased person: an actor, or a row whose model declares ``__erased_values__`` (an
    interview's respondent)."""
    erasable = isinstance(obj, Actor) or hasattr(type(obj), "__erased_values__")
    return erasable and bool(getattr(obj, "erased", False))


def erased_values(obj: Synced) -> dict[str, Any]:
    """What an erased person's row holds whatever the stamps (an actor's or a respondent's)."""
    return erased_values_of(type(obj))


def erased_values_of(model: type[Synced]) -> dict[str, Any]:
    return ERASED_VALUES if issubclass(model, Actor) else model.__erased_values__


def newly_erased(obj: Synced | None, values: dict[str, Any]) -> bool:
    """Whether this batch erases a person this replica still holds by name."""
    return isinstance(obj, Actor) and not obj.erased and values.get("erased") is True


def current_value(obj: Synced | None, change: FieldChange, local: Version | None) -> Any:
    """The local value a change competes with (for a set element: whether it is present)."""
    if obj is None:
        return None
    if obj.__sync__.of(change.field) is Policy.SET:
        return bool(local and not local.removed)
    return getattr(obj, change.field)


def write_row(session: Session, model: type[Synced], obj: Synced | None, row_id: str,
              values: dict[str, Any], elements: dict[str, dict[str, bool]],
              versions: dict[VersionKey, Version]) -> Synced:
    """Give an existing row (or a new ORM row) the values that won; a set keeps the elements
    its versions hold present, with the batch's additions and removals."""
    for column, changed in elements.items():
        now = {e for (f, e), v in versions.items() if f == column and not v.removed}
        if obj is not None:
            now |= {str(e) for e in (getattr(obj, column) or [])}
        now |= {e for e, present in changed.items() if present}
        now -= {e for e, present in changed.items() if not present}
        values[column] = sorted(now)
    if obj is None:
        obj = model(id=row_id, **values)
        session.add(obj)
    else:
        for column, value in values.items():
            if getattr(obj, column) != value:
                setattr(obj, column, value)
    return obj

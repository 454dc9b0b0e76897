"""Values of indicators per period: validated as typed, flagged for follow-up, corrected openly.

A value must fit its unit (a count is a whole number, a share 0–100 %, yes/no is 1 or 0) — that
is refused otherwise. A value outside the indicator's valid range (min–max) is kept only with a
note saying why, and is then flagged for follow-up (DHIS2's term) so someone looks again.
Changing or removing a value that was entered appends a correction (who, when, from what to
what, why); nothing is overwritten silently.
"""

from __future__ import annotations

import datetime as dt
import getpass
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import select

from obecdesk.core.indicators.periods import parse_period
from obecdesk.core.indicators.progress import value_text
from obecdesk.core.records import assign, get_live
from obecdesk.core.vocabulary.indicators import Unit
from obecdesk.errors import ValidationError
from obecdesk.store import Store
from obecdesk.store.models import Indicator, IndicatorValue, ValueCorrection
from obecdesk.store.natural_keys import natural_id

OUT_OF_RANGE = "mimo platný rozsah"


@dataclass(frozen=True)
class ValueEntry:
    period: str
    value: float
    source: str = ""
    note: str = ""
    follow_up: bool = False
    follow_up_reason: str = ""


@dataclass(frozen=True)
class Correction:
    period: str
    old_value: float | None
    new_value: float | None
    changed_by: str
    changed_at: str
    reason: str


@lru_cache(maxsize=4096)  # the grid asks at each paint
def value_id(indicator_id: str, period: str) -> str:
    return natural_id("indicator_value", indicator_id, period)


def unit_problem(value: float, unit: str) -> str | None:
    """Why ``value`` cannot be a value of ``unit`` (refused whatever the note), or None."""
    if unit == Unit.YES_NO and value not in (0, 1):
        return "Ukazatel ano/ne má hodnotu ano (1) nebo ne (0)."
    if unit in (Unit.COUNT, Unit.PERSONS) and (value < 0 or not float(value).is_integer()):
        return "Počet je celé nezáporné číslo."
    if unit == Unit.PERCENT and not 0 <= value <= 100:
        return "Podíl v procentech je mezi 0 a 100."
    if unit == Unit.CZK and value < 0:
        return "Částka nemůže být záporná."
    return None


def range_problem(value: float, low: float | None, high: float | None, unit: str) -> str | None:
    """Why ``value`` is outside the valid range (it then needs a note), or None."""
    if (low is not None and value < low) or (high is not None and value > high):
        bounds = f"{value_text(low, unit) if low is not None else '…'}–" \
                 f"{value_text(high, unit) if high is not None else '…'}"
        return f"Hodnota {value_text(value, unit)} je mimo platný rozsah {bounds}."
    return None


def current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


class ValueService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def set_value(self, indicator_id: str, entry: ValueEntry, *, by: str | None = None,
                  reason: str = "", today: dt.date | None = None) -> bool:
        """Save one period's value; True when something changed. See the module doc."""
        key = parse_period(entry.period).key
        by = current_user() if by is None else by
        with self.store.unit_of_work() as session:
            indicator = get_live(session, Indicator, indicator_id, "Ukazatel")
            if indicator.computed:
                raise ValidationError(f"Ukazatel „{indicator.name}“ se počítá ze záznamů "
                                      "aplikace; hodnoty se nezadávají.")
            if parse_period(key).frequency != indicator.frequency:
                raise ValidationError(f"Ukazatel „{indicator.name}“ se vykazuje jinak než "
                                      f"za období {key}.")
            problem = unit_problem(entry.value, indicator.unit)
            if problem:
                raise ValidationError(problem)
            follow_up, follow_reason = entry.follow_up, entry.follow_up_reason.strip()
            outside = range_problem(entry.value, indicator.min_value, indicator.max_value,
                                    indicator.unit)
            if outside:
                if not entry.note.strip():
                    raise ValidationError(outside + " Uložím ji jen s poznámkou, proč platí.")
                follow_up, follow_reason = True, follow_reason or OUT_OF_RANGE
            if follow_up and not follow_reason:
                raise ValidationError("Hodnota označená k prověření potřebuje důvod.")
            values = {"value": float(entry.value), "source": entry.source, "note": entry.note,
                      "follow_up": follow_up, "follow_up_reason": follow_reason if follow_up
                      else ""}
            id_ = value_id(indicator_id, key)
            row = session.get(IndicatorValue, id_)
            entered = {"entered_by": by, "entered_on": today or dt.date.today()}
            if row is None:
                session.add(IndicatorValue(id=id_, locality_id=indicator.locality_id,
                                           indicator_id=indicator_id, period=key,
                                           **values, **entered))
                return True
            if row.deleted:  # entered again after a removal: the history says so
                assign(row, {**values, **entered, "deleted": False})
                self._correction(session, row, None, float(entry.value), by, reason)
                return True
            old = row.value
            changed = any(getattr(row, k) != v for k, v in values.items())
            if not changed:
                return False
            assign(row, values)
            if old != float(entry.value):
                self._correction(session, row, old, float(entry.value), by, reason)
            return True

    def remove_value(self, indicator_id: str, period: str, *, by: str | None = None,
                     reason: str = "") -> None:
        key = parse_period(period).key
        with self.store.unit_of_work() as session:
            row = session.get(IndicatorValue, value_id(indicator_id, key))
            if row is None or row.deleted:
                return
            self._correction(session, row, row.value, None,
                             current_user() if by is None else by, reason)
            assign(row, {"deleted": True})

    @staticmethod
    def _correction(session, row: IndicatorValue, old: float | None, new: float | None,
                    by: str, reason: str) -> None:
        session.add(ValueCorrection(
            locality_id=row.locality_id, indicator_id=row.indicator_id, value_id=row.id,
            period=row.period, old_value=old, new_value=new, changed_by=by,
            changed_at=dt.datetime.now(dt.UTC).isoformat(timespec="microseconds"),
            reason=reason.strip()))

    def entries(self, indicator_id: str) -> dict[str, IndicatorValue]:
        """The live values of an indicator by period key (detached rows, read-only)."""
        with self.store.reading() as session:
            rows = session.scalars(select(IndicatorValue).where(
                IndicatorValue.indicator_id == indicator_id, IndicatorValue.deleted.is_(False)))
            return {r.period: r for r in rows}

    def entries_in(self, indicator_ids: list[str],
                   periods: list[str]) -> dict[str, dict[str, ValueEntry]]:
        """indicator id → period → live value in ``periods`` (the grid): index look-ups."""
        result: dict[str, dict[str, ValueEntry]] = {}
        v = IndicatorValue
        with self.store.reading() as session:
            for start in range(0, len(indicator_ids), 500):
                for row in session.execute(select(
                        v.indicator_id, v.period, v.value, v.source, v.note, v.follow_up,
                        v.follow_up_reason).where(v.indicator_id.in_(
                            indicator_ids[start:start + 500]), v.period.in_(periods),
                            v.deleted.is_(False))):
                    result.setdefault(row[0], {})[row[1]] = ValueEntry(*row[1:])
        return result

    def values_of_locality(self, locality_id: str) -> dict[str, dict[str, float]]:
        """indicator id → period → value, for every entered value of the locality."""
        result: dict[str, dict[str, float]] = {}
        with self.store.reading() as session:
            query = select(IndicatorValue.indicator_id, IndicatorValue.period,
                           IndicatorValue.value).where(IndicatorValue.locality_id == locality_id,
                                                       IndicatorValue.deleted.is_(False))
            for indicator_id, period, value in session.execute(query):
                result.setdefault(indicator_id, {})[period] = value
        return result

    def series(self, indicator_id: str) -> dict[str, float]:
        """period → value, for every entered value of one indicator (its chart)."""
        with self.store.reading() as session:
            return dict(session.execute(select(IndicatorValue.period, IndicatorValue.value).where(
                IndicatorValue.indicator_id == indicator_id, IndicatorValue.deleted.is_(False)))
                .all())

    def history(self, indicator_id: str) -> list[Correction]:
        """Every correction of the indicator's values, oldest first."""
        with self.store.reading() as session:
            rows = session.scalars(select(ValueCorrection).where(
                ValueCorrection.indicator_id == indicator_id, ValueCorrection.deleted.is_(False))
                .order_by(ValueCorrection.changed_at))
            return [Correction(r.period, r.old_value, r.new_value, r.changed_by, r.changed_at,
                               r.reason) for r in rows]

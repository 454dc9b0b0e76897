"""Indicator definitions and their per-period targets (IATI: baseline, target per period).

An indicator is taken from the shared catalog (its code makes the numbers add up at HQ) or is
the locality's own. Its valid range (min–max) guards the values typed in later.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select

from obecdesk.catalog.plan_catalog import catalog_indicator
from obecdesk.core.indicators.periods import parse_period
from obecdesk.core.indicators.progress import Spec
from obecdesk.core.records import assign, get_live
from obecdesk.core.vocabulary.indicators import (
    Aggregation,
    Direction,
    Frequency,
    ResultType,
    Unit,
)
from obecdesk.errors import ValidationError
from obecdesk.store import Store
from obecdesk.store.models import Indicator, IndicatorTarget
from obecdesk.store.natural_keys import natural_id


@dataclass
class IndicatorData:
    name: str
    unit: str = Unit.COUNT
    direction: str = Direction.UP
    aggregation: str = Aggregation.LAST
    result_type: str = ResultType.OUTPUT
    frequency: str = Frequency.QUARTER
    baseline_value: float | None = None
    baseline_date: dt.date | None = None
    min_value: float | None = None
    max_value: float | None = None
    source: str = ""
    measure_id: str | None = None
    catalog_code: str = ""
    computed: str = ""
    notes: str = ""


@dataclass(frozen=True)
class IndicatorInfo:
    id: str
    locality_id: str
    data: IndicatorData
    targets: dict[str, float] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.data.name

    @property
    def spec(self) -> Spec:
        d = self.data
        return Spec(d.unit, d.direction, d.aggregation, d.baseline_value, d.baseline_date,
                    dict(self.targets))


def target_id(indicator_id: str, period: str) -> str:
    return natural_id("indicator_target", indicator_id, period)


def parse_targets(text: str) -> dict[str, float]:
    """``2025-Q4=40; 2026-Q4=60`` (or ``Q4/2025: 40``) → period key → target."""
    targets: dict[str, float] = {}
    for part in text.replace("\n", ";").split(";"):
        if not part.strip():
            continue
        period, sep, value = part.replace(":", "=").partition("=")
        try:
            targets[parse_period(period.strip()).key] = float(
                value.strip().replace(" ", "").replace(",", "."))
        except ValueError:
            raise ValidationError(f"Cíl „{part.strip()}“ má mít tvar období=hodnota, "
                                  "např. 2025-Q4=40.") from None
        if not sep:
            raise ValidationError(f"Cíl „{part.strip()}“ má mít tvar období=hodnota.")
    return targets


def _checked(data: IndicatorData) -> dict:
    name = data.name.strip()
    if not name:
        raise ValidationError("Ukazatel musí mít název.")
    for enum, value, what in ((Unit, data.unit, "jednotka"), (Direction, data.direction, "směr"),
                              (Aggregation, data.aggregation, "souhrn za období"),
                              (ResultType, data.result_type, "typ výsledku"),
                              (Frequency, data.frequency, "četnost")):
        if value not in {m.value for m in enum}:
            raise ValidationError(f"Neznámá hodnota „{value}“ (pole {what}).")
    if data.min_value is not None and data.max_value is not None \
            and data.min_value > data.max_value:
        raise ValidationError("Dolní mez platného rozsahu je větší než horní.")
    values = {k: getattr(data, k) for k in IndicatorData.__dataclass_fields__}
    values["name"] = name
    return values


def _info(row: Indicator, targets: dict[str, float]) -> IndicatorInfo:
    data = IndicatorData(**{k: getattr(row, k) for k in IndicatorData.__dataclass_fields__})
    return IndicatorInfo(row.id, row.locality_id, data, targets)


class IndicatorService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def create(self, locality_id: str, data: IndicatorData,
               targets: dict[str, float] | None = None) -> str:
        """A new indicator with its per-period targets, in one transaction."""
        values = _checked(data)
        targets = {parse_period(k).key: float(v) for k, v in (targets or {}).items()}
        for key in targets:
            if parse_period(key).frequency != data.frequency:
                raise ValidationError(f"Cíl za období {key} neodpovídá četnosti ukazatele.")
        with self.store.unit_of_work() as session:
            position = session.scalar(select(func.count()).where(
                Indicator.locality_id == locality_id)) or 0
            row = Indicator(locality_id=locality_id, position=position, **values)
            session.add(row)
            session.flush()
            session.add_all(IndicatorTarget(id=target_id(row.id, key), locality_id=locality_id,
                                            indicator_id=row.id, period=key, value=value)
                            for key, value in targets.items())
            return row.id

    def from_catalog(self, locality_id: str, code: str, **overrides) -> str:
        """A locality's indicator from the shared catalog (its code kept, so HQ can add up)."""
        entry = catalog_indicator(code)
        if entry is None:
            raise ValidationError(f"Ukazatel {code} v katalogu není.")
        data = IndicatorData(entry.label_cs, entry.unit, entry.direction, entry.aggregation,
                             entry.result_type, entry.frequency, catalog_code=code)
        for key, value in overrides.items():
            setattr(data, key, value)
        return self.create(locality_id, data)

    def update(self, indicator_id: str, data: IndicatorData) -> None:
        values = _checked(data)
        with self.store.unit_of_work() as session:
            assign(get_live(session, Indicator, indicator_id, "Ukazatel"), values)

    def set_target(self, indicator_id: str, period: str, value: float | None) -> None:
        """The target for one period (None removes it)."""
        key = parse_period(period).key
        with self.store.unit_of_work() as session:
            indicator = get_live(session, Indicator, indicator_id, "Ukazatel")
            id_ = target_id(indicator_id, key)
            if value is None:
                row = session.get(IndicatorTarget, id_)
                if row is not None:
                    assign(row, {"deleted": True})
                return
            row = session.get(IndicatorTarget, id_)
            if row is None:
                session.add(IndicatorTarget(id=id_, locality_id=indicator.locality_id,
                                            indicator_id=indicator_id, period=key,
                                            value=float(value)))
            else:
                assign(row, {"value": float(value), "deleted": False})

    def get(self, indicator_id: str) -> IndicatorInfo:
        with self.store.reading() as session:
            row = get_live(session, Indicator, indicator_id, "Ukazatel")
            return _info(row, self._targets(session, [indicator_id]).get(indicator_id, {}))

    def of_locality(self, locality_id: str) -> list[IndicatorInfo]:
        """The locality's indicators in their order (columns, not ORM rows: a locality switch
        reads a thousand of them in a big plan)."""
        fields = [getattr(Indicator, k) for k in IndicatorData.__dataclass_fields__]
        with self.store.reading() as session:
            rows = session.execute(select(Indicator.id, Indicator.locality_id, *fields).where(
                Indicator.locality_id == locality_id, Indicator.deleted.is_(False))
                .order_by(Indicator.position, Indicator.name)).all()
            targets = self._targets(session, [r[0] for r in rows])
        return [IndicatorInfo(r[0], r[1], IndicatorData(*r[2:]), targets.get(r[0], {}))
                for r in rows]

    @staticmethod
    def _targets(session, ids: list[str]) -> dict[str, dict[str, float]]:
        result: dict[str, dict[str, float]] = {}
        if not ids:
            return result
        query = select(IndicatorTarget.indicator_id, IndicatorTarget.period,
                       IndicatorTarget.value).where(IndicatorTarget.indicator_id.in_(ids),
                                                    IndicatorTarget.deleted.is_(False))
        for indicator_id, period, value in session.execute(query):
            result.setdefault(indicator_id, {})[period] = value
        return result

"""Indicators computed from the app's own records, where that is honest: meetings of the
partnership held, the share of invited members present, action items done by their due date.

Their values are never typed in and never stored; they are worked out per quarter whenever they
are read, and the plan and the report mark them as computed.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import case, func, select

from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.indicators.definitions import IndicatorData
from obecdesk.core.indicators.periods import period_of
from obecdesk.core.vocabulary.indicators import Aggregation, Frequency, ResultType, Unit
from obecdesk.store import Store
from obecdesk.store.models import ActionItem, Attendance, Meeting

#: code → what the indicator is (its values come from :func:`computed_values`)
COMPUTED: dict[str, IndicatorData] = {
    "meetings_held": IndicatorData(
        QT_TRANSLATE_NOOP("Computed", "Proběhlá jednání partnerství"), Unit.COUNT,
        aggregation=Aggregation.SUM, result_type=ResultType.OUTPUT, frequency=Frequency.QUARTER,
        source="jednání v obecdesk", computed="meetings_held"),
    "attendance_share": IndicatorData(
        QT_TRANSLATE_NOOP("Computed", "Podíl pozvaných členů, kteří přišli"), Unit.PERCENT,
        aggregation=Aggregation.AVERAGE, result_type=ResultType.OUTPUT,
        frequency=Frequency.QUARTER, min_value=0, max_value=100,
        source="prezence v obecdesk", computed="attendance_share"),
    "actions_on_time": IndicatorData(
        QT_TRANSLATE_NOOP("Computed", "Úkoly splněné do termínu"), Unit.PERCENT,
        aggregation=Aggregation.AVERAGE, result_type=ResultType.OUTPUT,
        frequency=Frequency.QUARTER, min_value=0, max_value=100,
        source="úkoly v obecdesk", computed="actions_on_time"),
}


def _quarter(day: dt.date) -> str:
    return period_of(day, Frequency.QUARTER).key


def computed_values(store: Store, locality_id: str, code: str,
                    today: dt.date | None = None) -> dict[str, float]:
    """Quarter key → value of the computed indicator ``code`` in the locality."""
    today = today or dt.date.today()
    live = (Meeting.locality_id == locality_id, Meeting.deleted.is_(False))
    held = Meeting.status != "planned"
    with store.reading() as session:
        if code == "meetings_held":
            rows = session.execute(select(Meeting.date, func.count()).where(*live, held)
                                   .group_by(Meeting.date))
            totals: dict[str, float] = defaultdict(float)
            for day, n in rows:
                totals[_quarter(day)] += n
            return dict(totals)
        if code == "attendance_share":
            rows = session.execute(
                select(Meeting.date, func.sum(case((Attendance.status == "present", 1), else_=0)),
                       func.count())
                .select_from(Attendance).join(Meeting)
                .where(*live, held, Attendance.deleted.is_(False), Attendance.invited.is_(True))
                .group_by(Meeting.date))
            return _shares(rows)
        if code == "actions_on_time":
            on_time = (ActionItem.status == "done") & (ActionItem.done_on <= ActionItem.due_date)
            rows = session.execute(
                select(ActionItem.due_date, func.sum(case((on_time, 1), else_=0)), func.count())
                .select_from(ActionItem).join(Meeting)
                .where(*live, ActionItem.deleted.is_(False), ActionItem.due_date < today,
                       ActionItem.status != "cancelled")
                .group_by(ActionItem.due_date))
            return _shares(rows)
    return {}


def _shares(rows) -> dict[str, float]:
    """Per quarter: 100 × the sum of the hits over the sum of all."""
    hits: dict[str, int] = defaultdict(int)
    alls: dict[str, int] = defaultdict(int)
    for day, hit, n in rows:
        hits[_quarter(day)] += hit or 0
        alls[_quarter(day)] += n
    return {key: round(100 * hits[key] / alls[key], 1) for key in alls if alls[key]}

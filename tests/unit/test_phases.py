"""The 36-month phase plan of a long-term cooperation (seed 003)."""

import datetime as dt

from obecdesk.core.phases import add_months, current_phases, phase_plan


def test_phase_plan_dates_for_a_start_on_the_first_of_march():
    plan = phase_plan(dt.date(2025, 3, 1))
    spans = [(p.first_month, p.last_month, p.starts, p.ends) for p in plan]
    assert spans == [
        (1, 1, dt.date(2025, 3, 1), dt.date(2025, 3, 31)),
        (2, 4, dt.date(2025, 4, 1), dt.date(2025, 6, 30)),
        (2, 6, dt.date(2025, 4, 1), dt.date(2025, 8, 31)),
        (7, 18, dt.date(2025, 9, 1), dt.date(2026, 8, 31)),
        (19, 22, dt.date(2026, 9, 1), dt.date(2026, 12, 31)),
        (23, 30, dt.date(2027, 1, 1), dt.date(2027, 8, 31)),
        (31, 36, dt.date(2027, 9, 1), dt.date(2028, 2, 29)),
    ]
    assert plan[0].name == "Ustavení lokálního partnerství"


def test_month_arithmetic_clamps_to_the_end_of_short_months():
    assert add_months(dt.date(2025, 1, 31), 1) == dt.date(2025, 2, 28)
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert add_months(dt.date(2025, 11, 15), 2) == dt.date(2026, 1, 15)


def test_a_mid_month_start_has_no_gaps_between_consecutive_phases():
    plan = phase_plan(dt.date(2025, 1, 31))
    sequential = [p for p in plan if (p.first_month, p.last_month) != (2, 4)]
    for before, after in zip(sequential, sequential[1:], strict=False):
        assert after.starts - before.ends == dt.timedelta(days=1)


def test_current_phase_runs_two_phases_at_once_in_months_two_to_four():
    start = dt.date(2025, 3, 1)
    names = [p.name for p in current_phases(start, dt.date(2025, 5, 10))]
    assert names == ["Situační analýza", "Strategický plán; start předem definovaných opatření"]
    assert [p.first_month for p in current_phases(start, dt.date(2026, 11, 25))] == [19]
    assert current_phases(start, dt.date(2030, 1, 1)) == []

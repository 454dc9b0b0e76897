"""The planned end of an acute or systematic cooperation and the countdown to it."""

import datetime as dt

import pytest

from obecdesk.core.cooperation.timeline import (
    Countdown,
    add_months,
    countdown,
    countdown_text,
    days_word,
    period_end,
    planned_end,
)

D = dt.date


@pytest.mark.parametrize(("start", "months", "end"), [
    (D(2026, 10, 15), 3, D(2027, 1, 14)),   # over the turn of the year
    (D(2026, 1, 1), 3, D(2026, 3, 31)),     # a whole quarter
    (D(2026, 11, 30), 3, D(2027, 2, 28)),   # 30. 2. does not exist: the whole of February
    (D(2027, 11, 30), 3, D(2028, 2, 29)),   # … and in a leap year its 29th
    (D(2026, 10, 31), 3, D(2027, 1, 30)),
    (D(2026, 5, 31), 1, D(2026, 6, 30)),
    (D(2028, 2, 29), 12, D(2029, 2, 28)),   # a leap day's year ends on the last of February
    (D(2026, 3, 1), 12, D(2027, 2, 28)),
])
def test_the_period_ends_the_day_before_the_same_day_months_later(start, months, end):
    assert period_end(start, months) == end


def test_a_missing_day_rolls_to_the_next_month():
    assert add_months(D(2026, 1, 31), 1) == D(2026, 3, 1)
    assert add_months(D(2026, 12, 15), 14) == D(2028, 2, 15)


def test_the_mode_decides_the_length_and_the_memorandum_the_beginning():
    start, memo = D(2026, 9, 1), D(2026, 9, 10)
    assert planned_end("acute", start=start) == D(2026, 11, 30)
    assert planned_end("acute", start=start, agreed_on=memo) == D(2026, 12, 9)
    assert planned_end("systematic", start=start) == D(2027, 8, 31)
    assert planned_end("systematic", start=start, override=D(2027, 6, 30)) == D(2027, 6, 30)
    assert planned_end("long_term", start=start, agreed_on=memo) is None
    assert planned_end("acute", start=None) is None


@pytest.mark.parametrize(("today", "left", "warning", "text"), [
    (D(2026, 12, 22), 23, False, "zbývá 23 dní (do 14. 1. 2027)"),
    (D(2026, 12, 31), 14, True, "zbývá 14 dní (do 14. 1. 2027)"),
    (D(2026, 12, 30), 15, False, "zbývá 15 dní (do 14. 1. 2027)"),
    (D(2027, 1, 11), 3, True, "zbývají 3 dny (do 14. 1. 2027)"),
    (D(2027, 1, 13), 1, True, "zbývá 1 den (do 14. 1. 2027)"),
    (D(2027, 1, 14), 0, True, "dnes je poslední den (do 14. 1. 2027)"),
    (D(2027, 1, 19), -5, True, "5 dní po plánovaném konci (14. 1. 2027)"),
])
def test_the_countdown_warns_two_weeks_ahead_and_after_the_end(today, left, warning, text):
    value = countdown(D(2027, 1, 14), today)
    assert value == Countdown(D(2027, 1, 14), left)
    assert value.warning is warning and value.over is (left < 0)
    assert countdown_text(value) == text


def test_no_end_no_countdown_and_czech_plurals():
    assert countdown(None, D(2026, 1, 1)) is None
    assert [days_word(n) for n in (1, 2, 4, 5, 22, -1)] == [
        "1 den", "2 dny", "4 dny", "5 dní", "22 dní", "1 den"]

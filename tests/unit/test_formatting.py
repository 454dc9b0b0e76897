"""Dates, moments and money as a Czech user reads them."""

import datetime as dt

from obecdesk.core.formatting import date_text, moment_text, money_text


def test_dates_and_money_in_czech():
    assert date_text(dt.date(2024, 6, 13)) == "13. 6. 2024"
    assert money_text(268848487).replace("\xa0", " ") == "268 848 487 Kč"


def test_a_stored_utc_moment_shows_in_local_time(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Prague")
    import time

    time.tzset()
    try:
        assert moment_text("2026-11-20T09:12:30.123456+00:00") == "20. 11. 2026 10:12"
        assert moment_text("2026-07-01T09:12:00") == "1. 7. 2026 11:12"  # naive means UTC
        assert moment_text(dt.datetime(2026, 11, 20, 9, 12, tzinfo=dt.UTC)) == "20. 11. 2026 10:12"
        assert moment_text("") == "" and moment_text(None) == ""
        assert moment_text("nesmysl") == "nesmysl"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()

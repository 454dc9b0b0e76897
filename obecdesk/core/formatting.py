"""Czech (and English) formatting of dates, times, numbers and money, in one place.

Babel holds the CLDR rules, so "13. 6. 2024" and "268 848 487 Kč" come from the locale data
rather than from hand-written patterns. The UI, the CLI and every printout use these helpers.
"""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date as _format_date
from babel.dates import format_time as _format_time
from babel.numbers import format_currency, format_decimal

DEFAULT_LOCALE = "cs_CZ"


def date_text(day: dt.date | None, locale: str = DEFAULT_LOCALE) -> str:
    """``13. 6. 2024`` in Czech, ``6/13/24``-style in English; empty for no date."""
    if day is None:
        return ""
    return _format_date(day, format="short" if not locale.startswith("cs") else "d. M. y",
                        locale=locale)


def long_date_text(day: dt.date | None, locale: str = DEFAULT_LOCALE) -> str:
    """``13. června 2024``."""
    return "" if day is None else _format_date(day, format="long", locale=locale)


def time_text(moment: dt.time | None, locale: str = DEFAULT_LOCALE) -> str:
    """``9:30``; empty for no time."""
    return "" if moment is None else _format_time(moment, format="short", locale=locale)


def moment_text(moment: dt.datetime | str | None, locale: str = DEFAULT_LOCALE) -> str:
    """A stored moment (UTC, ISO text or datetime; naive means UTC) in local time as
    ``30. 11. 2026 14:35``; empty for none, an unreadable text as it is."""
    if not moment:
        return ""
    if isinstance(moment, str):
        try:
            moment = dt.datetime.fromisoformat(moment)
        except ValueError:
            return moment
    local = (moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)).astimezone()
    return f"{date_text(local.date(), locale)} {time_text(local.time(), locale)}"


def number_text(value: float | int | None, locale: str = DEFAULT_LOCALE) -> str:
    """``10 286`` with the locale's grouping."""
    return "" if value is None else format_decimal(value, locale=locale)


def money_text(amount: float | int | None, locale: str = DEFAULT_LOCALE) -> str:
    """``268 848 487 Kč`` (whole crowns are shown without decimals)."""
    if amount is None:
        return ""
    pattern = "#,##0 ¤" if float(amount).is_integer() else None
    return format_currency(amount, "CZK", format=pattern, locale=locale, currency_digits=False)

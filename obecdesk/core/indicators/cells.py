"""Numbers, money and dates the way Czech Excel and Czech people write them.

``1 250 000``, ``1 250 000,50 Kč``, ``1.250.000,-``, ``3 456 789,5``, ``40 %``, ``13.6.2024``,
``13. 6. 2024`` or ``2024-06-13``. Every unreadable cell raises :class:`CellError` with the Czech
reason shown beside the rejected row or under the grid cell.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from obecdesk.core.text import fold
from obecdesk.core.vocabulary.indicators import Unit


class CellError(ValueError):
    """A cell that cannot be read; the message is the Czech reason."""


_SPACES = re.compile(r"[\s\u00a0\u202f']+")
_CURRENCY = re.compile(r"(kč|czk|,-|\.-|,–)$")


def parse_decimal(text: str, what: str = "Hodnota") -> Decimal | None:
    """A number with a decimal comma (or point) and any thousands spaces; None when empty."""
    cleaned = _SPACES.sub("", text.strip().lower()).replace("−", "-").replace("–", "-")
    cleaned = _CURRENCY.sub("", cleaned).rstrip("%")
    cleaned = _CURRENCY.sub("", cleaned)
    if not cleaned:
        return None
    if "," in cleaned:
        if cleaned.count(",") > 1:
            raise CellError(f"{what} „{text}“ není číslo")
        cleaned = cleaned.replace(".", "").replace(",", ".")  # 1.250.000,50
    elif cleaned.count(".") > 1 or re.fullmatch(r"-?\d{1,3}\.\d{3}", cleaned):
        cleaned = cleaned.replace(".", "")  # 1.250.000 or 250.000 written as thousands
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        raise CellError(f"{what} „{text}“ není číslo") from None
    if not number.is_finite():
        raise CellError(f"{what} „{text}“ není číslo")
    return number


def parse_amount_hal(text: str, what: str = "Částka") -> int | None:
    """Money in haléře: ``1 250 000,50 Kč`` → 125000050; negative amounts are refused."""
    number = parse_decimal(text, what)
    if number is None:
        return None
    if number < 0:
        raise CellError(f"{what} „{text}“ je záporná")
    hal = number * 100
    if hal != hal.to_integral_value():
        raise CellError(f"{what} „{text}“ má víc než dvě desetinná místa")
    return int(hal)


def parse_count(text: str, what: str = "Počet") -> int | None:
    number = parse_decimal(text, what)
    if number is None:
        return None
    if number < 0 or number != number.to_integral_value():
        raise CellError(f"{what} „{text}“ není celé nezáporné číslo")
    return int(number)


_DATE = re.compile(r"^(\d{1,2})\s*\.\s*(\d{1,2})\s*\.\s*(\d{4})$")


def parse_date(text: str, what: str = "Datum") -> dt.date | None:
    """``13.6.2024``, ``13. 6. 2024``, ``2024-06-13`` (what openpyxl gives for a date cell)."""
    cleaned = text.strip()
    if not cleaned:
        return None
    try:
        match = _DATE.match(cleaned)
        if match:
            day, month, year = (int(g) for g in match.groups())
            return dt.date(year, month, day)
        return dt.date.fromisoformat(cleaned[:10])
    except ValueError:
        raise CellError(f"{what} „{text}“ není datum (např. 13.6.2024)") from None


_YES = {"ano", "a", "yes", "y", "1", "splneno", "true", "x"}
_NO = {"ne", "n", "no", "0", "nesplneno", "false"}


def parse_value(text: str, unit: str) -> float | None:
    """An indicator value typed in a cell, read by its unit (yes/no as 1 or 0)."""
    if unit == Unit.YES_NO:
        word = fold(text.strip())
        if not word:
            return None
        if word in _YES:
            return 1.0
        if word in _NO:
            return 0.0
        raise CellError(f"„{text}“ není ano ani ne")
    number = parse_decimal(text)
    return None if number is None else float(number)

"""Argument types shared by the commands: each refuses bad input with one Czech sentence."""

from __future__ import annotations

import argparse
import datetime as dt
import re

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_CZECH_DAY = re.compile(r"(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})")


def day(value: str) -> dt.date:
    """A date as ``RRRR-MM-DD`` or the Czech ``13. 6. 2024``; anything around it is refused."""
    text = value.strip()
    try:
        if _ISO_DAY.fullmatch(text):
            return dt.date.fromisoformat(text)
        if match := _CZECH_DAY.fullmatch(text):
            d, m, y = (int(g) for g in match.groups())
            return dt.date(y, m, d)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r} není platné datum") from exc
    raise argparse.ArgumentTypeError(f"{value!r} není datum ve tvaru RRRR-MM-DD")


def count(value: str) -> int:
    """A whole number of zero or more (a population, a number of rows)."""
    try:
        number = int(value.strip().replace(" ", "").replace("\u00a0", ""))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r} není celé číslo") from exc
    if number < 0:
        raise argparse.ArgumentTypeError(f"{value!r} je záporné číslo")
    return number

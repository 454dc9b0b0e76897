"""What the cells of an actor spreadsheet mean: numbers, attitudes, yes/no, kinds, dates, tags.

Every unreadable cell becomes a :class:`CellError` whose message is the Czech reason shown
beside the rejected row.
"""

from __future__ import annotations

import datetime as dt
import re

from obecdesk.core.text import plain_words
from obecdesk.core.vocabulary.stakeholders import ActorKind


def normalise(text: str) -> str:
    """Folded, punctuation as spaces, single spaces: "E-mail:" → "e mail"."""
    return plain_words(text)


_ATTITUDE_WORDS = {
    "velmi pozitivni": 2, "podporovatel": 2, "pozitivni": 1, "spise pozitivni": 1,
    "neutralni": 0, "nevim": 0, "spise negativni": -1, "negativni": -1, "velmi negativni": -2,
    "odpurce": -2,
}
_YES = {"ano", "a", "yes", "y", "x", "1", "true", "pravda", "ma", "ano ma"}
_NO = {"ne", "n", "no", "0", "false", "nepravda", "nema", ""}
_KINDS = {
    "osoba": ActorKind.PERSON, "person": ActorKind.PERSON, "fyzicka osoba": ActorKind.PERSON,
    "clovek": ActorKind.PERSON, "organizace": ActorKind.ORGANISATION,
    "organisation": ActorKind.ORGANISATION, "organization": ActorKind.ORGANISATION,
    "instituce": ActorKind.ORGANISATION, "pravnicka osoba": ActorKind.ORGANISATION,
}


class CellError(ValueError):
    """A cell that cannot be read as its field; the message is the Czech reason."""


def _int_in(text: str, low: int, high: int, what: str) -> int | None:
    cleaned = text.strip().replace("−", "-").replace("–", "-").replace(" ", "")
    if not cleaned:
        return None
    try:
        number = float(cleaned.replace(",", "."))
    except ValueError:
        raise CellError(f"{what} „{text}“ není číslo {low} až {high}") from None
    if not number.is_integer() or not low <= number <= high:
        raise CellError(f"{what} {text} není celé číslo {low} až {high}")
    return int(number)


def parse_influence(text: str) -> int | None:
    return _int_in(text, 1, 5, "Vliv")


def parse_interest(text: str) -> int | None:
    return _int_in(text, 1, 5, "Zájem")


def parse_attitude(text: str) -> int | None:
    word = normalise(text)
    if word in _ATTITUDE_WORDS:
        return _ATTITUDE_WORDS[word]
    return _int_in(text, -2, 2, "Postoj")


def parse_yes_no(text: str) -> bool:
    word = normalise(text)
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise CellError(f"Rozhodovací pravomoc „{text}“ není ano ani ne")


def parse_kind(text: str) -> str | None:
    word = normalise(text)
    if not word:
        return None
    if word not in _KINDS:
        raise CellError(f"Druh „{text}“ není osoba ani organizace")
    return _KINDS[word].value


def parse_date(text: str) -> dt.date | None:
    """``13. 6. 2024``, ``13.6.2024``, ``2024-06-13`` (XLSX dates arrive as ISO)."""
    cleaned = text.strip()
    if not cleaned:
        return None
    iso = re.fullmatch(r"(\d{4}-\d{2}-\d{2})(?:[T ]00:00(?::00)?)?", cleaned)  # XLSX: midnight
    if iso:
        try:
            return dt.date.fromisoformat(iso.group(1))
        except ValueError:
            pass
    match = re.fullmatch(r"(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})", cleaned)
    if match:
        day, month, year = (int(g) for g in match.groups())
        try:
            return dt.date(year, month, day)
        except ValueError:
            pass
    raise CellError(f"Datum „{text}“ není platné datum (např. 13. 6. 2024)")


def parse_tags(text: str) -> list[str]:
    return [t.strip() for t in re.split(r"[,;]", text) if t.strip()]


"""Czech alphabetical order: Č after C, Ch after H, Ř after R, Š, Ž, as ČSN 97 6030 has it.

The collation itself is the ``czech-sort`` library's (its byte keys compare as the strings
would in Czech); this module only says what is compared: persons by surname, then given
names, titles ignored ("Ing. Jana Šimková, Ph.D." is "Šimková Jana"), everything else as
written. The byte key is what the actor list stores in its indexed ``sort_key`` column.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

import czech_sort

from obecdesk.core.text import strip_titles

T = TypeVar("T")

PERSON = "person"


def collation_key(text: str) -> bytes:
    """A key whose byte order is the Czech alphabetical order of ``text``."""
    return czech_sort.bytes_key(text.strip())


def surname_first(name: str) -> str:
    """"Ing. Jiří Čermák" → "Čermák Jiří": how a Czech list of people reads."""
    words = strip_titles(name).split()
    return " ".join(words[-1:] + words[:-1])


def person_key(name: str) -> bytes:
    return collation_key(surname_first(name))


def actor_key(kind: str, name: str) -> bytes:
    """The order of an actor among others: a person by surname, an organisation by name."""
    return person_key(name) if kind == PERSON else collation_key(name)


def czech_sorted(items: Iterable[T], key: Callable[[T], str] = str) -> list[T]:
    """``items`` in Czech alphabetical order of ``key(item)`` (a name, a title)."""
    return sorted(items, key=lambda item: collation_key(key(item)))

"""Czech alphabetical order: Č after C, Ch after H, Ř after R, Š, Ž, as ČSN 97 6030 has it.

The collation itself is the ``czech-sort`` library's (its byte keys compare as the strings
would in Czech); this module only says what is compared: persons by surname, then given
names, titles ignored ("Ing. Jana Šimková, Ph.D." is "Šimková Jana"), everything else as
written. The byte key is what the actor list stores in its indexed ``sort_key`` column.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TypeVar

import czech_sort
from czech_sort.impl import key_to_bytes

from obecdesk.core.text import strip_titles

T = TypeVar("T")

PERSON = "person"


#: bytes of the parts a czech-sort key is made of (a letter, its diacritics, its case, ...):
#: few distinct ones recur in every name, and encoding them is most of ``bytes_key``'s time
_PART_BYTES: dict[object, bytes] = {}
_PART_LIMIT = 8192


def _part_bytes(part: object) -> bytes:
    encoded = _PART_BYTES.get(part)
    if encoded is None:
        encoded = key_to_bytes(part)
        if len(_PART_BYTES) < _PART_LIMIT:
            _PART_BYTES[part] = encoded
    return encoded


@lru_cache(maxsize=4096)
def collation_key(text: str) -> bytes:
    """A key whose byte order is the Czech alphabetical order of ``text``.

    Exactly ``czech_sort.bytes_key(text.strip())`` (a test compares them on any text), with the
    encoding of the key's recurring parts remembered: an import or a sync computes it for
    thousands of names.
    """
    *levels, normal, original = czech_sort.key(text.strip())
    try:  # the parts' bytes looked up without a call per part (a name has seventy-odd)
        encoded = [b"".join(map(_PART_BYTES.__getitem__, level)) for level in levels]
    except KeyError:  # a part not seen yet
        encoded = [b"".join([_part_bytes(p) for p in level]) for level in levels]
    return b"\0".join(encoded) + b"\0" + key_to_bytes(normal) + key_to_bytes(original) + b"\0"


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

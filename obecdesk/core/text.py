"""Text folding for search that ignores case and diacritics ("Curej" finds "Čureja")."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case ``text`` without combining marks: "Šťastná" → "stastna".

    Remembered: an import folds each name, organisation and e-mail several times (search text,
    duplicate key, preview), and organisations recur on many rows."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def actor_search_text(*parts: str) -> str:
    """The folded, space-joined search key stored on an actor (name, organisation, role, ...)."""
    return " ".join(fold(p) for p in parts if p)


#: academic and similar titles written before a Czech name ("Ing. arch.", "PaedDr.", "P." for
#: a priest) and after it (", Ph.D.", "DiS.")
_TITLES_BEFORE = re.compile(
    r"^(?:(?:Ing|Mgr|Bc|MUDr|MVDr|MDDr|PharmDr|PhDr|PaedDr|JUDr|RNDr|ThDr|ThLic|Dr|doc|prof"
    r"|arch|npor|kpt|plk|P)\.\s*)+"
)
_TITLES_AFTER = re.compile(
    r"(?:,?\s*(?:Ph\.\s?D\.|Th\.\s?D\.|DiS\.|CSc\.|DrSc\.|MBA|LL\.\s?M\.|MPA|BBA|dr\.\s?h\.\s?c\.))+$"
)


def strip_titles(name: str) -> str:
    """The name without academic titles: "Mgr. Jana Šimková, Ph.D." → "Jana Šimková"."""
    bare = _TITLES_AFTER.sub("", _TITLES_BEFORE.sub("", name.strip())).strip()
    return bare or name.strip()


def plain_words(text: str) -> str:
    """Folded, punctuation as spaces, single spaces: "E-mail:" → "e mail"."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(text)).split())


#: between the name and the organisation in an actor's stored duplicate key
KEY_SEPARATOR = "\x1f"


def duplicate_text(name: str, organisation: str) -> str:
    """An actor's duplicate key as stored (indexed) with the actor: the same person at the same
    organisation, whatever the titles, case, diacritics, punctuation and word order."""
    return f"{name_key(name)}{KEY_SEPARATOR}{plain_words(organisation)}"


def name_key(name: str) -> str:
    """Folded name words without titles, in sorted order: "Novák Jan" and "Ing. Jan Novák" meet."""
    return " ".join(sorted(re.sub(r"[^0-9a-z]+", " ", fold(strip_titles(name))).split()))

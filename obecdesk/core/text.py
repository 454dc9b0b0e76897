"""Text folding for search that ignores case and diacritics ("Curej" finds "Čureja")."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower-case ``text`` without combining marks: "Šťastná" → "stastna"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def actor_search_text(*parts: str) -> str:
    """The folded, space-joined search key stored on an actor (name, organisation, role, ...)."""
    return " ".join(fold(p) for p in parts if p)

"""People's names as a Czech attendance list orders them: by surname, titles ignored (the
titles themselves are known to :func:`obecdesk.core.text.strip_titles`)."""

from __future__ import annotations

from obecdesk.core.text import fold, strip_titles


def surname_key(name: str) -> tuple[str, str, str]:
    """Sort key of a person's name by surname (the last word once titles are gone), then the
    given names, diacritics-insensitive: the order of a Czech attendance list."""
    words = strip_titles(name).split()
    surname = words[-1] if words else ""
    return fold(surname), fold(" ".join(words[:-1])), fold(name)

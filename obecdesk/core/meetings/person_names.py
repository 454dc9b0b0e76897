"""People's names as a Czech attendance list orders them: by surname, titles ignored."""

from __future__ import annotations

import re

from obecdesk.core.text import fold

#: titles written before a name: academic (Ing. arch., PaedDr.), military (npor.), P. (pater)
_TITLES_BEFORE = re.compile(
    r"^(?:(?:Bc|BcA|Mgr|MgA|Ing|arch|PhDr|PaedDr|MUDr|MDDr|MVDr|JUDr|RNDr|PharmDr|ThDr|ThLic|"
    r"Dr|doc|prof|npor|por|kpt|mjr|pplk|plk|P)\.\s*)+")
#: titles written after a name, with or without the comma: Ph.D., DiS., CSc., MBA
_TITLES_AFTER = re.compile(r"(?:Ph\.D|Th\.D|DiS|CSc|DrSc|DSc|MBA|LL\.M)\.?")


def name_without_titles(name: str) -> str:
    """``"Ing. arch. Petr Zelený, Ph.D."`` → ``"Petr Zelený"``."""
    core = _TITLES_BEFORE.sub("", name.split(",")[0].strip())
    words = [word for word in core.split() if not _TITLES_AFTER.fullmatch(word)]
    return " ".join(words) or name.strip()


def surname_key(name: str) -> tuple[str, str, str]:
    """Sort key of a person's name by surname (the last word once titles are gone), then the
    given names, diacritics-insensitive: the order of a Czech attendance list."""
    words = name_without_titles(name).split()
    surname = words[-1] if words else ""
    return fold(surname), fold(" ".join(words[:-1])), fold(name)

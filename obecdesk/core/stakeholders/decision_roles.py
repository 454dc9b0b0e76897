"""Who decides by their office: a mayor, a deputy mayor or a council member (seed 004).

A partnership works when someone with decision-making power sits in it. A coordinator who adds
the mayor should not also have to tick "má rozhodovací pravomoc": the actor form and the import
tick it from the role, and only an explicit untick (kept as stored) says otherwise.
"""

from __future__ import annotations

import re

from obecdesk.core.text import fold

#: patterns over the folded role (no case, no diacritics) that mean the mayor's office or a seat
#: on the council; "radni" is a whole word ("radnice" is the town hall, not a councillor)
DECISION_ROLES = (r"starost", r"mistostarost", r"radni\b", r"primator", r"namest\w* primator",
                  r"clen\w* rady", r"hejtman")
_PATTERN = re.compile(r"\b(?:" + "|".join(DECISION_ROLES) + ")")


def decides_by_role(role: str) -> bool:
    """Whether ``role`` (e.g. "starosta", "radní pro bydlení") is an office that decides."""
    return bool(_PATTERN.search(fold(role)))

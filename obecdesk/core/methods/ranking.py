"""The method assistant's rule: rank the catalog for one agenda item, and say why.

A pure function over the methods and what the meeting needs, so the CLI, the UI and the tests see
the same order. The score is a plain sum a facilitator can recompute from the "why" and "fails"
lines (points in brackets are not shown, the sentences are):

- the purpose: 30 when it is the method's main purpose, 20 when it is one of its purposes;
- the group fits the method's size: 20; the time is within its minimum and maximum: 20 (10 when
  the method is shorter than the slot, so time is left for another part);
- it bears the meeting's conflict level: 15;
- each of low literacy, little trust, a language barrier the meeting has and the method suits:
  +5, and −10 when it does not suit;
- a specialist facilitator needed: −5;
- this locality's own ratings: (average − 3) × 5, from −10 to +10.

A method that serves other purposes, needs more than half again the time there is, is built for
a group more than twice as big (or less than half as big), or bears two conflict levels less
than the meeting has, is excluded with its reason. Agenda blocks (a break, the welcome) are not
methods and are never suggested.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from obecdesk.catalog.method_schema import CONFLICT, Method
from obecdesk.core.formatting import number_text
from obecdesk.core.vocabulary.methods import ConflictLevel, Purpose
from obecdesk.errors import UserError


@dataclass(frozen=True)
class Need:
    """What the agenda item asks of a method."""

    purpose: str
    participants: int
    minutes: int
    conflict: str = "none"
    low_literacy: bool = False
    low_trust: bool = False
    language_barriers: bool = False

    def checked(self) -> Need:
        """This need, or a Czech sentence saying what is wrong with it."""
        if self.purpose not in {p.value for p in Purpose}:
            known = ", ".join(p.value for p in Purpose)
            raise UserError(f"Neznámý účel {self.purpose!r}; známé jsou: {known}.")
        if self.conflict not in CONFLICT:
            raise UserError(f"Neznámá úroveň konfliktu {self.conflict!r}; známé jsou: "
                            f"{', '.join(CONFLICT)}.")
        if self.participants < 1:
            raise UserError("Počet účastníků musí být alespoň 1.")
        if self.minutes < 1:
            raise UserError("Čas na bod programu musí být alespoň 1 minuta.")
        return self


@dataclass(frozen=True)
class Experience:
    """How a method went in this locality: times rated and the average rating (1–5)."""

    uses: int
    average: float | None


@dataclass(frozen=True)
class Ranked:
    method: Method
    score: int
    why: list[str]
    fails: list[str]


@dataclass(frozen=True)
class Excluded:
    method: Method
    reason: str


@dataclass(frozen=True)
class Suggestion:
    ranked: list[Ranked]
    excluded: list[Excluded]


def _people(n: int) -> str:
    return "člověk" if n == 1 else "lidi" if 2 <= n <= 4 else "lidí"


def _size(method: Method) -> str:
    return f"{method.group_min}–{method.group_max}"


def exclusion(method: Method, need: Need) -> str:
    """Why ``method`` cannot serve ``need`` at all, or an empty string."""
    if need.purpose not in method.purposes:
        labels = ", ".join(Purpose.label_of(p) for p in method.purposes)
        return f"slouží k jiným účelům ({labels})"
    gap = CONFLICT.index(need.conflict) - CONFLICT.index(method.conflict)
    if gap >= 2:
        return (f"unese nanejvýš {ConflictLevel.label_of(method.conflict)}, u vás je "
                f"{ConflictLevel.label_of(need.conflict)}")
    if need.minutes < math.ceil(method.minutes_min * 2 / 3):
        return f"potřebuje aspoň {method.minutes_min} min, máte {need.minutes}"
    if need.participants > method.group_max * 2 or need.participants * 2 < method.group_min:
        return (f"je pro {_size(method)} lidí, čekáte {need.participants} "
                f"{_people(need.participants)}")
    return ""


_SUITS = (
    ("low_literacy", "zvládnou ji i lidé s nízkou gramotností",
     "spoléhá na čtení a psaní (nízká gramotnost)"),
    ("low_trust", "funguje i při malé důvěře", "potřebuje důvěru, která ve skupině chybí"),
    ("language_barriers", "funguje i přes jazykovou bariéru", "stojí na řeči (jazyková bariéra)"),
)


def rank(method: Method, need: Need, experience: Experience | None = None) -> Ranked:
    """The score of a method that is not excluded, with the sentences that make it up."""
    why: list[str] = []
    fails: list[str] = []
    main = method.purposes[0] == need.purpose
    score = 30 if main else 20
    why.append(f"slouží k účelu „{Purpose.label_of(need.purpose)}“"
               + (" (hlavní účel)" if main else ""))
    if method.group_min <= need.participants <= method.group_max:
        score += 20
        why.append(f"je pro {_size(method)} lidí, čekáte {need.participants}")
    else:
        fails.append(f"je pro {_size(method)} lidí, čekáte {need.participants}")
    if method.minutes_min <= need.minutes <= method.minutes_max:
        score += 20
        why.append(f"vejde se do {need.minutes} min (potřebuje "
                   f"{method.minutes_min}–{method.minutes_max} min)")
    elif need.minutes > method.minutes_max:
        score += 10
        why.append(f"zabere nanejvýš {method.minutes_max} min z {need.minutes}; zbylý čas "
                   "zůstane na jinou část")
    else:
        fails.append(f"potřebuje {method.minutes_min} min, máte {need.minutes}")
    if CONFLICT.index(method.conflict) >= CONFLICT.index(need.conflict):
        score += 15
        if need.conflict != "none":
            why.append(f"unese i {ConflictLevel.label_of(need.conflict)}")
    else:
        fails.append(f"unese nanejvýš {ConflictLevel.label_of(method.conflict)}, u vás je "
                     f"{ConflictLevel.label_of(need.conflict)}")
    for flag, good, bad in _SUITS:
        if getattr(need, flag):
            if getattr(method, flag):
                score += 5
                why.append(good)
            else:
                score -= 10
                fails.append(bad)
    if method.skill == "expert":
        score -= 5
        fails.append("vyžaduje zkušeného specialistu na tuto metodu")
    if experience is not None and experience.uses and experience.average is not None:
        score += round((experience.average - 3) * 5)
        said = (f"v této lokalitě použita {experience.uses}×, průměrné hodnocení "
                f"{number_text(round(experience.average, 1))}")
        (why if experience.average >= 3 else fails).append(said)
    return Ranked(method, max(0, score), why, fails)


def suggest(methods: Iterable[Method], need: Need,
            experience: Mapping[str, Experience] | None = None) -> Suggestion:
    """Methods ranked best first (ties: one whose time range holds the slot, then the one whose
    typical length is nearest the slot, then id), and the excluded with reasons
    (those that could serve the purpose first, then those for other purposes)."""
    need = need.checked()
    experience = experience or {}
    ranked: list[Ranked] = []
    excluded: list[Excluded] = []
    for method in methods:
        if method.is_block:
            continue
        reason = exclusion(method, need)
        if reason:
            excluded.append(Excluded(method, reason))
        else:
            ranked.append(rank(method, need, experience.get(method.id)))
    ranked.sort(key=lambda r: (-r.score, not r.method.minutes_min <= need.minutes
                               <= r.method.minutes_max,
                               abs(r.method.minutes_min + r.method.minutes_max - 2 * need.minutes),
                               r.method.id))
    excluded.sort(key=lambda e: (need.purpose not in e.method.purposes, e.method.id))
    return Suggestion(ranked, excluded)

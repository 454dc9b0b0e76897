"""Full-text search over the method catalog, in Czech word forms and without diacritics.

"konfliktu" finds a method about "konflikt", "sousedy" one about "sousedé", "kavarna" finds
"kavárna": every word of a method and of the query is reduced to its lemma (simplemma's Czech
and English dictionaries) and folded; a query word also matches as the start of a word, so a
half-typed word already finds something. The catalog is small (tens of methods), so the index is
a set of words per method held in memory.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from obecdesk.catalog.method_schema import Method
from obecdesk.core.text import fold
from obecdesk.core.vocabulary.methods import ConflictLevel, Participation, Purpose

_WORD = re.compile(r"\w+")


@lru_cache(maxsize=20000)
def word_keys(word: str) -> frozenset[str]:
    """The folded word and its Czech and English lemmas: "sousedů" → {"sousedu", "soused"}."""
    import simplemma  # its dictionaries load on the first search only

    lower = word.casefold()
    keys = {fold(lower)}
    for lang in ("cs", "en"):
        keys.add(fold(simplemma.lemmatize(lower, lang=lang)))
    return frozenset(k for k in keys if k)


def method_text(method: Method) -> str:
    """Everything a search looks at: names, summary, steps, materials, pitfalls, variants and the
    Czech labels of its purposes, participation level and conflict level."""
    parts: list[str] = [method.id.replace("-", " "), Participation.label_of(method.participation)]
    if method.conflict != "none":  # "bez konfliktu" must not be found by "konflikt"
        parts.append(ConflictLevel.label_of(method.conflict))
    parts.extend(Purpose.label_of(p) for p in method.purposes)
    for lang in ("cs", "en"):
        for name in ("name", "summary", "preparation", "room"):
            parts.append(getattr(method, f"{name}_{lang}"))
        for name in ("materials", "pitfalls", "variants"):
            parts.extend(getattr(method, f"{name}_{lang}"))
    parts.extend(step.cs + " " + step.en for step in method.steps)
    return " ".join(parts)


@lru_cache(maxsize=512)
def _index(text: str) -> frozenset[str]:
    return frozenset(key for word in _WORD.findall(text) for key in word_keys(word))


def _matches(keys: frozenset[str], index: frozenset[str]) -> bool:
    return any(k in index or (len(k) >= 3 and any(w.startswith(k) for w in index)) for k in keys)


def search(methods: Iterable[Method], query: str) -> list[Method]:
    """Methods holding every word of ``query`` (in any form), those matching in the name first."""
    words = _WORD.findall(query)
    methods = list(methods)
    if not words:
        return methods
    queries = [word_keys(w) for w in words]
    hits: list[tuple[int, Method]] = []
    for method in methods:
        index = _index(method_text(method))
        if all(_matches(keys, index) for keys in queries):
            names = _index(f"{method.name_cs} {method.name_en}")
            in_name = sum(_matches(keys, names) for keys in queries)
            hits.append((-in_name, method))
    return [m for _, m in sorted(hits, key=lambda hit: (hit[0], hit[1].name_cs))]

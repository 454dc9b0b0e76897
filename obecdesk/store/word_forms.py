"""Czech words in their dictionary form, for the minutes index: "bytů", "byty" → "byt",
"pravidel" → "pravidlo".

The lemmatiser is ``simplemma`` (its Czech dictionary, no model to download). The index keeps
the lemmas of every indexed text beside the text itself, and a search looks a typed word up
both as typed and as its lemma, so a coordinator finds the minutes whatever form they wrote.
The dictionary loads on first use (about a second), not at import.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

LANGUAGE = "cs"
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The dictionary form of one word, lower case (diacritics kept: the index folds them)."""
    if word.isdigit():
        return word
    import simplemma  # its dictionaries load on the first search, not at start-up

    return simplemma.lemmatize(word, lang=LANGUAGE).casefold()


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def lemma_token(word: str) -> str:
    """The lemma of ``word`` as an ASCII index token that keeps its diacritics: "bytů" → "byt",
    "budou" → "by253t" (být). The index folds diacritics in every column, and "byt" (a flat)
    must not meet "být" (to be); the typed word's prefix search stays diacritics-insensitive."""
    return "".join(c if c.isascii() else f"{_base(c)}{ord(c)}" for c in lemma(word))


def _base(char: str) -> str:
    return unicodedata.normalize("NFKD", char)[0] if char.isalpha() else ""


def lemmas(*texts: str) -> str:
    """The lemma tokens of all words of ``texts``, in order (what the index keeps)."""
    return " ".join(lemma_token(w) for text in texts if text for w in words(text))

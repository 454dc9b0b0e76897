"""Czech for argparse's own messages ("použití:", "neplatná volba", "chybí argument").

argparse says everything through ``gettext`` (its module's ``_`` and ``ngettext``), and Python
ships no Czech catalogue for it; this is that catalogue as a :class:`gettext.NullTranslations`,
put in place only while obecdesk builds and runs its parser, so nothing else in the process
(a test runner's own argparse) changes language.
"""

from __future__ import annotations

import argparse
import gettext
from collections.abc import Iterator
from contextlib import contextmanager

MESSAGES = {
    "usage: ": "použití: ",
    "positional arguments": "poziční argumenty",
    "options": "volby",
    "subcommands": "příkazy",
    "show this help message and exit": "vypsat tuto nápovědu a skončit",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: chyba: %(message)s\n",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "neplatná volba: %(value)r (možnosti: %(choices)s)",
    "invalid %(type)s value: %(value)r": "neplatná hodnota: %(value)r",
    "the following arguments are required: %s": "chybí povinné argumenty: %s",
    "one of the arguments %s is required": "je třeba zadat jeden z argumentů %s",
    "unrecognized arguments: %s": "neznámé argumenty: %s",
    "not allowed with argument %s": "nelze zadat spolu s argumentem %s",
    "ignored explicit argument %r": "přebytečná hodnota argumentu %r",
    "expected one argument": "chybí hodnota argumentu",
    "expected at most one argument": "argument má nejvýše jednu hodnotu",
    "expected at least one argument": "argument potřebuje aspoň jednu hodnotu",
    "ambiguous option: %(option)s could match %(matches)s":
        "nejednoznačná volba: %(option)s může znamenat %(matches)s",
    "unexpected option string: %s": "nečekaná volba: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "neznámý příkaz %(parser_name)r (možnosti: %(choices)s)",
    "can't open '%(filename)s': %(error)s": "soubor '%(filename)s' nelze otevřít: %(error)s",
}
#: (singular, plural) → the Czech forms for 1, 2–4 and 5 or more
PLURALS = {
    ("expected %s argument", "expected %s arguments"):
        ("argument má mít %s hodnotu", "argument má mít %s hodnoty", "argument má mít %s hodnot"),
}


class CzechArgparse(gettext.NullTranslations):
    """argparse's messages in Czech; anything not in the catalogue stays as it is."""

    def gettext(self, message: str) -> str:
        return MESSAGES.get(message, message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        forms = PLURALS.get((msgid1, msgid2))
        if forms is None:
            return msgid1 if n == 1 else msgid2
        return forms[0] if n == 1 else forms[1] if 2 <= n <= 4 else forms[2]


@contextmanager
def czech_argparse() -> Iterator[None]:
    """argparse speaks Czech inside the block (building, parsing, usage and errors)."""
    translations = CzechArgparse()
    saved = argparse._, argparse.ngettext
    argparse._, argparse.ngettext = translations.gettext, translations.ngettext
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved

"""What the user is told when SQLite refuses a write: another program holds the lock, or the
disk refused (full, read-only, failing). The transaction has rolled back: nothing was saved."""

from __future__ import annotations

from obecdesk.errors import StoreError

LOCKED_MESSAGE = (
    "Databáze je zamčená jiným programem (možná běží obecdesk podruhé). "
    "Zavřete ho a zkuste to znovu."
)


def is_locked(exc: BaseException) -> bool:
    return "locked" in str(exc).lower() or "busy" in str(exc).lower()


#: SQLite's words for a write the disk refused, and what the user is told (nothing was saved:
#: the transaction rolled back)
WRITE_FAILURES = {
    "database or disk is full": "Na disku došlo místo; nic se neuložilo. Uvolněte místo "
                                "(třeba smažte staré zálohy) a zkuste to znovu.",
    "readonly database": "Databázi nelze měnit: soubor nebo jeho složka je jen pro čtení; "
                         "nic se neuložilo.",
    "disk i/o error": "Zápis na disk selhal (chyba vstupu/výstupu); nic se neuložilo. "
                      "Zkontrolujte disk a místo na něm.",
}


def write_failure(exc: BaseException) -> StoreError | None:
    """A Czech :class:`StoreError` for a lock or a write the disk refused; None for others."""
    if is_locked(exc):
        return StoreError(LOCKED_MESSAGE)
    text = str(exc).lower()
    for words, message in WRITE_FAILURES.items():
        if words in text:
            return StoreError(message)
    return None

"""Operating-system errors as a Czech user reads them: "Složka neexistuje", not "No such file
or directory". The CLI and the UI say ``os_error_text(exc)`` wherever a file or folder failed;
Python's own ``strerror`` is English whatever the system's language."""

from __future__ import annotations

import errno
from pathlib import Path

#: errno → the Czech reason (no full stop: it ends a sentence that names the file)
REASONS = {
    errno.EACCES: "Přístup odepřen",
    errno.EPERM: "Přístup odepřen",
    errno.ENOSPC: "Na disku není místo",
    errno.EDQUOT: "Na disku je vyčerpaná kvóta",
    errno.EROFS: "Disk je jen pro čtení",
    errno.EEXIST: "Soubor už existuje",
    errno.EISDIR: "Je to složka, ne soubor",
    errno.ENOTDIR: "Část cesty není složka",
    errno.ENAMETOOLONG: "Název souboru je příliš dlouhý",
    errno.EBUSY: "Soubor používá jiný program",
    errno.ETXTBSY: "Soubor používá jiný program",
    errno.EIO: "Chyba čtení nebo zápisu na disku",
    errno.EMFILE: "Je otevřeno příliš mnoho souborů",
    errno.ENFILE: "Je otevřeno příliš mnoho souborů",
    errno.ENOTEMPTY: "Složka není prázdná",
    errno.EXDEV: "Soubor nelze přesunout na jiný disk",
    errno.EINVAL: "Neplatný název souboru nebo cesta",
    errno.EFBIG: "Soubor je příliš velký",
    errno.ELOOP: "Cesta obsahuje smyčku odkazů",
    errno.ENODEV: "Zařízení není připojeno",
    errno.ENXIO: "Zařízení není připojeno",
    errno.ETIMEDOUT: "Vypršel čas spojení",
}
#: Windows error codes that Python leaves without a matching errno
WINDOWS_REASONS = {
    32: "Soubor je otevřený v jiném programu",  # ERROR_SHARING_VIOLATION
    33: "Soubor je zamčený jiným programem",  # ERROR_LOCK_VIOLATION
    112: "Na disku není místo",  # ERROR_DISK_FULL
}


def os_error_text(exc: OSError) -> str:
    """The Czech reason of ``exc``; a missing file and a missing folder are told apart."""
    winerror = getattr(exc, "winerror", None)
    if winerror in WINDOWS_REASONS:
        return WINDOWS_REASONS[winerror]
    if exc.errno == errno.ENOENT:
        if exc.filename and not Path(str(exc.filename)).parent.exists():
            return "Složka neexistuje"
        return "Soubor neexistuje"
    if exc.errno in REASONS:
        return REASONS[exc.errno]
    detail = exc.strerror or exc.__class__.__name__
    return f"Chyba systému ({detail})"


def os_error_sentence(exc: OSError) -> str:
    """One sentence naming the path: "/média/zápis.pdf: Složka neexistuje."."""
    where = exc.filename or exc.filename2
    return f"{where}: {os_error_text(exc)}." if where else f"{os_error_text(exc)}."

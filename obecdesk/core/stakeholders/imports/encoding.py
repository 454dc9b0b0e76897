"""Which text encoding a CSV file uses, refusing files that would import garbled names.

Czech spreadsheets arrive in UTF-8 (with or without BOM), Windows-1250, ISO-8859-2 and, from old
DOS programs, CP852. A wrong guess does not fail loudly: CP852 read as Windows-1250 turns
"Šimková" into "ćimkovď". So an automatic guess must also look like Czech text, and a file that
mixes UTF-8 lines with Windows-1250 lines (two exports pasted together) is refused, naming the
line, instead of being imported half garbled.
"""

from __future__ import annotations

import re

from obecdesk.errors import UserError

#: the user's choices (import dialog, ``--encoding``): codec name → Czech label
ENCODING_CHOICES: dict[str, str] = {
    "auto": "automaticky", "utf-8": "UTF-8", "cp1250": "Windows-1250",
    "iso-8859-2": "ISO-8859-2", "cp852": "CP852 (DOS)",
}
ENCODING_LABELS = {
    "utf-8-sig": "UTF-8 s BOM", "utf-8": "UTF-8", "utf-16": "UTF-16",
    "cp1250": "windows-1250", "iso-8859-2": "ISO-8859-2", "cp852": "CP852",
}

#: bytes of š ť ž Š Ť Ž in ISO-8859-2; in windows-1250 they would be ą » ľ © « ®
_LATIN2_CZECH = frozenset(b"\xb9\xbb\xbe\xa9\xab\xae")
#: a UTF-8 encoded letter of Central European Latin (lead byte C3–C5 and one continuation)
_UTF8_LETTER = re.compile(rb"[\xc3-\xc5][\x80-\xbf]")
#: letters a Czech (or Slovak, German) name, organisation or note plausibly contains
_PLAUSIBLE_LETTERS = frozenset(
    "áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽäĺľôŕÄĹĽÔŔöüÖÜßëË"
)


def _line_of(data: bytes, position: int) -> int:
    return data.count(b"\n", 0, position) + 1


def _looks_like_latin2(data: bytes) -> bool:
    """ISO-8859-2 rather than windows-1250: Latin-2 codes of š ť ž, none of 0x80–0x9F."""
    if any(0x80 <= b <= 0x9F for b in data):
        return False
    return any(b in _LATIN2_CZECH for b in data)


def _implausible_line(text: str) -> int | None:
    """The first line with a character no Czech text has (a letter like "ć" or "ˇ" in a word)."""
    for number, line in enumerate(text.split("\n"), start=1):
        for at, ch in enumerate(line):
            if ch < "\x80" or ch in _PLAUSIBLE_LETTERS:
                continue
            if ch.isalpha():
                return number
            before = line[at - 1] if at else " "
            after = line[at + 1] if at + 1 < len(line) else " "
            if before.isalpha() and after.isalpha():  # "Nov§k": punctuation inside a word
                return number
    return None


def _decoded(data: bytes, encoding: str, name: str) -> str | None:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    if "\x00" in text or any("\x80" <= ch <= "\x9f" for ch in text):
        return None  # NULs or C1 controls: the guess is wrong (or it is not text at all)
    return text


def decode_csv_bytes(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str]:
    """Text and a label of its encoding; ``encoding`` None or "auto" guesses (see module doc)."""
    if encoding and encoding != "auto":
        return _decode_as(data, name, encoding)
    if data.startswith(b"\xef\xbb\xbf"):
        return _decode_as(data, name, "utf-8-sig")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _decode_as(data, name, "utf-16")
    text = _decoded(data, "utf-8", name)
    if text is not None:
        return text, ENCODING_LABELS["utf-8"]
    mixed = _UTF8_LETTER.search(data)
    if mixed:
        raise UserError(
            f"Soubor {name} míchá kódování: řádek {_line_of(data, mixed.start())} je v UTF-8, "
            "jiné řádky ne; uložte celý soubor znovu v jednom kódování (v Excelu „CSV UTF-8“)."
        )
    encoding = "iso-8859-2" if _looks_like_latin2(data) else "cp1250"
    text = _decoded(data, encoding, name)
    if text is None:
        raise UserError(
            f"Soubor {name} není text v kódování UTF-8 ani Windows-1250 (možná to není tabulka "
            "CSV); v Excelu ho uložte jako „CSV UTF-8“ nebo XLSX."
        )
    odd = _implausible_line(text)
    if odd is not None:
        raise UserError(
            f"Soubor {name} má na řádku {odd} znaky, které v češtině nebývají; kódování se "
            "nepodařilo poznat (možná CP852 z DOSu). Vyberte kódování ručně nebo soubor uložte "
            "jako „CSV UTF-8“."
        )
    return text, ENCODING_LABELS[encoding]


def _decode_as(data: bytes, name: str, encoding: str) -> tuple[str, str]:
    """Decode with the given codec; a byte it cannot read is reported with its line."""
    try:
        text = data.decode(encoding)
    except LookupError as exc:
        raise UserError(f"Neznámé kódování {encoding}.") from exc
    except UnicodeDecodeError as exc:
        label = ENCODING_LABELS.get(encoding, encoding)
        raise UserError(
            f"Soubor {name} není v kódování {label}: řádek {_line_of(data, exc.start)} "
            "obsahuje bajty, které v něm nic neznamenají."
        ) from exc
    if "\x00" in text:
        raise UserError(f"Soubor {name} není text (možná to není tabulka CSV).")
    return text, ENCODING_LABELS.get(encoding, encoding)

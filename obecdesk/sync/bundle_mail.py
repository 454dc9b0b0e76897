"""The e-mail that carries a bundle to its recipient: an unsent ``.eml`` with the file attached.

The text says only what the envelope says anyway (who sends, when, how many records of each
kind): the bundle is encrypted for the recipient, and a mail that travels in clear must not
reveal names or places.
"""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from pathlib import Path

from obecdesk.core.email_draft import PRAGUE, address, unsent_email, write_eml
from obecdesk.core.formatting import date_text, number_text
from obecdesk.core.inventory import KIND_LABELS
from obecdesk.errors import UserError
from obecdesk.os_errors import os_error_text


def bundle_text(*, sender_name: str, counts: dict[str, int], created: dt.date) -> str:
    lines = ["Dobrý den,", "",
             f"v příloze posílám synchronizační balíček obecdesk z repliky „{sender_name}“ "
             f"({date_text(created)})."]
    if counts:
        lines += ["", "Obsahuje změněné záznamy:"]
        lines += [f"  {KIND_LABELS.get(kind, kind)}: {number_text(count)}"
                  for kind, count in counts.items() if count]
    else:
        lines += ["", "Nenese žádné nové změny, jen potvrzuje, co replika přijala."]
    lines += ["", "Balíček je zašifrovaný pro příjemce; načtěte ho v obecdesk "
              "(Synchronizace → Načíst balíček).", "", "S pozdravem", sender_name]
    return "\n".join(lines) + "\n"


def bundle_message(bundle: Path, *, sender_name: str, counts: dict[str, int],
                   to_name: str = "", to_email: str = "", now: dt.datetime | None = None
                   ) -> EmailMessage:
    """The draft to ``to_email`` (left for the user to fill in when empty) with ``bundle``."""
    now = now or dt.datetime.now(PRAGUE)
    try:
        data = bundle.read_bytes()
    except OSError as exc:
        raise UserError(f"Balíček {bundle} nelze přečíst: {os_error_text(exc)}.") from exc
    to = [address(to_name, to_email)] if to_email.strip() else None
    message = unsent_email(
        subject=f"Synchronizace obecdesk: {sender_name} – {date_text(now.date())}",
        text=bundle_text(sender_name=sender_name, counts=counts, created=now.date()),
        to=to, now=now)
    message.add_attachment(data, maintype="application", subtype="octet-stream",
                           filename=bundle.name)
    return message


def write_bundle_draft(bundle: Path, *, eml: Path | None = None, sender_name: str,
                       counts: dict[str, int], to_name: str = "", to_email: str = "",
                       now: dt.datetime | None = None) -> Path:
    """Write the draft next to the bundle (``NAME.eml``) unless ``eml`` says where."""
    message = bundle_message(bundle, sender_name=sender_name, counts=counts, to_name=to_name,
                             to_email=to_email, now=now)
    return write_eml(eml or bundle.with_suffix(".eml"), message)

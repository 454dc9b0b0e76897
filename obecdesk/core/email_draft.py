"""E-mail drafts as ``.eml`` files: the one way obecdesk hands a message to the mail client.

A draft carries ``X-Unsent: 1`` so Outlook and Thunderbird open it as a message to send, not as
a received one. Invitations (``core/meetings``) and sync bundles both use it.
"""

from __future__ import annotations

import datetime as dt
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from zoneinfo import ZoneInfo

from obecdesk.errors import UserError, ValidationError
from obecdesk.os_errors import os_error_text

PRAGUE = ZoneInfo("Europe/Prague")


def address(name: str, email: str) -> Address:
    """A mail address with a display name; a malformed one is refused in Czech."""
    username, _, domain = email.strip().partition("@")
    if not username or not domain:
        raise ValidationError(f"Adresa {email!r} není platný e-mail.")
    return Address(display_name=name, username=username, domain=domain)


def unsent_email(*, subject: str, text: str, to: list[Address] | None = None,
                 sender: Address | None = None, now: dt.datetime | None = None) -> EmailMessage:
    """A draft with a plain-text body; attachments are added by the caller."""
    message = EmailMessage()
    message["Subject"] = subject
    if sender is not None:
        message["From"] = sender
    if to:
        message["To"] = to
    message["Date"] = format_datetime(now or dt.datetime.now(PRAGUE))
    message["Message-ID"] = make_msgid(domain="obecdesk.invalid")
    message["X-Unsent"] = "1"
    message.set_content(text)
    return message


def write_eml(path: Path, message: EmailMessage) -> Path:
    """Save a draft; a folder or a missing folder is refused in one Czech sentence."""
    if path.is_dir():
        raise UserError(f"{path} je složka; zadejte jméno souboru.")
    if not path.parent.is_dir():
        raise UserError(f"Složka {path.parent} neexistuje; soubor nelze uložit.")
    try:
        path.write_bytes(bytes(message))
    except OSError as exc:
        raise UserError(f"Soubor {path} nelze uložit: {os_error_text(exc)}.") from exc
    return path

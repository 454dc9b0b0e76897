"""The situation log: dated events of an escalated situation and the files that document them.

Attachments are copied into the store (a synced table with the bytes) so that they travel in a
sync bundle with the event and survive the original file being moved; 10 MB per file keeps a
bundle small enough for e-mail.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from obecdesk.core.formatting import number_text
from obecdesk.core.records import assign, get_live
from obecdesk.core.vocabulary.communication import SEVERITIES, EventKind
from obecdesk.errors import UserError, ValidationError
from obecdesk.os_errors import os_error_text
from obecdesk.store import Store
from obecdesk.store.models import SituationAttachment, SituationEvent

#: the largest file an event may carry
MAX_ATTACHMENT = 10 * 1024 * 1024


@dataclass
class EventData:
    occurred_on: dt.date
    kind: str
    title: str
    description: str = ""
    source: str = ""
    #: about how many people it reached; None when unknown
    reach: int | None = None
    severity: int = 2
    actor_ids: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class AttachmentInfo:
    id: str
    event_id: str
    file_name: str
    media_type: str
    size: int


@dataclass(frozen=True)
class EventInfo:
    id: str
    data: EventData
    attachments: list[AttachmentInfo] = field(default_factory=list)


def _checked(data: EventData) -> dict:
    title = data.title.strip()
    if not title:
        raise ValidationError("Událost musí mít název.")
    if data.kind not in set(EventKind):
        raise ValidationError(f"Neznámý druh události: {data.kind}.")
    if data.severity not in SEVERITIES:
        raise ValidationError("Závažnost události je na stupnici 1 až 4.")
    if data.reach is not None and data.reach < 0:
        raise ValidationError("Dosah události nemůže být záporný.")
    if not isinstance(data.occurred_on, dt.date):
        raise ValidationError("Událost musí mít datum.")
    return {"occurred_on": data.occurred_on, "kind": str(data.kind), "title": title,
            "description": data.description.strip(), "source": data.source.strip(),
            "reach": data.reach, "severity": data.severity,
            "actor_ids": sorted(set(data.actor_ids))}


def size_text(size: int) -> str:
    """A file size the Czech way: "2,4 MB", "830 kB"."""
    if size >= 1024 * 1024:
        return f"{number_text(round(size / 1024 / 1024, 1))} MB"
    return f"{number_text(max(1, round(size / 1024)))} kB"


def _attachment_info(row: SituationAttachment) -> AttachmentInfo:
    return AttachmentInfo(row.id, row.event_id, row.file_name, row.media_type, row.size)


class SituationLog:
    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, locality_id: str, data: EventData) -> str:
        values = _checked(data)
        with self.store.unit_of_work() as session:
            row = SituationEvent(locality_id=locality_id, **values)
            session.add(row)
            session.flush()
            return row.id

    def update(self, event_id: str, data: EventData) -> None:
        values = _checked(data)
        with self.store.unit_of_work() as session:
            assign(get_live(session, SituationEvent, event_id, "Událost"), values)

    def remove(self, event_id: str) -> None:
        """The event and its attachments become tombstones."""
        with self.store.unit_of_work() as session:
            get_live(session, SituationEvent, event_id, "Událost").deleted = True
            for row in session.scalars(select(SituationAttachment).where(
                    SituationAttachment.event_id == event_id,
                    SituationAttachment.deleted.is_(False))):
                row.deleted = True

    def events(self, locality_id: str, *, kinds: set[str] | None = None,
               min_severity: int | None = None) -> list[EventInfo]:
        """The locality's events in time order, optionally of some kinds and severe enough."""
        query = select(SituationEvent).where(SituationEvent.locality_id == locality_id,
                                             SituationEvent.deleted.is_(False))
        if kinds is not None:
            query = query.where(SituationEvent.kind.in_(sorted(kinds)))
        if min_severity is not None:
            query = query.where(SituationEvent.severity >= min_severity)
        files = select(SituationAttachment.id, SituationAttachment.event_id,
                       SituationAttachment.file_name, SituationAttachment.media_type,
                       SituationAttachment.size).where(
            SituationAttachment.locality_id == locality_id,
            SituationAttachment.deleted.is_(False)).order_by(SituationAttachment.file_name)
        with self.store.reading() as session:
            rows = list(session.scalars(query.order_by(SituationEvent.occurred_on,
                                                       SituationEvent.title)))
            attached: dict[str, list[AttachmentInfo]] = {}
            for row in session.execute(files):
                attached.setdefault(row.event_id, []).append(AttachmentInfo(*row))
        return [EventInfo(r.id, EventData(r.occurred_on, r.kind, r.title, r.description, r.source,
                                          r.reach, r.severity, list(r.actor_ids or [])),
                          attached.get(r.id, [])) for r in rows]

    def attach(self, event_id: str, path: Path | str) -> AttachmentInfo:
        """Copy the file at ``path`` into the store as an attachment of the event."""
        path = Path(path)
        try:
            size = path.stat().st_size
            if size > MAX_ATTACHMENT:
                raise UserError(self._too_big(path.name, size))
            content = path.read_bytes()
        except OSError as exc:
            raise UserError(f"Soubor {path} nelze přečíst: {os_error_text(exc)}.") from exc
        return self.attach_bytes(event_id, path.name, content)

    def attach_bytes(self, event_id: str, file_name: str, content: bytes) -> AttachmentInfo:
        if len(content) > MAX_ATTACHMENT:
            raise UserError(self._too_big(file_name, len(content)))
        name = Path(file_name).name.strip()
        if not name:
            raise ValidationError("Příloha musí mít název souboru.")
        import mimetypes  # its tables are read on first use: not at start-up

        media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        with self.store.unit_of_work() as session:
            event = get_live(session, SituationEvent, event_id, "Událost")
            row = SituationAttachment(locality_id=event.locality_id, event_id=event_id,
                                      file_name=name, media_type=media_type, size=len(content),
                                      content=content)
            session.add(row)
            session.flush()
            return _attachment_info(row)

    @staticmethod
    def _too_big(name: str, size: int) -> str:
        return (f"Soubor {name} má {size_text(size)}; příloha události může mít nejvýše "
                f"{size_text(MAX_ATTACHMENT)}. Nic se nepřiložilo.")

    def detach(self, attachment_id: str) -> None:
        with self.store.unit_of_work() as session:
            get_live(session, SituationAttachment, attachment_id, "Příloha").deleted = True

    def content(self, attachment_id: str) -> tuple[AttachmentInfo, bytes]:
        with self.store.reading() as session:
            row = get_live(session, SituationAttachment, attachment_id, "Příloha")
            return _attachment_info(row), bytes(row.content)

    def save_attachment(self, attachment_id: str, target: Path | str) -> Path:
        """Write the attachment's bytes to ``target`` (Uložit jako…, or a temporary copy to open)."""
        from obecdesk.core.output_files import save

        _info, content = self.content(attachment_id)
        return save(target, content, "příloha")

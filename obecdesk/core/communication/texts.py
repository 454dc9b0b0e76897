"""Texts the team helps the municipality write (seed 000: "Pomoc s tvorbou textů"): a press
release, a letter to residents, a post. Each save that changes the wording keeps the text as it
was in a version row (only ever inserted), so every earlier wording stays readable."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from obecdesk.core.records import assign, get_live
from obecdesk.core.vocabulary.communication import TextKind, TextStatus
from obecdesk.errors import ValidationError
from obecdesk.store import Store
from obecdesk.store.models import CommunicationText, TextVersion


@dataclass
class TextData:
    title: str
    kind: str = TextKind.PRESS_RELEASE
    body: str = ""
    status: str = TextStatus.DRAFT
    audience: str = ""


@dataclass(frozen=True)
class TextInfo:
    id: str
    data: TextData
    #: how many earlier wordings are kept
    versions: int


@dataclass(frozen=True)
class VersionInfo:
    number: int
    saved_at: str
    title: str
    body: str


def _checked(data: TextData) -> dict:
    title = data.title.strip()
    if not title:
        raise ValidationError("Text musí mít název.")
    if data.kind not in set(TextKind) or data.status not in set(TextStatus):
        raise ValidationError("Neznámý druh nebo stav textu.")
    return {"title": title, "kind": str(data.kind), "body": data.body.rstrip(),
            "status": str(data.status), "audience": data.audience.strip()}


class TextService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, locality_id: str, data: TextData) -> str:
        values = _checked(data)
        with self.store.unit_of_work() as session:
            row = CommunicationText(locality_id=locality_id, **values)
            session.add(row)
            session.flush()
            return row.id

    def save(self, text_id: str, data: TextData) -> None:
        """Change the text; a changed title or wording first keeps the old one as a version."""
        values = _checked(data)
        with self.store.unit_of_work() as session:
            row = get_live(session, CommunicationText, text_id, "Text")
            if (row.title, row.body) != (values["title"], values["body"]):
                number = session.scalar(select(func.max(TextVersion.number)).where(
                    TextVersion.text_id == text_id)) or 0
                session.add(TextVersion(
                    locality_id=row.locality_id, text_id=text_id, number=number + 1,
                    saved_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    title=row.title, body=row.body))
            assign(row, values)

    def remove(self, text_id: str) -> None:
        with self.store.unit_of_work() as session:
            get_live(session, CommunicationText, text_id, "Text").deleted = True

    def texts(self, locality_id: str) -> list[TextInfo]:
        counted = (select(TextVersion.text_id, func.count().label("n"))
                   .where(TextVersion.deleted.is_(False)).group_by(TextVersion.text_id)
                   .subquery())
        query = (select(CommunicationText, counted.c.n)
                 .outerjoin(counted, counted.c.text_id == CommunicationText.id)
                 .where(CommunicationText.locality_id == locality_id,
                        CommunicationText.deleted.is_(False))
                 .order_by(CommunicationText.title))
        with self.store.reading() as session:
            return [TextInfo(r.id, TextData(r.title, r.kind, r.body, r.status, r.audience),
                             n or 0) for r, n in session.execute(query)]

    def versions(self, text_id: str) -> list[VersionInfo]:
        """The earlier wordings, newest first."""
        with self.store.reading() as session:
            return [VersionInfo(v.number, v.saved_at, v.title, v.body)
                    for v in session.scalars(select(TextVersion).where(
                        TextVersion.text_id == text_id, TextVersion.deleted.is_(False))
                        .order_by(TextVersion.number.desc()))]

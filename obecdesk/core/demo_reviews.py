"""HQ's notes on the demo locality's results: a value and a project returned for correction,
a value returned, corrected and approved again, an approved project and a comment on a measure.

Called by :func:`obecdesk.core.demo.load_demo` inside its transaction, after the plan; the rows
have fixed ids, and the demo locality never leaves the replica, so nothing here travels."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from obecdesk.core.indicators.values import value_id
from obecdesk.store.models import HqReview

HQ = ("Centrála ASZ", "hq")
FIELD = ("Laptop konzultantky", "field")
#: (key, item kind, the item's demo key, state, who, when, comment)
ENTRIES = [
    ("tutored", "value", ("indicator", "tutored", "2026-Q2"), "returned", HQ,
     "2026-11-20T09:12:00.000000+00:00", "Skok ze 46 na 52 žáků: nejsou započteni i účastníci "
     "letní školy? Ověřte prosím v evidenci spolku."),
    ("truancy-1", "value", ("indicator", "truancy", "2026-Q1"), "returned", HQ,
     "2026-10-02T10:00:00.000000+00:00", "Chybí zdroj hodnoty."),
    ("truancy-2", "value", ("indicator", "truancy", "2026-Q1"), "corrected", FIELD,
     "2026-10-05T15:30:00.000000+00:00", "Doplněn zdroj: výkaz ZŠ Dolní Bránice."),
    ("truancy-3", "value", ("indicator", "truancy", "2026-Q1"), "approved", HQ,
     "2026-10-09T08:45:00.000000+00:00", ""),
    ("prevention", "project", ("project", "2"), "returned", HQ,
     "2026-11-18T13:20:00.000000+00:00", "Doplňte počet podpořených domácností podle "
     "rozhodnutí o dotaci."),
    ("tutoring", "project", ("project", "1"), "approved", HQ,
     "2026-09-15T11:00:00.000000+00:00", ""),
    ("allocation", "measure", ("measure", "1", "allocation"), "comment", HQ,
     "2026-11-10T09:00:00.000000+00:00", "Pošlete prosím schválená pravidla přidělování bytů."),
]


def _item(ids: Callable[..., str], kind: str, key: tuple[str, ...]) -> dict[str, str]:
    if kind == "value":
        return {"value_id": value_id(ids(*key[:2]), key[2])}
    return {f"{kind}_id": ids(*key)}


def add_review_demo(session: Session, loc_id: str, ids: Callable[..., str]) -> None:
    session.flush()  # the plan's rows first: the entries point at them
    for key, kind, item, state, (author, role), when, comment in ENTRIES:
        session.add(HqReview(id=ids("review", key), locality_id=loc_id, item_kind=kind,
                             state=state, comment=comment, author=author, author_role=role,
                             created_at=when, **_item(ids, kind, item)))

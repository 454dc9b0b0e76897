"""Rows written in bulk are stored exactly as the Core insert stores them, and the search finds them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert, select

from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.stakeholders.actor_queries import ActorFilter
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.store.bulk_insert import MAX_ROWS, insert_rows
from obecdesk.store.models import Actor


def _rows(locality_id: str, prefix: str, count: int) -> list[dict]:
    rows = []
    for i in range(count):
        row = {"id": f"{prefix}-{i:04d}", "locality_id": locality_id, "name": f"Žofie {prefix} {i}",
               "search_text": f"zofie {prefix} {i}", "sort_key": bytes([i % 256, 0, 7])}
        if i % 2:  # every other row gives more columns than the defaults
            row.update(tags=["OSPOD", "Šance"], decision_power=True, erased=False,
                       consent_date=dt.date(2025, 4, 1), kind="organisation")
        rows.append(row)
    return rows


def _stored(store, prefix: str) -> list[tuple]:
    query = select(Actor).where(Actor.id.like(f"{prefix}-%")).order_by(Actor.id)
    with store.reading() as session:
        return [(a.id[len(prefix):], a.kind, a.name.replace(prefix, ""), a.tags, a.decision_power,
                 a.erased, a.consent_date, a.sort_key, a.sector, a.influence, a.deleted)
                for a in session.scalars(query)]


def test_bulk_rows_equal_core_insert_rows_across_statement_boundaries(store) -> None:
    locality = LocalityService(store).create(LocalityData(name="Hromadov"))
    count = MAX_ROWS + 37
    with store.unit_of_work() as session:
        # both shapes in one call: each row's missing columns take what Core's insert of one
        # shape at a time gives them
        insert_rows(session, Actor.__table__, _rows(locality.id, "bulk", count))
        for shape in (0, 1):
            session.execute(insert(Actor.__table__),
                            [r for r in _rows(locality.id, "core", count) if len(r) % 2 == shape])
    bulk, core = _stored(store, "bulk"), _stored(store, "core")
    assert len(bulk) == count and bulk == core
    assert bulk[1][3] == ["OSPOD", "Šance"] and bulk[1][6] == dt.date(2025, 4, 1)
    assert bulk[0][1:3] == ("person", "Žofie  0") and bulk[0][3] == []
    found = ActorService(store).list(ActorFilter(locality.id, search="zofie bulk 12"))
    assert {a.id for a in found} >= {"bulk-0012", "bulk-0120"}

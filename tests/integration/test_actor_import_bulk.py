"""The import writes its actors in bulk; what it stores must be what the ORM write path stores.

Each imported actor gets a twin written the ordinary way (an ``Actor`` object flushed in a unit of
work, whose flush stamps it and records its field versions) from the same input values; the two
must agree on every column but the id and the stamp, and on their field versions.
"""

from __future__ import annotations

from sqlalchemy import select, text

from obecdesk.core.records import assign
from obecdesk.core.stakeholders.actor_fields import derived_values
from obecdesk.core.stakeholders.imports.service import ActorImportService
from obecdesk.store.base import new_id
from obecdesk.store.models import Actor

LINES = [
    "Jméno;Druh;Organizace;Sektor;Role;E-mail;Štítky;Vliv;Postoj;Právní základ;Datum souhlasu",
    "Charita Dolní Bránice;organizace;;NNO;;charita@example.cz;sociální služby;4;2;;",
    "Mgr. Růžena Dvořáková;osoba;Charita Dolní Bránice;NNO;SAS;ruzena@example.cz;terén, SAS;5;1;"
    "souhlas;1. 3. 2024",
    "Jiří Čermák;osoba;ZŠ Žižkova;škola;ředitel;;;3;0;;",
    "Ondřej Kříž;;Městská policie;policie;strážník;ondrej@example.cz;;2;-1;;",
]
INPUT = Actor.__sync__.merged | Actor.__sync__.sets
ENVELOPE = {"id", "updated_at", "replica_id"}


def stored(session, ids) -> dict[str, dict]:
    rows = session.execute(select(Actor.__table__).where(Actor.id.in_(ids))).mappings()
    return {r["id"]: dict(r) for r in rows}


def versions(session, row_id: str) -> list[tuple]:
    return sorted(session.execute(text(
        "SELECT field, element, stamp, base, removed, seq FROM field_versions "
        "WHERE table_name = 'actors' AND row_id = :id"), {"id": row_id}).all())


def test_bulk_import_stores_what_the_orm_path_stores(tmp_path, demo_store, demo_locality_id):
    path = tmp_path / "aktéři.csv"
    path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    heard = []
    demo_store.subscribe(heard.append)
    importer = ActorImportService(demo_store)
    result = importer.commit(importer.preview(path, demo_locality_id))
    assert result.imported == 4 and len(heard) == 1
    assert heard[0].ids == {"actors": set(result.actor_ids)}  # the UI hears of every new actor
    with demo_store.reading() as session:
        imported = stored(session, result.actor_ids)
    by_name = {r["name"]: r for r in imported.values()}
    charita = by_name["Charita Dolní Bránice"]
    assert by_name["Mgr. Růžena Dvořáková"]["organisation_id"] == charita["id"]
    assert by_name["Mgr. Růžena Dvořáková"]["tags"] == ["terén", "SAS"]

    twins: dict[str, str] = {}
    with demo_store.unit_of_work() as session:
        for row in imported.values():
            twin = Actor(id=new_id(), **{c: row[c] for c in INPUT})
            assign(twin, derived_values(twin))
            session.add(twin)
            twins[row["id"]] = twin.id
    with demo_store.reading() as session:
        written = stored(session, list(twins.values()))
        seqs = set()
        for row_id, row in imported.items():
            twin = written[twins[row_id]]
            assert {k: v for k, v in row.items() if k not in ENVELOPE} == \
                {k: v for k, v in twin.items() if k not in ENVELOPE}, row["name"]
            assert row["replica_id"] == twin["replica_id"] == demo_store.replica_id
            mine, theirs = versions(session, row_id), versions(session, twin["id"])
            # the same fields and set elements, each stamped with its own row's stamp
            assert [v[:2] + v[3:5] for v in mine] == [v[:2] + v[3:5] for v in theirs]
            assert {v[2] for v in mine} == {row["updated_at"]}
            seqs |= {v[5] for v in mine}
        assert len(seqs) == 1  # one change batch for the whole import
        assert len({r["updated_at"] for r in imported.values()}) == 4
    assert demo_store.check() == []

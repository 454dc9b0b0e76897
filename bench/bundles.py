"""Benchmark: a full sync bundle of one locality, against raw ``sqlite3`` + ``json`` on the same rows.

Fills a field replica with one locality of N actors (through the store's one write path, so
every field has its version), then times in the same run:

- **export**: ``export_bundle(full=True)`` vs two raw baselines: the *same-schema* one reads the
  rows of every synced table the bundle carries and their ``field_versions`` rows with
  ``sqlite3`` and writes them as JSON to a file; the *bare* one reads only the actor rows;
- **import**: ``import_bundle`` into a fresh HQ store (validation, backup, merge) vs reading
  those JSON files with ``sqlite3``: the same-schema baseline inserts the rows and their field
  versions with ``executemany`` into a fresh migrated store (its indexes, full-text triggers
  and clock table; made before timing) in one transaction; the bare one inserts the actor rows
  into an empty table without any index;
- **size**: the bundle file vs the bare JSON file.

The goal (≤ 3×) is checked against the same-schema baseline: it writes what the store must
write (the schema keeps a version per field and indexes every actor list), so the ratio is our
overhead over that work. The ratio to the bare baseline is printed for the record, without a
goal. Figures are kept in ``bench/results/latest.json``; asserts nothing about time.

    python bench/bundles.py [--actors 5000]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import HEADER, Figures  # noqa: E402

from obecdesk.core.localities import LocalityData, LocalityService  # noqa: E402
from obecdesk.store import open_store  # noqa: E402
from obecdesk.store.kinds import KIND_TABLES  # noqa: E402
from obecdesk.store.models import Actor  # noqa: E402
from obecdesk.sync.bundle_import import import_bundle  # noqa: E402
from obecdesk.sync.bundles import export_bundle  # noqa: E402
from obecdesk.sync.peers import import_card, own_card, set_role  # noqa: E402

COLUMNS = ["id", "locality_id", "kind", "name", "organisation_name", "sector", "role", "email",
           "phone", "influence", "attitude", "notes", "tags", "updated_at", "replica_id"]


def fill(store, count: int) -> str:
    locality = LocalityService(store).create(LocalityData(name="Horní Lhota")).id
    with store.unit_of_work() as session:
        for i in range(count):
            session.add(Actor(locality_id=locality, kind="person", name=f"Marie Šťastná {i}",
                              organisation_name="Městský úřad", sector="public", role="OSPOD",
                              email=f"marie{i}@example.cz", phone="+420 777 000 000",
                              influence=3, attitude=1, notes="Poznámka " * 5,
                              tags=["škola", "úřad"]))
    return locality


def raw_export(db: Path, out: Path) -> int:
    conn = sqlite3.connect(db)
    rows = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM actors").fetchall()
    conn.close()
    out.write_text(json.dumps([dict(zip(COLUMNS, r, strict=True)) for r in rows],
                              ensure_ascii=False), encoding="utf-8")
    return len(rows)


def raw_import(source: Path, db: Path) -> None:
    rows = json.loads(source.read_text(encoding="utf-8"))
    conn = sqlite3.connect(db)
    conn.execute(f"CREATE TABLE actors ({', '.join(COLUMNS)})")
    with conn:
        conn.executemany(f"INSERT INTO actors VALUES ({', '.join('?' * len(COLUMNS))})",
                         [[json.dumps(v) if isinstance(v, list) else v for v in r.values()]
                          for r in rows])
    conn.close()



def raw_schema_export(db: Path, tables: list[str], out: Path) -> None:
    """The rows of every synced table that have field versions (what a full bundle carries) and
    those versions, read with ``sqlite3`` and written as JSON (bytes as hex)."""
    conn = sqlite3.connect(db)
    dump = {}
    for table in tables:
        cursor = conn.execute(f"SELECT * FROM {table} WHERE id IN "  # noqa: S608 - our tables
                              "(SELECT row_id FROM field_versions WHERE table_name = ?)", (table,))
        rows = cursor.fetchall()
        if rows:
            dump[table] = {"columns": [d[0] for d in cursor.description], "rows": rows}
    cursor = conn.execute("SELECT * FROM field_versions")
    dump["field_versions"] = {"columns": [d[0] for d in cursor.description],
                              "rows": cursor.fetchall()}
    conn.close()
    out.write_text(json.dumps(dump, ensure_ascii=False, default=bytes.hex), encoding="utf-8")


def raw_schema_import(source: Path, db: Path) -> None:
    """That JSON inserted with ``executemany`` into a migrated store, in one transaction."""
    dump = json.loads(source.read_text(encoding="utf-8"))
    conn = sqlite3.connect(db)
    with conn:
        for table, data in dump.items():
            columns = data["columns"]
            blobs = [i for i, (_n, name, kind, *_r) in enumerate(
                conn.execute(f"PRAGMA table_info({table})")) if kind.upper() == "BLOB"]
            rows = data["rows"]
            if blobs:
                rows = [[bytes.fromhex(v) if i in blobs and isinstance(v, str) else v
                         for i, v in enumerate(row)] for row in rows]
            conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) "  # noqa: S608
                             f"VALUES ({', '.join('?' * len(columns))})", rows)
    conn.close()


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--actors", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        os.environ["XDG_CONFIG_HOME"] = str(root / "config")
        os.environ["XDG_DATA_HOME"] = str(root / "user-data")
        field, hq = open_store(data_dir=root / "field"), open_store(data_dir=root / "hq")
        set_role(field, role="field", name="Laptop")
        set_role(hq, role="hq", name="Centrála")
        import_card(field, own_card(hq))
        fill(field, args.actors)
        open_store(data_dir=root / "raw-schema").dispose()  # migrated, empty: the raw target
        bundle, raw, raw_schema = root / "full.obecbundle", root / "raw.json", root / "schema.json"
        field_db, tables = root / "field" / "obecdesk.sqlite", list(KIND_TABLES.values())
        export = timed(lambda: export_bundle(field, full=True, out=bundle))
        base_export = timed(lambda: raw_export(field_db, raw))
        schema_export = timed(lambda: raw_schema_export(field_db, tables, raw_schema))
        accept = own_card(field).keys.fingerprint
        result = {}
        imported = timed(lambda: result.update(r=import_bundle(hq, bundle,
                                                               accept_new_sender=accept)))
        assert result["r"].status == "imported", result["r"].message
        base_import = timed(lambda: raw_import(raw, root / "raw.sqlite"))
        schema_import = timed(lambda: raw_schema_import(
            raw_schema, root / "raw-schema" / "obecdesk.sqlite"))
        field.dispose()
        hq.dispose()
        size, raw_size = bundle.stat().st_size, raw.stat().st_size
    figures = Figures("bundles")
    print(f"actors: {args.actors}\n{HEADER}")
    bare = "for the record: the bare baseline writes no index, FTS or field version"
    figures.add(f"full bundle export, {args.actors:,} actors, vs same-schema sqlite3+json",
                export, schema_export, goal_ratio=3.0)
    figures.add(f"full bundle export, {args.actors:,} actors, vs bare sqlite3+json", export,
                base_export, note=bare)
    figures.add(f"full bundle import, {args.actors:,} actors, vs json+sqlite3 same schema",
                imported, schema_import, goal_ratio=3.0)
    figures.add(f"full bundle import, {args.actors:,} actors, vs json+sqlite3 bare table",
                imported, base_import, note=bare)
    print(f"size: {size:,} B  raw json: {raw_size:,} B  ratio {size / raw_size:.2f}x")
    figures.save(actors=args.actors, size_ratio=round(size / raw_size, 2))

if __name__ == "__main__":
    main()

"""Benchmark: a full sync bundle of one locality, against raw ``sqlite3`` + ``json`` on the same rows.

Fills a field replica with one locality of N actors (through the store's one write path, so
every field has its version), then times in the same run:

- **export**: ``export_bundle(full=True)`` vs reading the same rows with ``sqlite3`` and writing
  them as JSON to a file;
- **import**: ``import_bundle`` into a fresh HQ store (validation, backup, merge) vs reading that
  JSON file and inserting the rows into an empty table with ``sqlite3`` in one transaction;
- **size**: the bundle file vs the raw JSON file.

Prints the times and the ratios (goal ≤ 3×), kept in ``bench/results/latest.json``; asserts
nothing about time.

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
        bundle, raw = root / "full.obecbundle", root / "raw.json"
        export = timed(lambda: export_bundle(field, full=True, out=bundle))
        base_export = timed(lambda: raw_export(root / "field" / "obecdesk.sqlite", raw))
        accept = own_card(field).keys.fingerprint
        result = {}
        imported = timed(lambda: result.update(r=import_bundle(hq, bundle,
                                                               accept_new_sender=accept)))
        assert result["r"].status == "imported", result["r"].message
        base_import = timed(lambda: raw_import(raw, root / "raw.sqlite"))
        field.dispose()
        hq.dispose()
        size, raw_size = bundle.stat().st_size, raw.stat().st_size
    figures = Figures("bundles")
    print(f"actors: {args.actors}\n{HEADER}")
    figures.add(f"full bundle export, {args.actors:,} actors, vs sqlite3 + json", export,
                base_export, goal_ratio=3.0)
    figures.add(f"full bundle import, {args.actors:,} actors, vs json + sqlite3", imported,
                base_import, goal_ratio=3.0)
    print(f"size: {size:,} B  raw json: {raw_size:,} B  ratio {size / raw_size:.2f}x")
    figures.save(actors=args.actors, size_ratio=round(size / raw_size, 2))

if __name__ == "__main__":
    main()

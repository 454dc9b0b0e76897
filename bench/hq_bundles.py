"""Benchmark: HQ imports full bundles from 50 localities and builds the results report.

Fifty field replicas each hold one locality (``--actors`` people and the demo's strategic plan:
areas, goals, measures, indicators with two years of values, a dozen projects) and each sends HQ
a full bundle. Timed in the same run, against the same rows handled with raw ``sqlite3`` + ``json``:

- **import**: HQ imports the 50 bundle files one after another (decryption, validation, backup,
  merge) vs reading the JSON dumps of the same rows (and their field versions) and inserting them
  with ``executemany`` into a freshly migrated store, as ``bench/bundles.py`` does — goal ≤ 3×
  (the bundle goal of the sync issue); the same rows into bare tables without an index are
  printed beside it for the record;
- **report**: ``report results`` over all 50 localities (the PDF with its charts and the JSON)
  vs reading the localities, measures and projects with ``sqlite3`` and dumping them as JSON — an
  absolute goal of ≤ 5 s, since the raw side draws no PDF (the ratio is printed for the record).

HQ's store is a SQLite file by default; ``--database-url postgresql+psycopg://…`` (an empty
database) puts it on a PostgreSQL server instead, and ``--postgresql`` starts a throwaway server
for it as the tests do (Debian's binaries, a Unix socket; fsync off, as in the tests). Asserts
nothing; also writes ``bench/results/hq.json`` (one entry per backend).

    python bench/hq_bundles.py [--localities 50] [--actors 200] [--database-url URL | --postgresql]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path

from obecdesk.store.kinds import KIND_TABLES

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "hq.json"


def fill_locality(store, number: int, actors: int) -> None:
    """One locality with people and the demo's plan, written by the store's one write path."""
    from obecdesk.core.indicators.demo_plan import add_plan_demo
    from obecdesk.core.localities import LocalityData, LocalityService
    from obecdesk.store.models import Actor

    name = f"Obec {number:02d}"
    loc_id = LocalityService(store).create(LocalityData(name=name, coordinator=f"Koordinátor {number}")).id
    namespace = uuid.uuid5(uuid.NAMESPACE_URL, f"bench:{name}")
    with store.unit_of_work() as session:
        for i in range(actors):
            session.add(Actor(locality_id=loc_id, kind="person", name=f"Jana Šťastná {number}-{i}",
                              organisation_name="Městský úřad", sector="public", role="OSPOD",
                              email=f"jana{number}.{i}@example.cz", influence=3, attitude=1,
                              tags=["škola"]))
        session.flush()
        add_plan_demo(session, loc_id, lambda *parts: str(uuid.uuid5(namespace, "/".join(parts))),
                      {})



def raw_dump(db: Path, tables: list[str], out: Path) -> None:
    """Every row of the synced tables (and their field versions) as JSON, with the standard library."""
    conn = sqlite3.connect(db)
    dump = {}
    for table in [*tables, "field_versions"]:
        cursor = conn.execute(f"SELECT * FROM {table}")  # noqa: S608 - our own table names
        names = [d[0] for d in cursor.description]
        dump[table] = {"columns": names, "rows": cursor.fetchall()}
    conn.close()
    out.write_text(json.dumps(dump, ensure_ascii=False, default=str), encoding="utf-8")


def raw_load(dumps: list[Path], db: Path, *, schema: bool = False) -> None:
    """The JSON dumps inserted into one SQLite file: into the tables of a migrated store
    (``schema``; a row two dumps share is kept once), or into bare tables, each created on
    first sight."""
    conn = sqlite3.connect(db)
    created: set[str] = set()
    verb = "INSERT OR IGNORE" if schema else "INSERT"
    with conn:
        for path in dumps:
            for table, data in json.loads(path.read_text(encoding="utf-8")).items():
                columns = data["columns"]
                if not schema and table not in created:
                    conn.execute(f"CREATE TABLE {table} ({', '.join(columns)})")
                    created.add(table)
                conn.executemany(f"{verb} INTO {table} ({', '.join(columns)}) "  # noqa: S608
                                 f"VALUES ({', '.join('?' * len(columns))})", data["rows"])
    conn.close()


def raw_report(db: Path, out: Path) -> None:
    conn = sqlite3.connect(db)
    data = {table: conn.execute(f"SELECT * FROM {table}").fetchall()  # noqa: S608
            for table in ("localities", "strategic_plans", "plan_areas", "measures", "projects",
                          "project_measures")}
    conn.close()
    out.write_text(json.dumps(data, ensure_ascii=False, default=str), encoding="utf-8")


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--localities", type=int, default=50)
    parser.add_argument("--actors", type=int, default=200)
    parser.add_argument("--database-url", help="HQ's store on this (empty) database")
    parser.add_argument("--postgresql", action="store_true",
                        help="HQ's store on a throwaway PostgreSQL server started for the run")
    args = parser.parse_args()
    if args.postgresql:
        import sys

        sys.path.insert(0, str(ROOT / "tests"))
        from pg_server import PgServer

        server = PgServer().start()
        try:
            args.database_url = server.new_database(migrated=False)
            run(args)
        finally:
            server.stop()
    else:
        run(args)


def run(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        os.environ["XDG_CONFIG_HOME"] = str(root / "config")
        os.environ["XDG_DATA_HOME"] = str(root / "user-data")
        from obecdesk.core.results import results
        from obecdesk.reports.results_report import write_results_report
        from obecdesk.store import open_store
        from obecdesk.sync.bundle_import import import_bundle
        from obecdesk.sync.bundles import export_bundle
        from obecdesk.sync.peers import import_card, own_card, set_role

        hq = open_store(args.database_url, data_dir=root / "hq")
        set_role(hq, role="hq", name="Centrála")
        card, tables = own_card(hq), list(KIND_TABLES.values())
        started = time.perf_counter()
        bundles, dumps, senders = [], [], []
        for n in range(1, args.localities + 1):
            field = open_store(data_dir=root / f"field{n}")
            set_role(field, role="field", name=f"Laptop {n}")
            import_card(field, card)
            fill_locality(field, n, args.actors)
            bundles.append(root / f"field{n}.obecbundle")
            export_bundle(field, full=True, out=bundles[-1])
            senders.append(own_card(field).keys.fingerprint)
            field.dispose()
            dumps.append(root / f"field{n}.json")
            raw_dump(root / f"field{n}" / "obecdesk.sqlite", tables, dumps[-1])
        print(f"{args.localities} field replicas built in {time.perf_counter() - started:.1f} s")

        def import_all() -> None:
            for n, (path, sender) in enumerate(zip(bundles, senders, strict=True)):
                # as HQ reads a folder: one backup before the first file
                result = import_bundle(hq, path, accept_new_sender=sender, backed_up=n > 0)
                assert result.status.value == "imported", result.message

        ours_import = timed(import_all)
        raw_import = timed(lambda: raw_load(dumps, root / "raw.sqlite"))
        open_store(data_dir=root / "raw-store").dispose()  # migrated before the clock starts
        schema_import = timed(lambda: raw_load(dumps, root / "raw-store" / "obecdesk.sqlite",
                                               schema=True))
        ours_report = timed(lambda: (results(hq).as_json(),
                                     write_results_report(results(hq), root / "results.pdf")))
        raw_report_s = timed(lambda: raw_report(root / "raw.sqlite", root / "raw-report.json"))
        backend = hq.engine.dialect.name
        hq.dispose()
    figures = [
        {"figure": f"HQ imports {args.localities} full bundles ({backend}) vs sqlite3 + json, "
                   "same schema",
         "ours_s": round(ours_import, 3), "raw_s": round(schema_import, 3),
         "ratio": round(ours_import / schema_import, 1), "goal": "≤ 3×",
         "met": ours_import / schema_import <= 3},
        {"figure": f"HQ imports {args.localities} full bundles ({backend}) vs sqlite3 + json, "
                   "bare tables",
         "ours_s": round(ours_import, 3), "raw_s": round(raw_import, 3),
         "ratio": round(ours_import / raw_import, 1), "goal": "", "met": None},
        {"figure": f"results report over {args.localities} localities ({backend})",
         "ours_s": round(ours_report, 3), "raw_s": round(raw_report_s, 3),
         "ratio": round(ours_report / raw_report_s, 1), "goal": "≤ 5 s", "met": ours_report <= 5},
    ]
    for f in figures:
        print(f"{f['figure']:66} {f['ours_s']:8.2f} s {f['raw_s']:7.2f} s {f['ratio']:7.1f}x  "
              f"goal {f['goal'] or '—'}  {_verdict(f['met'])}")
    RESULTS.parent.mkdir(exist_ok=True)
    kept = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    kept = {"taken_at": time.strftime("%Y-%m-%dT%H:%M:%S"), "figures": [
        f for f in kept.get("figures", []) if f"({backend})" not in f["figure"]] + figures}
    RESULTS.write_text(json.dumps(kept, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _verdict(met: bool | None) -> str:
    return "—" if met is None else "ok" if met else "NOT MET"


if __name__ == "__main__":
    main()

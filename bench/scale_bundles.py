"""Benchmark: bundles of one locality out of ten, and a delta of 100 changes, on the big store.

HQ holds a copy of the generated store (``big_store``: 10 localities, 100,000 actors, 20,000
meetings, 1,000,000 indicator values) and shares one locality with a new field replica. Timed:

- **full**: the return bundle HQ writes for that field replica and its import into the empty
  field store, against the locality's rows and their field versions read with ``sqlite3`` and
  written as JSON, then read and inserted into a freshly migrated store — goal ≤ 3×, as
  ``bench/bundles.py``; the bare rows without versions, into tables without an index, are
  printed beside it for the record;
- **delta**: after that exchange (and the field replica's acknowledgement), 100 changed indicator
  values of the locality go out from HQ and into the field store — goal ≤ 2 s, and flat in the
  store's size: the same delta is timed on the next smaller store (≤ 2× its time).

The process limits its own address space (``--memory-gb``), so a full exchange that would take
the shared machine's memory stops with a figure saying so; the delta is then timed between two
copies of the store (the field replica holds every row, HQ records that it has them), on both
sizes alike. Asserts nothing.

    python bench/scale_bundles.py [--size full|small] [--memory-gb 6]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from big_store import SIZES, Size, copy_of  # noqa: E402
from figures import HEADER, Figures  # noqa: E402
from sqlalchemy import select  # noqa: E402

from obecdesk.store import open_store  # noqa: E402
from obecdesk.store.models import IndicatorValue  # noqa: E402
from obecdesk.sync.bundle_import import import_bundle  # noqa: E402
from obecdesk.sync.bundles import export_bundle  # noqa: E402
from obecdesk.sync.field_changes import acknowledge  # noqa: E402
from obecdesk.sync.peers import import_card, own_card, set_role, share_locality  # noqa: E402

SMALLER = {"full": "small", "small": "tiny", "tiny": "tiny"}
CHANGES = 100
MEETING_CHILDREN = ("agenda_items", "attendance", "decisions", "action_items")


def locality_rows(conn: sqlite3.Connection, locality_id: str) -> dict[str, tuple]:
    """(SQL, parameters) selecting every row of the locality, per table."""
    tables = [r[0] for r in conn.execute(
        "SELECT DISTINCT m.name FROM sqlite_master m, pragma_table_info(m.name) c "
        "WHERE m.type = 'table' AND c.name = 'locality_id'")]
    queries = {"localities": ("SELECT * FROM localities WHERE id = ?", (locality_id,))}
    for table in tables:
        queries[table] = (f"SELECT * FROM {table} WHERE locality_id = ?", (locality_id,))
    for table in MEETING_CHILDREN:
        queries[table] = (f"SELECT * FROM {table} WHERE meeting_id IN (SELECT id FROM meetings "
                          "WHERE locality_id = ?)", (locality_id,))
    queries["memberships"] = ("SELECT * FROM memberships WHERE body_id IN (SELECT id FROM "
                              "bodies WHERE locality_id = ?)", (locality_id,))
    return queries


def raw_export(db: Path, locality_id: str, out: Path, *, versions: bool = False) -> int:
    """The locality's rows (and with ``versions`` their field versions, what a bundle carries)
    read with ``sqlite3`` and written as JSON."""
    conn = sqlite3.connect(db)
    dump = {}
    for table, (sql, params) in locality_rows(conn, locality_id).items():
        cursor = conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        if versions and "id" not in names:
            continue  # a table the store derives (search keys) or keeps local: not in a bundle
        dump[table] = [dict(zip(names, row, strict=True)) for row in cursor]
        if versions:
            cursor = conn.execute(
                f"SELECT * FROM field_versions WHERE table_name = ? AND row_id IN "  # noqa: S608
                f"(SELECT id FROM ({sql}))", (table, *params))
            names = [d[0] for d in cursor.description]
            dump.setdefault("field_versions", []).extend(
                dict(zip(names, row, strict=True)) for row in cursor)
    conn.close()
    out.write_text(json.dumps(dump, ensure_ascii=False, default=lambda b: b.hex()),
                   encoding="utf-8")
    return sum(len(rows) for table, rows in dump.items() if table != "field_versions")


def raw_import(source: Path, db: Path, *, schema: bool = False) -> None:
    """That JSON inserted in one transaction: into bare tables created for it, or (``schema``)
    into the tables of a store already migrated, indexes and all."""
    dump = json.loads(source.read_text(encoding="utf-8"))
    conn = sqlite3.connect(db)
    with conn:
        for table, rows in dump.items():
            if not rows:
                continue
            names = list(rows[0])
            if not schema:
                conn.execute(f"CREATE TABLE {table} ({', '.join(names)})")
            conn.executemany(f"INSERT INTO {table} ({', '.join(names)}) "  # noqa: S608
                             f"VALUES ({', '.join('?' * len(names))})",
                             [tuple(r.values()) for r in rows])
    conn.close()


def timed(action) -> tuple[float, object]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def pair(hq, field, db: Path) -> tuple[str, str, str]:
    """HQ and a field replica that know each other; HQ shares the first locality with it."""
    set_role(hq, role="hq", name="Centrála")
    set_role(field, role="field", name="Laptop")
    import_card(field, own_card(hq))
    import_card(hq, own_card(field))
    with sqlite3.connect(db) as conn:
        loc = conn.execute("SELECT id FROM localities ORDER BY name LIMIT 1").fetchone()[0]
    share_locality(hq, loc, field.replica_id)
    return loc, own_card(hq).keys.fingerprint, own_card(field).keys.fingerprint


def delta(hq, field, loc: str, hq_key: str, root: Path, times: dict[str, float]) -> None:
    """100 indicator values of the locality change at HQ and travel to the field replica."""
    with hq.unit_of_work() as session:
        for value in session.scalars(select(IndicatorValue).where(
                IndicatorValue.locality_id == loc).limit(CHANGES)):
            value.value += 1
    times["delta_export"], summary = timed(lambda: export_bundle(
        hq, to=field.replica_id, out=root / "delta.obecbundle"))
    times["delta_changes"] = summary.changes
    times["delta_import"], result = timed(lambda: import_bundle(
        field, root / "delta.obecbundle", accept_new_sender=hq_key))
    assert result.status == "imported", result.message


def exchange(size: Size, root: Path, *, raw: bool) -> dict[str, float]:
    """Full bundle HQ → field, the acknowledgement back, then a delta of 100 changes."""
    hq = open_store(data_dir=copy_of(size, root / "hq"))
    field = open_store(data_dir=root / "field")
    db = root / "hq" / "obecdesk.sqlite"
    loc, hq_key, field_key = pair(hq, field, db)
    times: dict[str, float] = {}
    times["export"], summary = timed(lambda: export_bundle(hq, to=field.replica_id, full=True,
                                                           out=root / "full.obecbundle"))
    times["changes"] = summary.changes
    times["import"], result = timed(lambda: import_bundle(field, root / "full.obecbundle",
                                                          accept_new_sender=hq_key))
    assert result.status == "imported", result.message
    if raw:
        times["raw_export"], times["rows"] = timed(lambda: raw_export(db, loc, root / "r.json"))
        times["raw_import"], _ = timed(lambda: raw_import(root / "r.json", root / "r.sqlite"))
        times["schema_export"], _ = timed(lambda: raw_export(db, loc, root / "v.json",
                                                             versions=True))
        open_store(data_dir=root / "raw-store").dispose()  # migrated before the clock starts
        times["schema_import"], _ = timed(lambda: raw_import(
            root / "v.json", root / "raw-store" / "obecdesk.sqlite", schema=True))
    export_bundle(field, out=root / "ack.obecbundle")
    assert import_bundle(hq, root / "ack.obecbundle",
                         accept_new_sender=field_key).status == "imported"
    delta(hq, field, loc, hq_key, root, times)
    hq.dispose()
    field.dispose()
    return times


def delta_on_copies(size: Size, root: Path) -> dict[str, float]:
    """The delta when the full exchange cannot run: the field replica starts as a copy of the
    store (it holds every row) and HQ records that it has everything up to now."""
    hq = open_store(data_dir=copy_of(size, root / "hq"))
    field = open_store(data_dir=copy_of(size, root / "field"))
    db = root / "hq" / "obecdesk.sqlite"
    loc, hq_key, _field_key = pair(hq, field, db)
    with sqlite3.connect(db) as conn:
        acknowledge(hq, field.replica_id, conn.execute(
            "SELECT max(seq) FROM change_batches").fetchone()[0])
    times: dict[str, float] = {}
    delta(hq, field, loc, hq_key, root, times)
    hq.dispose()
    field.dispose()
    return times


def run(size: Size, *, raw: bool, copies: bool = False) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as directory:
        root = Path(directory)
        os.environ["XDG_CONFIG_HOME"] = str(root / "config")
        return delta_on_copies(size, root) if copies else exchange(size, root, raw=raw)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="full")
    parser.add_argument("--memory-gb", type=float, default=6.0)
    args = parser.parse_args()
    size, smaller = SIZES[args.size], SIZES[SMALLER[args.size]]
    figures = Figures("scale_bundles")
    limit = int(args.memory_gb * 2**30)
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    print(HEADER)
    small = run(smaller, raw=False)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))  # the soft limit: it can come back
    per = size.values // size.localities
    try:
        big = run(size, raw=True)
    except Exception as exc:  # MemoryError, or SQLite's "out of memory" wrapped by SQLAlchemy
        if not isinstance(exc, MemoryError) and "memory" not in str(exc).lower():
            raise
        big = {}
        for what in ("export", "import"):
            figures.add(f"full bundle {what}, 1 locality of {size.localities}: not measured",
                        float("inf"), goal_ratio=3.0,
                        note=f"the export needs more than {args.memory_gb:g} GB")
        resource.setrlimit(resource.RLIMIT_AS, (hard, hard))
        small, big = run(smaller, raw=False, copies=True), run(size, raw=False, copies=True)
    if "export" in big:
        figures.add(f"full bundle export, 1 locality of {size.localities} ({per:,} values), "
                    "vs same-schema sqlite3+json", big["export"], big["schema_export"],
                    goal_ratio=3.0,
                    note=f"{big['changes']:,} field versions, {big['rows']:,} rows")
        figures.add("  the same export vs its bare rows with sqlite3+json", big["export"],
                    big["raw_export"], note="for the record")
        figures.add("full bundle import into an empty field store, vs same-schema",
                    big["import"], big["schema_import"], goal_ratio=3.0)
        figures.add("  the same import vs bare tables", big["import"], big["raw_import"],
                    note="for the record")
    small_delta = small["delta_export"] + small["delta_import"]
    total = big["delta_export"] + big["delta_import"]
    how = "after a full exchange" if "export" in big else "between two copies"
    figures.add(f"delta of {CHANGES} changes {how}, export + import", total, goal_s=2.0,
                note=f"{big['delta_changes']} field versions; export "
                     f"{big['delta_export']:.2f} s, import {big['delta_import']:.2f} s")
    figures.add(f"  same delta vs a store of {smaller.key} (flat: <= 2x)", total, small_delta,
                goal_ratio=2.0)
    figures.save(size=size.key)

if __name__ == "__main__":
    main()

"""The big store of the hardening goals, generated fast and cached between runs.

10 localities, 100,000 actors, 20,000 meetings (agenda, attendance, decisions, action items),
strategic plans whose indicators hold 1,000,000 values, and projects (the rows: ``big_rows``).
The store is created at head by ``open_store``; the rows go in with raw ``sqlite3``
``executemany`` and their clock rows (a version of every synced field, one change batch) with
one ``INSERT … SELECT`` per table, so ``Store.check()`` passes and bundles carry real versions.

The file is cached under the temporary directory, keyed by schema revision, generator version
and sizes (a cached store of an older schema is migrated, not generated again); :func:`copy_of`
gives each benchmark its own copy to write to.

    python bench/big_store.py [--size full|small|tiny]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from big_rows import Rows, generate  # noqa: E402
from sqlalchemy import JSON  # noqa: E402

from obecdesk.store import open_store  # noqa: E402
from obecdesk.store.migrate import HEAD  # noqa: E402
from obecdesk.store.models import MODEL_BY_TABLE  # noqa: E402

#: bump when the generated rows change, so cached stores are rebuilt
GENERATOR_VERSION = 1


@dataclass(frozen=True)
class Size:
    localities: int
    actors: int
    meetings: int
    values: int

    @property
    def key(self) -> str:
        return f"{self.localities}l-{self.actors}a-{self.meetings}m-{self.values}v"


SIZES = {
    "full": Size(10, 100_000, 20_000, 1_000_000),
    "small": Size(10, 10_000, 2_000, 100_000),
    "tiny": Size(2, 200, 20, 2_000),
}


def cache_root() -> Path:
    return Path(os.environ.get("OBECDESK_BENCH_CACHE",
                               Path(tempfile.gettempdir()) / "obecdesk-bench"))


def _sql(value):
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M:%S.%f")
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return value


def _defaults(table: str) -> list[tuple[str, object]]:
    """(column, value when a row leaves it out) of every column of ``table``."""
    out = []
    for column in MODEL_BY_TABLE[table].__table__.columns:
        default = column.default
        value = None
        if isinstance(column.type, JSON):
            value = []
        elif default is not None and default.is_scalar:
            value = default.arg
        elif column.server_default is not None:
            value = column.server_default.arg
        out.append((column.name, _sql(value)))
    return out


def insert(conn: sqlite3.Connection, table: str, rows: list[dict]) -> None:
    """Insert plain rows, filling every column a row leaves out with its model default."""
    if not rows:
        return
    columns = _defaults(table)
    names = ", ".join(c for c, _ in columns)
    marks = ", ".join("?" * len(columns))
    conn.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})",
                     [tuple(_sql(r[c]) if c in r else d for c, d in columns) for r in rows])


def write_versions(conn: sqlite3.Connection, table: str, seq: int) -> None:
    """A clock row for every synced field (and set element) of every row of ``table``, stamped
    with the row's own stamp, in key order (appends to the clock table's index)."""
    policy = MODEL_BY_TABLE[table].__sync__
    plain = sorted(f for f in policy.versioned if f not in policy.sets)
    fields = " UNION ALL ".join(f"SELECT '{f}' AS name" for f in plain)
    conn.execute(
        "INSERT INTO field_versions (table_name, row_id, field, element, stamp, base, seq, "
        f"removed) SELECT ?, t.id, f.name, '', t.updated_at, '', ?, 0 FROM {table} t "
        f"CROSS JOIN ({fields}) f ORDER BY t.id, f.name", (table, seq))
    for field in sorted(policy.sets):
        conn.execute(
            "INSERT INTO field_versions (table_name, row_id, field, element, stamp, base, seq, "
            f"removed) SELECT ?, t.id, ?, j.value, t.updated_at, '', ?, 0 FROM {table} t, "
            f"json_each(t.{field}) j ORDER BY t.id, j.value", (table, field, seq))


def build(path: Path, size: Size, *, progress=print) -> dict[str, int]:
    """Generate the store at ``path`` (a new directory); returns rows per table."""
    store = open_store(data_dir=path)
    replica = store.replica_id
    store.dispose()
    conn = sqlite3.connect(path / "obecdesk.sqlite", isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -400000")
    conn.execute("PRAGMA temp_store = FILE")
    counts: dict[str, int] = {}
    conn.execute("BEGIN")
    seq = conn.execute("INSERT INTO change_batches (origin, committed_at) VALUES ('local', ?)",
                       (dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),)).lastrowid
    rows = Rows(replica)
    for table, chunk in generate(rows, size.localities, size.actors, size.meetings,
                                 size.values):
        insert(conn, table, chunk)
        counts[table] = counts.get(table, 0) + len(chunk)
    conn.execute("COMMIT")
    progress(f"  rows written ({sum(counts.values()):,})")
    conn.execute("DROP INDEX ix_field_versions_seq")  # built once at the end instead
    conn.execute("BEGIN")
    for table in counts:
        write_versions(conn, table, seq)
    conn.execute("CREATE INDEX ix_field_versions_seq ON field_versions (seq)")
    conn.execute("COMMIT")
    versions = conn.execute("SELECT count(*) FROM field_versions").fetchone()[0]
    progress(f"  field versions written ({versions:,})")
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return counts


def cached(size: Size, *, progress=print) -> Path:
    """The generated store file for ``size``, built once per schema revision and version."""
    root = cache_root()
    target = root / f"store-{HEAD}-g{GENERATOR_VERSION}-{size.key}.sqlite"
    if target.exists():
        return target
    root.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    older = sorted(root.glob(f"store-*-g{GENERATOR_VERSION}-{size.key}.sqlite"))
    if older:  # an older schema: migrating it is much faster than generating it again
        progress(f"migrating {older[-1].name} to schema {HEAD}")
        with tempfile.TemporaryDirectory(dir=root) as work:
            os.environ.setdefault("XDG_CONFIG_HOME", str(Path(work) / "config"))
            (Path(work) / "store").mkdir()
            shutil.move(older[-1], Path(work) / "store" / "obecdesk.sqlite")
            open_store(data_dir=Path(work) / "store").dispose()
            with sqlite3.connect(Path(work) / "store" / "obecdesk.sqlite") as conn:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            shutil.move(Path(work) / "store" / "obecdesk.sqlite", target)
        progress(f"migrated in {time.perf_counter() - started:.0f} s")
        return target
    progress(f"generating the {size.key} store (once; cached in {root})")
    with tempfile.TemporaryDirectory(dir=root) as work:
        os.environ.setdefault("XDG_CONFIG_HOME", str(Path(work) / "config"))
        build(Path(work) / "store", size, progress=progress)
        shutil.move(Path(work) / "store" / "obecdesk.sqlite", target)
    progress(f"generated in {time.perf_counter() - started:.0f} s: "
             f"{target.stat().st_size / 1e9:.2f} GB")
    return target


def copy_of(size: Size, data_dir: Path, *, progress=print) -> Path:
    """A data directory holding a private copy of the cached store (it becomes a new replica
    when opened, as a copied store does)."""
    source = cached(size, progress=progress)
    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, data_dir / "obecdesk.sqlite")
    return data_dir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="small")
    args = parser.parse_args()
    print(cached(SIZES[args.size]))


if __name__ == "__main__":
    main()

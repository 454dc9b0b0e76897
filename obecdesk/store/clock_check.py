"""``obecdesk check`` for sync: the clock table against the rows, stamps, forks, quarantine.

Plain SQL the database runs, one query per table, so a check over 100,000 actors stays quick.
"""

from __future__ import annotations

from sqlalchemy import Connection, func, select, text

from obecdesk.store.models import SYNCED_MODELS, SyncConflict

#: what a well-formed HLC stamp looks like to SQLite's GLOB (15 digits, 6 digits, a replica id)
STAMP_GLOB = ("[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]"
              "-[0-9][0-9][0-9][0-9][0-9][0-9]-?*")


def clock_problems(conn: Connection) -> list[str]:
    """Czech sentences about rows the clock table does not describe, and the reverse."""
    problems = []
    for model in SYNCED_MODELS:
        table = model.__tablename__
        plain = [f for f in model.__sync__.versioned if f not in model.__sync__.sets]
        missing = conn.execute(text(
            f"SELECT count(*) FROM {table} t WHERE (SELECT count(*) FROM field_versions v "
            f"WHERE v.table_name = :t AND v.row_id = t.id AND v.element = '') < :n"
        ), {"t": table, "n": len(plain)}).scalar()
        if missing:
            problems.append(f"Tabulka {table}: {missing} řádků nemá verze všech polí "
                            "(synchronizace by je neposlala celé).")
        orphans = conn.execute(text(
            f"SELECT count(*) FROM field_versions v WHERE v.table_name = :t "
            f"AND NOT EXISTS (SELECT 1 FROM {table} t WHERE t.id = v.row_id)"
        ), {"t": table}).scalar()
        if orphans:
            problems.append(f"Tabulka {table}: {orphans} verzí polí patří k neexistujícím řádkům.")
        if conn.dialect.name == "sqlite":
            bad = conn.execute(text(
                f"SELECT count(*) FROM {table} WHERE updated_at != '' "
                f"AND updated_at NOT GLOB :g"), {"g": STAMP_GLOB}).scalar()
            if bad:
                problems.append(f"Tabulka {table}: {bad} řádků má poškozené časové razítko.")
    if conn.dialect.name == "sqlite":
        bad = conn.execute(text("SELECT count(*) FROM field_versions WHERE stamp NOT GLOB :g"),
                           {"g": STAMP_GLOB}).scalar()
        if bad:
            problems.append(f"Tabulka verzí: {bad} verzí má poškozené časové razítko.")
    return problems


def sync_reports(conn: Connection) -> list[str]:
    """Forks and quarantined changes that wait for a person."""
    counts = dict(conn.execute(
        select(SyncConflict.kind, func.count(SyncConflict.id))
        .where(SyncConflict.resolved.is_(False), SyncConflict.kind.in_(("fork", "quarantine")))
        .group_by(SyncConflict.kind)
    ).all())
    reports = []
    if counts.get("fork"):
        reports.append(f"Rozdvojená replika: {counts['fork']} změn nese id repliky, které "
                       "používá i jiná kopie databáze; nebyly sloučeny.")
    if counts.get("quarantine"):
        reports.append(f"Odložené změny: {counts['quarantine']} změn s časem daleko v budoucnosti "
                       "nebo s poškozeným razítkem čeká v seznamu konfliktů.")
    return reports

"""A store made by the previous release upgrades, keeps every row, and then merges correctly;
``obecdesk check`` verifies the clock table and reports forks and quarantined changes."""

from __future__ import annotations

import time

from alembic import command
from sqlalchemy import create_engine, text
from sync_support import dump, exchange, open_replicas

from obecdesk.core.demo import load_demo
from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.store import open_store
from obecdesk.store.hlc import Stamp
from obecdesk.store.migrate import alembic_config
from obecdesk.store.paths import DB_FILENAME
from obecdesk.sync.field_changes import FieldChange
from obecdesk.sync.merge import apply_changes

OLD_STAMP = "001732000000000-000000-11111111-2222-3333-4444-555555555555"


def previous_release_store(directory):
    """A store at revision 0004 with a locality and a tagged actor written as that release did."""
    directory.mkdir(parents=True)
    engine = create_engine(f"sqlite:///{directory / DB_FILENAME}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO local_replica (id, name, created_at) VALUES "
            "('11111111-2222-3333-4444-555555555555', '', '2025-01-01')"))
        conn.execute(text(
            "INSERT INTO localities (id, name, region, mode, themes, coordinator, notes, archived,"
            " updated_at, replica_id, deleted) VALUES ('loc', 'Stará Lhota', 'Ústecký', "
            "'long_term', '[\"housing\"]', '', '', 0, :s, '11111111-2222-3333-4444-555555555555',"
            " 0)"), {"s": OLD_STAMP})
        conn.execute(text(
            "INSERT INTO actors (id, locality_id, kind, name, organisation_name, sector, role, "
            "email, phone, address, influence, attitude, interest, decision_power, notes, tags, "
            "legal_basis, purpose, erased, search_text, updated_at, replica_id, deleted) VALUES "
            "('act', 'loc', 'person', 'Jana Čurejová', '', 'ngo', '', '', '', '', 3, 0, 3, 0, '',"
            " '[\"škola\"]', '', '', 0, 'jana curejova', :s, "
            "'11111111-2222-3333-4444-555555555555', 0)"), {"s": "garbage"})
    engine.dispose()


def test_an_upgraded_store_keeps_its_rows_and_merges(tmp_path, monkeypatch):
    old_dir = tmp_path / "old"
    previous_release_store(old_dir)
    old = open_store(data_dir=old_dir)
    assert old.check() == ["Tabulka actors: 1 řádků má poškozené časové razítko."]
    (other,) = open_replicas(tmp_path, monkeypatch, 1)
    exchange(old, other)
    assert dump(other) == dump(old)
    assert dump(other)["actors"]["act"]["tags"] == ["škola"]
    assert LocalityService(other).get("loc").themes == ["housing"]
    LocalityService(other).update("loc", LocalityData(name="Stará Lhota", region="Zlínský",
                                                      themes=["housing", "debt"]))
    exchange(other, old)
    info = LocalityService(old).get("loc")
    assert (info.region, sorted(info.themes)) == ("Zlínský", ["debt", "housing"])
    assert old.conflict_count() == 0


def test_check_is_clean_on_a_demo_store_and_finds_rows_without_versions(store):
    load_demo(store)
    assert store.check() == []
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM field_versions WHERE table_name = 'meetings' AND "
                          "field = 'title'"))
    assert any("meetings" in p and "nemá verze" in p for p in store.check())


def test_a_damaged_stamp_never_stops_the_store_from_opening(tmp_path):
    store = open_store(data_dir=tmp_path / "d")
    LocalityService(store).create(LocalityData(name="Lipník"))
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE localities SET updated_at = 'rozbité'"))
        conn.execute(text("UPDATE field_versions SET stamp = 'x-y' WHERE field = 'name'"))
    store.dispose()
    reopened = open_store(data_dir=tmp_path / "d")
    problems = reopened.check()
    assert "Tabulka localities: 1 řádků má poškozené časové razítko." in problems
    assert "Tabulka verzí: 1 verzí má poškozené časové razítko." in problems
    LocalityService(reopened).create(LocalityData(name="Další obec"))  # still works
    reopened.dispose()


def test_check_reports_forks_and_quarantined_changes(store):
    loc = LocalityService(store).create(LocalityData(name="Lipník"))
    now = int(time.time() * 1000)
    apply_changes(store, [
        FieldChange("localities", loc.id, "region", "", "A", str(Stamp(now + 5000, 0,
                                                                       store.replica_id))),
        FieldChange("localities", loc.id, "notes", "", "B", str(Stamp(now + 9 * 86_400_000, 0,
                                                                      "other-replica"))),
    ], origin="other-replica", now_ms=now)
    problems = store.check()
    assert any(p.startswith("Rozdvojená replika: 1 změn") for p in problems)
    assert any(p.startswith("Odložené změny: 1 změn") for p in problems)

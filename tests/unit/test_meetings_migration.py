"""Migration 0003 indexes minutes that were written before it existed."""

from __future__ import annotations

from alembic import command
from sqlalchemy import create_engine, text

from obecdesk.core.meetings.minutes_search import MinutesSearch
from obecdesk.store import open_store
from obecdesk.store.migrate import alembic_config


def test_upgrading_from_0002_indexes_existing_minutes_and_decisions(tmp_path):
    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
        conn.execute(text(
            "INSERT INTO localities (id, name, region, mode, themes, coordinator, notes, archived,"
            " updated_at, replica_id, deleted) VALUES ('L', 'Horní Lhota', '', 'long_term', '[]',"
            " '', '', 0, '', '', 0)"))
        conn.execute(text(
            "INSERT INTO meetings (id, locality_id, kind, title, date, place, facilitator,"
            " minute_taker, decision_rule, goal, status, notes, updated_at, replica_id, deleted)"
            " VALUES ('M', 'L', 'public', 'Veřejné setkání', '2025-04-02', '', '', '',"
            " 'consensus', '', 'held', '', '', '', 0)"))
        conn.execute(text(
            "INSERT INTO agenda_items (id, meeting_id, position, title, presenter,"
            " planned_minutes, method, expected_output, minutes_html, updated_at, replica_id,"
            " deleted) VALUES ('A', 'M', 0, 'Bezpečnost', '', 30, '', '',"
            " '<p>Občané žádají <b>osvětlení</b> podchodu.</p>', '', '', 0)"))
        conn.execute(text(
            "INSERT INTO decisions (id, meeting_id, year, number, code, text, how_decided,"
            " updated_at, replica_id, deleted) VALUES ('D', 'M', 2025, 1, 'VS 2025/01',"
            " 'Město prověří osvětlení.', 'consensus', '', '', 0)"))
    engine.dispose()

    store = open_store(f"sqlite:///{path}")  # upgrades to head, with a backup first
    try:
        hits = MinutesSearch(store).search("osvetleni")
        assert {(h.kind, h.ref_id) for h in hits} == {("agenda_item", "A"), ("decision", "D")}
        assert "<b>" not in next(h.snippet for h in hits if h.kind == "agenda_item")
    finally:
        store.dispose()
    assert list((tmp_path / "backups").glob("old-*-before-upgrade-0002.sqlite"))

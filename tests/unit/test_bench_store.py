"""The generator of the big benchmark store, run at a tiny size, so it cannot rot: the store
it writes passes ``check`` (every synced field has its version) and holds what was asked."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from obecdesk.store import open_store

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from big_store import Size, build  # noqa: E402


def test_the_generated_store_passes_check_and_holds_the_sizes_asked(tmp_path):
    size = Size(localities=2, actors=60, meetings=12, values=500)
    counts = build(tmp_path / "big", size, progress=lambda _text: None)
    store = open_store(data_dir=tmp_path / "big")
    assert store.check() == []
    store.dispose()
    conn = sqlite3.connect(tmp_path / "big" / "obecdesk.sqlite")
    count = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in counts}
    assert count == counts
    assert (count["localities"], count["actors"], count["meetings"], count["indicator_values"]) \
        == (2, 60, 12, 500)
    assert count["agenda_items"] == 5 * 12 and count["attendance"] == 12 * 12
    # the actor search index and the minutes index were filled by their triggers
    assert conn.execute("SELECT count(*) FROM actors_fts").fetchone()[0] == 60
    versions = conn.execute("SELECT count(DISTINCT table_name || row_id) FROM field_versions "
                            "WHERE stamp LIKE '%' || (SELECT replica_id FROM actors LIMIT 1)"
                            ).fetchone()[0]
    assert versions == sum(counts.values())

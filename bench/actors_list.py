"""Benchmark: the actor list with 100,000 actors, against raw ``sqlite3`` on the same rows.

Creates a temporary store, fills one locality with 100,000 actors, then times the service's
queries the list view makes (a filtered + searched page, its count, a deep page of the sorted
list) and the equivalent hand-written SQL through the ``sqlite3`` module, in the same run.
Prints the medians and the ratio service / raw; asserts nothing about time.

    python bench/actors_list.py [--actors 100000] [--repeat 15]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import insert

from obecdesk.core.collation import actor_key
from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.stakeholders.actor_queries import ActorFilter, ActorSort
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.core.text import actor_search_text, duplicate_text
from obecdesk.core.vocabulary.stakeholders import Sector
from obecdesk.store import open_store
from obecdesk.store.actor_search import refresh_statistics
from obecdesk.store.base import new_id
from obecdesk.store.models import Actor

FIRST = ["Jan", "Petr", "Marie", "Jana", "Tomáš", "Lenka", "Jiří", "Eva", "Ondřej", "Růžena"]
LAST = ["Novák", "Dvořák", "Čureja", "Šťastná", "Horváth", "Kříž", "Žáková", "Procházka",
        "Veselý", "Bártů", "Lakatoš", "Němec"]
ORGS = ["Městský úřad", "Charita", "ZŠ Školní", "Úřad práce", "Spolek Šance", "Městská policie"]
PAGE = 100


def fill(store, locality_id: str, count: int) -> None:
    rng = random.Random(7)
    sectors = [s.value for s in Sector]
    rows = []
    for i in range(count):
        name = f"{rng.choice(FIRST)} {i} {rng.choice(LAST)}"  # the surname last, as typed
        org, role = rng.choice(ORGS), rng.choice(["OSPOD", "SAS", "ředitel", "strážník", ""])
        rows.append({
            "id": new_id(), "locality_id": locality_id, "kind": "person", "name": name,
            "organisation_name": org, "sector": rng.choice(sectors), "role": role,
            "influence": rng.randint(1, 5), "attitude": rng.randint(-2, 2),
            "interest": rng.randint(1, 5), "tags": [], "updated_at": f"{i:020d}",
            "search_text": actor_search_text(name, org, role),
            "sort_key": actor_key("person", name), "duplicate_key": duplicate_text(name, org),
        })
    with store.unit_of_work() as session:
        for start in range(0, count, 10_000):
            session.execute(insert(Actor), rows[start:start + 10_000])


def median_ms(action: Callable[[], object], repeat: int) -> float:
    action()  # warm the caches the same way for both sides
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        store = open_store(data_dir=Path(directory))
        locality = LocalityService(store).create(LocalityData(name="Benchmarkov"))
        started = time.perf_counter()
        fill(store, locality.id, args.actors)
        refresh_statistics(store.engine)  # as an import of that many actors does
        print(f"{args.actors} actors created in {time.perf_counter() - started:.1f} s")
        service = ActorService(store)
        raw = sqlite3.connect(store.location)
        loc = locality.id

        searched = ActorFilter(loc, search="curej", sector=Sector.NGO)
        raw_search = ("SELECT * FROM actors WHERE locality_id = ? AND deleted = 0 "
                      "AND search_text LIKE ? ESCAPE '\\' AND sector = ? "
                      "ORDER BY sort_key, id LIMIT ?")
        raw_count = ("SELECT count(id) FROM actors WHERE locality_id = ? AND deleted = 0 "
                     "AND search_text LIKE ? ESCAPE '\\' AND sector = ?")
        raw_deep = ("SELECT * FROM actors WHERE locality_id = ? AND deleted = 0 "
                    "ORDER BY sort_key, id LIMIT ? OFFSET ?")
        raw_by_influence = ("SELECT * FROM actors WHERE locality_id = ? AND deleted = 0 "
                            "ORDER BY influence DESC, sort_key DESC, id DESC LIMIT ? OFFSET ?")
        deep = args.actors // 2
        cases = [
            ("filtered + searched page", lambda: service.list(searched, limit=PAGE),
             lambda: raw.execute(raw_search, (loc, "%curej%", "ngo", PAGE)).fetchall()),
            ("count of that filter", lambda: service.count(searched),
             lambda: raw.execute(raw_count, (loc, "%curej%", "ngo")).fetchone()),
            ("first page sorted by name",
             lambda: service.list(ActorFilter(loc), sort=ActorSort.NAME, limit=PAGE),
             lambda: raw.execute(raw_deep, (loc, PAGE, 0)).fetchall()),
            (f"page at offset {deep}",
             lambda: service.list(ActorFilter(loc), offset=deep, limit=PAGE),
             lambda: raw.execute(raw_deep, (loc, PAGE, deep)).fetchall()),
            (f"by influence, offset {deep}",
             lambda: service.list(ActorFilter(loc), sort=ActorSort.INFLUENCE, descending=True,
                                  offset=deep, limit=PAGE),
             lambda: raw.execute(raw_by_influence, (loc, PAGE, deep)).fetchall()),
        ]
        print(f"{'case':32} {'service ms':>11} {'raw ms':>9} {'ratio':>7}")
        for name, ours, theirs in cases:
            ours_ms, raw_ms = median_ms(ours, args.repeat), median_ms(theirs, args.repeat)
            print(f"{name:32} {ours_ms:11.2f} {raw_ms:9.2f} {ours_ms / raw_ms:7.2f}")
        plan = raw.execute("EXPLAIN QUERY PLAN " + raw_deep, (loc, PAGE, 0)).fetchall()
        print("plan of the sorted page:", "; ".join(row[-1] for row in plan))
        size = raw.execute("SELECT page_count * page_size FROM pragma_page_count(), "
                           "pragma_page_size()").fetchone()[0]
        print(f"database size: {size / 2**20:.0f} MiB")
        raw.close()
        store.dispose()


if __name__ == "__main__":
    main()

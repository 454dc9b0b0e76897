"""The rows of the big benchmark store, as plain dicts in parent-first batches (``big_store``
writes them). Densities follow a working partnership: 8 bodies of 15 members per locality, a
meeting has 5 agenda items, 12 invitees, 2 decisions and 2 action items; a plan has 4 areas of
3 goals of 4 measures; indicators are reported monthly (two thirds) or quarterly over the last
ten years, as many as the value count needs; 20 projects with 2 measures each per locality."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

from big_plan import plan_rows

from obecdesk.core.collation import actor_key
from obecdesk.core.text import actor_search_text, duplicate_text
from obecdesk.store.base import new_id
from obecdesk.store.natural_keys import attendance_id, membership_id

FIRST = ["Jan", "Petr", "Marie", "Jana", "Tomáš", "Lenka", "Jiří", "Eva", "Ondřej", "Růžena"]
LAST = ["Novák", "Dvořák", "Čureja", "Šťastná", "Horváth", "Kříž", "Žáková", "Procházka",
        "Veselý", "Bártů", "Lakatoš", "Němec"]
ORGS = ["Městský úřad", "Charita", "ZŠ Školní", "Úřad práce", "Spolek Šance", "Městská policie"]
SECTORS = ["public", "ngo", "school", "business", "church", "resident", "other"]
THEMES = ["bydlení", "vzdělávání", "zaměstnanost", "bezpečnost"]
BODIES = 8
MEMBERS = 15
AGENDA, INVITEES, DECISIONS, ACTIONS = 5, 12, 2, 2
MINUTES = ("<p>Koordinátor shrnul, co se od minula udělalo. Diskuse o dalším postupu, "
           "připomínky členů skupiny k návrhu opatření a k rozpočtu.</p>")
START = dt.date(2016, 1, 1)
#: 2025-01-01 00:00 UTC: every generated stamp lies in the past
EPOCH_MS = 1_735_689_600_000


class Rows:
    """Stamps every row as one write of ``replica`` (each row its own stamp)."""

    def __init__(self, replica: str) -> None:
        self.replica = replica
        self.tick = 0

    def stamped(self, row: dict) -> dict:
        """``row`` as a fresh write of this replica."""
        self.tick += 1
        row["updated_at"] = f"{EPOCH_MS + self.tick:015d}-000000-{self.replica}"
        row["replica_id"] = self.replica
        return row


def months_back(today: dt.date, count: int, step: int) -> list[str]:
    """Period keys of the last ``count`` months (``step`` 1) or quarters (``step`` 3)."""
    month = (today.year * 12 + today.month - 1) // step * step
    keys = []
    for k in range(count):
        m = month - k * step
        year, first = divmod(m, 12)
        keys.append(f"{year}-{first + 1:02d}" if step == 1 else f"{year}-Q{first // 3 + 1}")
    return keys[::-1]


def generate(rows: Rows, localities: int, actors: int, meetings: int,
             values: int) -> Iterator[tuple[str, list[dict]]]:
    """(table, rows) batches, one locality after another, parents first."""
    rng = random.Random(21)
    s = rows.stamped
    today = dt.date.today()
    monthly, quarterly = months_back(today, 120, 1), months_back(today, 40, 3)
    for n in range(localities):
        loc = new_id()
        yield "localities", [s({"id": loc, "name": f"Benchmarkov {n + 1:02d}",
                                "region": "Ústecký kraj", "population": 12_000 + n * 1000,
                                "start_date": START, "themes": THEMES[:2],
                                "coordinator": "Jana Nováková"})]
        people = []
        for i in range(actors // localities):
            name = f"{rng.choice(FIRST)} {n}-{i} {rng.choice(LAST)}"
            org, role = rng.choice(ORGS), rng.choice(["OSPOD", "SAS", "ředitel", "strážník", ""])
            people.append(s({
                "id": new_id(), "locality_id": loc, "name": name, "organisation_name": org,
                "sector": rng.choice(SECTORS), "role": role, "email": f"osoba{n}.{i}@example.cz",
                "influence": rng.randint(1, 5), "attitude": rng.randint(-2, 2),
                "interest": rng.randint(1, 5), "tags": rng.sample(THEMES, rng.randint(0, 2)),
                "search_text": actor_search_text(name, org, role),
                "sort_key": actor_key("person", name), "duplicate_key": duplicate_text(name, org),
            }))
        yield "actors", people
        ids = [p["id"] for p in people]
        bodies = [s({"id": new_id(), "locality_id": loc, "name": f"Pracovní skupina {b + 1}",
                     "code": f"PS{b + 1}", "theme": THEMES[b % 4],
                     "leader_id": ids[b] if ids else None}) for b in range(BODIES)]
        yield "bodies", bodies
        yield "memberships", [s({"id": membership_id(b["id"], a, START), "body_id": b["id"],
                                 "actor_id": a, "joined_on": START})
                              for b in bodies for a in rng.sample(ids, min(MEMBERS, len(ids)))]
        yield from _meetings(rows, rng, loc, bodies, ids, meetings // localities, today)
        yield from plan_rows(rows, rng, loc, ids, values // localities, monthly, quarterly)


def _meetings(rows: Rows, rng: random.Random, loc: str, bodies: list[dict], ids: list[str],
              count: int, today: dt.date) -> Iterator[tuple[str, list[dict]]]:
    s = rows.stamped
    span = (today - START).days + 60
    meetings, items, people, decisions, actions = [], [], [], [], []
    numbers: dict[tuple[str, int], int] = {}
    for k in range(count):
        body = bodies[k % len(bodies)]
        day = START + dt.timedelta(days=span * k // max(count, 1))
        past = day < today
        mid = new_id()
        meetings.append(s({
            "id": mid, "locality_id": loc, "body_id": body["id"], "date": day,
            "title": f"{k + 1}. jednání {body['name'].lower()}", "place": "Zasedací místnost MÚ",
            "start_time": dt.time(15, 0), "end_time": dt.time(17, 0),
            "facilitator": "Jana Nováková", "minute_taker": "Petr Dvořák",
            "goal": "Domluvit další kroky opatření.",
            "status": "minutes_published" if past else "planned",
            "held_on": day if past else None, "minutes_published_on": day if past else None}))
        first_item = ""
        for p in range(AGENDA):
            item = new_id()
            first_item = first_item or item
            items.append(s({"id": item, "meeting_id": mid, "position": p,
                            "title": f"Bod {p + 1}: {THEMES[p % 4]}", "presenter": "koordinátor",
                            "planned_minutes": 20, "minutes_html": MINUTES if past else "",
                            "minutes_text": MINUTES[3:-4] if past else ""}))
        for a in rng.sample(ids, min(INVITEES, len(ids))):
            people.append(s({"id": attendance_id(mid, a), "meeting_id": mid, "actor_id": a,
                             "status": rng.choice(["present", "present", "excused"])
                             if past else "unknown"}))
        if not past:
            continue
        for _ in range(DECISIONS):
            key = (body["id"], day.year)
            numbers[key] = numbers.get(key, 0) + 1
            decisions.append(s({
                "id": new_id(), "meeting_id": mid, "agenda_item_id": first_item,
                "year": day.year, "number": numbers[key],
                "code": f"{body['code']} {day.year}/{numbers[key]:02d}",
                "text": "Skupina schvaluje návrh opatření a ukládá koordinátorovi jej rozeslat.",
                "how_decided": "consensus"}))
        for _ in range(ACTIONS):
            actions.append(s({
                "id": new_id(), "meeting_id": mid, "body_id": body["id"],
                "owner_id": rng.choice(ids) if ids else None, "text": "Rozeslat podklady členům.",
                "due_date": day + dt.timedelta(days=30), "status": "done",
                "done_on": day + dt.timedelta(days=20)}))
    yield "meetings", meetings
    yield "agenda_items", items
    yield "attendance", people
    yield "decisions", decisions
    yield "action_items", actions


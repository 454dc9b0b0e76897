"""Demo data of an acute-mode cooperation: a sibling locality of the long-term demo.

Lipová nad Ohří asked for help after a fight near a workers' hostel escalated into a petition, a
protest and a storm on social media. Its dates run relative to the day the demo is loaded, so the
countdown of the acute mode always shows a cooperation in progress. Each work stream adds its own
demo rows through :data:`ACUTE_DEMO_PARTS`, in the same transaction as the locality; the parts are
named by dotted path so this module does not import every stream.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
from dataclasses import dataclass
from functools import cache

from sqlalchemy.orm import Session

from obecdesk.core.demo_rows import add_demo_actors, demo_id
from obecdesk.resources import resource
from obecdesk.store.models import Locality


@dataclass(frozen=True)
class AcuteDemo:
    """What a work stream's demo needs to hang its rows on the acute locality."""

    locality_id: str
    start: dt.date
    #: actor ids by the keys in ``resources/demo/acute.json``
    actors: dict[str, str]
    key: str

    def id(self, *parts: str) -> str:
        """A fixed id for a row of this demo (loading twice finds it again)."""
        return demo_id(self.key, *parts)

    def day(self, offset: int) -> dt.date:
        """The cooperation's ``offset``-th day (0 = the day it started)."""
        return self.start + dt.timedelta(days=offset)


#: work streams' demo loaders, "module:function" taking ``(session, demo: AcuteDemo)``, in order
ACUTE_DEMO_PARTS: list[str] = [
    "obecdesk.core.cooperation.demo:add_cooperation_demo",
    "obecdesk.core.demo_partmed:add_participation_and_mediation",
    "obecdesk.core.communication.demo:load_communication_demo",
    "obecdesk.core.process_mapping.demo:load_process_mapping_demo",
]


@cache
def _data() -> dict:
    return json.loads(resource("demo", "acute.json").read_text(encoding="utf-8"))


def acute_locality_id() -> str:
    """The fixed id of the acute demo locality (its rows never leave the replica)."""
    return demo_id(_data()["locality"]["key"])


def add_acute_demo(session: Session, replica_id: str, today: dt.date | None = None) -> bool:
    """Add the acute demo locality in ``session`` unless it is already there; True when added.

    The caller's transaction holds it, so a load that is interrupted leaves either both demo
    localities or neither."""
    loc = _data()["locality"]
    loc_id = acute_locality_id()
    if session.get(Locality, loc_id) is not None:
        return False
    start = (today or dt.date.today()) - dt.timedelta(days=loc["start_days_ago"])
    session.add(Locality(
        id=loc_id, name=loc["name"], region=loc["region"], population=loc["population"],
        mode=loc["mode"], start_date=start, themes=loc["themes"],
        coordinator=loc["coordinator"], notes=loc["notes"], numbering_replica_id=replica_id,
    ))
    session.flush()
    actors = add_demo_actors(session, loc_id, loc["key"], _data()["actors"])
    demo = AcuteDemo(loc_id, start, {k: a.id for k, a in actors.items()}, loc["key"])
    for path in ACUTE_DEMO_PARTS:
        module, _, name = path.partition(":")
        getattr(importlib.import_module(module), name)(session, demo)
    return True

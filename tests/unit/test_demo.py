"""Demo data: a realistic long-term locality so every screen has something to show."""

from obecdesk.core.demo import demo_locality_id, load_demo
from obecdesk.core.inventory import counts
from obecdesk.core.localities import LocalityService
from obecdesk.store.models import Actor, Body


def test_demo_has_a_realistic_partnership_and_loads_only_once(store):
    assert load_demo(store).created
    first = counts(store)
    assert not load_demo(store).created
    assert counts(store) == first
    assert first["localities"] == 2  # the long-term demo and its acute sibling
    with store.reading() as session:
        own = session.query(Actor).filter(Actor.locality_id == demo_locality_id()).count()
    assert 30 <= own <= 40
    assert first["meetings"] >= 4 and first["decisions"] >= 3 and first["action_items"] >= 3
    with store.reading() as session:
        kinds = sorted(b.kind for b in session.query(Body))
    assert kinds.count("working_group") == 3 and "steering_group" in kinds
    locality = LocalityService(store).list()[0]
    assert locality.mode == "long_term" and len(locality.phases) == 7

"""Demo data: a realistic long-term locality so every screen has something to show."""

from obecdesk.core.demo import load_demo
from obecdesk.core.inventory import counts
from obecdesk.core.localities import LocalityService
from obecdesk.store.models import Body


def test_demo_has_a_realistic_partnership_and_loads_only_once(store):
    assert load_demo(store).created
    first = counts(store)
    assert not load_demo(store).created
    assert counts(store) == first
    assert first["localities"] == 1 and 30 <= first["actors"] <= 40
    assert first["meetings"] >= 4 and first["decisions"] >= 3 and first["action_items"] >= 3
    with store.reading() as session:
        kinds = sorted(b.kind for b in session.query(Body))
    assert kinds.count("working_group") == 3 and "steering_group" in kinds
    locality = LocalityService(store).list()[0]
    assert locality.mode == "long_term" and len(locality.phases) == 7

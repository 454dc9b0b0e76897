"""The checks the form and the import share: e-mail syntax and possible duplicates by name."""

from __future__ import annotations

from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.stakeholders.actor_checks import email_warning
from obecdesk.core.stakeholders.actor_fields import ActorData
from obecdesk.core.stakeholders.actors import ActorService


def test_email_warning():
    assert email_warning("") == ""
    assert email_warning(" jana@obec.cz ") == ""
    assert "nevypadá platně" in email_warning("jana@obec")
    assert "nevypadá platně" in email_warning("jana obec.cz")


def test_same_name_ignores_titles_case_accents_and_word_order(store):
    place = LocalityService(store).create(LocalityData(name="Horní Lhota"))
    other = LocalityService(store).create(LocalityData(name="Dolní Lhota"))
    actors = ActorService(store)
    karel = actors.create(place.id, ActorData(name="Ing. Karel Svoboda"))
    actors.create(other.id, ActorData(name="Karel Svoboda"))
    actors.create(place.id, ActorData(name="Karel Svobodný"))
    for typed in ("Karel Svoboda", "svoboda karel", "Mgr. KAREL SVOBODA, Ph.D."):
        assert [a.id for a in actors.same_name(place.id, typed)] == [karel.id]
    assert actors.same_name(place.id, "Karel Svoboda", exclude_id=karel.id) == []
    assert actors.same_name(place.id, "Jan Svoboda") == []
    actors.delete(karel.id)
    assert actors.same_name(place.id, "Karel Svoboda") == []

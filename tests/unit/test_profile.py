"""Já: which actor is me in each locality is this installation's (config dir), not the store's;
my open tasks are those owned by my actors in every locality."""

from __future__ import annotations

import datetime as dt
import stat

import pytest

from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.meetings.action_items import ActionItemData
from obecdesk.core.meetings.meeting_types import MeetingData
from obecdesk.core.meetings.service import MeetingService
from obecdesk.core.profile import ProfileService, profile_path
from obecdesk.core.stakeholders.actor_fields import ActorData
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.errors import ValidationError

TODAY = dt.date(2026, 11, 25)


def test_me_in_two_localities_and_my_open_tasks(demo_store, demo_locality_id, installation):
    profile, actors = ProfileService(demo_store), ActorService(demo_store)
    assert profile.me(demo_locality_id) is None and not profile.is_set()
    tereza = actors.same_name(demo_locality_id, "Tereza Novotná")[0]
    profile.set_me(demo_locality_id, tereza.id)
    assert profile.me(demo_locality_id).id == tereza.id
    mine = profile.my_open_tasks(TODAY)
    assert [t.text for t in mine] == ["Svolat pracovní skupiny k revizi opatření"]
    assert all(t.owner_id == tereza.id for t in mine)
    everyone = MeetingService(demo_store).actions.open_tasks(TODAY)
    assert len(everyone) > len(mine)

    other = LocalityService(demo_store).create(LocalityData(name="Horní Lhota"))
    me_there = profile.create_me(other.id, ActorData(name="Mgr. Tereza Novotná"))
    assert profile.my_actor_ids() == {tereza.id, me_there.id}
    meetings = MeetingService(demo_store)
    meeting = meetings.create(other.id, MeetingData(title="Kulatý stůl", date=TODAY,
                                                    kind="round_table"))
    meetings.actions.add(meeting.id, ActionItemData("Pozvat ředitelku školy", me_there.id,
                                                    dt.date(2026, 11, 1)))
    mine = profile.my_open_tasks(TODAY)
    assert [t.text for t in mine] == ["Pozvat ředitelku školy",
                                      "Svolat pracovní skupiny k revizi opatření"]
    assert mine[0].overdue
    assert [t.text for t in profile.my_open_tasks(TODAY, locality_id=other.id)] == [
        "Pozvat ředitelku školy"]

    # the choice is the installation's: in its config dir, owner-only, not in the store
    path = profile_path()
    assert path.is_relative_to(installation)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert ProfileService(demo_store, path=installation / "elsewhere.json").me(
        demo_locality_id) is None


def test_only_a_live_person_of_the_locality_can_be_me(demo_store, demo_locality_id):
    profile, actors = ProfileService(demo_store), ActorService(demo_store)
    office = actors.same_name(demo_locality_id, "Městský úřad Dolní Bránice")[0]
    with pytest.raises(ValidationError, match="není osoba"):
        profile.set_me(demo_locality_id, office.id)
    other = LocalityService(demo_store).create(LocalityData(name="Horní Lhota"))
    tereza = actors.same_name(demo_locality_id, "Tereza Novotná")[0]
    with pytest.raises(ValidationError, match="jiné lokality"):
        profile.set_me(other.id, tereza.id)
    profile.set_me(demo_locality_id, tereza.id)
    actors.delete(tereza.id)
    assert profile.me(demo_locality_id) is None and profile.my_open_tasks(TODAY) == []
    profile.set_me(demo_locality_id, None)
    assert not profile.is_set()

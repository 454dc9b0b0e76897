"""Audiences and their trend, texts that keep every earlier wording, the plan, and the
communication recommendations with their status."""

from __future__ import annotations

import datetime as dt

import pytest

from obecdesk.core.communication.audiences import AudienceService, ReadingData, trend_text
from obecdesk.core.communication.plan import (
    CommunicationPlanService,
    PlanData,
    RecommendationData,
    plan_id,
)
from obecdesk.core.communication.texts import TextData, TextService
from obecdesk.core.inventory import counts, list_rows
from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.errors import ValidationError


@pytest.fixture
def loc(store) -> str:
    return LocalityService(store).create(LocalityData(name="Lipová nad Ohří")).id


def test_an_audience_trend_in_words_and_readings_in_date_order(store, loc):
    audiences = AudienceService(store)
    street = audiences.add_group(loc, "Obyvatelé Tovární ulice")
    audiences.add_reading(street, ReadingData(dt.date(2026, 10, 30), -1, 4, "klidnější"))
    audiences.add_reading(street, ReadingData(dt.date(2026, 10, 2), -2, 5, "strach a vztek"))
    (group,) = audiences.groups(loc)
    assert [r.data.tension for r in group.readings] == [5, 4]
    assert trend_text(group) == ("napětí 5 → 4 (klesá), postoj −2 → −1 (zlepšuje se) "
                                 "od 2. 10. 2026 do 30. 10. 2026")
    with pytest.raises(ValidationError, match="−2 až \\+2"):
        audiences.add_reading(street, ReadingData(dt.date(2026, 11, 1), 3, 2))
    audiences.remove_group(street)
    assert audiences.groups(loc) == [] and counts(store)["attitude-readings"] == 0


def test_each_changed_save_of_a_text_keeps_the_previous_wording(store, loc):
    texts = TextService(store)
    text_id = texts.add(loc, TextData("Tisková zpráva", body="První znění."))
    texts.save(text_id, TextData("Tisková zpráva", body="Druhé znění."))
    texts.save(text_id, TextData("Tisková zpráva", body="Druhé znění.", status="approved"))
    texts.save(text_id, TextData("Tisková zpráva obce", body="Třetí znění."))
    (text,) = texts.texts(loc)
    assert (text.data.body, text.data.status, text.versions) == ("Třetí znění.", "draft", 2)
    assert [(v.number, v.title, v.body) for v in texts.versions(text_id)] == [
        (2, "Tisková zpráva", "Druhé znění."), (1, "Tisková zpráva", "První znění.")]
    with pytest.raises(ValidationError, match="název"):
        texts.save(text_id, TextData(" "))


def test_the_plan_is_one_row_per_locality_and_recommendations_keep_their_status(store, loc):
    plans = CommunicationPlanService(store)
    assert plans.plan(loc).empty
    plans.save_plan(loc, PlanData("Obec situaci řeší.", channels="web"))
    plans.save_plan(loc, PlanData("Obec situaci řeší s policií.", channels="web"))
    assert plans.plan(loc).key_messages == "Obec situaci řeší s policií."
    assert [r["id"] for r in list_rows(store, "communication-plans")] == [plan_id(loc)]
    first = plans.add_recommendation(loc, RecommendationData("Jediný mluvčí", dt.date(2026, 10, 3)))
    plans.add_recommendation(loc, RecommendationData("Vyvracet fámy do 24 hodin"))
    plans.update_recommendation(first, RecommendationData(
        "Jediný mluvčí", dt.date(2026, 10, 3), "implemented", note="dodržuje se"))
    assert [(r.data.title, r.data.status) for r in plans.recommendations(loc)] == [
        ("Jediný mluvčí", "implemented"), ("Vyvracet fámy do 24 hodin", "proposed")]
    with pytest.raises(ValidationError, match="stav"):
        plans.update_recommendation(first, RecommendationData("Jediný mluvčí", status="done"))

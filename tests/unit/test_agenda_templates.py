"""Agenda templates from the catalog: Czech and English titles, one review item, bad files."""

from __future__ import annotations

import json

import pytest

from obecdesk.catalog.agenda_templates import load_agenda_templates
from obecdesk.catalog.composition import CatalogError
from obecdesk.core.meetings.agenda import REVIEW_TITLE
from obecdesk.core.meetings.agenda_copy import items_to_add, template_agenda


def test_the_shipped_templates_in_czech_and_english():
    templates = {t.code: t for t in load_agenda_templates()}
    assert set(templates) == {"working_group", "public_meeting", "steering_group"}
    group = templates["working_group"]
    cs, en = template_agenda(group, "cs"), template_agenda(group, "en")
    assert [i.title for i in cs][:2] == ["Zahájení, představení přítomných, schválení programu",
                                         REVIEW_TITLE]
    assert en[0].title == "Opening, introductions, approval of the agenda"
    assert en[1].title == REVIEW_TITLE  # the review item is the meeting's, whatever the language
    assert [i.planned_minutes for i in cs] == [i.planned_minutes for i in en]
    assert group.title("en") == "Regular working-group meeting"
    public = template_agenda(templates["public_meeting"], "cs")
    assert REVIEW_TITLE not in [i.title for i in public]
    assert any(i.method == "World café" for i in public)


def test_a_second_review_item_is_left_out():
    items = template_agenda(load_agenda_templates()[0])
    assert len(items_to_add(items, ["Úvod"])) == len(items)
    assert [i.title for i in items_to_add(items, [REVIEW_TITLE])].count(REVIEW_TITLE) == 0


@pytest.mark.parametrize("content, message", [
    ("{", "poškozený"),
    (json.dumps({"format": "něco jiného"}), "není soubor šablon"),
    (json.dumps({"format": "obecdesk-agenda-templates", "templates": [
        {"code": "x", "title_cs": "X", "items": [{"title_cs": "A", "minutes": -5}]}]}),
     "neplatnou délku"),
    (json.dumps({"format": "obecdesk-agenda-templates", "templates": [
        {"code": "x", "title_cs": "X", "items": [{"title_en": "A"}]}]}), "český název"),
])
def test_a_broken_file_is_one_czech_sentence(tmp_path, content, message):
    path = tmp_path / "templates.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CatalogError, match=message):
        load_agenda_templates(path)

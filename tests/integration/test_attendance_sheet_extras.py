"""The attendance sheet: a GDPR notice (configurable), empty guest rows (configurable) and the
project strip of an EU-funded locality."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pytest
from meetings_world import build_world
from pdf_tools import pdf_text

from obecdesk.core.localities import LocalityService
from obecdesk.reports.attendance_defaults import DEFAULT_GDPR_NOTICE
from obecdesk.reports.printouts import PRINTOUTS


@pytest.fixture
def world(store):
    return build_world(store)


def _sheet(world, meeting_id, tmp_path, **options) -> str:
    path = PRINTOUTS["attendance"].write(world.meetings.detail(meeting_id),
                                         tmp_path / "listina.pdf", **options)
    return " ".join(pdf_text(path, layout=True).split())


def _numbers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"(?<![\d.])(\d{1,2})\.(?= |$)", text.split("Podpis", 1)[1])]


def test_the_default_sheet_has_the_gdpr_notice_and_five_guest_rows(world, tmp_path):
    meeting = world.body_meeting(dt.date(2025, 6, 13))
    text = _sheet(world, meeting, tmp_path)
    assert "Osobní údaje uvedené v prezenční listině (jméno, organizace, podpis) zpracovává " \
           "Agentura pro sociální začleňování" in text
    assert "čl. 6 odst. 1 písm. e) GDPR" in text
    invitees = len(world.meetings.detail(meeting).attendance)
    assert _numbers(text)[-1] == invitees + 5
    assert "Projekt" not in text


def test_settings_change_the_notice_and_the_guest_rows(world, tmp_path):
    meeting = world.body_meeting(dt.date(2025, 6, 13))
    invitees = len(world.meetings.detail(meeting).attendance)
    text = _sheet(world, meeting, tmp_path, guest_rows=12,
                  gdpr_notice="Údaje zpracovává Město Horní Lhota – správce osobních údajů.")
    assert "Údaje zpracovává Město Horní Lhota – správce osobních údajů." in text
    assert DEFAULT_GDPR_NOTICE[:40] not in text
    assert _numbers(text)[-1] == invitees + 12
    assert "Osobní údaje" not in _sheet(world, meeting, tmp_path, gdpr_notice="")


def test_an_eu_funded_locality_prints_its_project_strip(world, tmp_path):
    localities = LocalityService(world.store)
    info = localities.get(world.locality_id)
    localities.update(world.locality_id, replace(
        info.data(), project_number="CZ.03.02.02/00/22_005/0001234",
        publicity_text="Projekt je spolufinancován Evropskou unií – Evropským sociálním fondem "
                       "plus."))
    meeting = world.body_meeting(dt.date(2025, 6, 13))
    text = _sheet(world, meeting, tmp_path)
    assert ("Projekt CZ.03.02.02/00/22_005/0001234 – Projekt je spolufinancován Evropskou "
            "unií – Evropským sociálním fondem plus.") in text
    assert text.index("Projekt CZ.03") < text.index("Datum a čas")
    assert localities.get(world.locality_id).project_number == "CZ.03.02.02/00/22_005/0001234"

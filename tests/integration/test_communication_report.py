"""The communication stream's sections of the closing report, printed over the acute demo and
read back from the PDF (Czech diacritics included)."""

from __future__ import annotations

from pdf_tools import pdf_text

from obecdesk.core.demo_acute import acute_locality_id
from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.reports.communication_sections import communication_section, situation_section
from obecdesk.reports.cooperation_sections import SECTIONS
from obecdesk.reports.document import ReportDocument


def _pdf(store, locality_id, path):
    doc = ReportDocument(title="Závěrečná zpráva", municipality="Lipová nad Ohří")
    story = situation_section(doc, store, locality_id) + communication_section(
        doc, store, locality_id)
    doc.write(path, story)
    return " ".join(pdf_text(path).split()), " ".join(pdf_text(path, layout=True).split())


def test_the_timeline_and_communication_of_the_acute_demo_print(demo_store, tmp_path):
    text, laid_out = _pdf(demo_store, acute_locality_id(), tmp_path / "komunikace.pdf")
    assert "Vývoj situace" in text
    assert "Situační deník zachycuje 12 událostí" in text and "nejvyšší závažnost: kritická" in text
    assert "Potyčka u ubytovny v Tovární ulici" in text and "usnesení zastupitelstva" in text
    assert "Fáma: na ubytovnu se má nastěhovat dalších 40 lidí" in text
    assert "Obyvatelé Tovární ulice: napětí 5 → 3 (klesá), postoj −2 → −1 (zlepšuje se)" in text
    assert "kritické riziko (3 × 5): Další potyčka u ubytovny – sledujeme" in text
    assert text.index("kritické riziko") < text.index("vysoké riziko") < text.index(
        "střední riziko")
    assert "Mluvčí Ing. Hana Veselá" in laid_out
    assert "Dopis obyvatelům Tovární ulice (dopis obyvatelům, schváleno, verzí: 2)" in text
    assert "Jediný mluvčí obce – starostka; zavedeno Ing. Hana Veselá Dodržuje se" in laid_out


def test_a_locality_without_communication_prints_no_empty_heading(store, tmp_path):
    loc = LocalityService(store).create(LocalityData(name="Horní Lhota")).id
    doc = ReportDocument(title="x", municipality="Horní Lhota")
    assert situation_section(doc, store, loc) == [] and communication_section(doc, store, loc) == []


def test_the_sections_are_registered_in_the_closing_report():
    assert (20, "obecdesk.reports.communication_sections:situation_section") in SECTIONS
    assert (30, "obecdesk.reports.communication_sections:communication_section") in SECTIONS

"""The frame of a cooperation from a script and as the service: request, conditions, decision,
memorandum, the countdown that ``locality add --mode acute`` starts, and the closing report."""

import datetime as dt
import json

import pytest

from obecdesk.cli import main
from obecdesk.core.cooperation.service import CooperationData, CooperationService
from obecdesk.core.demo_acute import acute_locality_id
from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.stakeholders.actor_fields import ActorData
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.errors import ValidationError
from obecdesk.store import open_store
from tests.pdf_tools import pdf_text


def run(capsys, *args):
    try:
        code = main(list(args))
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_locality_add_acute_starts_the_countdown_from_its_start(tmp_path, capsys):
    data = str(tmp_path / "d")
    start = dt.date.today() - dt.timedelta(days=10)
    code, _, _ = run(capsys, "--data-dir", data, "locality", "add", "Horní Lhota", "--region",
                     "Ústecký kraj", "--mode", "acute", "--start", start.isoformat())
    assert code == 0
    code, out, _ = run(capsys, "--data-dir", data, "cooperation", "show", "--locality",
                       "Horní Lhota", "--json")
    shown = json.loads(out)
    end = dt.date.fromisoformat(shown["planned_end"])
    assert code == 0 and 80 < (end - start).days < 93
    assert shown["days_left"] == (end - dt.date.today()).days and shown["warning"] is False
    assert shown["countdown"].startswith("zbývá ")
    assert shown["recorded"] is False and len(shown["conditions"]) == 5


def test_set_writes_only_the_options_given_and_the_memorandum_moves_the_end(tmp_path, capsys):
    data = str(tmp_path / "d")
    run(capsys, "--data-dir", data, "locality", "add", "Horní Lhota", "--region", "Ústecký kraj",
        "--mode", "systematic", "--start", "2026-09-01")
    store = open_store(data_dir=data)
    loc = LocalityService(store).find_by_name("Horní Lhota")
    ActorService(store).create(loc.id, ActorData(name="Ing. Marie Dvořáková", role="starostka"))
    store.dispose()
    code, out, _ = run(capsys, "--data-dir", data, "cooperation", "set", "--locality",
                       "Horní Lhota", "--requested-by", "Marie Dvořáková", "--requested-on",
                       "2026-08-20", "--theme", "housing", "--theme", "Ubytovny",
                       "--situation", "Napětí kolem ubytoven.", "--met", "capacity",
                       "--not-met", "inclusive", "--note", "inclusive", "Rada váhá.")
    assert code == 0 and "uložen" in out
    code, out, _ = run(capsys, "--data-dir", data, "cooperation", "set", "--locality",
                       "Horní Lhota", "--decision", "accepted", "--agreed-on", "2026-09-15",
                       "--json")
    shown = json.loads(out)
    assert shown["requested_by"] == "Ing. Marie Dvořáková"
    assert shown["themes"] == ["housing", "Ubytovny"]
    assert shown["situation"] == "Napětí kolem ubytoven."
    met = {c["code"]: (c["met"], c["note"]) for c in shown["conditions"]}
    assert met["capacity"] == (True, "") and met["inclusive"] == (False, "Rada váhá.")
    assert met["open"] == (None, "")
    assert shown["planned_end"] == "2027-09-14"  # 12 months from the memorandum
    code, out, _ = run(capsys, "--data-dir", data, "cooperation", "set", "--locality",
                       "Horní Lhota", "--end", "2027-06-30", "--json")
    assert json.loads(out)["planned_end"] == "2027-06-30"
    code, out, _ = run(capsys, "--data-dir", data, "cooperation", "show", "--locality",
                       "Horní Lhota")
    assert "Plánovaný konec: 30. 6. 2027 (určen ručně)" in out
    assert "[nesplněno] Soulad obce s proinkluzivními přístupy – Rada váhá." in out
    code, out, _ = run(capsys, "--data-dir", data, "list", "cooperation-conditions", "--json")
    assert code == 0 and {c["code"] for c in json.loads(out)} == {"capacity", "inclusive"}


@pytest.mark.parametrize(("args", "message"), [
    (("--decision", "declined"), "Odmítnutí žádosti musí mít uvedený důvod."),
    (("--agreed-on", "2026-09-15"), "Memorandum lze zapsat jen u přijaté žádosti."),
    (("--decision", "accepted", "--requested-on", "2026-09-20", "--agreed-on", "2026-09-15"),
     "Memorandum nemůže předcházet datu žádosti."),
    (("--end", "2026-08-01"), "Plánovaný konec nemůže předcházet začátku spolupráce."),
    (("--requested-by", "Nikdo Neznámý"), "Aktér 'Nikdo Neznámý' v lokalitě není."),
    (("--met", "open", "--not-met", "open"), "nemůže být zároveň splněná i nesplněná"),
])
def test_bad_input_is_one_czech_sentence_and_changes_nothing(tmp_path, capsys, args, message):
    data = str(tmp_path / "d")
    run(capsys, "--data-dir", data, "locality", "add", "Horní Lhota", "--region", "Ústecký kraj",
        "--mode", "acute", "--start", "2026-09-01")
    code, out, err = run(capsys, "--data-dir", data, "cooperation", "set", "--locality",
                         "Horní Lhota", *args)
    assert code != 0 and message in err
    code, out, _ = run(capsys, "--data-dir", data, "cooperation", "show", "--locality",
                       "Horní Lhota", "--json")
    assert json.loads(out)["recorded"] is False


def test_the_form_saves_only_what_it_changed(store):
    """Another replica's edit of a field the form did not touch survives the form's save."""
    loc = LocalityService(store).create(LocalityData(name="Lhota", mode="acute",
                                                     start_date=dt.date(2026, 9, 1)))
    service = CooperationService(store)
    loaded = service.frame(loc.id).data
    other = CooperationData(situation="Zapsáno jinde.")
    service.save(loc.id, other)
    edited = CooperationData(**{**loaded.__dict__, "conditions": loaded.conditions})
    edited.decision, edited.decision_reason = "not_yet", "Čekáme na radu."
    service.save(loc.id, edited, before=loaded)
    data = service.frame(loc.id).data
    assert (data.situation, data.decision_reason) == ("Zapsáno jinde.", "Čekáme na radu.")
    with pytest.raises(ValidationError):
        service.set_condition(loc.id, "nonsense", met=True)


def test_the_closing_report_prints_the_frame_in_czech_for_every_locality(demo_store, tmp_path,
                                                                         capsys):
    data = str(demo_store.database_path.parent)
    demo_store.dispose()
    names = [loc["name"] for loc in json.loads(run(capsys, "--data-dir", data, "list",
                                                   "localities", "--json")[1])]
    texts = {}
    for name in names:
        out_file = tmp_path / f"{len(texts)}.pdf"
        code, out, err = run(capsys, "--data-dir", data, "report", "cooperation", "--locality",
                             name, "--out", str(out_file))
        assert code == 0, err
        texts[name] = pdf_text(out_file)
    acute = texts["Lipová nad Ohří"]
    assert "Závěrečná zpráva o spolupráci" in acute and "Rámec spolupráce" in acute
    assert "Ing. Hana Veselá" in acute and "Soulad obce s proinkluzivními přístupy" in acute
    assert "nesplněno" in acute and "zbývá" in acute
    assert "akutní komunikace" in acute
    long_term = next(t for n, t in texts.items() if n != "Lipová nad Ohří")
    assert "bez pevného konce" in long_term
    assert "Žádost obce ani podmínky spolupráce zatím nejsou zapsány." in long_term
    assert "Shrnutí a další kroky" in long_term and "Otevřené úkoly" in long_term


def test_the_acute_demo_has_an_accepted_request_and_a_memorandum_after_the_start(demo_store):
    frame = CooperationService(demo_store).frame(acute_locality_id())
    assert frame.data.decision == "accepted" and frame.requested_by_name == "Ing. Hana Veselá"
    assert frame.start_date < frame.data.agreed_on <= frame.start_date + dt.timedelta(days=7)
    assert all(c.note for c in frame.data.conditions)
    assert frame.countdown is not None and frame.countdown.days_left > 14


def test_the_person_who_asked_finds_the_request_in_their_data_export(demo_store):
    from obecdesk.core.stakeholders.gdpr import PersonalDataService
    from obecdesk.core.stakeholders.gdpr_export import person_text

    frame = CooperationService(demo_store).frame(acute_locality_id())
    record = PersonalDataService(demo_store).person_record(frame.data.requested_by_id)
    assert record["cooperation_requests"] == [{"requested_on": frame.data.requested_on.isoformat()}]
    assert "Žádost obce o spolupráci, kterou osoba podala" in person_text(record)


def test_the_closing_report_of_a_bare_locality_says_what_is_missing(tmp_path, capsys):
    data = str(tmp_path / "d")
    store = open_store(data_dir=data)
    LocalityService(store).create(LocalityData(name="Zálesí", mode="acute"))
    store.dispose()
    code, _, err = run(capsys, "--data-dir", data, "report", "cooperation", "--locality",
                       "Zálesí", "--out", str(tmp_path / "z.pdf"))
    assert code == 0, err
    text = pdf_text(tmp_path / "z.pdf")
    assert "zatím neurčen (chybí datum memoranda i zahájení)" in text
    assert "Žádost obce ani podmínky spolupráce zatím nejsou zapsány." in text
    assert "Shrnutí a další kroky" not in text  # no meeting, no task: nothing to sum up

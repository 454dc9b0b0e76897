"""Importing actors from real spreadsheet files as Czech Excel writes them."""

from __future__ import annotations

import time

import pytest
from openpyxl import Workbook

from obecdesk.core.stakeholders.actor_queries import ActorFilter
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.core.stakeholders.imports.service import ActorImportService
from obecdesk.core.vocabulary.stakeholders import ActorKind, Sector
from obecdesk.errors import UserError

HEADER = "Jméno;Organizace;Sektor;Role;E-mail;Telefon;Poznámka"
ROWS = [
    "Marie Šťastná;Městský úřad;veřejná správa;OSPOD;marie@example.cz;+420 601 000 001;",
    "Jiří Čermák;ZŠ Žižkova;škola;ředitel;;;",
    "Růžena Dvořáková;Charita;NNO;SAS;ruzena@example.cz;;má klíče",
    ";;;;;;",
    "Ondřej Kříž;Městská policie;policie;strážník;ondrej@example.cz;;",
]


def write_csv(path, lines, encoding="cp1250"):
    """Like Excel's "CSV (oddělený středníkem)": CRLF line ends in the chosen encoding."""
    with open(path, "w", encoding=encoding, newline="\r\n") as handle:
        handle.write("\n".join(lines) + "\n")
    return path


@pytest.fixture
def importer(demo_store) -> ActorImportService:
    return ActorImportService(demo_store)


def count(store, locality_id) -> int:
    return ActorService(store).count(ActorFilter(locality_id))


def test_cp1250_semicolon_csv_previews_then_commits(tmp_path, importer, demo_store,
                                                    demo_locality_id):
    path = write_csv(tmp_path / "aktéři.csv", [HEADER, *ROWS])
    before = count(demo_store, demo_locality_id)
    preview = importer.preview(path, demo_locality_id)
    assert "windows-1250" in preview.description and "středník" in preview.description
    assert [m.field for m in preview.mapping] == [
        "name", "organisation", "sector", "role", "email", "phone", "notes"]
    assert preview.counts()["to_import"] == 4 and preview.empty_rows == 1
    assert count(demo_store, demo_locality_id) == before  # nothing written by the preview
    result = importer.commit(preview)
    assert result.imported == 4
    assert count(demo_store, demo_locality_id) == before + 4
    marie = ActorService(demo_store).list(ActorFilter(demo_locality_id, search="stastna"))[0]
    assert (marie.name, marie.sector, marie.role) == ("Marie Šťastná",
                                                     Sector.PUBLIC_ADMINISTRATION, "OSPOD")
    ruzena = ActorService(demo_store).list(ActorFilter(demo_locality_id, search="ruzena"))[0]
    assert (ruzena.sector, ruzena.notes) == (Sector.NGO, "má klíče")


def test_utf8_bom_csv_with_surname_column_and_quoted_fields(tmp_path, importer,
                                                            demo_locality_id):
    lines = ["Příjmení;Jméno;Organizace;Funkce;Vliv;Postoj;Rozhodovací pravomoc",
             'Nováková;Lenka;"Správa bytů; s. r. o.";jednatelka;4;-1;ano',
             'Žák;Tomáš;;"terénní pracovník,\nnoční směny";2;+2;ne']
    path = write_csv(tmp_path / "utf.csv", lines, encoding="utf-8-sig")
    preview = importer.preview(path, demo_locality_id)
    assert "UTF-8 s BOM" in preview.description
    lenka, tomas = (row.data for row in preview.rows)
    assert lenka.name == "Lenka Nováková" and lenka.organisation_name == "Správa bytů; s. r. o."
    assert (lenka.influence, lenka.attitude, lenka.decision_power) == (4, -1, True)
    assert tomas.role == "terénní pracovník,\nnoční směny" and tomas.attitude == 2


def test_xlsx_made_with_openpyxl(tmp_path, importer, demo_store, demo_locality_id):
    book = Workbook()
    sheet = book.active
    sheet.title = "Aktéři"
    sheet.append(["Name", "Organisation", "Sector", "Phone", "Influence", "Consent date"])
    sheet.append(["Božena Šafářová", "Diakonie Bránice", "church", 777123456, 3, "13. 6. 2024"])
    sheet.append([None, None, None, None, None, None])
    sheet.append(["Úřad práce Bránice", "Úřad práce Bránice", "ÚP", None, 4.0, None])
    book.save(tmp_path / "aktéři.xlsx")
    preview = importer.preview(tmp_path / "aktéři.xlsx", demo_locality_id)
    assert "XLSX" in preview.description and preview.empty_rows == 1
    bozena, office = (row.data for row in preview.rows)
    assert (bozena.sector, bozena.phone, bozena.consent_date.isoformat()) == (
        Sector.CHURCH, "777123456", "2024-06-13")
    assert (office.kind, office.sector, office.influence) == (
        ActorKind.ORGANISATION, Sector.LABOUR_OFFICE, 4)
    importer.commit(preview)
    assert ActorService(demo_store).count(ActorFilter(demo_locality_id, search="safarova")) == 1


def test_title_lines_above_the_header_are_skipped(tmp_path, importer, demo_locality_id):
    book = Workbook()
    book.active.append(["Seznam aktérů – Dolní Bránice, stav k 1. 9. 2025"])
    book.active.append([])
    book.active.append(["Jméno", "Příjmení", "Funkce"])
    book.active.append(["Alžběta", "Hrubá", "kurátorka pro mládež"])
    book.save(tmp_path / "s-titulkem.xlsx")
    preview = importer.preview(tmp_path / "s-titulkem.xlsx", demo_locality_id)
    assert preview.headers == ("Jméno", "Příjmení", "Funkce")
    row = preview.rows[0]
    assert (row.line, row.data.name, row.data.role) == (4, "Alžběta Hrubá",
                                                         "kurátorka pro mládež")


def test_comma_csv_and_excel_sep_hint_line(tmp_path, importer, demo_locality_id):
    comma = write_csv(tmp_path / "en.csv", ["Name,Organisation,Role",
                                            '"Smith, John","Charity, z. s.",SAS'], "utf-8")
    row = importer.preview(comma, demo_locality_id).rows[0].data
    assert (row.name, row.organisation_name, row.role) == ("Smith, John", "Charity, z. s.", "SAS")
    hinted = write_csv(tmp_path / "sep.csv", ["sep=;", "Jméno;Role", "Jana Malá;OSPOD"])
    preview = importer.preview(hinted, demo_locality_id)
    assert preview.headers == ("Jméno", "Role")
    assert (preview.rows[0].line, preview.rows[0].data.role) == (3, "OSPOD")


def test_organisations_are_recognised_by_their_names(tmp_path, importer, demo_locality_id):
    lines = ["Jméno;Organizace", "Nové strojírny, a. s.;", "ZŠ Komenského;",
             "Spolek Romodrom;", "Jan Spolek;", "Zdeněk Charitný;Charita Bránice"]
    preview = importer.preview(write_csv(tmp_path / "org.csv", lines), demo_locality_id)
    kinds = {row.data.name: row.data.kind for row in preview.rows}
    assert kinds == {"Nové strojírny, a. s.": ActorKind.ORGANISATION,
                     "ZŠ Komenského": ActorKind.ORGANISATION,
                     "Spolek Romodrom": ActorKind.ORGANISATION,
                     "Jan Spolek": ActorKind.PERSON, "Zdeněk Charitný": ActorKind.PERSON}


def test_latin2_file_is_not_garbled(tmp_path, importer, demo_locality_id):
    path = write_csv(tmp_path / "l2.csv", ["Jméno;Sektor", "Šťastná Žofie;škola"],
                     encoding="iso-8859-2")
    preview = importer.preview(path, demo_locality_id)
    assert "ISO-8859-2" in preview.description
    assert preview.rows[0].data.name == "Šťastná Žofie"


def test_unknown_sector_becomes_other_with_a_warning(tmp_path, importer, demo_locality_id):
    path = write_csv(tmp_path / "a.csv", ["Jméno;Sektor", "Karel Hasič;hasiči"])
    preview = importer.preview(path, demo_locality_id)
    assert preview.rows[0].data.sector == Sector.OTHER
    assert preview.warnings == ["řádek 2: neznámý sektor „hasiči“, zařazeno jako „jiné“"]


def test_sector_words_are_recognised(tmp_path, importer, demo_locality_id):
    words = {"NNO": Sector.NGO, "škola": Sector.SCHOOL, "veřejná správa":
             Sector.PUBLIC_ADMINISTRATION, "Městská policie": Sector.POLICE, "úřad práce":
             Sector.LABOUR_OFFICE, "zástupce cílové skupiny": Sector.TARGET_GROUP,
             "Sociální služby": Sector.SOCIAL_SERVICES, "kraj": Sector.REGION}
    lines = ["Jméno;Sektor"] + [f"Osoba {i};{word}" for i, word in enumerate(words)]
    preview = importer.preview(write_csv(tmp_path / "s.csv", lines), demo_locality_id)
    assert [r.data.sector for r in preview.rows] == list(words.values())


def test_duplicates_against_store_and_within_file(tmp_path, importer, demo_store,
                                                  demo_locality_id):
    lines = ["Jméno;Organizace",
             "Petr Čureja;Městský úřad Dolní Bránice",   # already in the demo
             "Eva Malá;Charita",
             "EVA MALÁ; charita ",                       # same person again
             "Eva Malá;Diakonie"]                        # another organisation: not a duplicate
    preview = importer.preview(write_csv(tmp_path / "d.csv", lines), demo_locality_id)
    assert [(d.line, d.reason) for d in preview.duplicates] == [
        (2, "už je v evidenci"), (4, "opakuje řádek 3")]
    assert len(preview.rows) == 2
    importer.commit(preview)
    again = importer.preview(write_csv(tmp_path / "d.csv", lines), demo_locality_id)
    assert again.rows == () and len(again.duplicates) == 4


def test_bad_rows_are_rejected_with_reason_and_good_rows_still_land(
    tmp_path, importer, demo_store, demo_locality_id
):
    lines = ["Jméno;Vliv;Postoj;Datum souhlasu",
             "Dobrá Osoba;3;0;1. 2. 2025",
             ";4;1;",                           # no name
             "Špatný Vliv;9;0;",
             "Špatný Postoj;2;hodně;",
             "Špatné Datum;2;0;31. 2. 2025",
             "Druhá Dobrá;;;"]
    preview = importer.preview(write_csv(tmp_path / "r.csv", lines), demo_locality_id)
    reasons = {r.line: r.reason for r in preview.rejected}
    assert set(reasons) == {3, 4, 5, 6}
    assert reasons[3] == "chybí jméno"
    assert "Vliv 9" in reasons[4] and "Postoj" in reasons[5] and "Datum" in reasons[6]
    before = count(demo_store, demo_locality_id)
    assert importer.commit(preview).imported == 2
    assert count(demo_store, demo_locality_id) == before + 2


def test_people_are_linked_to_known_organisations(tmp_path, importer, demo_store,
                                                  demo_locality_id):
    lines = ["Jméno;Organizace", "Nová Sociální;Oblastní charita Bránice",
             "Firma Nová, s. r. o.;Firma Nová, s. r. o.", "Jan Zaměstnanec;Firma Nová, s. r. o."]
    importer.commit(importer.preview(write_csv(tmp_path / "o.csv", lines), demo_locality_id))
    actors = ActorService(demo_store)
    social = actors.list(ActorFilter(demo_locality_id, search="nova socialni"))[0]
    employee = actors.list(ActorFilter(demo_locality_id, search="zamestnanec"))[0]
    firm = actors.list(ActorFilter(demo_locality_id, kind=ActorKind.ORGANISATION,
                                   search="firma nova"))[0]
    assert social.organisation_id is not None
    assert employee.organisation_id == firm.id


def test_column_override_maps_an_unusual_header(tmp_path, importer, demo_locality_id):
    lines = ["Kontaktní osoba;Instituce;Co dělá", "Jana Veselá;MŠ Pohádka;učitelka"]
    path = write_csv(tmp_path / "c.csv", lines)
    with pytest.raises(UserError, match="chybí sloupec se jménem"):
        importer.preview(path, demo_locality_id)
    preview = importer.preview(path, demo_locality_id,
                               columns={"name": "Kontaktní osoba", "role": "co dělá"})
    row = preview.rows[0].data
    assert (row.name, row.organisation_name, row.role) == ("Jana Veselá", "MŠ Pohádka",
                                                            "učitelka")
    with pytest.raises(UserError, match="Sloupec „Telefon“ v souboru není"):
        importer.preview(path, demo_locality_id, columns={"name": "Kontaktní osoba",
                                                          "phone": "Telefon"})
    with pytest.raises(UserError, match="Neznámé pole"):
        importer.preview(path, demo_locality_id, columns={"shoe_size": "Co dělá"})


@pytest.mark.parametrize(("name", "content", "message"), [
    ("utf16.csv", "Jméno;Sektor\nJana;NNO\n".encode("utf-16-le"), "kódování"),
    ("bad.csv", b"Jm\x98no;Sektor\nJ\x81na;NNO\n", "kódování"),
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "starém formátu"),
    ("fake.xlsx", b"PK\x03\x04 this is not a workbook", "není čitelný sešit"),
    ("empty.csv", b"\r\n\r\n", "prázdný"),
    ("picture.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "kódování"),
])
def test_broken_files_give_a_czech_error_and_change_nothing(
    tmp_path, importer, demo_store, demo_locality_id, name, content, message
):
    path = tmp_path / name
    path.write_bytes(content)
    before = count(demo_store, demo_locality_id)
    with pytest.raises(UserError, match=message):
        importer.preview(path, demo_locality_id)
    assert count(demo_store, demo_locality_id) == before


def test_missing_file_and_missing_name_column(tmp_path, importer, demo_locality_id):
    with pytest.raises(UserError, match="neexistuje"):
        importer.preview(tmp_path / "nic.csv", demo_locality_id)
    path = write_csv(tmp_path / "n.csv", ["Organizace;Sektor", "Charita;NNO"])
    with pytest.raises(UserError, match="chybí sloupec se jménem"):
        importer.preview(path, demo_locality_id)


#: enough rows for a per-row transaction or broadcast to show (the 10,000-row speed is bench's)
MANY_ROWS = 3_000


def test_thousands_of_rows_import_in_one_transaction(tmp_path, importer, demo_store,
                                                     demo_locality_id):
    lines = ["Příjmení;Jméno;Organizace;Sektor;E-mail"] + [
        f"Dvořák{i};Jiří;Firma {i % 40};NNO;jiri{i}@example.cz" for i in range(MANY_ROWS)]
    path = write_csv(tmp_path / "big.csv", lines)
    seen = []
    demo_store.subscribe(seen.append)
    started = time.perf_counter()
    preview = importer.preview(path, demo_locality_id)
    result = importer.commit(preview)
    elapsed = time.perf_counter() - started
    assert result.imported == MANY_ROWS
    assert len(seen) == 1  # one unit of work, one broadcast
    last = ActorFilter(demo_locality_id, search=f"dvorak{MANY_ROWS - 1}")
    assert ActorService(demo_store).count(last) == 1
    assert elapsed < 60  # a generous ceiling against pathologies, not a timing test


def test_mixed_utf8_and_cp1250_lines_are_refused_naming_the_line(
    tmp_path, importer, demo_store, demo_locality_id
):
    path = tmp_path / "mixed.csv"
    path.write_bytes("Jméno;Sektor\r\nJiří Čermák;škola\r\n".encode("cp1250")
                     + "Růžena Dvořáková;NNO\r\n".encode())
    before = count(demo_store, demo_locality_id)
    with pytest.raises(UserError, match="míchá kódování: řádek 3"):
        importer.preview(path, demo_locality_id)
    assert count(demo_store, demo_locality_id) == before


def test_cp852_is_refused_in_auto_mode_and_read_when_chosen(tmp_path, importer,
                                                           demo_locality_id):
    path = write_csv(tmp_path / "dos.csv", ["Jméno;Sektor", "Jan Novák;škola",
                                            "Marie Šťastná;NNO"], encoding="cp852")
    with pytest.raises(UserError, match="na řádku 1 znaky, které v češtině nebývají"):
        importer.preview(path, demo_locality_id)
    preview = importer.preview(path, demo_locality_id, encoding="cp852")
    assert [r.data.name for r in preview.rows] == ["Jan Novák", "Marie Šťastná"]
    assert "CP852" in preview.description


def test_a_chosen_encoding_that_does_not_fit_names_the_line(tmp_path, importer,
                                                           demo_locality_id):
    path = write_csv(tmp_path / "w.csv", ["Jméno;Sektor", "Jan;NNO", "Šťastná;NNO"])
    with pytest.raises(UserError, match="není v kódování UTF-8: řádek 1"):
        importer.preview(path, demo_locality_id, encoding="utf-8")
    preview = importer.preview(path, demo_locality_id, encoding="cp1250")
    assert preview.rows[1].data.name == "Šťastná"


def test_titles_and_name_order_make_possible_duplicates(tmp_path, importer, demo_locality_id):
    path = write_csv(tmp_path / "t.csv", [
        "Jméno;Organizace",
        "Šimková Jana;Městský úřad Dolní Bránice",        # demo: Mgr. Jana Šimková
        "Ing. Karel Nový, Ph.D.;Charita",
        "Nový Karel;Charita",
        "Karel Nový;Charita",
        "Karel Nový;Diakonie",                             # other organisation: not the same
    ])
    preview = importer.preview(path, demo_locality_id)
    assert [r.data.name for r in preview.rows] == ["Ing. Karel Nový, Ph.D.", "Karel Nový"]
    reasons = {d.line: (d.reason, d.possible) for d in preview.duplicates}
    assert reasons[2] == ("možná duplicita: už je v evidenci jako „Mgr. Jana Šimková“", True)
    assert reasons[4] == ("možná duplicita: opakuje řádek 3 jako „Ing. Karel Nový, Ph.D.“",
                          True)
    assert reasons[5][1] is True


def test_strip_titles_and_name_key():
    from obecdesk.core.text import name_key, strip_titles

    assert strip_titles("Mgr. Jana Šimková, Ph.D.") == "Jana Šimková"
    assert strip_titles("Ing. arch. Petr Dvořák") == "Petr Dvořák"
    assert strip_titles("Bc. Lenka Procházková, DiS.") == "Lenka Procházková"
    assert strip_titles("Mgr.") == "Mgr."
    assert name_key("Šimková  Jana") == name_key("Mgr. Jana Šimková") == "jana simkova"


def _workbook(path, sheets: dict[str, list[list[str]]], active: int = 0):
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.active = active
    book.save(path)
    return path


def test_xlsx_uses_the_active_sheet(tmp_path, importer, demo_locality_id):
    path = _workbook(tmp_path / "a.xlsx", {
        "Starý seznam": [["Jméno", "Sektor"], ["Stará Osoba", "NNO"]],
        "Aktéři 2025": [["Jméno", "Sektor"], ["Nová Osoba", "škola"]],
    }, active=1)
    preview = importer.preview(path, demo_locality_id)
    assert [r.data.name for r in preview.rows] == ["Nová Osoba"]
    assert "Aktéři 2025" in preview.description


def test_xlsx_skips_a_sheet_without_a_header(tmp_path, importer, demo_locality_id):
    path = _workbook(tmp_path / "b.xlsx", {
        "Poznámky": [["Seznam sestavila Eva, březen 2025"]],
        "Kontakty": [["Jméno", "Organizace"], ["Žofie Malá", "Charita"]],
    })
    preview = importer.preview(path, demo_locality_id)
    assert [r.data.name for r in preview.rows] == ["Žofie Malá"]


def test_xlsx_with_wrong_stored_dimensions_reads_every_row(tmp_path, importer,
                                                           demo_locality_id):
    import zipfile

    good = _workbook(tmp_path / "good.xlsx", {"Lidé": [["Jméno", "Sektor"], *(
        [f"Osoba {n}", "NNO"] for n in range(5))]})
    bad = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                assert b'<dimension ref="A1:B6" />' in data
                data = data.replace(b'<dimension ref="A1:B6" />', b'<dimension ref="A1:A1" />')
            dst.writestr(item, data)
    preview = importer.preview(bad, demo_locality_id)
    assert len(preview.rows) == 5


def test_xlsx_messages_name_the_sheet(tmp_path, importer, demo_locality_id):
    path = _workbook(tmp_path / "c.xlsx", {"Organizace": [["Organizace", "Sektor"],
                                                          ["Charita", "NNO"]]})
    with pytest.raises(UserError, match="Na listu „Organizace“ sešitu c.xlsx chybí sloupec"):
        importer.preview(path, demo_locality_id)
    empty = _workbook(tmp_path / "d.xlsx", {"Prázdný": []})
    with pytest.raises(UserError, match="List „Prázdný“ sešitu d.xlsx je prázdný"):
        importer.preview(empty, demo_locality_id)


def test_a_cancelled_commit_rolls_back_everything(tmp_path, importer, demo_store,
                                                  demo_locality_id):
    from obecdesk.core.stakeholders.imports.service import COMMIT_CHUNK, ImportCancelled

    lines = ["Jméno;Sektor", *(f"Osoba Číslo {n};NNO" for n in range(3 * COMMIT_CHUNK))]
    preview = importer.preview(write_csv(tmp_path / "big.csv", lines), demo_locality_id)
    asked = []

    def cancel_after_two_chunks() -> bool:
        asked.append(1)
        return len(asked) > 2

    before = count(demo_store, demo_locality_id)
    with pytest.raises(ImportCancelled, match="nic se nezapsalo"):
        importer.commit(preview, cancelled=cancel_after_two_chunks)
    assert len(asked) == 3  # two chunks were flushed, then rolled back
    assert count(demo_store, demo_locality_id) == before


def test_actors_from_before_the_stored_key_are_found_and_get_their_key(
        importer, demo_store, demo_locality_id, tmp_path):
    from sqlalchemy import func, select

    from obecdesk.store.models import Actor

    with demo_store.unit_of_work() as session:  # as a store upgraded to migration 0016 has them
        session.execute(Actor.__table__.update().values(duplicate_key=""))
    path = write_csv(tmp_path / "a.csv", ["Jméno;Organizace", "Růžička Karel;",
                                          "Úplně Nový Člověk;"])
    preview = importer.preview(path, demo_locality_id)
    assert [d.name for d in preview.duplicates] == ["Růžička Karel"]  # "MUDr. Karel Růžička"
    assert importer.commit(preview).imported == 1
    with demo_store.reading() as session:
        assert session.scalar(select(func.count()).where(
            Actor.duplicate_key == "", Actor.locality_id == demo_locality_id)) == 0

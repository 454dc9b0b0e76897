"""The import wizard: preview with mapping, confirm writes the good rows, cancel writes nothing."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from obecdesk.core.stakeholders.actor_queries import ActorFilter
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.ui.stakeholders.import_dialog import ImportDialog
from obecdesk.ui.stakeholders.view import StakeholdersView

CZECH_EXCEL_CSV = (
    "Jméno;Příjmení;Organizace;Sektor;Funkce;E-mail;Telefon\r\n"
    "Jana;Křížková;Spolek Šance pro Výšinu, z. s.;NNO;poradkyně;krizkova@sance.cz;777 111 222\r\n"
    "Petr;Čureja;Městský úřad Dolní Bránice;veřejná správa;kurátor pro mládež;;\r\n"
    ";;;;;;\r\n"
    ";;Firma bez jména;zaměstnavatel;;;\r\n"
    "Oldřich;Šťastný;Farní charita;dobročinnost;ředitel;stastny@charita.cz;\r\n"
    "Jana;Křížková;Spolek Šance pro Výšinu, z. s.;NNO;poradkyně;;\r\n"
)


@pytest.fixture
def csv_file(tmp_path):
    path = tmp_path / "akteri.csv"
    path.write_bytes(CZECH_EXCEL_CSV.encode("cp1250"))
    return path


@pytest.fixture
def dialog(ctx, services, qtbot):
    widget = ImportDialog(services.actor_import, ctx.locality_id)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def count(ctx) -> int:
    return ActorService(ctx.store).count(ActorFilter(ctx.locality_id))


def settle(dialog, qtbot) -> None:
    """Wait for the background preview (or import) to report back."""
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)  # a loaded CI machine is slow


def load(dialog, qtbot, path) -> bool:
    """Choose ``path`` and wait for its preview; True when the file could be previewed."""
    dialog.load_file(str(path))
    settle(dialog, qtbot)
    return dialog.preview is not None


def confirm(dialog, qtbot) -> None:
    """Press "Importovat" and wait for the worker thread's transaction to be reported."""
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=30_000)


def tab_texts(dialog) -> list[str]:
    return [dialog.result_tabs.tabText(i) for i in range(dialog.result_tabs.count())]


def test_preview_shows_mapping_rows_duplicates_and_rejections(dialog, csv_file, ctx, qtbot):
    assert load(dialog, qtbot, csv_file)
    assert "1250" in dialog.description.text()
    mapped = {dialog.mapping.item(r, 0).text(): dialog.mapping.combos[r].currentData()
              for r in range(dialog.mapping.rowCount())}
    assert mapped == {"Jméno": "name", "Příjmení": "surname",
                      "Organizace": "organisation", "Sektor": "sector", "Funkce": "role",
                      "E-mail": "email", "Telefon": "phone"}
    assert dialog.mapping.item(0, 2).text().startswith("Jana, Petr")
    assert tab_texts(dialog) == ["Bude importováno (2)", "Duplicity (2)",
                                 "Odmítnuté řádky (1)"]
    rows = [dialog.result_tabs.rows_model.row_texts(r) for r in range(dialog.result_tabs.rows_model.rowCount())]
    assert [r[1] for r in rows] == ["Jana Křížková", "Oldřich Šťastný"]
    assert "jiné" in rows[1][3] and "dobročinnost" in rows[1][6]  # unknown sector: a warning
    duplicates = [dialog.result_tabs.duplicates_model.row_texts(r) for r in range(2)]
    assert {d[3] for d in duplicates} == {"už je v evidenci", "opakuje řádek 2"}
    assert "jméno" in dialog.result_tabs.rejected_model.row_texts(0)[1]
    assert "Aktérů k importu: 2." in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    assert count(ctx) == 35  # a preview writes nothing


def test_confirm_writes_the_good_rows(dialog, csv_file, ctx, qtbot):
    load(dialog, qtbot, csv_file)
    confirm(dialog, qtbot)
    assert count(ctx) == 37
    found = ActorService(ctx.store).list(ActorFilter(ctx.locality_id, search="oldrich stastny"))
    assert [(a.name, a.sector) for a in found] == [("Oldřich Šťastný", "other")]
    assert "Importováno aktérů: 2." in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_cancel_writes_nothing(dialog, csv_file, ctx, qtbot):
    load(dialog, qtbot, csv_file)
    dialog.close_button.click()
    assert not dialog.isVisible()
    assert count(ctx) == 35


def test_changing_the_mapping_recomputes_the_preview(dialog, csv_file, ctx, qtbot):
    load(dialog, qtbot, csv_file)
    dialog.set_column_field("Funkce", None)
    settle(dialog, qtbot)
    assert dialog.mapping.field_of("Funkce") is None
    assert all(dialog.result_tabs.rows_model.row_texts(r)[4] == "" for r in range(2))
    dialog.set_column_field("Funkce", "notes")
    settle(dialog, qtbot)
    confirm(dialog, qtbot)
    imported = ActorService(ctx.store).list(ActorFilter(ctx.locality_id, search="krizkova"))
    assert [(a.role, a.notes) for a in imported] == [("", "poradkyně")]


def test_dropping_the_name_column_says_why_and_blocks_import(dialog, csv_file, qtbot):
    load(dialog, qtbot, csv_file)
    dialog.set_column_field("Jméno", None)
    settle(dialog, qtbot)
    dialog.set_column_field("Příjmení", None)
    settle(dialog, qtbot)
    assert dialog.error.isVisibleTo(dialog)
    assert "chybí sloupec se jménem" in dialog.error.text()
    assert not dialog.import_button.isEnabled()
    dialog.set_column_field("Příjmení", "name")
    settle(dialog, qtbot)
    assert not dialog.error.isVisibleTo(dialog) and dialog.import_button.isEnabled()


def test_broken_file_shows_a_czech_message(dialog, tmp_path, ctx, qtbot):
    broken = tmp_path / "akteri.xlsx"
    broken.write_bytes(b"this is not a workbook at all")
    assert not load(dialog, qtbot, broken)
    assert dialog.error.isVisibleTo(dialog)
    assert "není to sešit Excelu" in dialog.error.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.mapping.rowCount() == 0
    assert count(ctx) == 35


def test_xlsx_import(dialog, tmp_path, ctx, qtbot):
    book = Workbook()
    sheet = book.active
    sheet.append(["Name", "Organisation", "Sector", "Role", "Influence"])
    sheet.append(["Radka Nová", "ZŠ Dolní Bránice, Školní 412", "škola", "asistentka", 2])
    sheet.append(["Karel Starý", "", "policie", "okrskář", 3])
    path = tmp_path / "akteri.xlsx"
    book.save(path)
    assert load(dialog, qtbot, path)
    confirm(dialog, qtbot)
    assert count(ctx) == 37
    nova = ActorService(ctx.store).list(ActorFilter(ctx.locality_id, search="radka nova"))[0]
    assert (nova.sector, nova.influence, nova.organisation_id is not None) == ("school", 2, True)


def test_list_button_opens_the_wizard_and_the_list_shows_imported_rows(ctx, services, qtbot,
                                                                      csv_file):
    view = StakeholdersView(ctx, services)
    qtbot.addWidget(view)
    view.show()
    view.actor_list.import_button.click()
    wizard = view.import_dialog
    assert wizard is not None and wizard.isVisible()
    load(wizard, qtbot, csv_file)
    confirm(wizard, qtbot)
    qtbot.waitUntil(lambda: view.actor_list.model.total == 37)


def test_a_dos_file_is_refused_until_its_encoding_is_chosen(dialog, tmp_path, ctx, qtbot):
    path = tmp_path / "dos.csv"
    path.write_bytes(CZECH_EXCEL_CSV.encode("cp852"))
    assert not load(dialog, qtbot, path)
    assert "řádku 1" in dialog.error.text() and not dialog.import_button.isEnabled()
    dialog.set_encoding("cp852")
    settle(dialog, qtbot)
    assert not dialog.error.isVisibleTo(dialog)
    assert "CP852" in dialog.description.text()
    names = [row.data.name for row in dialog.preview.rows]
    assert names == ["Jana Křížková", "Oldřich Šťastný"]
    assert count(ctx) == 35


def test_the_file_is_read_in_the_background_behind_a_busy_indicator(dialog, csv_file, qtbot):
    dialog.load_file(str(csv_file))
    assert dialog.busy and dialog.progress.isVisibleTo(dialog)
    assert not dialog.import_button.isEnabled()
    settle(dialog, qtbot)
    assert not dialog.progress.isVisibleTo(dialog) and dialog.import_button.isEnabled()


def test_cancelling_a_running_import_writes_nothing(dialog, tmp_path, ctx, qtbot):
    path = tmp_path / "velky.csv"
    lines = ["Jméno;Sektor", *(f"Osoba Číslo {n};NNO" for n in range(4000))]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1250"))
    assert load(dialog, qtbot, path)
    dialog.import_button.click()
    assert dialog.close_button.text() == "Přerušit import"
    dialog.close_button.click()  # cancels instead of closing
    settle(dialog, qtbot)
    assert dialog.isVisible() and dialog.result is None
    assert "nic se nezapsalo" in dialog.summary.text()
    assert count(ctx) == 35
    assert dialog.import_button.isEnabled()  # the user may still import after all

"""The import dialog of Indikátory: a cp1250 table of measures with one broken row is previewed
(columns, rows, the error with its line), nothing is written before "Importovat", then the
measures are in the plan; a file that is not a table is one Czech sentence and changes nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from obecdesk.core.localities import LocalityData
from obecdesk.ui.indicators.plan_import_dialog import PlanImportDialog
from obecdesk.ui.indicators.view import IndicatorsView

CSV = """Oblast;Cíl;Opatření;Stav;Odpovídá;Rozpočet (Kč)
Zaměstnanost;Víc lidí v práci;Sociální firma;v přípravě;Město Dolní Lhota;1 250 000
Bydlení;;Prevence ztráty bydlení;běží;Charita;
Bydlení;;Krizové bydlení;plánováno;;asi milion
Dluhy;;Dluhová poradna;realizace;Poradna Šťastný start;80 000,50
"""


def test_a_cp1250_table_of_measures_is_previewed_then_imported(qtbot, tmp_path, ctx, services,
                                                               dialogs):
    loc = services.localities.create(LocalityData("Dolní Lhota")).id
    ctx.set_locality(loc)
    view = IndicatorsView(ctx, services)
    qtbot.addWidget(view)
    view.show()
    path = tmp_path / "opatreni.csv"
    path.write_bytes(CSV.encode("cp1250"))

    def preview_and_confirm(dialog: PlanImportDialog):
        assert dialog.kind.currentData() == "measures"
        dialog.load_file(str(path))
        assert "Rozpoznané sloupce: Oblast, Cíl, Opatření, Stav, Odpovídá, Rozpočet (Kč)" \
            in dialog.columns.text()
        assert "1250" in dialog.columns.text()  # the encoding it was read in
        tabs = dialog.tabs
        assert tabs.tabText(0) == "Bude importováno (3)" and tabs.tabText(1) == "Chybné řádky (1)"
        rows = tabs.rows_model
        assert rows.row_texts(0)[:5] == ("2", "Zaměstnanost", "Víc lidí v práci",
                                         "Sociální firma", "v přípravě")
        assert rows.row_texts(2)[3] == "Dluhová poradna"
        line, reason = tabs.rejected_model.row_texts(0)
        assert line == "4" and "Rozpočet" in reason
        assert dialog.summary.text() == "Řádků k importu: 3. Chybných řádků (neimportují se): 1."
        assert services.plans.current_plan(loc) is None  # nothing written by the preview
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert dialog.summary.text().startswith("Importováno řádků: 3 (opatření plánu).")
        assert not dialog.import_button.isEnabled() and dialog.close_button.text() == "Zavřít"
        return QDialog.DialogCode.Accepted

    dialogs.answer(preview_and_confirm)
    view.tabs.setCurrentIndex(1)
    view.structure.import_action.trigger()
    plan = services.plans.current_plan(loc)
    tree = services.plans.tree(plan.id)
    assert [(a.title, a.theme) for a in tree] == [("Zaměstnanost", "employment"),
                                                  ("Bydlení", "housing"), ("Dluhy", "debt")]
    firm = next(m for a in tree for g in a.goals for m in g.measures if m.title == "Sociální firma")
    assert firm.data.catalog_code == "social_enterprise" and firm.data.budget_hal == 125_000_000
    assert view.plan.model.rowCount() == 3  # the screen shows what came in


def test_a_file_that_is_not_a_table_changes_nothing(qtbot, tmp_path, ctx, services):
    loc = ctx.locality_id
    before = services.counts()
    dialog = PlanImportDialog(services.plan_import, loc, "projects")
    qtbot.addWidget(dialog)
    broken = tmp_path / "projekty.csv"
    broken.write_bytes(b"\x00\x01\x02 nothing like a table \xff\xfe\x00")
    dialog.load_file(str(broken))
    assert dialog.error.isVisibleTo(dialog) and dialog.error.text().endswith(".")
    assert not dialog.import_button.isEnabled() and dialog.preview is None
    plain = tmp_path / "seznam.csv"
    plain.write_text("jen text\nbez záhlaví\n", encoding="utf-8")
    dialog.load_file(str(plain))
    assert "záhlaví" in dialog.error.text() and not dialog.import_button.isEnabled()
    assert services.counts() == before


def test_values_are_previewed_by_indicator_name_and_a_correction_lands_in_the_history(
        qtbot, tmp_path, ctx, services, dialogs):
    view = IndicatorsView(ctx, services)  # the demo locality, its indicators with values
    qtbot.addWidget(view)
    view.tabs.setCurrentIndex(1)  # the plan tab (its Importovat… button) is filled when shown
    path = tmp_path / "hodnoty.csv"
    path.write_text("Ukazatel;Období;Hodnota\nPracovní místa v sociální firmě;2026-Q3;6\n"
                    "Neznámý ukazatel;2026-Q3;1\n", encoding="utf-8-sig")

    def values(dialog: PlanImportDialog):
        dialog.set_kind("indicator-values")
        dialog.load_file(str(path))
        row = dialog.tabs.rows_model.row_texts(0)
        assert row[:4] == ("2", "Pracovní místa v sociální firmě", "2026-Q3", "6")
        assert "opraví dřívější hodnotu 4 na 6" in row[-1]
        assert dialog.tabs.rejected_model.row_texts(0) == (
            "3", "Ukazatel „Neznámý ukazatel“ lokalita nemá")
        dialog.set_kind("projects")  # the same file read as projects has no such columns
        assert "nenašel záhlaví" in dialog.error.text()
        assert not dialog.import_button.isEnabled()
        dialog.set_kind("indicator-values")
        dialog.confirm()
        return QDialog.DialogCode.Accepted

    dialogs.answer(values)
    view.structure.import_action.trigger()
    jobs = next(i for i in view.data.indicators if i.info.name == "Pracovní místa v sociální firmě")
    assert services.values.entries(jobs.info.id)["2026-Q3"].value == 6
    history = services.values.history(jobs.info.id)[-1]
    assert (history.old_value, history.new_value) == (4, 6)
    assert history.reason == "import ze souboru hodnoty.csv"


def test_the_projects_tab_opens_the_import_with_projects_chosen(qtbot, ctx, services, dialogs):
    view = IndicatorsView(ctx, services)
    qtbot.addWidget(view)
    view.show()
    view.tabs.setCurrentIndex(3)
    chosen = []
    dialogs.answer(lambda d: chosen.append(d.kind.currentText()) or QDialog.DialogCode.Rejected)
    qtbot.mouseClick(view.projects.import_button, Qt.MouseButton.LeftButton)
    assert chosen == ["projekty"]

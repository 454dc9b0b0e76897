"""Indikátory: the value grid driven by the keyboard only, the plan tree with its versions and
colours, the indicator chart, the dashboard and the projects table (demo locality)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from obecdesk.ui.indicators.plan_tree import ID_ROLE
from obecdesk.ui.indicators.view import ACTIVITY, GRID, PLAN, PROJECTS, IndicatorsView


@pytest.fixture
def view(qtbot, ctx, services):
    widget = IndicatorsView(ctx, services)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def row_of(model, name: str) -> int:
    return next(r for r, info in enumerate(model.rows) if info.name == name)


def type_keys(qtbot, fallback, text: str) -> None:
    """Each key goes where the keyboard focus is (the grid, then the cell editor it opened)."""
    for ch in text:
        qtbot.keyClick(QApplication.focusWidget() or fallback, ch)


def press(qtbot, fallback, key) -> None:
    """A key, then the queued work it starts (Qt closes a cell editor in a queued call)."""
    qtbot.keyClick(QApplication.focusWidget() or fallback, key)
    QApplication.processEvents()


@pytest.fixture
def grid(view, qtbot):
    view.tabs.setCurrentIndex(GRID)
    grid = view.grid
    grid.view.setFocus()
    qtbot.waitUntil(lambda: grid.view.hasFocus())
    return grid


def test_the_grid_takes_values_from_the_keyboard_alone(grid, qtbot, services):
    model, table = grid.model, grid.view
    last = model.columnCount() - 1
    jobs = row_of(model, "Pracovní místa v sociální firmě")
    table.setCurrentIndex(model.index(jobs, last))
    type_keys(qtbot, table, "5")
    press(qtbot, table, Qt.Key.Key_Return)
    assert table.currentIndex().row() == jobs + 1  # Enter moves to the next indicator
    type_keys(qtbot, table, "7")
    press(qtbot, table, Qt.Key.Key_Return)
    jobs_id, next_id = model.rows[jobs].id, model.rows[jobs + 1].id
    period = model.periods[last].key
    assert services.values.entries(jobs_id)[period].value == 5
    assert services.values.entries(next_id)[period].value == 7
    assert model.index(jobs, last).data() == "5"

    # Tab saves a correction of an earlier value and moves to the next period
    table.setCurrentIndex(model.index(jobs, last - 2))
    type_keys(qtbot, table, "4")
    press(qtbot, table, Qt.Key.Key_Tab)
    assert table.currentIndex().column() == last - 1
    history = services.values.history(jobs_id)
    assert history[-1].old_value == 3 and history[-1].new_value == 4
    assert history[-1].reason == "opraveno v tabulce hodnot"


def test_the_grid_checks_the_unit_and_range_while_typing(grid, qtbot, services):
    model, table = grid.model, grid.view
    last = model.columnCount() - 1
    pupils = row_of(model, "Žáci zapojení do doučování")
    table.setCurrentIndex(model.index(pupils, last))
    type_keys(qtbot, table, "2,5")
    editor = QApplication.focusWidget()
    assert editor.objectName() == "value-editor" and editor.property("invalid") is True
    assert "celé nezáporné číslo" in grid.message.text()
    press(qtbot, table, Qt.Key.Key_Backspace)
    press(qtbot, table, Qt.Key.Key_Backspace)
    assert editor.property("invalid") is False and grid.message.text() == ""
    type_keys(qtbot, table, "00")  # 200 is still in the range 0–200
    assert editor.property("invalid") is False
    type_keys(qtbot, table, "0")  # 2000 is not
    assert "mimo platný rozsah 0–200" in grid.message.text()
    press(qtbot, table, Qt.Key.Key_Return)
    assert model.periods[last].key not in services.values.entries(model.rows[pupils].id)
    assert "mimo platný rozsah" in grid.message.text()


def test_a_column_pasted_from_excel_fills_down_from_the_current_cell(grid, qtbot, services):
    model, table = grid.model, grid.view
    last = model.columnCount() - 1
    table.setCurrentIndex(model.index(0, last))
    QGuiApplication.clipboard().setText("57\r\n18\r\nx\r\n")
    qtbot.keyClick(table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    period = model.periods[last].key
    assert services.values.entries(model.rows[0].id)[period].value == 57
    assert services.values.entries(model.rows[1].id)[period].value == 18
    assert period not in services.values.entries(model.rows[2].id)
    assert "„x“ není číslo" in grid.message.text()


def test_the_plan_tree_shows_the_versions_with_status_colours(view):
    view.tabs.setCurrentIndex(PLAN)  # each tab is filled when shown
    tree = view.plan
    model = tree.model
    areas = [model.item(r).text() for r in range(model.rowCount())]
    assert areas[:5] == ["Bydlení", "Vzdělávání", "Zaměstnanost", "Dluhy",
                         "Bezpečnost a soužití"]

    def measure_status(title: str) -> str:
        found = model.match(model.index(0, 0), Qt.ItemDataRole.DisplayRole, title, 1,
                            Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)
        return found[0].siblingAtColumn(1).data()

    assert measure_status("Sousedská mediace") == "zrušeno"
    assert measure_status("Tréninkové bydlení pro rodiny z ubytoven") == "plánováno"
    jobs = model.match(model.index(0, 0), Qt.ItemDataRole.DisplayRole,
                       "Pracovní místa v sociální firmě", 1,
                       Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)[0]
    state = jobs.siblingAtColumn(1)
    assert state.data().startswith("mimo plán – v 3. čtvrtletí 2026 čekáno 8,5, dosaženo 4")
    assert state.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#c62828"

    tree.version.setCurrentIndex(tree.version.findText("verze 1"))
    assert measure_status("Sousedská mediace") == "v přípravě"
    assert not model.match(model.index(0, 0), Qt.ItemDataRole.DisplayRole,
                           "Tréninkové bydlení pro rodiny z ubytoven", 1,
                           Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)

    # choosing an indicator shows its chart: values, per-period targets and the baseline
    tree.version.setCurrentIndex(tree.version.findText("verze 2"))
    jobs = model.match(model.index(0, 0), Qt.ItemDataRole.DisplayRole,
                       "Pracovní místa v sociální firmě", 1,
                       Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)[0]
    tree.tree.setCurrentIndex(jobs)
    assert jobs.data(ID_ROLE)
    series = view.detail.chart.series()
    assert [s.name() for s in series] == ["Hodnota", "Cíl za období", "Výchozí hodnota"]
    assert series[0].count() == 8 and series[1].count() == 3
    assert "mimo plán" in view.detail.progress.text()


def test_dashboard_and_projects(view):
    assert view.dashboard.phase.text() == "Vyhodnocení a revize plánu" or view.dashboard.phase.text()
    assert "Pracovní místa v sociální firmě" in view.dashboard.off_track.text()
    assert "zrušeno: 1" in view.dashboard.measures.text()
    view.tabs.setCurrentIndex(PROJECTS)  # each tab is filled when shown
    projects = view.projects
    assert projects.model.rowCount() == 12
    summary = projects.summary.text().replace("\u00a0", " ")
    assert "získáno 9 635 000,50 Kč" in summary and "v hodnocení 12 500 000 Kč" in summary
    view.tabs.setCurrentIndex(ACTIVITY)
    assert view.values["meetings_held"].text() == "4"
    view.tabs.setCurrentIndex(PROJECTS)
    # each column shows its own field of the project
    model = projects.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).data.approved_hal)
    d = model.row_at(row).data
    texts = [str(model.index(row, c).data() or "").replace("\u00a0", " ")
             for c in range(model.columnCount())]
    assert texts[:2] == [d.title, d.programme]
    assert texts[3].endswith("Kč") and texts[4].endswith("Kč") and texts[3] != texts[2]


def test_the_detail_form_keeps_an_out_of_range_value_with_a_note_and_the_reason_of_a_fix(
        view, services):
    view.tabs.setCurrentIndex(PLAN)  # the detail lies on the plan tab
    jobs = next(i for i in view.data.indicators if i.info.name.startswith("Pracovní místa"))
    view.show_indicator(jobs.info.id)
    form = view.detail.form
    form.period.setText("Q3/2026")
    form.value.setText("80")
    assert not form.submit()
    assert "mimo platný rozsah" in form.message.text()
    form.note.setText("sezónní brigády při opravě sídliště")
    form.reason.setText("doplněny brigády")
    assert form.submit()
    saved = services.values.entries(jobs.info.id)["2026-Q3"]
    assert saved.value == 80 and saved.follow_up and saved.follow_up_reason == "mimo platný rozsah"
    assert services.values.history(jobs.info.id)[-1].reason == "doplněny brigády"
    assert [view.detail.history.item(i).text() for i in range(view.detail.history.count())][-1] \
        .endswith("2026-Q3 4 → 80 (doplněny brigády)")


def test_a_catalog_indicator_a_measure_status_and_a_new_plan_version_from_the_plan_tab(
        view, services, dialogs, demo_locality_id):
    from PySide6.QtWidgets import QDialog, QMessageBox

    def fill(dialog):
        dialog.catalog.setCurrentIndex(dialog.catalog.findData("debt_insolvency"))
        dialog.measure.setCurrentIndex(dialog.measure.findText("Dluhové poradenství"))
        dialog.baseline.setText("0")
        dialog.targets.setText("2026-Q4")  # no value: refused, the dialog stays open
        dialog.accept()
        assert dialog.result() != QDialog.DialogCode.Accepted
        dialog.targets.setText("2026-Q4=12; 2027-Q4=30")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    view.tabs.setCurrentIndex(PLAN)  # its buttons lie on the plan tab
    dialogs.answer(fill, QMessageBox.StandardButton.Ok)
    new_id = view.actions.new_indicator()
    assert "období=hodnota" in dialogs.texts[1]
    info = services.indicators.get(new_id)
    assert info.data.catalog_code == "debt_insolvency" and info.data.unit == "count"
    assert info.targets == {"2026-Q4": 12, "2027-Q4": 30}
    model = view.plan.model
    found = model.match(model.index(0, 0), Qt.ItemDataRole.DisplayRole,
                        "Podané insolvenční návrhy", 1,
                        Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)
    assert found and found[0].parent().data() == "Dluhové poradenství"

    measure = model.match(model.index(0, 0), Qt.ItemDataRole.DisplayRole, "Krizové bydlení "
                          "(azylový dům, noclehárna)", 1,
                          Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)[0]
    view.plan.tree.setCurrentIndex(measure)
    assert view.actions.status.isEnabled()
    view.actions.status.setCurrentIndex(view.actions.status.findData("running"))
    view.actions.status.activated.emit(view.actions.status.currentIndex())
    data = services.locality_indicators(demo_locality_id)
    titles = {m.title: m.status for a in data.tree for g in a.goals for m in g.measures}
    assert titles["Krizové bydlení (azylový dům, noclehárna)"] == "running"

    dialogs.answer(QMessageBox.StandardButton.Yes)
    view.actions.new_version()
    assert [p.version for p in services.plans.plans(demo_locality_id)] == [3, 2, 1]
    assert view.plan.version.itemText(0) == "verze 3"


def test_a_project_is_added_and_edited_in_its_form(view, services, dialogs, demo_locality_id):
    from PySide6.QtWidgets import QDialog, QMessageBox

    def new(dialog):
        dialog.title.setText("Komunitní centrum Výšina")
        dialog.programme.setText("IROP")
        dialog.status.setCurrentIndex(dialog.status.findData("submitted"))
        dialog.requested.setText("hodně")  # refused in one sentence, the form stays open
        dialog.accept()
        assert dialog.result() != QDialog.DialogCode.Accepted
        dialog.requested.setText("1 250 000,50")
        dialog.submitted.setText("13.6.2026")
        first = dialog.measures.item(0)
        first.setCheckState(Qt.CheckState.Checked)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    view.tabs.setCurrentIndex(PROJECTS)
    dialogs.answer(new, QMessageBox.StandardButton.Ok)
    view.projects.add.click()
    assert "Požadovaná částka" in dialogs.texts[1]
    project = next(p for p in services.projects.of_locality(demo_locality_id)
                   if p.data.title == "Komunitní centrum Výšina")
    assert project.data.requested_hal == 125_000_050 and len(project.data.measure_ids) == 1
    assert view.projects.model.rowCount() == 13
    assert "v hodnocení 13 750 000,50 Kč" in view.projects.summary.text().replace("\u00a0", " ")

    def approve(dialog):
        assert dialog.requested.text().replace("\u00a0", " ") == "1 250 000,50"
        dialog.status.setCurrentIndex(dialog.status.findData("approved"))
        dialog.approved.setText("1 000 000")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    dialogs.answer(approve)
    row = next(r for r, p in enumerate(view.projects.model.rows())
               if p.data.title == "Komunitní centrum Výšina")
    view.projects.edit(view.projects.model.row_at(row))
    assert services.projects.summary(demo_locality_id).obtained_hal == 963_500_050 + 100_000_000

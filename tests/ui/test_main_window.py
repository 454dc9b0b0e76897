"""The main window: one navigation entry per capability, locality switcher, status bar."""

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QLabel

from obecdesk.core.localities import LocalityData
from obecdesk.resources import resource
from obecdesk.ui.main_window import MainWindow

EXPECTED = ["Lokality", "Aktéři", "Jednání", "Metody", "Indikátory", "Spolupráce",
            "Komunikace", "Mapování procesů", "Participace", "Mediace",
            "Přehled lokalit", "Synchronizace"]


def test_navigation_switcher_and_status_bar(qtbot, ctx, services):
    window = MainWindow(ctx, services)
    qtbot.addWidget(window)
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels == EXPECTED
    assert ctx.store.location not in window.statusBar().findChild(QLabel, "saved-state").text()
    assert window.locality_switcher.currentText() == "Dolní Bránice"

    # every capability view opens without error
    for key in window.capability_keys():
        view = window.show_capability(key)
        assert window.stack.currentWidget() is view
        assert view.objectName() == f"view-{key}"

    before = window.locality_switcher.count()  # the demo localities
    other = services.localities.create(LocalityData(name="Zálesí"))
    assert window.locality_switcher.count() == before + 1
    window.locality_switcher.setCurrentIndex(window.locality_switcher.findData(other.id))
    assert ctx.locality_id == other.id


def test_overview_pages_show_demo_activity(qtbot, ctx, services):
    window = MainWindow(ctx, services)
    qtbot.addWidget(window)
    methods = window.show_capability("methods")
    assert methods.model.rowCount() >= 3
    activity = window.show_capability("indicators")
    assert activity.values["meetings_held"].text() == "4"
    sync = window.show_capability("sync")
    assert sync.findChild(QLabel, "replica-id").text() == ctx.store.replica_id


def test_english_translation_is_compiled_and_translates_the_navigation(qapp):
    qm = resource("translations", "obecdesk_en.qm")
    assert qm.exists(), "run `make translations` (make test does it)"
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Navigation", "Lokality") == "Localities"
        assert QCoreApplication.translate("Vocabulary", "bydlení") == "housing"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_a_locality_created_in_the_form_becomes_the_switchers_choice(qtbot, ctx, services):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    window = MainWindow(ctx, services)
    qtbot.addWidget(window)
    view = window.show_capability("localities")
    view.new_locality()
    view.dialog.name.setText("Zálesí")
    qtbot.mouseClick(view.dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert window.locality_switcher.currentText() == "Zálesí"
    assert window.locality_switcher.currentData() == ctx.locality_id


def test_the_language_menu_marks_the_language_of_this_run(qtbot, ctx, services):
    from PySide6.QtGui import QAction

    window = MainWindow(ctx, services, language="en")
    qtbot.addWidget(window)
    checked = [a.data() for a in window.findChildren(QAction) if a.isChecked()]
    assert checked == ["en"]


def test_the_sync_page_follows_the_change_sequence(qtbot, ctx, services):
    window = MainWindow(ctx, services)
    qtbot.addWidget(window)
    sync = window.show_capability("sync")
    sync = sync.overview
    before = int(sync.change_seq.text().replace("\xa0", "").replace(" ", ""))
    services.localities.create(LocalityData(name="Zálesí"))
    after = int(sync.change_seq.text().replace("\xa0", "").replace(" ", ""))
    assert after == before + 1 == ctx.store.change_seq()
    assert sync.conflicts.text() == "0"


def test_closing_the_window_keeps_its_place_and_its_splitter_for_the_next_start(
        qtbot, ctx, services, tmp_path):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QSplitter

    from obecdesk.ui.settings import WINDOW_GEOMETRY, Settings, splitter_state

    window = MainWindow(ctx, services)
    qtbot.addWidget(window)
    window.show()
    window.findChild(QSplitter, "main-splitter").setSizes([230, 900])
    window.close()
    # what another start reads from the file
    saved = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert saved.get(WINDOW_GEOMETRY)
    assert saved.get(splitter_state("main-splitter"))
    again = MainWindow(ctx, services)
    qtbot.addWidget(again)
    assert again.findChild(QSplitter, "main-splitter").sizes()[0] == 230

"""Soubor → Zálohy…: a backup made now appears in the list; a restore puts it back, keeps the
state before it, and closes the window without writing into the replaced store."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.store import open_store
from obecdesk.ui.backups.dialog import BackupsDialog
from obecdesk.ui.main_window import MainWindow


def _localities(path) -> list[str]:
    store = open_store(f"sqlite:///{path}")
    try:
        return sorted(loc.name for loc in LocalityService(store).list(include_archived=True))
    finally:
        store.dispose()


def test_a_backup_made_now_is_listed_with_its_reason(qtbot, services):
    dialog = BackupsDialog(services.backups)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert not dialog.restore_button.isEnabled()  # nothing selected, nothing to restore
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 1).data() == "ručně"
    assert dialog.model.index(0, 2).data().endswith("kB")


def test_restore_from_the_main_window_puts_the_backup_back_and_closes(
        qtbot, ctx, services, dialogs):
    window = MainWindow(ctx, services)
    qtbot.addWidget(window)
    window.show()
    database = ctx.store.database_path
    services.backups.create()
    services.localities.create(LocalityData(name="Zálesí"))  # made after the backup

    def restore(dialog: BackupsDialog):
        dialog.table.selectRow(0)
        dialogs.answer(QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    dialogs.answer(restore)
    window.show_backups()
    assert "Obnovit databázi ze zálohy" in dialogs.texts[1]
    assert "obecdesk se nyní zavře" in dialogs.texts[2]
    assert not window.isVisible()
    assert _localities(database) == ["Dolní Bránice", "Lipová nad Ohří"]  # Zálesí came after
    safety = next(b for b in services.backups.list() if b.reason == "before-restore")
    assert _localities(safety.path) == ["Dolní Bránice", "Lipová nad Ohří", "Zálesí"]  # kept


def test_the_daily_backup_runs_beside_the_window_once_a_day(qtbot, services):
    services.backups.start_daily(keep=3).join(timeout=60)
    assert services.backups.start_daily(keep=3).join(timeout=60) is None
    assert [b.reason for b in services.backups.list()] == ["daily"]

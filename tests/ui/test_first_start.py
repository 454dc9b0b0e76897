"""First start on an empty store offers the demo locality, once."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from obecdesk.ui.app import build_window, offer_demo
from obecdesk.ui.settings import demo_offered


def answer_next_question(button: QMessageBox.StandardButton) -> list[str]:
    seen: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.button(button).click()
        else:
            QTimer.singleShot(20, click)

    QTimer.singleShot(20, click)
    return seen


def test_accepting_the_offer_loads_the_demo_and_selects_it(qtbot, store, settings):
    window, ctx = build_window(store, settings)
    qtbot.addWidget(window)
    seen = answer_next_question(QMessageBox.StandardButton.Yes)
    offer_demo(window, ctx, window.services)
    assert "ukázkovou lokalitu" in seen[0]
    assert [loc.name for loc in window.services.localities.list()] == ["Dolní Bránice"]
    assert window.locality_switcher.currentText() == "Dolní Bránice"
    assert settings.get(demo_offered(store.location))


def test_each_new_store_gets_its_own_offer(qtbot, tmp_path, store, settings):
    from obecdesk.store import open_store

    window, ctx = build_window(store, settings)
    qtbot.addWidget(window)
    answer_next_question(QMessageBox.StandardButton.No)
    offer_demo(window, ctx, window.services)
    other = open_store(data_dir=tmp_path / "second")
    try:
        window2, ctx2 = build_window(other, settings)
        qtbot.addWidget(window2)
        seen = answer_next_question(QMessageBox.StandardButton.Yes)
        offer_demo(window2, ctx2, window2.services)
        assert seen and [loc.name for loc in window2.services.localities.list()] == ["Dolní Bránice"]
    finally:
        other.dispose()


def test_declining_leaves_the_store_empty_and_is_not_asked_again(qtbot, store, settings):
    window, ctx = build_window(store, settings)
    qtbot.addWidget(window)
    seen = answer_next_question(QMessageBox.StandardButton.No)
    offer_demo(window, ctx, window.services)
    assert len(seen) == 1 and window.services.localities.list() == []
    offer_demo(window, ctx, window.services)  # no second question: it would block this test forever
    assert window.services.localities.list() == []

"""First start on an empty store offers the demo locality, once."""

from PySide6.QtWidgets import QMessageBox

from obecdesk.ui.app import build_window, offer_demo
from obecdesk.ui.settings import demo_offered

SB = QMessageBox.StandardButton


def test_accepting_the_offer_loads_the_demo_and_selects_it(qtbot, store, settings, dialogs):
    window, ctx = build_window(store, settings)
    qtbot.addWidget(window)
    dialogs.answer(SB.Yes)
    offer_demo(window, ctx, window.services)
    assert "ukázkovou lokalitu" in dialogs.texts[0]
    assert [loc.name for loc in window.services.localities.list()] == ["Dolní Bránice",
                                                                      "Lipová nad Ohří"]
    assert window.locality_switcher.currentText() == "Dolní Bránice"
    assert settings.get(demo_offered(store.location))


def test_each_new_store_gets_its_own_offer(qtbot, tmp_path, store, settings, dialogs):
    from obecdesk.store import open_store

    window, ctx = build_window(store, settings)
    qtbot.addWidget(window)
    dialogs.answer(SB.No)
    offer_demo(window, ctx, window.services)
    other = open_store(data_dir=tmp_path / "second")
    try:
        window2, ctx2 = build_window(other, settings)
        qtbot.addWidget(window2)
        dialogs.answer(SB.Yes)
        offer_demo(window2, ctx2, window2.services)
        assert len(dialogs.asked) == 2
        assert "Lipová nad Ohří" in [loc.name for loc in window2.services.localities.list()]
    finally:
        other.dispose()


def test_declining_leaves_the_store_empty_and_is_not_asked_again(qtbot, store, settings,
                                                                  dialogs):
    window, ctx = build_window(store, settings)
    qtbot.addWidget(window)
    dialogs.answer(SB.No)
    offer_demo(window, ctx, window.services)
    assert len(dialogs.asked) == 1 and window.services.localities.list() == []
    offer_demo(window, ctx, window.services)  # no second question: an unanswered one fails
    assert window.services.localities.list() == []

"""The Synchronizace page on a field laptop and at HQ, over real stores and real bundle files."""

from __future__ import annotations

import re
from email import policy
from email.parser import BytesParser

from bundle_support import field_and_hq, receive, send
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox
from sync_support import open_replicas

from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.stakeholders.actor_fields import ActorData
from obecdesk.core.stakeholders.actors import ActorService
from obecdesk.sync.peers import own_card, replica_info
from obecdesk.ui.app import build_window, first_start
from obecdesk.ui.settings import HQ_EMAIL
from obecdesk.ui.sync.sync_models import PeerColumn, ResultColumn

SB = QMessageBox.StandardButton
WAIT = 120_000  # a busy test machine: the import runs in a worker thread


def locality(store, name="Horní Lhota"):
    loc = LocalityService(store).create(LocalityData(name=name))
    ActorService(store).create(loc.id, ActorData(name="Tereza Nováková"))
    return loc.id


def open_page(qtbot, store, settings):
    window, ctx = build_window(store, settings)
    qtbot.addWidget(window)
    return window, window.show_capability("sync").overview


def text(page, name):
    return page.findChild(QLabel, name).text()


def read_and_wait(qtbot, page, action):
    page.reader.result = None
    action()
    qtbot.waitUntil(lambda: page.reader.result is not None and not page.reader.busy,
                    timeout=WAIT)
    return page.reader.result


def test_a_field_laptop_prepares_the_bundle_and_the_mail_for_hq(qtbot, tmp_path, monkeypatch,
                                                                settings):
    (field,), hq = field_and_hq(tmp_path, monkeypatch)
    locality(field)
    _window, page = open_page(qtbot, field, settings)
    assert text(page, "own-fingerprint") == replica_info(field).fingerprint
    assert text(page, "hq-name") == "Centrála"
    assert text(page, "hq-fingerprint") == own_card(hq).keys.fingerprint
    assert text(page, "last-sent") == "zatím ne" and text(page, "acknowledged") == "zatím nic"
    pending = page.panel.pending
    assert [pending.index(r, 0).data() for r in range(pending.rowCount())] == [
        "Aktéři", "Lokality"]
    page.panel.hq_email.setText("sync@aszcr.example")
    out = tmp_path / "out"
    out.mkdir()
    page.panel.prepare(str(out))
    [bundle] = out.glob("*.obecbundle")
    [eml] = out.glob("*.eml")
    mail = BytesParser(policy=policy.default).parsebytes(eml.read_bytes())
    assert mail["To"].addresses[0].username == "sync"
    assert next(mail.iter_attachments()).get_content() == bundle.read_bytes()
    assert "jsou připraveny" in text(page, "sync-result") and bundle.name in text(page,
                                                                                  "sync-result")
    assert text(page, "last-sent") != "zatím ne" and settings.get(HQ_EMAIL) == "sync@aszcr.example"


def test_a_return_bundle_is_read_by_button_and_by_drop(qtbot, tmp_path, monkeypatch, settings):
    (field,), hq = field_and_hq(tmp_path, monkeypatch)
    locality(field)
    receive(hq, send(field, hq, tmp_path), field)
    back = send(hq, field, tmp_path)  # HQ's card was read first: no fingerprint to compare
    _window, page = open_page(qtbot, field, settings)
    result = read_and_wait(qtbot, page, lambda: page.load_bundle(str(back)))
    assert len(result.results) == 1 and text(page, "sync-result").startswith("Balíček od")
    assert text(page, "last-received") != "zatím ne"
    acknowledged = text(page, "acknowledged")  # HQ had all of ours, said with dates
    assert re.fullmatch(r"všechny změny do \d+\. \d+\. \d{4} \d+:\d\d "
                        r"\(potvrzeno \d+\. \d+\. \d{4} \d+:\d\d\)", acknowledged), acknowledged
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(back))])  # the same file again, dropped on the page
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    read_and_wait(qtbot, page, lambda: page.dropEvent(drop))
    assert "už byl načten" in text(page, "sync-result")


def test_without_hqs_card_the_laptop_reads_it_first(qtbot, tmp_path, monkeypatch, settings):
    laptop, hq = open_replicas(tmp_path, monkeypatch, 2)
    from obecdesk.sync.sync_desk import SyncDesk

    SyncDesk(hq).set_role("hq", "Centrála ASZ")
    card = SyncDesk(hq).export_card(tmp_path / "centrala.obeccard")
    _window, page = open_page(qtbot, laptop, settings)
    assert not page.panel.prepare_button.isEnabled()
    assert text(page, "hq-name") == "adresní karta zatím nenačtena"
    page.panel.import_card(str(card))
    assert text(page, "hq-name") == "Centrála ASZ" and page.panel.prepare_button.isEnabled()
    assert own_card(hq).keys.fingerprint in text(page, "sync-result")


def test_hq_reads_a_folder_after_comparing_fingerprints_and_answers(qtbot, tmp_path, monkeypatch,
                                                                    settings, dialogs):
    (one, two), hq = field_and_hq(tmp_path, monkeypatch, fields=2)
    locality(one, "Horní Lhota")
    locality(two, "Dolní Lhota")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    send(one, hq, inbox)
    send(two, hq, inbox)
    (inbox / "rozbitý.obecbundle").write_bytes(b"OBEC")
    _window, page = open_page(qtbot, hq, settings)
    assert text(page, "sync-title") == "Centrála: balíčky terénních replik"
    shown = {}

    def results(dialog):
        model = dialog.model
        shown["rows"] = [[model.index(r, c).data() for c in ResultColumn]
                         for r in range(model.rowCount())]
        shown["summary"] = dialog.summary.text()
        return QDialog.DialogCode.Accepted

    first_fp = own_card(one).keys.fingerprint
    dialogs.answer(lambda _d: SB.Yes, lambda _d: SB.No, results)
    read_and_wait(qtbot, page, lambda: page.panel.load_folder(str(inbox)))
    asked = [a.text for a in dialogs.asked if "MessageBox" in a.kind]
    assert len(asked) == 2 and all("Otisk odesílatele" in t for t in asked)
    assert first_fp in asked[0] or first_fp in asked[1]
    statuses = sorted(row[ResultColumn.STATUS] for row in shown["rows"])
    assert statuses.count("načten") == 1 and statuses.count("odmítnut") == 2
    assert "Načteno: 1" in shown["summary"]
    peers = page.panel.peers
    assert peers.rowCount() == 1
    assert peers.index(0, PeerColumn.FINGERPRINT).data() in (first_fp,
                                                             own_card(two).keys.fingerprint)
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    page.panel.return_bundles(str(outbox))
    assert len(list(outbox.glob("*.obecbundle"))) == 1
    assert "Zapsáno zpátečních balíčků: 1" in text(page, "sync-result")


def test_the_first_start_asks_the_role_once(qtbot, store, settings, dialogs):
    window, ctx = build_window(store, settings)
    qtbot.addWidget(window)

    def choose_hq(dialog):
        dialog.hq.setChecked(True)
        dialog.name.setText("Centrála ASZ")
        return QDialog.DialogCode.Accepted

    dialogs.answer(choose_hq)
    first_start(window, ctx, window.services)  # HQ: no demo offer follows
    info = replica_info(store)
    assert (info.role, info.name) == ("hq", "Centrála ASZ")
    first_start(window, ctx, window.services)  # not asked again (an unanswered one fails)
    page = window.show_capability("sync").overview
    assert text(page, "me-role") == "centrála"


def test_a_store_named_by_init_is_not_asked(qtbot, store, settings, dialogs):
    from obecdesk.sync.peers import set_role

    set_role(store, role="field", name="Laptop")
    window, ctx = build_window(store, settings)
    qtbot.addWidget(window)
    dialogs.answer(SB.No)  # only the demo offer
    first_start(window, ctx, window.services)
    assert [a.kind for a in dialogs.asked] == ["QMessageBox.question"]

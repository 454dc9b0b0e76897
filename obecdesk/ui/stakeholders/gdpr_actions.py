"""The two GDPR actions of a person: erase personal data (after confirmation) and export it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from obecdesk.core.stakeholders.actor_fields import ActorInfo
from obecdesk.core.stakeholders.erased_backups import PURGE_COMMAND
from obecdesk.core.stakeholders.gdpr import PersonalDataService
from obecdesk.core.text import fold
from obecdesk.ui.errors import run_guarded


class GdprActions:
    """Asks the user what the service needs (confirmation, a file) and reports the outcome."""

    def __init__(self, service: PersonalDataService, parent: QWidget) -> None:
        self.service = service
        self.parent = parent

    def confirm_erasure(self, actor: ActorInfo) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning, QCoreApplication.translate("GdprActions", "Vymazat osobní údaje"),
            QCoreApplication.translate("GdprActions", "Opravdu vymazat všechny osobní údaje osoby {0}? Zůstane jen "
                           "anonymní záznam, aby seděly počty účastníků jednání. Výmaz se "
                           "při synchronizaci přenese na ostatní počítače a nelze ho vrátit.")
            .format(actor.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self.parent)
        box.setObjectName("confirm-erasure")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def erase(self, actor: ActorInfo, *, confirmed: bool = False) -> bool:
        """Erase after the user confirms; True when the data is gone."""
        if not confirmed and not self.confirm_erasure(actor):
            return False
        result = run_guarded(self.parent, lambda: self.service.erase(actor.id))
        if result is None:
            return False
        if result.mentions_to_review:
            QMessageBox.information(
                self.parent, QCoreApplication.translate("GdprActions", "Zkontrolujte zápisy"),
                QCoreApplication.translate(
                    "GdprActions", "Osobní údaje jsou vymazány. Jméno ještě zmiňuje text {0} "
                    "zápisů, usnesení nebo úkolů; projděte je a upravte ručně.")
                .format(result.mentions_to_review))
        self.offer_backup_purge()
        return True

    def offer_backup_purge(self) -> None:
        """Backups taken before the erasure still hold the person: offer to delete them."""
        stale = run_guarded(self.parent, self.service.stale_backups)
        if not stale:
            return
        answer = QMessageBox.question(
            self.parent, QCoreApplication.translate("GdprActions", "Starší zálohy"),
            QCoreApplication.translate(
                "GdprActions", "Zálohy databáze pořízené před výmazem ({0}) osobní údaje ještě "
                "obsahují. Smazat je? (Totéž udělá příkaz „{1}“.)")
            .format(len(stale), PURGE_COMMAND),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            run_guarded(self.parent, self.service.purge_stale_backups)

    def export_dialog(self, actor: ActorInfo) -> Path | None:
        suggested = "osobni-udaje-" + "-".join(fold(actor.name).split()) + ".txt"
        path, _ = QFileDialog.getSaveFileName(
            self.parent, QCoreApplication.translate("GdprActions", "Export všech údajů o osobě"), suggested,
            QCoreApplication.translate("GdprActions", "Čitelný text (*.txt);;JSON (*.json)"))
        if not path:
            return None
        written = run_guarded(self.parent, lambda: self.service.export(actor.id, path))
        if written is not None:
            QMessageBox.information(self.parent, QCoreApplication.translate("GdprActions", "Export hotov"),
                                    QCoreApplication.translate("GdprActions", "Údaje o osobě jsou uloženy v {0}.")
                                    .format(written))
        return written

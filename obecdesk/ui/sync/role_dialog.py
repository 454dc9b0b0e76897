"""First start: is this installation a coordinator's laptop or the central office?

Asked once per store (a store given a role and a name by ``obecdesk init`` is not asked); the
answer decides what the Synchronizace page offers and whom bundles go to.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from obecdesk.sync.sync_desk import SyncDesk
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.settings import Settings, role_asked


class RoleDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vítejte v obecdesk"))
        intro = QLabel(self.tr("Jak budete tuto instalaci používat? Podle toho se nastaví "
                               "synchronizace (volbu lze později změnit příkazem obecdesk init)."))
        intro.setWordWrap(True)
        self.field = QRadioButton(self.tr("Terénní práce – notebook lokálního konzultanta, "
                                          "který posílá balíčky centrále"))
        self.field.setObjectName("role-field")
        self.hq = QRadioButton(self.tr("Centrála – přijímá balíčky terénních replik a posílá "
                                       "jim zpáteční"))
        self.hq.setObjectName("role-hq")
        self.field.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.field)
        group.addButton(self.hq)
        self.name = QLineEdit()
        self.name.setObjectName("replica-name")
        self.name.setPlaceholderText(self.tr("např. Notebook – Jana Nováková"))
        form = QFormLayout()
        form.addRow(self.tr("Název této instalace"), self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.field)
        layout.addWidget(self.hq)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @property
    def role(self) -> str:
        return "hq" if self.hq.isChecked() else "field"

    @property
    def replica_name(self) -> str:
        typed = self.name.text().strip()
        if typed:
            return typed
        return (QCoreApplication.translate("RoleDialog", "Centrála") if self.role == "hq"
                else QCoreApplication.translate("RoleDialog", "Terénní notebook"))


def ask_role(parent: QWidget, desk: SyncDesk, settings: Settings, location: str) -> bool:
    """Ask once for a store whose replica has no name yet; True when a role was set."""
    asked = role_asked(location)
    if settings.get(asked) or desk.state().me.name:
        return False
    settings.set(asked, True)
    dialog = RoleDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    return run_guarded(parent, lambda: desk.set_role(dialog.role, dialog.replica_name)) is not None

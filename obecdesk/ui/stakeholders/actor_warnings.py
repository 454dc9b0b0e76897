"""Warnings under the actor form while typing: an e-mail that does not look valid, and people
who may already be on file under the same name, each with a button that opens their record."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from obecdesk.core.stakeholders.actor_checks import email_warning
from obecdesk.core.stakeholders.actor_fields import ActorInfo
from obecdesk.core.stakeholders.actors import ActorService

WARNING_STYLE = "color: #8a4b00;"
#: typing pauses this long before the store is asked about the name
CHECK_DELAY_MS = 300


class ActorWarnings(QWidget):
    """``open_actor(actor_id)`` when the user wants to see a possible duplicate."""

    open_actor = Signal(str)

    def __init__(self, actors: ActorService, locality_id: str, own_id: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actor-warnings")
        self.actors = actors
        self.locality_id = locality_id
        self.own_id = own_id
        self.duplicates: list[ActorInfo] = []
        self._name = ""
        self._email = ""
        self.email_label = QLabel()
        self.email_label.setObjectName("email-warning")
        self.email_label.setStyleSheet(WARNING_STYLE)
        self.duplicate_label = QLabel()
        self.duplicate_label.setObjectName("duplicate-warning")
        self.duplicate_label.setStyleSheet(WARNING_STYLE)
        self.duplicate_label.setWordWrap(True)
        self.buttons: list[QPushButton] = []
        self._button_row = QHBoxLayout()
        self._button_row.setContentsMargins(0, 0, 0, 0)
        self._button_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.email_label)
        layout.addWidget(self.duplicate_label)
        layout.addLayout(self._button_row)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        self._show()

    def watch(self, name: str, email: str) -> None:
        """The form changed: check again once typing pauses."""
        self._name, self._email = name, email
        self._timer.start()

    def check_now(self) -> None:
        self._timer.stop()
        self.duplicates = (self.actors.same_name(self.locality_id, self._name, self.own_id)
                           if self._name.strip() and self.locality_id else [])
        self._show()

    def messages(self) -> list[str]:
        """The current warnings as sentences (for the question asked on save)."""
        self.check_now()
        found = [self.tr("E-mail „{0}“ nevypadá platně.").format(self._email.strip())
                 ] if email_warning(self._email) else []
        if self.duplicates:
            found.append(self.duplicate_label.text())
        return found

    def _show(self) -> None:
        bad_email = bool(email_warning(self._email))
        self.email_label.setText(self.tr("E-mail „{0}“ nevypadá platně (chybí @ nebo doména?)")
                                 .format(self._email.strip()) if bad_email else "")
        self.email_label.setVisible(bad_email)
        names = ", ".join(self._label(a) for a in self.duplicates)
        self.duplicate_label.setText(
            self.tr("Možná duplicita: v evidenci už je {0}.").format(names) if names else "")
        self.duplicate_label.setVisible(bool(names))
        for button in self.buttons:
            self._button_row.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for actor in self.duplicates:
            button = QPushButton(self.tr("Otevřít „{0}“").format(actor.name))
            button.setObjectName("open-existing")
            button.clicked.connect(lambda _=False, a=actor.id: self.open_actor.emit(a))
            self._button_row.insertWidget(len(self.buttons), button)
            self.buttons.append(button)
        self.setVisible(bad_email or bool(names))

    @staticmethod
    def _label(actor: ActorInfo) -> str:
        where = f" ({actor.organisation_name})" if actor.organisation_name else ""
        return f"„{actor.name}“{where}"

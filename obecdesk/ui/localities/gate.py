"""What a screen that works inside a locality shows before the first locality exists.

A new coordinator opening Aktéři or Jednání on an empty store would otherwise meet disabled
buttons and no word why; this page says what to do first and offers the form right there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.localities import LocalityService
from obecdesk.ui.context import AppContext
from obecdesk.ui.localities.locality_dialog import LocalityDialog
from obecdesk.ui.services import Services

#: what each screen will hold once a locality exists
STAKEHOLDERS = QT_TRANSLATE_NOOP(
    "NoLocalityPage", "Tady budou aktéři lokality – lidé a organizace, orgány partnerství "
    "s jejich členy, vztahy mezi aktéry a mapa vlivu.")
MEETINGS = QT_TRANSLATE_NOOP(
    "NoLocalityPage", "Tady budou jednání partnerství a jeho pracovních skupin – program, "
    "pozvánky, docházka, zápis, usnesení a úkoly.")


class NoLocalityPage(QWidget):
    """``explanation`` (one of the texts above) says what the screen will hold."""

    def __init__(self, ctx: AppContext, localities: LocalityService, explanation: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("no-locality")
        self.ctx = ctx
        self.localities = localities
        self.dialog: LocalityDialog | None = None

        title = QLabel(self.tr("Nejprve založte lokalitu"))
        font = title.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(self.tr(explanation) + "\n\n" + self.tr(
            "Lokalita je obec, město nebo mikroregion, se kterým spolupracujete; aktéři, orgány "
            "partnerství a jednání patří vždy k jedné z nich. Mezi lokalitami přepínáte nahoře."))
        text.setWordWrap(True)
        text.setMaximumWidth(620)
        self.new_button = QPushButton(self.tr("Nová lokalita…"))
        self.new_button.setObjectName("no-locality-new")
        self.new_button.clicked.connect(self.new_locality)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)

    def new_locality(self) -> None:
        self.dialog = LocalityDialog(self.localities.create, None, self)
        self.dialog.finished.connect(self._done)
        self.dialog.open()

    def _done(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None and dialog.saved is not None:
            self.ctx.set_locality(dialog.saved.id)


class LocalityGate(QStackedWidget):
    """Shows ``content`` while a locality is chosen and :class:`NoLocalityPage` otherwise,
    following the locality switcher by itself."""

    def __init__(self, ctx: AppContext, services: Services, explanation: str,
                 content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.no_locality = NoLocalityPage(ctx, services.localities, explanation)
        self.addWidget(content)
        self.addWidget(self.no_locality)
        ctx.locality_changed.connect(self.follow)
        self.follow(ctx.locality_id)

    def follow(self, locality_id: str) -> None:
        self.setCurrentWidget(self.content if locality_id else self.no_locality)

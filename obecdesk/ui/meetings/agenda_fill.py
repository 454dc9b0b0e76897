"""Filling an agenda without typing: "Kopírovat program z jednání…" and "Ze šablony".

Both append rows to the editor's draft (nothing is stored until the meeting is saved); the
rules of what is copied are in :mod:`obecdesk.core.meetings.agenda_copy`.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QStringListModel
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from obecdesk.catalog.agenda_templates import AgendaTemplate, load_agenda_templates
from obecdesk.core.formatting import date_text
from obecdesk.core.meetings.agenda_copy import items_to_add, template_agenda
from obecdesk.core.meetings.agenda_timing import AgendaItemData
from obecdesk.core.meetings.draft_rows import AgendaRow
from obecdesk.core.meetings.meeting_types import MeetingInfo
from obecdesk.core.meetings.service import MeetingService
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.meetings.agenda_model import AgendaModel

#: meetings offered to copy from (newest first)
COPY_CHOICES = 200


def ui_language() -> str:
    return "en" if QLocale().language() == QLocale.Language.English else "cs"


class AgendaCopyDialog(QDialog):
    """Choose an earlier meeting (the same body's first) and see its agenda before copying."""

    def __init__(self, service: MeetingService, meeting: MeetingInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agenda-copy-dialog")
        self.setWindowTitle(self.tr("Kopírovat program z jednání"))
        self.service = service
        others = [m for m in service.list(meeting.locality_id, limit=COPY_CHOICES)
                  if m.id != meeting.id]
        others.sort(key=lambda m: m.body_id != meeting.body_id or not meeting.body_id)
        self.source = QComboBox()
        self.source.setObjectName("copy-source")
        for other in others:
            self.source.addItem(f"{date_text(other.date)}  {other.title}", other.id)
        self.preview_model = QStringListModel(self)
        preview = QListView()
        preview.setObjectName("copy-preview")
        preview.setModel(self.preview_model)
        self.items: list[AgendaItemData] = []
        self.source.currentIndexChanged.connect(self._preview)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Kopírovat body"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Jednání, jehož program se připojí na konec:")))
        layout.addWidget(self.source)
        layout.addWidget(preview, 1)
        layout.addWidget(QLabel(self.tr("Zkopírují se názvy bodů, předkladatelé, délky, metody "
                                        "a očekávané výstupy; zápis ne.")))
        layout.addWidget(buttons)
        self.resize(560, 420)
        self._preview()

    def _preview(self, *_args) -> None:
        meeting_id = self.source.currentData()
        items = run_guarded(self, lambda: self.service.agenda.items(meeting_id)) \
            if meeting_id else []
        self.items = [item.data() for item in items or []]
        self.preview_model.setStringList(
            [f"{item.title} ({item.planned_minutes} min)" for item in self.items])


class AgendaFill(QWidget):
    """The two buttons of the Program tab that append ready-made items to ``model``."""

    def __init__(self, model: AgendaModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.service: MeetingService | None = None
        self.meeting: MeetingInfo | None = None
        self.dialog: AgendaCopyDialog | None = None
        self.copy_button = QPushButton(self.tr("Kopírovat program z jednání…"))
        self.copy_button.setObjectName("copy-agenda")
        self.copy_button.clicked.connect(self.open_copy)
        self.templates: list[AgendaTemplate] = []
        self.template_button = QToolButton()
        self.template_button.setObjectName("agenda-template")
        self.template_button.setText(self.tr("Ze šablony"))
        self.template_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.template_menu = QMenu(self.template_button)
        self.template_button.setMenu(self.template_menu)
        self.template_menu.aboutToShow.connect(self._fill_menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.copy_button)
        layout.addWidget(self.template_button)

    def set_meeting(self, service: MeetingService | None, meeting: MeetingInfo | None) -> None:
        self.service, self.meeting = service, meeting

    def _fill_menu(self) -> None:
        if not self.templates:
            self.templates = run_guarded(self, load_agenda_templates) or []
        self.template_menu.clear()
        lang = ui_language()
        for template in self.templates:
            action = QAction(template.title(lang), self.template_menu)
            action.setData(template.code)
            action.triggered.connect(lambda _=False, code=template.code: self.apply_template(code))
            self.template_menu.addAction(action)

    def apply_template(self, code: str) -> int:
        """Append the template's items; how many were added."""
        if not self.templates:
            self.templates = run_guarded(self, load_agenda_templates) or []
        template = next((t for t in self.templates if t.code == code), None)
        return self.append(template_agenda(template, ui_language())) if template else 0

    def open_copy(self) -> None:
        if self.service is None or self.meeting is None:
            return
        self.dialog = AgendaCopyDialog(self.service, self.meeting, self)
        self.dialog.accepted.connect(lambda: self.append(self.dialog.items))
        self.dialog.open()

    def append(self, items: list[AgendaItemData]) -> int:
        rows = [AgendaRow(title=i.title, presenter=i.presenter,
                          planned_minutes=i.planned_minutes, method=i.method,
                          expected_output=i.expected_output)
                for i in items_to_add(items, [r.title for r in self.model.rows()])]
        self.model.add_rows(rows)
        return len(rows)

"""The agendas of the locality and, for the selected one, its steps with the formal and the
informal practice side by side, the documents analysed and the interviews."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from obecdesk.core.process_mapping.overview import AgendaView, ProcessMap
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.layout import scrolled
from obecdesk.ui.process_mapping.agenda_editors import AgendaEditors
from obecdesk.ui.process_mapping.table_models import (
    AgendaCol,
    AgendasModel,
    DocCol,
    DocumentsModel,
    InterviewCol,
    InterviewsModel,
    StepCol,
    StepsModel,
)
from obecdesk.ui.process_mapping.widgets import (
    button_row,
    confirm,
    page,
    selected_item,
    selected_row,
    table,
)


class AgendasPanel(QWidget):
    def __init__(self, editors: AgendaEditors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editors = editors
        self.desk = editors.desk
        self.data: ProcessMap | None = None
        self.agendas = AgendasModel(self)
        self.steps = StepsModel(self)
        self.documents = DocumentsModel(self)
        self.interviews = InterviewsModel(self)
        self.agenda_table = table(self.agendas, "agenda-table", stretch=(AgendaCol.NAME,),
                                  wrap=True)
        self.agenda_table.selectionModel().selectionChanged.connect(lambda *_: self._show())
        self.step_table = table(self.steps, "step-table", wrap=True,
                                stretch=(StepCol.FORMAL, StepCol.INFORMAL))
        self.step_table.doubleClicked.connect(lambda *_: self.edit_step())
        self.document_table = table(self.documents, "document-table", wrap=True,
                                    stretch=(DocCol.NOTE,))
        self.interview_table = table(self.interviews, "interview-table", wrap=True,
                                     stretch=(InterviewCol.SUMMARY,))

        agenda_buttons, self.agenda_buttons = button_row(
            ("new-agenda", self.tr("Nová agenda…"), self.new_agenda),
            ("edit-agenda", self.tr("Upravit…"), self.edit_agenda),
            ("delete-agenda", self.tr("Odstranit"), self.delete_agenda))
        left = page(self.agenda_table, agenda_buttons, margins=False)

        self.about = QLabel()
        self.about.setObjectName("agenda-about")
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        step_buttons, self.step_buttons = button_row(
            ("new-step", self.tr("Přidat krok…"), self.new_step),
            ("edit-step", self.tr("Upravit…"), self.edit_step),
            ("step-up", self.tr("Výš"), lambda: self.move_step(-1)),
            ("step-down", self.tr("Níž"), lambda: self.move_step(1)),
            ("delete-step", self.tr("Odstranit"), self.delete_step))
        doc_buttons, _ = button_row(
            ("new-document", self.tr("Přidat dokument…"), self.new_document),
            ("edit-document", self.tr("Upravit…"), self.edit_document),
            ("delete-document", self.tr("Odstranit"), self.delete_document))
        interview_buttons, _ = button_row(
            ("new-interview", self.tr("Přidat rozhovor…"), self.new_interview),
            ("edit-interview", self.tr("Upravit…"), self.edit_interview),
            ("erase-respondent", self.tr("Vymazat jméno respondenta…"), self.erase_respondent),
            ("delete-interview", self.tr("Odstranit"), self.delete_interview))
        self.parts = QTabWidget()
        self.parts.setObjectName("agenda-parts")
        self.parts.addTab(scrolled(page(self.step_table, step_buttons)),
                          self.tr("Kroky postupu"))
        self.parts.addTab(scrolled(page(self.document_table, doc_buttons)),
                          self.tr("Analyzované dokumenty"))
        self.parts.addTab(scrolled(page(self.interview_table, interview_buttons)),
                          self.tr("Rozhovory"))
        right = page(self.about, self.parts, margins=False)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("process-agendas-split")
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        split.setSizes([330, 830])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)


    def show_map(self, data: ProcessMap) -> None:
        """Show ``data``, keeping the selected agenda (by id) when it is still there."""
        keep = self.current_agenda()
        self.data = data
        self.agendas.point_counts = Counter(p.agenda_id for p in data.points)
        self.agendas.set_rows(list(data.agendas))
        ids = [a.id for a in data.agendas]
        if ids:
            self.agenda_table.selectRow(ids.index(keep.id) if keep and keep.id in ids else 0)
        self._show()

    def current_agenda(self) -> AgendaView | None:
        row = selected_row(self.agenda_table)
        return self.agendas.row_at(row) if row >= 0 else None

    def select_step(self, agenda_id: str, step_id: str | None) -> None:
        """Select the agenda and its step (a critical point's "go to step")."""
        ids = [a.id for a in self.agendas.rows()]
        if agenda_id in ids:
            self.agenda_table.selectRow(ids.index(agenda_id))
        self.parts.setCurrentIndex(0)
        steps = [s.id for s in self.steps.rows()]
        if step_id in steps:
            self.step_table.selectRow(steps.index(step_id))

    def _show(self) -> None:
        agenda = self.current_agenda()
        self.steps.set_rows(list(agenda.steps) if agenda else [])
        self.documents.set_rows(list(agenda.documents) if agenda else [])
        self.interviews.set_rows(list(agenda.interviews) if agenda else [])
        if agenda is None:
            self.about.setText(self.tr("Lokalita zatím nemá žádnou mapovanou agendu. Začněte "
                                       "tlačítkem Nová agenda."))
        else:
            self.about.setText(" – ".join(t for t in (agenda.name, agenda.department,
                                                      agenda.description) if t))
        for button in self.step_buttons.values():
            button.setEnabled(agenda is not None)

    # -- actions: the changes come back through the view's refresh --

    def new_agenda(self) -> None:
        if self.data is not None:
            self.editors.agenda(self.data.locality_id)

    def edit_agenda(self) -> None:
        if (agenda := self.current_agenda()) and self.data is not None:
            self.editors.agenda(self.data.locality_id, agenda)

    def delete_agenda(self) -> None:
        agenda = self.current_agenda()
        if agenda and confirm(self, self.tr("Odstranit agendu"), self.tr(
                "Odstranit agendu „{0}“ i s jejími kroky, dokumenty a rozhovory?").format(
                agenda.name)):
            run_guarded(self, lambda: self.desk.agendas.delete_agenda(agenda.id))

    def new_step(self) -> None:
        if agenda := self.current_agenda():
            self.editors.step(agenda.id)

    def edit_step(self) -> None:
        step, agenda = selected_item(self.step_table, self.steps), self.current_agenda()
        if step and agenda:
            self.editors.step(agenda.id, step)

    def move_step(self, offset: int) -> None:
        if step := selected_item(self.step_table, self.steps):
            run_guarded(self, lambda: self.desk.agendas.move_step(step.id, offset))

    def delete_step(self) -> None:
        step = selected_item(self.step_table, self.steps)
        if step and confirm(self, self.tr("Odstranit krok"), self.tr(
                "Odstranit krok „{0}“? Jeho kritická místa zůstanou u agendy.").format(step.name)):
            run_guarded(self, lambda: self.desk.agendas.delete_step(step.id))

    def new_document(self) -> None:
        if agenda := self.current_agenda():
            self.editors.document(agenda.id)

    def edit_document(self) -> None:
        doc, agenda = selected_item(self.document_table, self.documents), self.current_agenda()
        if doc and agenda:
            self.editors.document(agenda.id, doc)

    def delete_document(self) -> None:
        doc = selected_item(self.document_table, self.documents)
        if doc and confirm(self, self.tr("Odstranit dokument"),
                           self.tr("Odstranit dokument „{0}“?").format(doc.title)):
            run_guarded(self, lambda: self.desk.agendas.delete_document(doc.id))

    def new_interview(self) -> None:
        if agenda := self.current_agenda():
            self.editors.interview(agenda.id)

    def edit_interview(self) -> None:
        item, agenda = selected_item(self.interview_table, self.interviews), self.current_agenda()
        if item and agenda:
            self.editors.interview(agenda.id, item)

    def erase_respondent(self) -> None:
        item = selected_item(self.interview_table, self.interviews)
        if item and confirm(self, self.tr("Vymazat osobní údaje"), self.tr(
                "Vymazat jméno a osobní údaje respondenta „{0}“? Rozhovor zůstane anonymní; "
                "vrátit to nejde.").format(item.respondent_code)):
            run_guarded(self, lambda: self.desk.interviews.erase(item.id))

    def delete_interview(self) -> None:
        item = selected_item(self.interview_table, self.interviews)
        if item and confirm(self, self.tr("Odstranit rozhovor"),
                            self.tr("Odstranit rozhovor „{0}“?").format(item.respondent_code)):
            run_guarded(self, lambda: self.desk.interviews.delete(item.id))

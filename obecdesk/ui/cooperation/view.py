"""Spolupráce: the request, the conditions of cooperation, the decision, the dates with the
countdown to the planned end, and the closing report of the current locality."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.cooperation.service import CooperationData, CooperationFrame, CooperationService
from obecdesk.core.vocabulary.localities import CooperationMode
from obecdesk.store.changes import ChangeSet
from obecdesk.ui.base_view import CapabilityView
from obecdesk.ui.context import AppContext
from obecdesk.ui.cooperation.closing_report import export_report, export_report_dialog
from obecdesk.ui.cooperation.conditions_model import Column, ConditionsModel, assessment_choices
from obecdesk.ui.cooperation.countdown_text import (
    countdown_style,
    planned_text,
    prominent_label,
)
from obecdesk.ui.cooperation.decision_form import DecisionForm
from obecdesk.ui.cooperation.request_form import RequestForm
from obecdesk.ui.cooperation.unsaved import DISCARD, SAVE, ask_to_save
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.i18n import vocab
from obecdesk.ui.layout import scrolled
from obecdesk.ui.meetings.delegates import ChoiceDelegate

KINDS = ("cooperations", "cooperation-conditions", "localities", "actors")


class CooperationView(CapabilityView):
    def __init__(self, ctx: AppContext, cooperation: CooperationService,
                 write_report: Callable[[str, Path | str], Path],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.cooperation = cooperation
        self.write_report = write_report
        #: the day the countdown counts from (a test may fix it)
        self.today = dt.date.today
        self.frame: CooperationFrame | None = None
        self._loaded: CooperationData | None = None

        self.title = QLabel()
        self.title.setObjectName("cooperation-title")
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.countdown = QLabel()
        self.countdown.setObjectName("cooperation-countdown")
        self.request = RequestForm()
        self.decision = DecisionForm()
        self.conditions = ConditionsModel(self)
        self.table = QTableView()
        self.table.setObjectName("cooperation-conditions")
        self.table.setModel(self.conditions)
        self.table.setItemDelegateForColumn(Column.ASSESSMENT,
                                            ChoiceDelegate(assessment_choices(), self.table))
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.CONDITION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.ASSESSMENT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(220)

        self.save_button = QPushButton(self.tr("Uložit"))
        self.save_button.setObjectName("cooperation-save")
        self.revert_button = QPushButton(self.tr("Vrátit změny"))
        self.revert_button.setObjectName("cooperation-revert")
        self.report_button = QPushButton(self.tr("Závěrečná zpráva (PDF)…"))
        self.report_button.setObjectName("cooperation-report")
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.report_button.clicked.connect(self.export_report_dialog)
        self.hint = QLabel()
        self.hint.setObjectName("cooperation-hint")
        self.hint.setWordWrap(True)
        for form in (self.request, self.decision):
            form.edited.connect(self._update_buttons)
        self.conditions.edited.connect(self._update_buttons)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.countdown)
        columns = QHBoxLayout()
        columns.addWidget(self.request, 1)
        right = QVBoxLayout()
        right.addWidget(self.table, 1)
        right.addWidget(self.decision)
        columns.addLayout(right, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.report_button)
        content = QWidget()
        content.setObjectName("cooperation-content")
        inner = QVBoxLayout(content)
        inner.addLayout(top)
        inner.addLayout(columns, 1)
        outer = QVBoxLayout(self)
        outer.addWidget(scrolled(content), 1)
        outer.addLayout(buttons)
        self.load(ctx.locality_id)

    # -- data ------------------------------------------------------------------------------------

    def load(self, locality_id: str) -> None:
        self.frame = self.cooperation.frame(locality_id, self.today()) if locality_id else None
        frame = self.frame
        if frame is None:
            self.title.setText(self.tr("Nejdříve založte nebo vyberte lokalitu."))
            self.countdown.clear()
            self._loaded = None
            self.setEnabled(True)
            self._update_buttons()
            return
        data = frame.data
        self.title.setText(f"{frame.locality_name} – {vocab(CooperationMode.label_of(frame.mode))}")
        self.request.set_askers(self.cooperation.askers(frame.locality_id))
        self.request.set_values(asker=data.requested_by_id, requested_on=data.requested_on,
                                mode=data.requested_mode, themes=data.themes,
                                situation=data.situation)
        self.decision.set_values(decision=data.decision, reason=data.decision_reason,
                                 decided_on=data.decided_on, agreed_on=data.agreed_on,
                                 override=data.planned_end_override)
        self.conditions.set_rows(data.conditions)
        self._show_countdown(frame)
        self._loaded = self.data()
        self._update_buttons()

    def _show_countdown(self, frame: CooperationFrame) -> None:
        value = frame.countdown
        self.countdown.setText(prominent_label(value) if value else "")
        self.countdown.setStyleSheet(countdown_style(value) if value else "")
        self.decision.planned.setText(planned_text(frame))

    def data(self) -> CooperationData:
        r, d = self.request, self.decision
        return CooperationData(
            requested_by_id=r.asker.currentData() or None, requested_on=r.requested_on.value(),
            themes=r.themes_value(), requested_mode=r.mode.currentData() or "",
            situation=r.situation.toPlainText(), decision=d.decision.currentData(),
            decision_reason=d.reason.text().strip(), decided_on=d.decided_on.value(),
            agreed_on=d.agreed_on.value(), planned_end_override=d.override(),
            conditions=self.conditions.rows())

    def is_dirty(self) -> bool:
        return self._loaded is not None and self.data() != self._loaded

    def has_unsaved_edits(self) -> bool:
        return self.is_dirty()

    def _update_buttons(self) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.report_button.setEnabled(self.frame is not None)
        self.hint.setText(self.tr("Neuložené změny.") if dirty else "")

    # -- actions ---------------------------------------------------------------------------------

    def save(self) -> bool:
        if self.frame is None or self._loaded is None:
            return False
        locality_id = self.frame.locality_id
        saved = run_guarded(self, lambda: self.cooperation.save(
            locality_id, self.data(), before=self._loaded))
        if saved is None:
            return False
        self.load(locality_id)
        self.hint.setText(self.tr("Uloženo."))
        return True

    def revert(self) -> None:
        self.load(self.frame.locality_id if self.frame else "")

    def confirm_close(self) -> bool:
        """Unsaved edits: save, drop or stay (False keeps the window open)."""
        if not self.is_dirty():
            return True
        answer = ask_to_save(self, can_stay=True)
        return self.save() if answer == SAVE else answer == DISCARD

    def on_locality_changed(self, locality_id: str) -> None:
        if self.is_dirty() and ask_to_save(self, can_stay=False) == SAVE:
            self.save()
        self.load(locality_id)

    def on_changes(self, changes: ChangeSet) -> None:
        if changes.touches(*KINDS) and not self.is_dirty():
            self.load(self.ctx.locality_id)

    def export_report_dialog(self) -> None:
        export_report_dialog(self)

    def export_report(self, path: str) -> bool:
        return export_report(self, path)

"""The activity of the local partnership in numbers (meetings, decisions, tasks, attendance)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from obecdesk.core.formatting import number_text
from obecdesk.core.overview import Activity
from obecdesk.ui.context import AppContext


class ActivityPanel(QWidget):
    def __init__(self, ctx: AppContext, activity: Callable[[str], Activity],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.activity = activity
        title = QLabel(self.tr("Ukazatele činnosti partnerství"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout()
        cards = [
            ("meetings_held", self.tr("Proběhlá jednání")),
            ("meetings_planned", self.tr("Naplánovaná jednání")),
            ("decisions", self.tr("Přijatá usnesení")),
            ("attendance_rate", self.tr("Účast pozvaných")),
            ("actions_done", self.tr("Splněné úkoly")),
            ("actions_open", self.tr("Otevřené úkoly")),
            ("actions_overdue", self.tr("Úkoly po termínu")),
        ]
        for n, (key, label) in enumerate(cards):
            card = QFrame()
            card.setFrameShape(QFrame.Shape.StyledPanel)
            box = QVBoxLayout(card)
            value = QLabel("–")
            value.setObjectName(f"value-{key}")
            value.setStyleSheet("font-size: 24pt; font-weight: bold;")
            box.addWidget(value)
            box.addWidget(QLabel(label))
            self.values[key] = value
            grid.addWidget(card, n // 4, n % 4)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.reload()

    def reload(self) -> None:
        if not self.ctx.locality_id:
            for value in self.values.values():
                value.setText("–")
            return
        data = self.activity(self.ctx.locality_id)
        for key, value in self.values.items():
            number = getattr(data, key)
            if key == "attendance_rate":
                value.setText("–" if number is None else f"{number_text(round(number * 100))} %")
            else:
                value.setText(number_text(number))
        overdue = self.values["actions_overdue"]
        overdue.setStyleSheet("font-size: 24pt; font-weight: bold;"
                              + (" color: #b00020;" if data.actions_overdue else ""))

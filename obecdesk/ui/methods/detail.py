"""The detail of one method: its card as rich text, the meetings of this locality that used it,
and the rating of how it went (1–5 and a note) for a selected use."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from obecdesk.catalog.method_schema import Method
from obecdesk.core.formatting import date_text
from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.methods.ratings import MethodUseInfo
from obecdesk.core.vocabulary.methods import ConflictLevel, Participation, Purpose, Skill

#: the detail's labels (translated in the "MethodDetail" context when shown)
L = {
    "Účel": QT_TRANSLATE_NOOP("MethodDetail", "Účel"),
    "Participace (IAP2)": QT_TRANSLATE_NOOP("MethodDetail", "Participace (IAP2)"),
    "Skupina": QT_TRANSLATE_NOOP("MethodDetail", "Skupina"),
    "Délka": QT_TRANSLATE_NOOP("MethodDetail", "Délka"),
    "Unese": QT_TRANSLATE_NOOP("MethodDetail", "Unese"),
    "Facilitace": QT_TRANSLATE_NOOP("MethodDetail", "Facilitace"),
    "Příprava": QT_TRANSLATE_NOOP("MethodDetail", "Příprava"),
    "Prostor": QT_TRANSLATE_NOOP("MethodDetail", "Prostor"),
    "Pomůcky": QT_TRANSLATE_NOOP("MethodDetail", "Pomůcky"),
    "Na co si dát pozor": QT_TRANSLATE_NOOP("MethodDetail", "Na co si dát pozor"),
    "Varianty": QT_TRANSLATE_NOOP("MethodDetail", "Varianty"),
    "Postup": QT_TRANSLATE_NOOP("MethodDetail", "Postup"),
}


def _v(text: str) -> str:
    return QCoreApplication.translate("Vocabulary", text)


def method_html(method: Method) -> str:
    """The method as the card prints it: facts, numbered steps with minutes, and the rest."""
    def t(label: str) -> str:
        return QCoreApplication.translate("MethodDetail", label)

    facts = [
        (t(L["Účel"]), ", ".join(_v(Purpose.label_of(p)) for p in method.purposes)),
        (t(L["Participace (IAP2)"]), _v(Participation.label_of(
            method.participation))),
        (t(L["Skupina"]), f"{method.group_min}–{method.group_max}"),
        (t(L["Délka"]), f"{method.minutes_min}–{method.minutes_max} min"),
        (t(L["Unese"]), _v(ConflictLevel.label_of(method.conflict))),
        (t(L["Facilitace"]), _v(Skill.label_of(method.skill))),
    ]
    parts = [f"<h2>{escape(method.name_cs)}</h2><p>{escape(method.summary_cs)}</p><table>"]
    parts += [f"<tr><td><b>{escape(k)}</b>&nbsp;&nbsp;</td><td>{escape(v)}</td></tr>"
              for k, v in facts]
    parts.append(f"</table><h3>{escape(t(L['Postup']))}</h3><ol>")
    parts += [f"<li>({step.minutes} min) {escape(step.cs)}</li>" for step in method.steps]
    parts.append("</ol>")
    for title, value in ((t(L["Příprava"]), method.preparation_cs),
                         (t(L["Prostor"]), method.room_cs)):
        if value:
            parts.append(f"<h3>{escape(title)}</h3><p>{escape(value)}</p>")
    for title, items in ((t(L["Pomůcky"]), method.materials_cs),
                         (t(L["Na co si dát pozor"]), method.pitfalls_cs),
                         (t(L["Varianty"]), method.variants_cs)):
        if items:
            parts.append(f"<h3>{escape(title)}</h3><ul>"
                         + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>")
    if method.sources:
        parts.append("<p><small>" + escape("; ".join(method.sources)) + "</small></p>")
    return "".join(parts)


class MethodDetail(QWidget):
    """``rate_requested(agenda_item_id, score, note)`` when the user saves a rating."""

    rate_requested = Signal(str, int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QTextBrowser()
        self.text.setObjectName("method-detail")
        self.uses_label = QLabel(self.tr("Použito v jednáních této lokality"))
        self.uses = QTableWidget(0, 4)
        self.uses.setObjectName("method-uses")
        self.uses.setHorizontalHeaderLabels(
            [self.tr("Datum"), self.tr("Jednání"), self.tr("Hodnocení"), self.tr("Poznámka")])
        self.uses.verticalHeader().hide()
        self.uses.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.uses.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.uses.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.uses.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.uses.setMaximumHeight(150)
        self.score = QSpinBox()
        self.score.setRange(1, 5)
        self.score.setValue(4)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Jak metoda proběhla?"))
        self.rate_button = QPushButton(self.tr("Uložit hodnocení"))
        self.rate_button.setObjectName("save-rating")
        self.rate_button.setEnabled(False)
        self.rate_button.clicked.connect(self._rate)
        rating = QHBoxLayout()
        rating.addWidget(QLabel(self.tr("Hodnocení 1–5")))
        rating.addWidget(self.score)
        rating.addWidget(self.note, 1)
        rating.addWidget(self.rate_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.uses_label)
        layout.addWidget(self.uses)
        layout.addLayout(rating)
        self._uses: list[MethodUseInfo] = []
        self.uses.itemSelectionChanged.connect(
            lambda: self.rate_button.setEnabled(bool(self.uses.selectionModel().selectedRows())))

    def show_method(self, method: Method | None, uses: list[MethodUseInfo]) -> None:
        self.text.setHtml(method_html(method) if method else "")
        self._uses = uses
        self.uses.setRowCount(len(uses))
        for row, use in enumerate(uses):
            cells = [date_text(use.meeting_date), f"{use.meeting_title} – {use.item_title}",
                     str(use.score) if use.score else "", use.note]
            for column, value in enumerate(cells):
                self.uses.setItem(row, column, QTableWidgetItem(value))
        self.uses_label.setText(self.tr("Použito v jednáních této lokality: {0}×")
                                .format(len(uses)))
        self.rate_button.setEnabled(False)

    def _rate(self) -> None:
        rows = self.uses.selectionModel().selectedRows()
        if rows:
            use = self._uses[rows[0].row()]
            self.rate_requested.emit(use.agenda_item_id, self.score.value(), self.note.text())

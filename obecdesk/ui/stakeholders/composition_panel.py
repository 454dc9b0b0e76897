"""The composition check of one body: what it has (green) and the seats to fill first (red).

The recommended seats depend on the body's kind (the partnership, the steering group, a working
group); a new group sees what it has and the three most important seats to fill, the rest of the
recommendation one click away rather than a wall of red rows.

Also says whether anyone with decision-making power sits in the body (seed 004) and warns when
no target-group representative does (seed 001).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.stakeholders.composition import CompositionReport, CompositionService
from obecdesk.core.vocabulary.stakeholders import BodyKind
from obecdesk.errors import UserError
from obecdesk.ui.i18n import vocab

#: how many of the missing seats show before "Ukázat další doporučená místa"
FIRST_TO_FILL = 3
GOOD = "#e3f4e1"
GOOD_TEXT = "#1e6b25"
BAD = "#fbe3e3"
BAD_TEXT = "#a11d1d"


def _banner(label: QLabel, text: str, good: bool) -> None:
    label.setText(text)
    background, colour = (GOOD, GOOD_TEXT) if good else (BAD, BAD_TEXT)
    label.setStyleSheet(f"background:{background}; color:{colour}; padding:6px; "
                        "border-radius:4px; font-weight:bold;")
    label.setVisible(True)


class CompositionPanel(QWidget):
    """Shows :meth:`CompositionService.check` of the body given to :meth:`show_body`."""

    def __init__(self, composition: CompositionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.composition = composition
        self.report: CompositionReport | None = None
        self._body_id: str | None = None

        self.title = QLabel()
        self.title.setObjectName("composition-title")
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.title.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("composition-summary")
        self.summary.setWordWrap(True)
        self.decision_banner = QLabel()
        self.decision_banner.setObjectName("decision-power")
        self.decision_banner.setWordWrap(True)
        self.target_group_banner = QLabel()
        self.target_group_banner.setObjectName("target-group-warning")
        self.target_group_banner.setWordWrap(True)
        self.seats = QListWidget()
        self.seats.setObjectName("composition-seats")
        self.seats.setWordWrap(True)
        self.seats.setSpacing(1)
        self.show_all = QPushButton()
        self.show_all.setObjectName("composition-show-all")
        self.show_all.setCheckable(True)
        self.show_all.toggled.connect(lambda _on: self._fill_seats())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.decision_banner)
        layout.addWidget(self.target_group_banner)
        layout.addWidget(self.seats, 1)
        layout.addWidget(self.show_all)
        self.show_body(None)

    def show_body(self, body_id: str | None) -> None:
        self.seats.clear()
        self.report = None
        self.show_all.hide()
        if body_id != self._body_id:  # another body starts with the short list
            self.show_all.setChecked(False)
        self._body_id = body_id
        if body_id is None:
            self.title.setText(self.tr("Kontrola složení"))
            self.summary.setText(self.tr("Vyberte pracovní skupinu nebo jiný orgán."))
            self.decision_banner.hide()
            self.target_group_banner.hide()
            return
        try:
            report = self.composition.check(body_id)
        except UserError as exc:  # a broken catalog or a body deleted meanwhile
            self.title.setText(self.tr("Kontrola složení"))
            self.summary.setText(str(exc))
            self.decision_banner.hide()
            self.target_group_banner.hide()
            return
        self.report = report
        self.title.setText(self.tr("Kontrola složení: {0}").format(report.body_name))
        self.summary.setText(self.tr(
            "Doporučené složení ({0}): obsazeno {1} z {2} míst.").format(
            vocab(BodyKind.label_of(report.body_kind)), len(report.covered),
            len(report.seats)))
        if report.has_decision_power:
            names = ", ".join(m.name for m in report.decision_makers)
            _banner(self.decision_banner,
                    self.tr("✔ Rozhodovací pravomoc: ano – {0}").format(names), True)
        else:
            _banner(self.decision_banner, self.tr(
                "✘ Rozhodovací pravomoc: ne – ve skupině nesedí nikdo, kdo může rozhodnout."),
                False)
        if report.lacks_target_group:
            _banner(self.target_group_banner, self.tr(
                "⚠ Chybí zástupce cílové skupiny – lidé, o kterých se rozhoduje, nejsou u stolu."),
                False)
        else:
            self.target_group_banner.hide()
        self._fill_seats()

    def _fill_seats(self) -> None:
        """What the body has first, then the seats to fill, most important first."""
        report = self.report
        self.seats.clear()
        if report is None:
            return
        language = "en" if QLocale().language() == QLocale.Language.English else "cs"
        for seat in report.covered:
            names = ", ".join(m.name for m in seat.members)
            self._add_row("✔ " + seat.entry.label(language), names, True)
        if report.others:
            names = ", ".join(m.name for m in report.others)
            item = QListWidgetItem(self.tr("Další členové: {0}").format(names))
            item.setForeground(QBrush(QColor("#555555")))
            self.seats.addItem(item)
        shown = report.missing if self.show_all.isChecked() else report.first_to_fill(
            FIRST_TO_FILL)
        if shown:
            heading = QListWidgetItem(self.tr("Doporučujeme obsadit:"))
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            self.seats.addItem(heading)
        for seat in shown:
            self._add_row("✘ " + seat.entry.label(language), "", False)
        hidden = len(report.missing) - len(report.first_to_fill(FIRST_TO_FILL))
        self.show_all.setVisible(hidden > 0)
        self.show_all.setText(self.tr("Skrýt další doporučená místa") if self.show_all.isChecked()
                              else self.tr("Ukázat další doporučená místa ({0})").format(hidden))

    def _add_row(self, seat: str, detail: str, covered: bool) -> None:
        item = QListWidgetItem(f"{seat}\n      {detail}" if detail else seat)
        item.setBackground(QBrush(QColor(GOOD if covered else BAD)))
        item.setForeground(QBrush(QColor(GOOD_TEXT if covered else BAD_TEXT)))
        item.setData(Qt.ItemDataRole.UserRole, covered)
        self.seats.addItem(item)

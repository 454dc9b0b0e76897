"""The composition check of one body: recommended seats covered (green) or missing (red).

Also says whether anyone with decision-making power sits in the body (seed 004) and warns when
no target-group representative does (seed 001).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from obecdesk.core.stakeholders.composition import CompositionReport, CompositionService
from obecdesk.core.vocabulary.stakeholders import BodyKind
from obecdesk.errors import UserError
from obecdesk.ui.i18n import vocab

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

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.decision_banner)
        layout.addWidget(self.target_group_banner)
        layout.addWidget(self.seats, 1)
        self.show_body(None)

    def show_body(self, body_id: str | None) -> None:
        self.seats.clear()
        self.report = None
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
        note = "" if report.body_kind == BodyKind.WORKING_GROUP else self.tr(
            " Doporučené složení platí pro pracovní skupinu ({0}).").format(
            vocab(BodyKind.WORKING_GROUP.label))
        self.summary.setText(self.tr(
            "Pokryto {0} z {1} doporučených míst, chybí {2} (z toho povinných {3}).{4}").format(
            len(report.covered), len(report.seats), len(report.missing),
            len(report.missing_obligatory), note))
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
        language = "en" if QLocale().language() == QLocale.Language.English else "cs"
        for seat in report.missing:
            mark = self.tr(" (povinné)") if seat.entry.obligatory else ""
            self._add_row("✘ " + seat.entry.label(language) + mark, "", False)
        for seat in report.covered:
            names = ", ".join(m.name for m in seat.members)
            self._add_row("✔ " + seat.entry.label(language), names, True)
        if report.others:
            names = ", ".join(m.name for m in report.others)
            item = QListWidgetItem(self.tr("Další členové: {0}").format(names))
            item.setForeground(QBrush(QColor("#555555")))
            self.seats.addItem(item)

    def _add_row(self, seat: str, detail: str, covered: bool) -> None:
        item = QListWidgetItem(f"{seat}\n      {detail}" if detail else seat)
        item.setBackground(QBrush(QColor(GOOD if covered else BAD)))
        item.setForeground(QBrush(QColor(GOOD_TEXT if covered else BAD_TEXT)))
        item.setData(Qt.ItemDataRole.UserRole, covered)
        self.seats.addItem(item)

"""A coordinator's own method: a form over the catalog's schema, started from a catalog method
as a template or from an own method to edit. What the form builds is checked by the same
schema as the shipped files, so a bad entry gets the schema's Czech sentence."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from obecdesk.catalog.method_schema import Method, MethodError, Step, parse_method
from obecdesk.core.vocabulary.methods import ConflictLevel, Participation, Purpose, Skill
from obecdesk.ui.errors import show_error


def _combo(members, value: str) -> QComboBox:
    combo = QComboBox()
    for member in members:
        combo.addItem(QCoreApplication.translate("Vocabulary", member.label), member.value)
    combo.setCurrentIndex(combo.findData(value))
    return combo


def _spin(value: int, maximum: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(1, maximum)
    spin.setValue(value)
    return spin


def _lines(widget: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in widget.toPlainText().splitlines() if line.strip()]


class OwnMethodDialog(QDialog):
    """Fills from ``template``; after ``accept`` :attr:`method` is the checked method."""

    def __init__(self, template: Method, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("own-method-dialog")
        self.setWindowTitle(self.tr("Vlastní metoda"))
        self.template = template
        self.method: Method | None = None
        self.name = QLineEdit(template.name_cs)
        self.summary = QPlainTextEdit(template.summary_cs)
        self.purposes = QListWidget()
        for purpose in Purpose:
            item = QListWidgetItem(QCoreApplication.translate("Vocabulary", purpose.label))
            item.setData(Qt.ItemDataRole.UserRole, purpose.value)
            item.setCheckState(Qt.CheckState.Checked if purpose.value in template.purposes
                               else Qt.CheckState.Unchecked)
            self.purposes.addItem(item)
        self.participation = _combo(Participation, template.participation)
        self.conflict = _combo(ConflictLevel, template.conflict)
        self.skill = _combo(Skill, template.skill)
        self.group_min, self.group_max = (_spin(template.group_min, 10000),
                                          _spin(template.group_max, 10000))
        self.minutes_min, self.minutes_max = (_spin(template.minutes_min, 24 * 60),
                                              _spin(template.minutes_max, 24 * 60))
        self.low_literacy = QCheckBox(self.tr("nízká gramotnost"))
        self.low_literacy.setChecked(template.low_literacy)
        self.low_trust = QCheckBox(self.tr("malá důvěra"))
        self.low_trust.setChecked(template.low_trust)
        self.language = QCheckBox(self.tr("jazyková bariéra"))
        self.language.setChecked(template.language_barriers)
        self.steps = QPlainTextEdit("\n".join(f"{s.minutes} | {s.cs}" for s in template.steps))
        self.materials = QPlainTextEdit("\n".join(template.materials_cs))
        self.pitfalls = QPlainTextEdit("\n".join(template.pitfalls_cs))

        form = QFormLayout()
        form.addRow(self.tr("Název"), self.name)
        form.addRow(self.tr("Popis"), self.summary)
        form.addRow(self.tr("Účel"), self.purposes)
        form.addRow(self.tr("Participace"), self.participation)
        sizes = QHBoxLayout()
        for widget in (self.group_min, self.group_max, self.minutes_min, self.minutes_max):
            sizes.addWidget(widget)
        form.addRow(self.tr("Lidí od–do, minut od–do"), sizes)
        form.addRow(self.tr("Unese"), self.conflict)
        form.addRow(self.tr("Facilitace"), self.skill)
        flags = QHBoxLayout()
        for box in (self.low_literacy, self.low_trust, self.language):
            flags.addWidget(box)
        form.addRow(self.tr("Vhodná i pro"), flags)
        form.addRow(self.tr("Kroky (minut | krok)"), self.steps)
        form.addRow(self.tr("Pomůcky (po řádcích)"), self.materials)
        form.addRow(self.tr("Na co si dát pozor"), self.pitfalls)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(720, 760)

    def _steps(self) -> tuple[Step, ...]:
        steps = []
        for number, line in enumerate(_lines(self.steps), start=1):
            minutes, _, text = line.partition("|")
            if not minutes.strip().isdigit() or not text.strip():
                raise MethodError(self.tr("Krok {0}: napište „minut | co se děje“.").format(
                    number))
            steps.append(Step(int(minutes), text.strip(), ""))
        return tuple(steps)

    def build(self) -> Method:
        """The method the form describes, checked by the catalog's schema."""
        purposes = [self.purposes.item(i).data(Qt.ItemDataRole.UserRole)
                    for i in range(self.purposes.count())
                    if self.purposes.item(i).checkState() == Qt.CheckState.Checked]
        edited = replace(
            self.template, name_cs=self.name.text().strip(), name_en="",
            summary_cs=self.summary.toPlainText().strip(), summary_en="",
            purposes=tuple(purposes), participation=self.participation.currentData(),
            conflict=self.conflict.currentData(), skill=self.skill.currentData(),
            group_min=self.group_min.value(), group_max=self.group_max.value(),
            minutes_min=self.minutes_min.value(), minutes_max=self.minutes_max.value(),
            low_literacy=self.low_literacy.isChecked(), low_trust=self.low_trust.isChecked(),
            language_barriers=self.language.isChecked(), steps=self._steps(),
            materials_cs=tuple(_lines(self.materials)), materials_en=(),
            pitfalls_cs=tuple(_lines(self.pitfalls)), pitfalls_en=(), kind="method")
        data = {k: list(v) if isinstance(v, tuple) else v for k, v in edited.__dict__.items()
                if k not in ("origin", "locality_id", "steps")}
        data["steps"] = [{"minutes": s.minutes, "cs": s.cs, "en": s.en} for s in edited.steps]
        return parse_method(data, origin=self.template.origin)

    def accept(self) -> None:
        try:
            self.method = self.build()
        except MethodError as exc:
            show_error(self, str(exc))
            return
        super().accept()

"""An area of the plan: one of the themes (so HQ can compare localities) or the locality's own,
named as the plan names it. Picking a theme offers its usual name."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout

from obecdesk.catalog.plan_catalog import measure_areas
from obecdesk.core.vocabulary.localities import Theme
from obecdesk.ui.discard_guard import GuardedDialog
from obecdesk.ui.errors import run_guarded
from obecdesk.ui.i18n import tr_context


def theme_title(theme: str) -> str:
    """The usual name of an area of ``theme``: the measures catalog's, else the theme's own."""
    area = next((a for a in measure_areas() if a.code == theme), None)
    if area is not None:
        return area.label_cs
    label = Theme(theme).label if theme in Theme._value2member_map_ else ""
    return label[:1].upper() + label[1:]


class AreaDialog(GuardedDialog):
    def __init__(self, save: Callable[[str, str], object], title: str = "", theme: str = "",
                 parent=None) -> None:
        """``save(title, theme)``; ``title`` empty for a new area."""
        super().__init__(parent)
        self._save = save
        self.setObjectName("area-dialog")
        self.setWindowTitle(self.tr("Upravit oblast") if title else self.tr("Nová oblast plánu"))
        self.setMinimumWidth(420)
        self.theme = QComboBox()
        self.theme.setObjectName("area-theme")
        self.theme.addItem(self.tr("vlastní oblast lokality"), "")
        for member in Theme:
            self.theme.addItem(tr_context("Vocabulary", member.label), member.value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme)))
        self.name = QLineEdit(title)
        self.name.setObjectName("area-name")
        self._offered = theme_title(theme) if theme else ""
        self.theme.currentIndexChanged.connect(self._offer_name)
        form = QFormLayout()
        form.addRow(self.tr("Téma"), self.theme)
        form.addRow(self.tr("Název *"), self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.mark_clean()

    def _offer_name(self) -> None:
        """A name typed by hand stays; one the dialog offered follows the theme."""
        if self.name.text().strip() in ("", self._offered):
            self._offered = theme_title(self.theme.currentData()) if self.theme.currentData() \
                else ""
            self.name.setText(self._offered)

    def data(self) -> tuple[str, str]:
        return self.name.text(), self.theme.currentData()

    def accept(self) -> None:
        name, theme = self.data()
        if run_guarded(self, lambda: self._save(name, theme) or True):
            super().accept()

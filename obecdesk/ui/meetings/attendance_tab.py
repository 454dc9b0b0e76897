"""Docházka: per invitee present / excused / absent, guests, and a head count for public meetings."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.meetings.draft_rows import AttendanceRow
from obecdesk.core.vocabulary.meetings import AttendanceStatus
from obecdesk.ui.errors import show_error
from obecdesk.ui.meetings.attendance_model import AttendanceModel, Column
from obecdesk.ui.selection import enable_with_selection


class AttendanceTab(QWidget):
    edited = Signal()

    def __init__(self, model: AttendanceModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._loading = False

        self.table = QTableView()
        self.table.setObjectName("attendance-table")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.resizeSection(Column.NAME, 280)
        header.setSectionResizeMode(Column.ORGANISATION, QHeaderView.ResizeMode.Stretch)
        for column in (Column.PRESENT, Column.EXCUSED, Column.ABSENT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        everyone = QPushButton(self.tr("Označit nevyplněné jako přítomné"))
        everyone.setObjectName("mark-rest-present")
        everyone.clicked.connect(self.mark_rest_present)
        self.summary = QLabel()
        self.summary.setObjectName("attendance-summary")
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(everyone)

        self.guest_name = QLineEdit()
        self.guest_name.setObjectName("guest-name")
        self.guest_name.setPlaceholderText(self.tr("Jméno hosta"))
        self.guest_organisation = QLineEdit()
        self.guest_organisation.setObjectName("guest-organisation")
        self.guest_organisation.setPlaceholderText(self.tr("Organizace (nepovinné)"))
        add_guest = QPushButton(self.tr("Přidat hosta"))
        add_guest.setObjectName("add-guest")
        add_guest.clicked.connect(self.add_guest)
        self.guest_name.returnPressed.connect(self.add_guest)
        remove_guest = QPushButton(self.tr("Odebrat hosta"))
        remove_guest.setObjectName("remove-guest")
        remove_guest.clicked.connect(self.remove_selected_guest)
        enable_with_selection(self.table, remove_guest)
        guests = QHBoxLayout()
        guests.addWidget(self.guest_name, 2)
        guests.addWidget(self.guest_organisation, 2)
        guests.addWidget(add_guest)
        guests.addWidget(remove_guest)

        self.head_count = QSpinBox()
        self.head_count.setObjectName("head-count")
        self.head_count.setRange(-1, 100000)
        self.head_count.setSpecialValueText(self.tr("nezapsáno"))
        self.head_count.setValue(-1)
        self.head_count.valueChanged.connect(self._changed)
        self.head_box = QGroupBox(self.tr("Veřejné setkání: počet účastníků místo jmen"))
        head_layout = QHBoxLayout(self.head_box)
        head_layout.addWidget(QLabel(self.tr("Přišlo lidí:")))
        head_layout.addWidget(self.head_count)
        head_layout.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(guests)
        layout.addWidget(self.head_box)

        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.dataChanged):
            signal.connect(self._update_summary)
        self._update_summary()

    def set_head_count(self, value: int | None, public: bool) -> None:
        self._loading = True
        self.head_count.setValue(-1 if value is None else value)
        self.head_box.setVisible(public)
        self._loading = False

    def set_public(self, public: bool) -> None:
        self.head_box.setVisible(public)

    def head_count_value(self) -> int | None:
        value = self.head_count.value()
        return None if value < 0 else value

    def add_guest(self) -> None:
        name = self.guest_name.text().strip()
        if not name:
            show_error(self, self.tr("Napište jméno hosta."))
            return
        self.model.add(AttendanceRow(name=name, organisation=self.guest_organisation.text().strip(),
                                     invited=False, status=AttendanceStatus.PRESENT))
        self.guest_name.clear()
        self.guest_organisation.clear()

    def remove_selected_guest(self) -> None:
        rows = [i.row() for i in self.table.selectionModel().selectedRows()]
        guests = [r for r in rows if self.model.row_at(r).is_guest]
        if rows and not guests:
            show_error(self, self.tr("Odebrat lze jen hosty; pozvané odeberete na kartě Pozvánky."))
        for row in sorted(guests, reverse=True):
            self.model.remove(row)

    def mark_rest_present(self) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).status == AttendanceStatus.UNKNOWN:
                self.model.set_status(row, AttendanceStatus.PRESENT)

    def _update_summary(self, *_args) -> None:
        counts = self.model.counts()
        self.summary.setText(self.tr(
            "Přítomno {0} · omluveno {1} · nepřítomno {2} · nevyplněno {3}").format(
            counts[AttendanceStatus.PRESENT], counts[AttendanceStatus.EXCUSED],
            counts[AttendanceStatus.ABSENT], counts[AttendanceStatus.UNKNOWN]))

    def _changed(self, *_args) -> None:
        if not self._loading:
            self.edited.emit()

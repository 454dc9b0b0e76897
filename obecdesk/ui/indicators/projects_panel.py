"""The locality's funding projects as a table, with the summary HQ reports above it."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.formatting import date_text, number_text
from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.indicators.projects import ProjectInfo, ProjectSummary
from obecdesk.core.review_queries import ItemReview
from obecdesk.core.vocabulary.indicators import ProjectStatus
from obecdesk.reports.indicator_report import money
from obecdesk.ui.i18n import tr_context
from obecdesk.ui.indicators.review_style import review_colour, review_text
from obecdesk.ui.rows_model import RowsTableModel


class Col(IntEnum):
    TITLE = 0
    PROGRAMME = 1
    STATUS = 2
    REQUESTED = 3
    APPROVED = 4
    PEOPLE = 5
    SUBMITTED = 6
    REVIEW = 7


class ProjectsModel(RowsTableModel):
    CONTEXT = "ProjectsModel"
    TITLES = {
        Col.TITLE: QT_TRANSLATE_NOOP("ProjectsModel", "Projekt"),
        Col.PROGRAMME: QT_TRANSLATE_NOOP("ProjectsModel", "Program"),
        Col.STATUS: QT_TRANSLATE_NOOP("ProjectsModel", "Stav"),
        Col.REQUESTED: QT_TRANSLATE_NOOP("ProjectsModel", "Požadováno"),
        Col.APPROVED: QT_TRANSLATE_NOOP("ProjectsModel", "Schváleno"),
        Col.PEOPLE: QT_TRANSLATE_NOOP("ProjectsModel", "Podpořené osoby"),
        Col.SUBMITTED: QT_TRANSLATE_NOOP("ProjectsModel", "Podáno"),
        Col.REVIEW: QT_TRANSLATE_NOOP("ProjectsModel", "Centrála"),
    }

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        #: HQ's review of each reviewed item of the locality (``LocalityIndicators.reviews``)
        self.reviews: dict[tuple[str, str], ItemReview] = {}

    def cell(self, item: ProjectInfo, column: int, role: int):
        d = item.data
        if column == Col.REVIEW and role != Qt.ItemDataRole.DisplayRole:
            review = self.reviews.get(("project", item.id))
            if role == Qt.ItemDataRole.ForegroundRole:
                return review_colour(review)
            return review_text(review) or None if role == Qt.ItemDataRole.ToolTipRole else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Col.REQUESTED, Col.APPROVED,
                                                                    Col.PEOPLE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        # one column's text only: formatting every column for each cell asked for (money with
        # babel) made resizeColumnsToContents a good part of a locality switch
        return {
            Col.TITLE: lambda: d.title, Col.PROGRAMME: lambda: d.programme,
            Col.STATUS: lambda: tr_context("Vocabulary", ProjectStatus.label_of(d.status)),
            Col.REQUESTED: lambda: money(d.requested_hal),
            Col.APPROVED: lambda: money(d.approved_hal),
            Col.PEOPLE: lambda: "" if d.people_supported is None
            else number_text(d.people_supported),
            Col.SUBMITTED: lambda: date_text(d.submitted_on),
            Col.REVIEW: lambda: review_text(self.reviews.get(("project", item.id))),
        }[Col(column)]()


SUMMARY = QT_TRANSLATE_NOOP("ProjectsPanel", "Připraveno {0} · podáno {1} · schváleno {2} · "
                            "získáno {3} · v hodnocení {4} · podpořeno osob {5}")


def summary_text(summary: ProjectSummary) -> str:
    return tr_context("ProjectsPanel", SUMMARY).format(
        number_text(summary.prepared), number_text(summary.submitted),
        number_text(summary.approved), money(summary.obtained_hal),
        money(summary.in_evaluation_hal), number_text(summary.people_supported))


class ProjectsPanel(QWidget):
    """``edit(project or None)`` opens the project form (double-click a row, or the button)."""

    def __init__(self, edit: Callable[[ProjectInfo | None], None],
                 import_table: Callable[[], None] | None = None,
                 parent: QWidget | None = None) -> None:
        """``import_table()`` opens the import of projects from a table (when given)."""
        super().__init__(parent)
        self.edit = edit
        self.add = QPushButton(self.tr("Nový projekt…"))
        self.add.clicked.connect(lambda: self.edit(None))
        self.import_button = QPushButton(self.tr("Importovat projekty…"))
        self.import_button.setVisible(import_table is not None)
        if import_table is not None:
            self.import_button.clicked.connect(lambda: import_table())
        self.summary = QLabel()
        self.summary.setObjectName("projects-summary")
        self.summary.setWordWrap(True)
        self.model = ProjectsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.doubleClicked.connect(lambda index: self.edit(self.model.row_at(index.row())))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.horizontalHeader().setSectionResizeMode(Col.TITLE,
                                                           QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.add)
        top.addWidget(self.import_button)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def show_projects(self, projects: list[ProjectInfo], summary: ProjectSummary,
                      reviews: dict[tuple[str, str], ItemReview] | None = None) -> None:
        self.model.reviews = reviews or {}
        self.model.set_rows(projects)
        self.summary.setText(summary_text(summary))
        self.table.resizeColumnsToContents()
        # HQ's comment may be long: the column keeps the start, the tooltip has it all
        self.table.setColumnWidth(Col.REVIEW, min(self.table.columnWidth(Col.REVIEW), 200))

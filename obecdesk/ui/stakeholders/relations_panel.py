"""Relations between actors: a form to add one, the list, and the network view beside it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from obecdesk.core.vocabulary.stakeholders import RelationKind
from obecdesk.ui.columns import fitting_table
from obecdesk.ui.errors import run_guarded, show_error
from obecdesk.ui.i18n import vocab
from obecdesk.ui.selection import enable_with_selection
from obecdesk.ui.services import Services
from obecdesk.ui.stakeholders.actor_picker import ActorPicker
from obecdesk.ui.stakeholders.fitting_view import FittingView
from obecdesk.ui.stakeholders.relations_graph import Node, RelationsScene
from obecdesk.ui.stakeholders.relations_model import RelationsTableModel


class RelationsPanel(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.locality_id = ""

        self.source = ActorPicker(services.actors)
        self.source.setObjectName("relation-source")
        self.source.lineEdit().setPlaceholderText(self.tr("kdo (aktér)"))
        self.kind = QComboBox()
        self.kind.setObjectName("relation-kind")
        for value, label in RelationKind.choices():
            self.kind.addItem(vocab(label), value)
        self.target = ActorPicker(services.actors)
        self.target.setObjectName("relation-target")
        self.target.lineEdit().setPlaceholderText(self.tr("ke komu (aktér)"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("poznámka (nepovinná)"))
        self.add_button = QPushButton(self.tr("Přidat vztah"))
        self.add_button.setObjectName("add-relation")
        self.add_button.clicked.connect(self.add_relation)
        form = QHBoxLayout()
        form.addWidget(self.source, 2)
        form.addWidget(self.kind, 1)
        form.addWidget(self.target, 2)
        form.addWidget(self.note, 2)
        form.addWidget(self.add_button)

        self.model = RelationsTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("relations-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        fitting_table(self.table, max_width=170)
        self.remove_button = QPushButton(self.tr("Odebrat vybraný vztah"))
        self.remove_button.setObjectName("remove-relation")
        self.remove_button.clicked.connect(self.remove_relation)
        enable_with_selection(self.table, self.remove_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.remove_button)

        self.scene = RelationsScene(self)
        self.graph = FittingView(self.scene)
        self.graph.setObjectName("relations-graph")

        splitter = QSplitter()
        splitter.setObjectName("relations-splitter")
        splitter.addWidget(left)
        splitter.addWidget(self.graph)
        splitter.setSizes([560, 640])

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Nový vztah: kdo – jaký vztah – ke komu")))
        layout.addLayout(form)
        layout.addWidget(splitter, 1)

    def set_locality(self, locality_id: str) -> None:
        self.locality_id = locality_id
        self.reload()

    def reload(self) -> None:
        for picker in (self.source, self.target):
            picker.load(self.locality_id)
        relations = self.services.relations.list(self.locality_id) if self.locality_id else []
        self.model.set_rows(relations)
        # names come with the relations; sectors from one query over the relation ends only
        sectors = self.services.relations.end_sectors(relations)
        nodes = {}
        for r in relations:
            for actor_id, name in ((r.source_id, r.source_name), (r.target_id, r.target_name)):
                nodes[actor_id] = Node(actor_id, name, sectors.get(actor_id, "other"))
        self.scene.show_relations(relations, nodes)
        self.graph.fit()

    def add_relation(self) -> None:
        source, target = self.source.actor_id(), self.target.actor_id()
        if source is None or target is None:
            show_error(self, self.tr("Vyberte oba aktéry vztahu ze seznamu."))
            return
        done = run_guarded(self, lambda: self.services.relations.add(
            source_id=source, target_id=target, kind=self.kind.currentData(),
            note=self.note.text()))
        if done is not None:
            self.note.clear()

    def remove_relation(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            relation = self.model.row_at(index.row())
            run_guarded(self, lambda: self.services.relations.remove(relation.id))

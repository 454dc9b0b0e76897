"""Removing an area, goal or measure from the plan, after a question that says what goes with
it (goals, measures) and what stays (their indicators; the earlier versions of the plan)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from obecdesk.core.indicators.plan_edits import PlanEditService
from obecdesk.ui.errors import run_guarded

translate = QCoreApplication.translate


def remove_part(parent: QWidget, edits: PlanEditService, kind: str, id_: str) -> bool:
    """Ask, then tombstone; True when removed. ``kind`` is ``area``, ``goal`` or ``measure``."""
    scope = run_guarded(parent, lambda: edits.removal_scope(kind, id_))
    if scope is None:
        return False
    if kind == "area":
        text = translate("PlanRemoval",
                         "Smazat oblast „{0}“ i s jejími cíli ({1}) a opatřeními ({2})?")
        text = text.format(scope.title, scope.goals, scope.measures)
    elif kind == "goal":
        text = translate("PlanRemoval", "Smazat cíl „{0}“ i s jeho opatřeními ({1})?").format(
            scope.title, scope.measures)
    else:
        text = translate("PlanRemoval", "Smazat opatření „{0}“?").format(scope.title)
    if scope.indicators:
        text += " " + translate("PlanRemoval", "Jejich ukazatele ({0}) zůstanou; v této verzi "
                                "plánu budou mezi ukazateli mimo opatření.").format(
                                    scope.indicators)
    text += " " + translate("PlanRemoval", "Dřívější verze plánu se nemění.")
    answer = QMessageBox.question(parent, translate("PlanRemoval", "Smazat z plánu"), text)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    remove = {"area": edits.delete_area, "goal": edits.delete_goal,
              "measure": edits.delete_measure}[kind]
    return run_guarded(parent, lambda: remove(id_) or True) or False

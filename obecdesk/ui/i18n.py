"""Qt translation: Czech is the source language; English comes from ``obecdesk_en.qm``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from obecdesk.resources import resource

LANGUAGES = {"cs": "Čeština", "en": "English"}


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Qt's own and our translations for ``language``; returns them to keep them alive."""
    QLocale.setDefault(QLocale(QLocale.Language.Czech if language == "cs"
                               else QLocale.Language.English, QLocale.Country.CzechRepublic
                               if language == "cs" else QLocale.Country.UnitedKingdom))
    translators: list[QTranslator] = []
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        translators.append(qt_base)
    if language != "cs":
        ours = QTranslator(app)
        if ours.load(str(resource("translations", f"obecdesk_{language}.qm"))):
            app.installTranslator(ours)
            translators.append(ours)
    return translators


def vocab(label: str) -> str:
    """Translate a label of a closed list (``obecdesk.core.vocabulary``)."""
    return QCoreApplication.translate("Vocabulary", label)


def tr_context(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)

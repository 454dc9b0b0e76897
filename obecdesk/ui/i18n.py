"""Qt translation: Czech is the source language; English comes from ``obecdesk_en.qm``."""

from __future__ import annotations

from pathlib import Path

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
    # Qt's own dialogs and buttons (file dialog, "Zrušit", "Ano"): qtbase_cs from the Qt that
    # PySide6 ships, wherever this Qt was installed or bundled
    if any(qt_base.load(f"qtbase_{language}", folder) for folder in qt_translation_folders()):
        app.installTranslator(qt_base)
        translators.append(qt_base)
    if language != "cs":
        ours = QTranslator(app)
        if ours.load(str(resource("translations", f"obecdesk_{language}.qm"))):
            app.installTranslator(ours)
            translators.append(ours)
    return translators


def qt_translation_folders() -> list[str]:
    """Where Qt's own ``.qm`` files are: Qt's configured path, then the PySide6 package's."""
    import PySide6

    return [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            str(Path(PySide6.__file__).parent / "Qt" / "translations")]


def vocab(label: str) -> str:
    """Translate a label of a closed list (``obecdesk.core.vocabulary``)."""
    return QCoreApplication.translate("Vocabulary", label)


def tr_context(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)

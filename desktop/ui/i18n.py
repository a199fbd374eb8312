"""Interface language: Chinese is the source language; English ships as resources/translations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from desktop import paths

LANGUAGES = ("zh", "en")


def saved_language(settings: QSettings) -> str:
    value = str(settings.value("language", "zh"))
    return value if value in LANGUAGES else "zh"


def save_language(settings: QSettings, language: str) -> None:
    settings.setValue("language", language)
    settings.sync()


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language``; keep the returned list alive."""
    installed: list[QTranslator] = []
    if language == "en":
        translator = QTranslator(app)
        if translator.load(str(paths.resource("translations", "stationdesk_en.qm"))):
            app.installTranslator(translator)
            installed.append(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    return installed

"""Interface language: Chinese is the source language; English ships as resources/translations.

Qt's own texts (the OK of a message box, a line edit's right-click menu, the file dialog) come from
Qt's translations that PySide6 ships (``qtbase_zh_CN.qm``); the PyInstaller spec keeps the zh_CN
and en ones (packaging/stationdesk.spec, QT_TRANSLATIONS_KEPT)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from desktop import paths

LANGUAGES = ("zh", "en")
QT_CATALOGUES = {"zh": "qtbase_zh_CN.qm", "en": "qtbase_en.qm"}


def saved_language(settings: QSettings) -> str:
    value = str(settings.value("language", "zh"))
    return value if value in LANGUAGES else "zh"


def save_language(settings: QSettings, language: str) -> None:
    settings.setValue("language", language)
    settings.sync()


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own .qm files are: Qt's configured folder, else beside the PySide6 package (a
    PyInstaller bundle keeps PySide6/Qt/translations)."""
    import PySide6

    found = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    package = Path(PySide6.__file__).resolve().parent
    found += [package / "Qt" / "translations", package / "translations"]
    return [d for d in dict.fromkeys(found) if d.is_dir()]


def qt_catalogue(language: str) -> Path | None:
    name = QT_CATALOGUES.get(language)
    for folder in qt_translations_dirs() if name else []:
        if (folder / name).is_file():
            return folder / name
    return None


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language``; keep the returned list alive."""
    installed: list[QTranslator] = []
    qt_file = qt_catalogue(language)
    if qt_file is not None:
        qt = QTranslator(app)
        if qt.load(str(qt_file)):
            app.installTranslator(qt)
            installed.append(qt)
    if language == "en":
        translator = QTranslator(app)
        if translator.load(str(paths.resource("translations", "stationdesk_en.qm"))):
            app.installTranslator(translator)
            installed.append(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    return installed


def uninstall(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)

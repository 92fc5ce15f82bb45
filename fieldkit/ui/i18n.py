"""The window's language: Azerbaijani, Russian or English, chosen once and remembered.

The choice comes from ``--lang``, else the saved setting, else the system's
language; fieldkit's own catalog and Qt's (for its standard dialogs) are
installed together. Forms follow it too when they have that language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

__all__ = ["LANGUAGES", "chosen_language", "current", "install", "remember"]

LANGUAGES = {"en": "English", "az": "Azərbaycanca", "ru": "Русский"}
_installed: list[QTranslator] = []
_current = "en"


def _catalogs() -> Path:
    from fieldkit import resources_dir

    return resources_dir() / "translations"


def _settings() -> QSettings:
    return QSettings("fieldkit", "fieldkit")


def chosen_language(requested: str | None = None) -> str:
    if requested in LANGUAGES:
        return requested  # type: ignore[return-value]
    saved = _settings().value("language")
    if saved in LANGUAGES:
        return str(saved)
    system = QLocale.system().name()[:2]
    return system if system in LANGUAGES else "en"


def remember(language: str) -> None:
    if language in LANGUAGES:
        _settings().setValue("language", language)


def install(language: str) -> str:
    """Install the catalogs of ``language`` (removing earlier ones); return the language in force."""
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    _current = language if language in LANGUAGES else "en"
    if _current == "en" or app is None:
        return _current
    ours = QTranslator(app)
    if ours.load(str(_catalogs() / f"fieldkit_{_current}.qm")):
        QCoreApplication.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{_current}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)
    return _current


def current() -> str:
    return _current

"""Qt translation. Italian is the source language; a translation file for another
language (resources/translations/palestra_<lang>.qm) is installed when present."""
from __future__ import annotations

from PySide6.QtCore import QLocale, QTranslator

from app.paths import RESOURCES_DIR

_installed: list[QTranslator] = []


def install(app, language: str | None = None) -> bool:
    if _installed:
        return True
    language = language or QLocale.system().name().split("_")[0]
    if language == "it":
        return False
    translator = QTranslator(app)
    if translator.load(str(RESOURCES_DIR / "translations" / f"palestra_{language}.qm")):
        app.installTranslator(translator)
        _installed.append(translator)
        return True
    return False

"""Qt translation. Italian is the source language of every string (ui/ and app/).

`install(app)` (Italian, the default) loads Qt's own Italian catalogue (qtbase_it.qm from
PySide6's translations folder), so Qt's dialogs say «Sì / No / Annulla». `install(app,
"de")` loads Qt's German catalogue and the program's (resources/translations/palestra_de.qm):
the program's own chrome (menus, toolbar, panels, the tutor's buttons, dialogs) in German;
the portal's pages and the lessons have no German entries and stay Italian, as the real
portal did. The German files are loaded only then.

Service messages from app/ are `app.i18n.Text` values: `service_text` translates their
template in the context "app" and fills in their arguments afterwards.

The catalogue: tools/translations.py extracts the strings of app/ and ui/ (with the contexts
the code really looks them up in) into resources/translations/palestra_de.ts and builds the
.qm with pyside6-lrelease; the .qm is committed (tests/unit/test_translations.py checks that
it is the build of the .ts).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from app.i18n import CONTEXT as APP_CONTEXT
from app.paths import RESOURCES_DIR

LANGUAGES = ("it", "de")
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"

_installed: list[QTranslator] = []
_language = ""


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def program_catalogue(language: str) -> Path:
    return TRANSLATIONS_DIR / f"palestra_{language}.qm"


def install(app, language: str | None = None) -> bool:
    """Install the translators for `language` ("it" or "de"), replacing those of another
    language; None keeps the language installed (Italian if none yet). Returns True when
    the program's own catalogue is in use (German)."""
    global _language
    language = language or _language or "it"
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    if language == _language and _installed:
        return language != "it"
    uninstall(app)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", str(qt_translations_dir())):
        app.installTranslator(qt)
        _installed.append(qt)
    own = False
    if language != "it":
        program = QTranslator(app)
        if program.load(str(program_catalogue(language))):
            app.installTranslator(program)
            _installed.append(program)
            own = True
    _language = language
    return own


def uninstall(app) -> None:
    global _language
    while _installed:
        app.removeTranslator(_installed.pop())
    _language = ""


def language() -> str:
    """The language installed ("" before install)."""
    return _language


def service_text(message) -> str:
    """A service's message (Italian source, an app.i18n.Text or a plain string) in the
    language of the program: the template is translated, then its arguments filled in."""
    template = getattr(message, "template", None)
    if template is None:
        return QCoreApplication.translate(APP_CONTEXT, str(message))
    translated = QCoreApplication.translate(APP_CONTEXT, template)
    args = message.args
    if translated == template and not any(hasattr(v, "template") for v in args.values()):
        return str(message)
    try:
        return translated.format(**{k: service_text(v) if hasattr(v, "template") else v for k, v in args.items()})
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: the Italian
        return str(message)


# -- the portal's own pages in another language (the «In deutscher Sprache» pages) ------------
# The real portal served South Tyrol: its PIN pages had a German version, whatever the
# language of the browser. Those pages are the Italian ones with their strings translated
# by resources/translations/portal_<lang>.qm, which is never installed in the application
# (the other portal pages stay Italian also with --lang de); it is loaded on first use.

_portal: dict[str, QTranslator | None] = {}


def portal_catalogue(language: str) -> Path:
    return TRANSLATIONS_DIR / f"portal_{language}.qm"


def portal_translator(language: str) -> QTranslator | None:
    if language not in _portal:
        translator = QTranslator()
        _portal[language] = translator if translator.load(str(portal_catalogue(language))) else None
    return _portal[language]


def portal_text(language: str, cls: type, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` (an Italian source string of class `cls`, or of one of its bases, as tr()
    finds it) in the portal's `language` version; the Italian text if it has none."""
    translator = portal_translator(language)
    if translator is None:
        return text
    for klass in cls.__mro__:
        found = translator.translate(klass.__name__, text, disambiguation, n)
        if found:
            return found
    return text

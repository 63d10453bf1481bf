"""Languages: Qt's own Italian catalogue (dialogs say «Sì / No»), service messages of app/
translated through the catalogue with their arguments filled in after, --lang de (the
program's chrome in German; the portal and the lessons in Italian), the portal's German
pages (In deutscher Sprache), and the strict --lang option."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QMessageBox

from app.i18n import Text, _t
from app.lessons.model import Target
from app.services.errors import ServiceError, ValidationError
from tests.helpers import (
    cf_of,
    click,
    find,
    lesson_panel,
    make_window,
    page,
    tab_text,
    texts,
    type_into,
    wait_url,
)
from ui import i18n
from ui.browser.router import HOME_URL, LOGIN_URL, PIN_MENU_URL
from ui.tutor import targets
from ui.urls import PIN_DE_URL, PIN_SUPPORT_DE_URL


@pytest.fixture
def german(qtbot, db_path):
    window = make_window(qtbot, db_path, "--lang", "de", "--start", HOME_URL)
    yield window
    i18n.install(QApplication.instance(), "it")


def _plain(text: str) -> str:
    return text.replace("&", "")


def test_qt_dialogs_speak_italian(qtbot, db_path):
    make_window(qtbot, db_path)
    box = QMessageBox(QMessageBox.Icon.Question, "Palestra INPS", "Continuare?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Yes).text() in ("Sì", "&Sì")
    assert _plain(box.button(QMessageBox.StandardButton.No).text()) == "No"
    assert _plain(box.button(QMessageBox.StandardButton.Cancel).text()) == "Annulla"
    assert i18n.language() == "it"


def test_the_german_catalogue_loads_only_with_lang_de(qtbot, db_path):
    make_window(qtbot, db_path)
    # Italian: only Qt's own catalogue; the program's German one is not loaded.
    assert len(i18n._installed) == 1
    assert QCoreApplication.translate("MainWindow", "Ricarica") == "Ricarica"


def test_a_service_message_is_shown_translated_with_its_arguments(qtbot, db_path, tmp_path):
    """The pipeline end to end: the message is marked in app/ (_t, with its placeholders),
    extracted under "app", translated in a catalogue built by lrelease, and the page shows
    the translation with the number of tries filled in after the translation."""
    from tools.translations import Entry, Extractor, build_qm, write_ts

    messages = Extractor().run().messages
    outer = ("Codice fiscale o PIN non corretti. {attempts_phrase} prima che il PIN venga bloccato. Controlli "
             "di scrivere il PIN completo, senza spazi (maiuscole o minuscole sono uguali).")
    inner = "Le restano {left} tentativi"
    assert ("app", outer) in messages and ("app", inner) in messages  # extracted from app/services/pin.py
    catalogue = {"app": {
        outer: Entry(outer, "[DE] CF oder PIN falsch. {attempts_phrase}, dann wird der PIN gesperrt.", True),
        inner: Entry(inner, "Noch {left} Versuche", True),
    }}
    ts, qm = tmp_path / "test_de.ts", tmp_path / "test_de.qm"
    write_ts(ts, catalogue, "de_DE")
    build_qm(ts, qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    window = make_window(qtbot, db_path, "--start", LOGIN_URL)
    QApplication.instance().installTranslator(translator)
    try:
        wait_url(qtbot, window, LOGIN_URL)
        type_into(qtbot, page(window), "Codice Fiscale", cf_of("dipendente"))
        type_into(qtbot, page(window), "PIN", "SBAGLIAT")
        click(qtbot, page(window), "Accedi")
        qtbot.waitUntil(lambda: "[DE] CF oder PIN falsch. Noch 4 Versuche, dann wird der PIN gesperrt."
                        in texts(page(window)), timeout=3000)
    finally:
        QApplication.instance().removeTranslator(translator)


def test_service_errors_carry_template_and_arguments():
    err = ServiceError("PIN errato. {tentativi} prima del blocco.", "pin", tentativi=_t("Ti restano {n} tentativi", n=2))
    assert err.message == "PIN errato. Ti restano 2 tentativi prima del blocco."
    assert err.template == "PIN errato. {tentativi} prima del blocco."
    assert err.params["tentativi"].template == "Ti restano {n} tentativi"
    assert err.field == "pin" and str(err) == err.message
    plain = ServiceError("Inserisca il PIN.", "pin")
    assert plain.template == "Inserisca il PIN." and plain.params == {}
    many = ValidationError({"pin": _t("Scriva {cosa}.", cosa="il PIN"), "cf": "Manca."})
    assert many.message == "Scriva il PIN." and isinstance(many.errors["pin"], Text)
    assert i18n.service_text(many.errors["pin"]) == "Scriva il PIN."  # Italian: the source itself
    import pickle

    again = pickle.loads(pickle.dumps(_t("Ti restano {n} tentativi", n=3)))
    assert again == "Ti restano 3 tentativi" and again.args == {"n": 3}


def test_lang_de_puts_the_chrome_in_german_and_keeps_the_portal_italian(qtbot, german):
    window = german
    assert i18n.language() == "de"
    menus = [_plain(a.text()) for a in window.menuBar().actions()]
    assert {"Datei", "Ansicht", "Meine Welt", "Simulation", "Lektionen"} <= set(menus), menus
    # every entry of every menu of the program, and every toolbar button, is in German
    italian = []
    for top in window.menuBar().actions():
        for act in top.menu().actions():
            if act.isSeparator() or not act.text():
                continue
            if act.menu() is not None:
                entries = [act, *act.menu().actions()]
            else:
                entries = [act]
            for entry in entries:
                source = entry.objectName()
                if _plain(entry.text()) in _ITALIAN_CHROME:
                    italian.append((source, entry.text()))
    assert not italian, f"untranslated (run tools/translations.py and translate palestra_de.ts): {italian}"
    toolbar = [w.accessibleName() for w in window.toolbar.findChildren(QAbstractButton) if w.isVisible()]
    assert {"Zurück", "Vorwärts", "Neu laden", "Startseite", "Verkleinern", "Vergrößern"} <= set(toolbar), toolbar
    assert find(window.toolbar, "Adresse", QLineEdit)
    titles = {name: window.docks[name].windowTitle() for name in ("ClockDock", "PhoneDock", "PersonDock")}
    assert titles["ClockDock"] == "Uhr" and titles["PhoneDock"].startswith("Telefon")
    assert titles["PersonDock"] == "Personenkarte"
    clock = window.dock_panels["ClockDock"]
    assert {"1 Stunde", "2 Wochen", "6 Monate"} <= {b.text() for b in clock.step_buttons.values()}
    assert "Oktober 2018" in clock.date_label.text()
    # the portal's pages stay Italian
    shown = texts(page(window))
    assert "In evidenza" in shown
    assert find(page(window), "Entra in MyINPS", QAbstractButton)
    # Qt's own dialogs follow the program's language
    box = QMessageBox(QMessageBox.Icon.Question, "x", "y", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    assert _plain(box.button(QMessageBox.StandardButton.Yes).text()) == "Ja"


_ITALIAN_CHROME = {"Nuova scheda", "Chiudi scheda", "Esci dal programma", "Ingrandisci", "Riduci", "Dimensione normale",
                   "Caratteri grandi", "Vai alla barra degli indirizzi", "Ricomincia da capo", "Cambia allievo",
                   "Console del formatore", "Alto contrasto", "Leggi la pagina ad alta voce", "Velocità della lettura",
                   "Lenta", "Normale", "Veloce", "Elenco delle lezioni", "Continua la lezione", "Esci dalla lezione",
                   "Cambia il suo nome", "Orologio", "Telefono", "Posta elettronica", "Cassetta postale",
                   "Scheda personale", "Portafoglio", "Scrivania", "Chiamate", "Sede INPS", "Lezione"}


def test_lang_de_the_tutor_buttons_are_german_the_lesson_italian(qtbot, german):
    window = german
    window.tutor.start("trova-il-sito", "allenamento")  # (start_lesson reads «Passo 1 di 3»: Italian)
    panel = lesson_panel(window)
    qtbot.waitUntil(lambda: panel.position_text() == "Schritt 1 von 3", timeout=3000)
    names = {b.accessibleName() for b in panel.findChildren(QAbstractButton) if b.isVisible()}
    assert {"Verstanden", "Zeigen, wo", "Tipp", "Vorlesen", "Lektion neu beginnen", "Lektion verlassen"} <= names, names
    assert panel.position_text() == "Schritt 1 von 3"
    assert "La guida dice" in panel.instruction_text()  # the lesson itself stays Italian


def test_lang_de_mostra_dove_finds_the_german_chrome_by_the_lessons_italian_names(qtbot, german):
    window = german
    button = targets.resolve(window, Target("dock", "2 settimane", "ClockDock"), reveal=True)
    assert button is not None and button.text() == "2 Wochen"
    assert targets.resolve(window, Target("toolbar", "Indirizzo")) is window.address
    assert targets.resolve(window, Target("menu", "Simulazione")) is window.menuBar()
    assert targets.resolve(window, Target("page", "Entra in MyINPS")) is not None  # the page: Italian


def test_the_portals_german_pages_are_german_in_either_language(qtbot, db_path):
    window = make_window(qtbot, db_path, "--start", PIN_DE_URL)
    wait_url(qtbot, window, PIN_DE_URL)
    shown = texts(page(window))
    for text in ("Der PIN online", "Müssen Sie den PIN beantragen?", "Der anfängliche PIN besteht aus 16 Zeichen.",
                 "Technischer Support", "In lingua italiana", "nur auf Italienisch"):
        assert text in shown or find(page(window), text), text
    assert "Il PIN iniziale" not in shown
    assert tab_text(qtbot, window, "INPS - PIN-Antrag") == "INPS - PIN-Antrag"
    click(qtbot, page(window), "Technischer Support")
    wait_url(qtbot, window, PIN_SUPPORT_DE_URL)
    shown = texts(page(window))
    assert "Häufige Fragen" in shown and "Der PIN ist gesperrt" in shown
    assert "Nach 5 falschen Versuchen hintereinander" in shown  # the placeholders are filled in German too
    click(qtbot, page(window), "Zurück zu «Der PIN online»")
    wait_url(qtbot, window, PIN_DE_URL)
    click(qtbot, page(window), "In lingua italiana")
    wait_url(qtbot, window, PIN_MENU_URL)
    assert "Il PIN iniziale è composto da 16 caratteri." in texts(page(window))


def test_with_lang_de_the_italian_pin_menu_stays_italian(qtbot, german):
    window = german
    window.navigate(PIN_MENU_URL)
    wait_url(qtbot, window, PIN_MENU_URL)
    shown = texts(page(window))
    assert "Devi richiedere il PIN?" in shown and "Müssen Sie" not in shown
    assert find(page(window), "RICHIEDI PIN", QAbstractButton)


@pytest.mark.parametrize("value", ["fr", "en", "italiano", ""])
def test_lang_is_strict(value, capsys):
    from main import parse_args

    with pytest.raises(SystemExit) as stop:
        parse_args(["--lang", value])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "errore: la lingua" in err and "Le lingue sono: it, de" in err


def test_lang_values():
    from main import parse_args

    assert parse_args([]).lang == "it"
    assert parse_args(["--lang", "de"]).lang == "de"
    assert parse_args(["--lang", "IT"]).lang == "it"
    assert parse_args(["--high-contrast"]).high_contrast is True


def test_menu_actions_have_names(qtbot, db_path):
    window = make_window(qtbot, db_path)
    view = window.menu_view
    names = {a.objectName() for a in view.actions() if isinstance(a, QAction)}
    assert {"act_high_contrast", "act_read_page"} <= names

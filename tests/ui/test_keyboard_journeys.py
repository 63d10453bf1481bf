"""Keyboard only (issue 10): the PIN request online and the PIN login done with Tab, Invio
and the space bar (and typing into the box that has the focus), never the mouse and never
a call on a widget. At every stop the focus is where a learner expects it, in reading
order, on screen and drawn differently from the same control without the focus."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QScrollArea

from app.services import personas
from app.services import pin_request as request_service
from tests.helpers import cf_of, login_as, make_window, page, texts, wait_url
from ui.browser.router import LOGIN_URL
from ui.urls import LOGOUT_URL, MYINPS_URL, PIN_NOTICE_URL, PIN_REQUEST_URL


def focused():
    return QApplication.focusWidget()


def name_of(widget) -> str:
    return widget.accessibleName() if widget is not None else "(nessuno)"


def press(qtbot, key, times: int = 1) -> None:
    for _ in range(times):
        QTest.keyClick(focused(), key)
        qtbot.wait(1)


def write(qtbot, text: str) -> None:
    """Type into whatever has the focus (a box reached with Tab has its text selected, so
    what is typed replaces it)."""
    QTest.keyClicks(focused(), text)
    qtbot.wait(1)


def wait_focus(qtbot, name: str, timeout: int = 2000) -> None:
    qtbot.waitUntil(lambda: name_of(focused()) == name, timeout=timeout)


def focus_on_screen(widget) -> bool:
    """The focused control is inside the visible part of the page's scroll area."""
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is None:
        return widget.isVisible()
    viewport = area.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().intersects(QRect(top_left, widget.size()))


def _where(widget) -> str:
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    return f"at {widget.mapTo(area.viewport(), QPoint(0, 0))} size {widget.size()} in {area.viewport().size()}"


def tab_through(qtbot, names: list[str]) -> None:
    """From the control that has the focus, Tab goes exactly through `names`, each one on
    screen, and each one looking different with the focus than without it."""
    for expected in names:
        before = focused()
        look_focused = before.grab().toImage()
        press(qtbot, Qt.Key.Key_Tab)
        now = focused()
        assert name_of(now) == expected, f"after {name_of(before)!r} Tab went to {name_of(now)!r}, not {expected!r}"
        assert focus_on_screen(now), f"{expected!r} has the focus but is scrolled out of sight: {_where(now)}"
        qtbot.wait(1)
        assert before.grab().toImage() != look_focused, f"the focus on {name_of(before)!r} is not drawn"


STEP2_ORDER = [
    "Nome *", "Maschio", "Data di nascita *", "In Italia", "Comune di nascita *", "Provincia di nascita (sigla)",
    "Indirizzo (via o piazza) *", "Numero civico *", "CAP *", "Comune *", "Provincia (sigla) *",
    "Cellulare", "Telefono fisso", "E-mail", "PEC (posta elettronica certificata)",
    "Cellulare",  # the Telefono preferenziale choice (Cellulare is already chosen)
    "Fascia oraria preferita per le telefonate", "Avanti", "Indietro",
]


def test_pin_request_online_with_the_keyboard_only(qtbot, db_path):
    window = make_window(qtbot, db_path, "--start", PIN_REQUEST_URL, "--persona", "senza_credenziali")
    wait_url(qtbot, window, PIN_REQUEST_URL)

    # Passo 1: the focus starts in the codice fiscale; Invio with no residence says what is missing.
    wait_focus(qtbot, "Codice Fiscale")
    write(qtbot, cf_of("senza_credenziali"))
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Passo 1 di 3" in texts(page(window)) and "esidenza" in _errors(page(window)),
                    timeout=2000)
    wait_focus(qtbot, "Italiana")  # the field with the error has the focus
    assert "esidenza" in focused().accessibleDescription()  # a screen reader reads it with the choice
    press(qtbot, Qt.Key.Key_Space)
    assert "esidenza" not in _errors(page(window))  # the message went as soon as it was answered
    assert focused().accessibleDescription() == ""
    tab_through(qtbot, ["Avanti"])
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Passo 2 di 3" in texts(page(window)), timeout=2000)

    # Passo 2: the focus on Cognome, then Tab in reading order to the buttons.
    wait_focus(qtbot, "Cognome *")
    tab_through(qtbot, STEP2_ORDER)
    # Shift+Tab goes back the same way, to the top of the form: fill it in this time.
    for expected in reversed(["Cognome *", *STEP2_ORDER[:-1]]):
        press(qtbot, Qt.Key.Key_Backtab)
        assert name_of(focused()) == expected
    values = ["Conti", "Giovanni", None, "08/05/1957", None, "Voghera", "PV", "Via Emilia", "17", "2705",
              "Voghera", "PV", "3401239876", "", "", ""]
    for value in values:
        if value is None:  # a radio group: Maschio is chosen with the space bar, In Italia stays
            if name_of(focused()) == "Maschio":
                press(qtbot, Qt.Key.Key_Space)
        elif value:
            write(qtbot, value)
        press(qtbot, Qt.Key.Key_Tab)
    assert name_of(focused()) == "Cellulare"  # the Telefono preferenziale choice
    # Invio in a box sends the form: a CAP of 4 digits and no e-mail.
    press(qtbot, Qt.Key.Key_Backtab, 4)
    assert name_of(focused()) == "Cellulare" and isinstance(focused(), QLineEdit)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Ci sono 2 dati da correggere" in texts(page(window)), timeout=2000)
    wait_focus(qtbot, "CAP *")  # the first field to correct
    assert "5 cifre" in _errors(page(window))
    write(qtbot, "27058")  # the wrong CAP was selected: typing replaces it
    assert "5 cifre" not in _errors(page(window))  # the stale message went as the CAP was corrected
    assert "C'è un dato da correggere" in texts(page(window))  # the count at the top follows
    for _ in range(6):
        press(qtbot, Qt.Key.Key_Tab)
        if name_of(focused()) == "E-mail":
            break
    assert name_of(focused()) == "E-mail"
    write(qtbot, "giovanni.conti@posta.sim")
    assert "dato da correggere" not in texts(page(window))  # nothing left to correct: the box went
    press(qtbot, Qt.Key.Key_Tab, 3)  # PEC, Telefono preferenziale, Fascia oraria
    tab_through(qtbot, ["Avanti"])
    press(qtbot, Qt.Key.Key_Space)

    # Passo 3: the focus on Avanti, Conferma next to it; Invio sends the request.
    qtbot.waitUntil(lambda: "Passo 3 di 3" in texts(page(window)), timeout=2000)
    wait_focus(qtbot, "Avanti")
    assert "27058" in texts(page(window)) and "giovanni.conti@posta.sim" in texts(page(window))
    tab_through(qtbot, ["Conferma"])
    press(qtbot, Qt.Key.Key_Backtab)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: request_service.OUTCOME_MESSAGE in texts(page(window)), timeout=3000)
    assert "ricontattata" not in texts(page(window))  # the outcome fits a man as well as a woman
    wait_focus(qtbot, "Apri il telefono")
    tab_through(qtbot, ["Apri l'orologio", "Vai all'Autenticazione"])
    press(qtbot, Qt.Key.Key_Return)
    wait_url(qtbot, window, LOGIN_URL)


def _errors(root) -> str:
    from PySide6.QtWidgets import QLabel

    return "\n".join(w.text() for w in root.findChildren(QLabel)
                     if w.property("role") == "error" and w.isVisible())


def test_pin_login_with_the_keyboard_only(qtbot, db_path):
    luca = personas.persona("dipendente")
    window = make_window(qtbot, db_path, "--start", LOGIN_URL, "--persona", "dipendente")
    wait_url(qtbot, window, LOGIN_URL)

    # The tabs PIN / SPID / CNS come before the form (one stop each), then the form.
    wait_focus(qtbot, "Codice Fiscale")
    press(qtbot, Qt.Key.Key_Backtab, 3)
    assert name_of(focused()) == "PIN" and focused().isChecked()  # the PIN tab, chosen
    tab_through(qtbot, ["SPID", "CNS", "Codice Fiscale", "PIN", "Mostra il PIN", "Accedi", "Istruzioni per l'accesso"])
    press(qtbot, Qt.Key.Key_Backtab, 4)
    assert name_of(focused()) == "Codice Fiscale"

    # Invio in the codice fiscale moves on to the PIN; a wrong PIN is said under it.
    write(qtbot, personas.codice_fiscale_of(luca))
    press(qtbot, Qt.Key.Key_Return)
    assert name_of(focused()) == "PIN"
    write(qtbot, "SBAGLIA1")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "PIN" in _errors(page(window)), timeout=2000)
    assert name_of(focused()) == "PIN"  # still there, the wrong PIN selected
    # «Mostra il PIN» with the space bar, then back to the PIN.
    press(qtbot, Qt.Key.Key_Tab)
    assert name_of(focused()) == "Mostra il PIN"
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Backtab)
    pin_box = focused()
    assert name_of(pin_box) == "PIN" and pin_box.echoMode() == QLineEdit.EchoMode.Normal
    write(qtbot, luca["credenziali"]["pin"]["secret"])
    assert _errors(page(window)) == ""  # the old message went as the PIN was typed again
    press(qtbot, Qt.Key.Key_Tab, 2)
    assert name_of(focused()) == "Accedi"
    press(qtbot, Qt.Key.Key_Space)

    # A PIN ordinario: the notice, with the focus on Prosegui; Invio goes on to MyINPS.
    wait_url(qtbot, window, PIN_NOTICE_URL)
    wait_focus(qtbot, "Prosegui")
    press(qtbot, Qt.Key.Key_Return)
    wait_url(qtbot, window, MYINPS_URL)
    assert window.session.current is not None


def test_an_empty_passo_2_sends_the_focus_to_the_first_box_on_the_page(qtbot, db_path):
    """Invio on an empty form: the focus goes to the first field in error in reading order
    (Cognome, above the Sesso choice that the form happens to make first), and what is
    typed there goes in and clears that field's message."""
    window = make_window(qtbot, db_path, "--start", PIN_REQUEST_URL, "--persona", "senza_credenziali")
    wait_url(qtbot, window, PIN_REQUEST_URL)
    wait_focus(qtbot, "Codice Fiscale")
    write(qtbot, cf_of("senza_credenziali"))
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)  # Italiana
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Return)  # Avanti
    qtbot.waitUntil(lambda: "Passo 2 di 3" in texts(page(window)), timeout=2000)
    wait_focus(qtbot, "Cognome *")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "dati da correggere" in texts(page(window)), timeout=2000)
    qtbot.wait(20)
    assert name_of(focused()) == "Cognome *"
    assert "Scriva il cognome" in _errors(page(window))
    write(qtbot, "Conti")
    assert focused().text() == "Conti"
    assert "Scriva il cognome" not in _errors(page(window))
    assert "Indichi il sesso" in _errors(page(window))  # the others stay until they are answered


def _one_stop_per_choice(order: list) -> list:
    """Radio buttons of one group are one Tab stop (the chosen one, else the first): the
    arrows move within the group."""
    from PySide6.QtWidgets import QRadioButton

    groups: dict = {}
    for w in order:
        if isinstance(w, QRadioButton) and w.autoExclusive():
            groups.setdefault(id(w.group()) if w.group() else id(w.parentWidget()), []).append(w)
    keep = {id(next((b for b in g if b.isChecked()), g[0])) for g in groups.values()}
    radios = {id(w) for g in groups.values() for w in g}
    return [w for w in order if id(w) not in radios or id(w) in keep]


def _tab_order_mistake(order: list) -> str:
    """Give the focus to the first control, press Tab once per control, and say where the
    focus went first where it should not ("" when it followed `order`). Only the controls
    Tab reaches are touched (walking Qt's focus chain from Python would wrap the widgets
    Qt makes inside others, and those wrappers outlive them)."""
    order[0].setFocus(Qt.FocusReason.TabFocusReason)
    for before, expected in zip(order, order[1:]):
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        now = focused()
        if now is not expected:
            return f"after {name_of(before)!r} Tab goes to {name_of(now)!r}, not {name_of(expected)!r}"
    return ""


@pytest.mark.parametrize("persona", [None, "pensionata"])
def test_tab_follows_the_reading_order_on_every_page(qtbot, db_path, persona):
    """Header, content, footer, and within the content top to bottom: on every registered
    page, as soon as it is shown (the portal's chrome is added after the content, and Qt
    would put it, or a step shown later, at the end of the window's Tab chain)."""
    from ui.browser import router
    from ui.pages import load_all
    from ui.widgets.common import reading_order

    load_all()
    window = make_window(qtbot, db_path)
    if persona:
        login_as(window, persona, "pin_dispositivo")
    wrong, measured = {}, 0
    for item in sorted(router.routes(), key=lambda r: (r.host, r.path)):
        if item.login_required and not persona:
            continue
        url = f"https://{item.host}{item.path}"
        if url == LOGOUT_URL:
            continue  # it ends the session the other pages need
        window.current_tab().navigate(url)
        qtbot.wait(1)
        shown = page(window)
        order = _one_stop_per_choice([w for w in reading_order(shown) if w.isVisibleTo(shown) and w.isEnabled()])
        if len(order) < 2:
            continue
        measured += 1
        mistake = _tab_order_mistake(order)
        if mistake:
            wrong[url] = mistake
    assert measured > 20
    assert not wrong, "\n".join(f"{u}: {w}" for u, w in wrong.items())


def test_modifica_contatti_with_the_keyboard_only(qtbot, db_path):
    """Invio in a box saves; a refusal puts the focus on the box to correct, and the message
    goes as it is corrected."""
    from ui.urls import CONTACTS_URL

    window = make_window(qtbot, db_path, "--start", LOGIN_URL, "--persona", "pensionata")
    login_as(window, "pensionata", "pin_dispositivo")
    window.navigate(CONTACTS_URL)
    wait_url(qtbot, window, CONTACTS_URL)
    wait_focus(qtbot, "Cellulare")
    tab_through(qtbot, ["Telefono fisso", "E-mail"])
    write(qtbot, "maria.bianchi@")  # replaces the address: an incomplete one
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _errors(page(window)) != "", timeout=2000)
    qtbot.wait(20)
    assert name_of(focused()) == "E-mail"
    write(qtbot, "maria.bianchi@posta.sim")
    assert _errors(page(window)) == ""
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "I contatti sono stati aggiornati." in texts(page(window)), timeout=2000)

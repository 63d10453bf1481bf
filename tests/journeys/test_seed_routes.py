"""The routes seeds 003 and 004 describe, walked as a learner holding the guide would
(issue 11, docs/SEEDS.md).

Seed 004, first access: «Accedi ai servizi» (top right) -> «Servizi per il cittadino»
(second item of the left menu) -> the last row «Visualizzazione e modifica dati anagrafici,
indirizzo e recapiti» -> codice fiscale and the 16 characters -> the new PIN of 8 -> that
page, which a PIN ordinario may see (no dispositivo refusal). Seed 004 again: «Il Pin on
line» top right -> «Richiedi Pin» first, «Vuoi il PIN dispositivo?» second -> «Converti PIN».
Seed 003: «Al servizio del cittadino» in the blue «Servizi Online» area, «Il PIN online»
with the padlock at the bottom of the page, «Converti PIN» at the bottom right."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QDockWidget, QLineEdit

from app.services import auth, personas
from app.services import pin as pin_service
from tests.helpers import cf_of, click, find, make_window, page, shot, texts, wait_url
from tests.journeys.pin_lesson_kit import log_in, new_pin
from ui.browser.router import HOME_URL, LOGIN_URL, PIN_MENU_URL
from ui.urls import (ACCEDI_SERVIZI_URL, ANAGRAFICA_URL, CONTACTS_URL, MYINPS_URL, PIN_CONVERT_URL,
                     PIN_DISPOSITIVO_URL, PIN_FIRST_ACCESS_URL, PIN_NOTICE_URL, PIN_REQUEST_URL)

LAST_ROW = "Visualizzazione e modifica dati anagrafici, indirizzo e recapiti"
PERSONA = "senza_credenziali"


def sixteen_characters(world, persona_key: str = PERSONA) -> str:
    """The learner holds both halves: a PIN requested at the counter of the simulation and
    completed (what the SMS and the letter of the online request give, joined)."""
    citizen = auth.citizen_by_cf(personas.codice_fiscale_of(personas.persona(persona_key)))
    secret = pin_service.issue_initial_pin(world, citizen, channel="online", deliver=False)
    pin_service.mark_complete(world, pin_service.active_pin(citizen, world), "test: le due parti ricevute")
    return secret


def go_home(qtbot, window) -> None:
    window.navigate(HOME_URL)
    wait_url(qtbot, window, HOME_URL)


def y_in_page(widget) -> int:
    """Where `widget` is from the top of what the tab scrolls (the portal's header included)."""
    return widget.mapTo(page_of(widget), QPoint(0, 0)).y()


def page_of(widget):
    """The tab's page frame (the header, the page and the footer in it) holding `widget`."""
    w = widget
    while w.objectName() != "PageFrame":
        w = w.parentWidget()
    return w


def test_seed_004_first_access_from_accedi_ai_servizi(qtbot, db_path):
    window = make_window(qtbot, db_path)
    secret = sixteen_characters(window.world)
    cf = cf_of(PERSONA)
    go_home(qtbot, window)

    # 1. «nel menù ... in alto a destra, selezionare ... la voce "Accedi ai servizi"»
    menu_item = find(page(window), "Accedi ai servizi", QAbstractButton)
    assert y_in_page(menu_item) < 80  # at the very top of the page
    click(qtbot, page(window), "Accedi ai servizi")
    wait_url(qtbot, window, ACCEDI_SERVIZI_URL)

    # 2. «Nel menù presente a sinistra ..., fare click sulla seconda opzione "Servizi per il cittadino"»
    left = page(window).menu_links
    assert list(left)[1] == "Servizi per il cittadino"
    click(qtbot, page(window), "Servizi per il cittadino")
    wait_url(qtbot, window, ACCEDI_SERVIZI_URL + "?menu=cittadino")
    shot(window, "seed004-servizi-per-il-cittadino")

    # 3. «un lungo elenco di servizi ... Andate all'ultima riga»
    rows = page(window).service_links
    assert len(rows) >= 15
    assert rows[-1].text() == LAST_ROW
    qtbot.mouseClick(rows[-1], Qt.MouseButton.LeftButton)

    # 4. the codice fiscale and the PIN of 16 characters, «Accedi»
    wait_url(qtbot, window, LOGIN_URL)
    log_in(qtbot, window, cf, secret)

    # 5. the new PIN of 8 characters (chosen here: seed 002's screens), then the page
    wait_url(qtbot, window, PIN_FIRST_ACCESS_URL)
    click(qtbot, page(window), "Avanti")
    wait_url(qtbot, window, PIN_FIRST_ACCESS_URL + "?passo=nuovo")
    new_pin(qtbot, window, "Oltrepo7")
    wait_url(qtbot, window, PIN_NOTICE_URL)
    click(qtbot, page(window), "Prosegui")
    wait_url(qtbot, window, ANAGRAFICA_URL)
    shot(window, "seed004-dati-anagrafici")

    shown = texts(page(window))
    assert LAST_ROW in shown and cf in shown
    assert "Serve il PIN dispositivo" not in shown  # not the gate: the page itself
    assert window.session.current.method == "pin_ordinario"
    # the address needs a PIN dispositivo: said on the page, with the way to get one
    assert "serve il PIN dispositivo" in shown
    assert find(page(window), "Vuoi il PIN dispositivo?", QAbstractButton).url == PIN_DISPOSITIVO_URL
    # the contacts can be changed with the PIN ordinario
    click(qtbot, page(window), "Modifica i recapiti")
    wait_url(qtbot, window, CONTACTS_URL)
    # from now on the 8 characters open the door
    assert pin_service.login(window.world, cf, "Oltrepo7").status == "ok"


def test_seed_004_the_system_may_generate_the_new_pin(qtbot, db_path):
    """Seeds 000 and 004: «il sistema genererà automaticamente un nuovo codice PIN di 8
    caratteri». The page says some guides put it so and offers it with one button."""
    window = make_window(qtbot, db_path)
    secret = sixteen_characters(window.world)
    cf = cf_of(PERSONA)
    window.navigate(ANAGRAFICA_URL)
    wait_url(qtbot, window, LOGIN_URL)
    log_in(qtbot, window, cf, secret)
    wait_url(qtbot, window, PIN_FIRST_ACCESS_URL)
    click(qtbot, page(window), "Avanti")
    wait_url(qtbot, window, PIN_FIRST_ACCESS_URL + "?passo=nuovo")
    assert "Alcune guide dicono" in texts(page(window))
    click(qtbot, page(window), "Generi il PIN per me")
    generated = page(window).form.new.value()
    assert len(generated) == 8 and generated.isalnum()
    qtbot.waitUntil(lambda: generated in texts(page(window)), timeout=2000)  # in clear, to be written down
    shot(window, "seed004-pin-generato")
    assert find(page(window), "Conferma nuovo PIN", QLineEdit).text() == generated
    click(qtbot, page(window), "Conferma il nuovo PIN")
    wait_url(qtbot, window, PIN_NOTICE_URL)
    click(qtbot, page(window), "Prosegui")
    wait_url(qtbot, window, ANAGRAFICA_URL)
    window.session.end()
    assert pin_service.login(window.world, cf, generated).status == "ok"


def test_seed_004_il_pin_on_line_top_right(qtbot, db_path):
    window = make_window(qtbot, db_path)
    go_home(qtbot, window)
    item = find(page(window), "Il Pin on line", QAbstractButton)
    assert y_in_page(item) < 80
    click(qtbot, page(window), "Il Pin on line")
    wait_url(qtbot, window, PIN_MENU_URL)
    menu = page(window)
    # «Per la richiesta del PIN è necessario cliccare sulla prima di queste 4 opzioni, "Richiedi Pin"»
    assert find(menu, "RICHIEDI PIN", QAbstractButton).url == PIN_REQUEST_URL
    # «selezionate la seconda, ovvero "Vuoi il PIN dispositivo?"» -> «Converti PIN»
    click(qtbot, menu, "VUOI IL PIN DISPOSITIVO?")
    wait_url(qtbot, window, PIN_DISPOSITIVO_URL)
    assert find(page(window), "CONVERTI PIN", QAbstractButton).url == PIN_CONVERT_URL


def test_seed_003_servizi_online_area_at_the_bottom(qtbot, db_path):
    window = make_window(qtbot, db_path)
    secret = sixteen_characters(window.world)
    cf = cf_of(PERSONA)
    go_home(qtbot, window)
    home = page(window)
    area = find(home, "Servizi Online")
    news = find(home, "Utente")  # the last section above it
    assert y_in_page(area) > y_in_page(news)  # «nella parte bassa della pagina»
    shot(area, "seed003-servizi-online")
    padlock = find(area, "Il PIN online", QAbstractButton)
    convert = find(area, "Converti PIN", QAbstractButton)
    assert padlock.url == PIN_MENU_URL and convert.url == PIN_CONVERT_URL
    # «"Converti PIN" situato in basso a destra nella pagina»
    assert convert.mapTo(area, QPoint(0, 0)).x() > area.width() / 2 > padlock.mapTo(area, QPoint(0, 0)).x()

    # «Cliccare sulla scritta "Al servizio del cittadino" che si trova nell'area blu denominata Servizi Online»
    click(qtbot, area, "Al servizio del cittadino")
    wait_url(qtbot, window, LOGIN_URL)
    # «inserire il proprio Codice Fiscale e il PIN di 16 cifre»; «ci chiederà di cambiare il PIN provvisorio»
    log_in(qtbot, window, cf, secret)
    wait_url(qtbot, window, PIN_FIRST_ACCESS_URL)
    click(qtbot, page(window), "Avanti")
    wait_url(qtbot, window, PIN_FIRST_ACCESS_URL + "?passo=nuovo")
    new_pin(qtbot, window, "Ticino18")
    wait_url(qtbot, window, PIN_NOTICE_URL)
    click(qtbot, page(window), "Prosegui")
    # «avremo finalmente l'accesso alla nostra area riservata»
    wait_url(qtbot, window, MYINPS_URL)


def test_the_portal_search_is_not_the_windows_taskbar(qtbot, db_path):
    """«Scrivi qui per eseguire la ricerca» is the Windows taskbar in seed 000's picture; the
    portal's box says «Cerca» (the screenshot's «Q Cerca»)."""
    window = make_window(qtbot, db_path)
    go_home(qtbot, window)
    assert find(page(window), "Cerca nel sito", QLineEdit).placeholderText() == "Cerca"
    window.navigate(PIN_MENU_URL)
    wait_url(qtbot, window, PIN_MENU_URL)
    box = page(window).chrome.service.findChild(QLineEdit, "SiteSearch")
    assert box.placeholderText() == "Cerca"
    assert "Scrivi qui per eseguire la ricerca" not in texts(page(window))


def test_the_header_leaves_room_for_the_page(qtbot, db_path):
    """#10: on a 1366x768 screen the page's own title starts high (header, navigation and
    service bar together within a third of the screen)."""
    window = make_window(qtbot, db_path)
    window.resize(1366, 768)  # (the test screen may be narrower: the panels are closed to make room)
    for dock in window.findChildren(QDockWidget):
        dock.hide()
    window.navigate(PIN_MENU_URL)
    wait_url(qtbot, window, PIN_MENU_URL)
    qtbot.waitUntil(lambda: page(window).width() >= 760, timeout=2000)
    qtbot.wait(50)
    chrome = page(window).chrome
    header = chrome.header
    assert header.height() <= 72
    service = chrome.service
    assert y_in_page(service) + service.height() <= 768 // 3


def test_at_high_zoom_the_navigation_folds_under_one_button(qtbot, db_path):
    """#10 at 200 %: the eight items of the navigation bar would take four rows; they fold
    under «Apri il menu del portale», which opens them with one click."""
    window = make_window(qtbot, db_path, "--zoom", "200")
    window.navigate(PIN_MENU_URL)
    wait_url(qtbot, window, PIN_MENU_URL)
    nav = page(window).chrome.nav
    qtbot.waitUntil(lambda: nav.folded, timeout=2000)
    toggle = find(page(window), "Apri il menu del portale", QAbstractButton)
    assert not nav.items.isVisible()
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert nav.items.isVisible() and toggle.isChecked()
    assert toggle.text() == toggle.accessibleName() == "Chiudi il menu del portale"
    click(qtbot, page(window), "Contatti")
    wait_url(qtbot, window, "https://www.inps.it/contatti")
    nav = page(window).chrome.nav  # the next page: the menu folded again
    qtbot.waitUntil(lambda: nav.folded and not nav.items.isVisible(), timeout=2000)
    assert find(page(window), "Apri il menu del portale", QAbstractButton)


def test_at_normal_zoom_the_navigation_is_open(qtbot, db_path):
    window = make_window(qtbot, db_path)
    window.resize(1366, 768)
    for dock in window.findChildren(QDockWidget):
        dock.hide()
    window.navigate(PIN_MENU_URL)
    wait_url(qtbot, window, PIN_MENU_URL)
    qtbot.waitUntil(lambda: page(window).width() >= 760, timeout=2000)
    nav = page(window).chrome.nav
    assert not nav.folded and nav.items.isVisible() and not nav.toggle.isVisible()
    assert find(nav, "Prestazioni e servizi", QAbstractButton)


def test_with_a_pin_dispositivo_the_page_leads_to_the_change_of_address(qtbot, db_path):
    from tests.helpers import login_as
    from ui.urls import DOMANDE_URL

    window = make_window(qtbot, db_path)
    session = login_as(window, "pensionata", "pin_dispositivo")
    window.navigate(ANAGRAFICA_URL)
    wait_url(qtbot, window, ANAGRAFICA_URL)
    shown = texts(page(window))
    assert "Viale Cesare Battisti 12" in shown and "maria.bianchi@posta.sim" in shown
    assert "serve il PIN dispositivo" not in shown
    click(qtbot, page(window), "Modifica l'indirizzo di residenza")
    wait_url(qtbot, window, DOMANDE_URL + "?servizio=variazione_anagrafica")
    opened = window.world.events.recent(kind_prefix="domanda.form_opened")
    assert opened and opened[0].citizen_id == session.citizen_id

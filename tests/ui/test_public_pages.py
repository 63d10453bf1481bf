"""The public pages of the portal: home (seed 000's four functions), news, Utente groups,
the navigation bar's pages, «Il PIN online» and its German version, «Istruzioni per
l'accesso», «Supporto tecnico», logout, and the search engine's results."""
from urllib.parse import quote

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit

from app.services import portal_content, settings
from tests.helpers import click, find, login_as, make_window, page, tab_text, texts, type_into, wait_url
from ui.browser.router import HOME_URL, LOGIN_URL, PIN_MENU_URL, START_URL
from ui.urls import (
    INSTRUCTIONS_URL,
    LOGOUT_URL,
    LOST_PIN_URL,
    MYINPS_URL,
    NEWS_URL,
    PIN_CONVERT_URL,
    PIN_DE_URL,
    PIN_DISPOSITIVO_URL,
    PIN_REQUEST_URL,
    PIN_SUPPORT_URL,
    SEARCH_URL,
    UTENTE_URL,
)
from ui.widgets.portal import NAV_ITEMS

GROUPS = ["Cittadino", "Pensionato", "Lavoratore", "Disoccupato", "Famiglia", "Azienda", "Intermediario"]


def go(qtbot, window, url: str) -> None:
    window.address.setText(url)
    qtbot.keyClick(window.address, Qt.Key.Key_Return)
    wait_url(qtbot, window, url.split("?")[0])


def on_page(qtbot, window, url: str) -> str:
    wait_url(qtbot, window, url)
    return window.current_tab().url


@pytest.fixture
def window(qtbot, db_path):
    return make_window(qtbot, db_path)


# --- home ----------------------------------------------------------------------------------------

def test_home_shows_the_four_functions_of_seed_000(qtbot, window):
    go(qtbot, window, HOME_URL)
    home = page(window)
    shown = texts(home)
    assert tab_text(qtbot, window, "INPS - Home Page") == "INPS - Home Page"
    # 1) In evidenza: the latest news, with their dates
    assert "In evidenza" in shown
    for item in portal_content.latest_news(window.world, 6):
        assert item.title in shown and item.date_text in shown
    # 2) Entra in MyINPS
    assert find(home, "Entra in MyINPS", QAbstractButton).url == MYINPS_URL
    # 3) the site's internal search bar
    assert isinstance(find(home, "Cerca nel sito", QLineEdit), QLineEdit)
    # 4) Utente: the seven groups
    assert "Utente" in shown
    for name in GROUPS:
        assert find(home, name, QAbstractButton).url == f"{UTENTE_URL}?gruppo={name.lower()}"
    # seed 001: «il pulsante Il PIN online contraddistinto da un lucchetto»
    assert find(home, "Il PIN online", QAbstractButton).url == PIN_MENU_URL
    assert find(home, "Converti PIN", QAbstractButton).url == PIN_CONVERT_URL


def test_home_search_bar_opens_the_site_search(qtbot, window):
    go(qtbot, window, HOME_URL)
    box = type_into(qtbot, page(window), "Cerca nel sito", "la mia pensione")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert on_page(qtbot, window, SEARCH_URL) == SEARCH_URL + "?q=la+mia+pensione"


def test_empty_home_search_stays_on_the_home(qtbot, window):
    go(qtbot, window, HOME_URL)
    box = find(page(window), "Cerca nel sito", QLineEdit)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    click(qtbot, page(window), "Cerca")
    qtbot.wait(50)
    assert window.current_tab().url == HOME_URL


def test_il_pin_online_from_the_home(qtbot, window):
    go(qtbot, window, HOME_URL)
    click(qtbot, page(window), "Il PIN online")
    assert on_page(qtbot, window, PIN_MENU_URL) == PIN_MENU_URL


# --- news --------------------------------------------------------------------------------------

def test_a_news_item_opens_its_page(qtbot, window):
    go(qtbot, window, HOME_URL)
    first = portal_content.latest_news(window.world, 1)[0]
    click(qtbot, page(window), first.title)
    assert on_page(qtbot, window, NEWS_URL) == f"{NEWS_URL}?id={first.id}"
    shown = texts(page(window))
    assert first.title in shown and first.summary in shown and first.date_text in shown
    assert all(paragraph in shown for paragraph in first.body)
    click(qtbot, page(window), "Tutte le notizie")
    wait_url(qtbot, window, NEWS_URL)
    qtbot.waitUntil(lambda: window.current_tab().url == NEWS_URL)
    shown = texts(page(window))
    assert all(item.title in shown for item in portal_content.latest_news(window.world))


def test_an_unknown_news_item_says_so_and_lists_the_others(qtbot, window):
    go(qtbot, window, f"{NEWS_URL}?id=non-esiste")
    shown = texts(page(window))
    assert "Notizia non trovata" in shown
    assert portal_content.latest_news(window.world, 1)[0].title in shown


# --- Utente --------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", GROUPS)
def test_each_utente_group_lists_its_services(qtbot, window, name):
    go(qtbot, window, HOME_URL)
    click(qtbot, page(window), name)
    key = name.lower()
    assert on_page(qtbot, window, UTENTE_URL) == f"{UTENTE_URL}?gruppo={key}"
    group = portal_content.user_group(key)
    shown = texts(page(window))
    assert group.intro in shown
    for service in group.services:
        assert service.title in shown and service.description in shown
    links = {link.accessibleName(): link.url for link in page(window).service_links}
    assert links == {s.title: s.url for s in group.services if s.url}
    behind_login = any(s.login for s in group.services)
    assert ("Serve l'accesso con PIN, SPID o CNS." in shown) == behind_login


def test_a_utente_service_leads_to_its_page(qtbot, window):
    go(qtbot, window, f"{UTENTE_URL}?gruppo=pensionato")
    click(qtbot, page(window), "Il PIN online")
    assert on_page(qtbot, window, PIN_MENU_URL) == PIN_MENU_URL
    go(qtbot, window, f"{UTENTE_URL}?gruppo=lavoratore")
    click(qtbot, page(window), "La mia pensione futura")  # behind the login: Autenticazione first
    wait_url(qtbot, window, LOGIN_URL)
    assert quote("https://www.inps.it/myinps/pensione-futura", safe="") in window.current_tab().url


def test_utente_without_a_known_group_offers_the_choice(qtbot, window):
    go(qtbot, window, f"{UTENTE_URL}?gruppo=marziano")
    shown = texts(page(window))
    assert "Scegli il tuo profilo" in shown and "marziano" in shown
    for name in GROUPS:
        find(page(window), name, QAbstractButton)


# --- navigation bar -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, url", NAV_ITEMS)
def test_nav_links_reach_their_pages(qtbot, window, text, url):
    go(qtbot, window, HOME_URL)
    nav = find(page(window).chrome.nav, text, QAbstractButton)
    qtbot.mouseClick(nav, Qt.MouseButton.LeftButton)
    assert on_page(qtbot, window, url) == url
    key = url.rsplit("/", 1)[-1]
    info = portal_content.info_page(key)
    shown = texts(page(window))
    assert info.title in shown and info.lead in shown
    qtbot.waitUntil(lambda: window.tabs.tabToolTip(window.tabs.currentIndex()) == f"INPS - {info.title}", timeout=3000)
    for section in info.sections:
        if section.heading:
            assert section.heading in shown


def test_contatti_page_gives_numbers_address_and_fax(qtbot, window):
    go(qtbot, window, "https://www.inps.it/contatti")
    shown = texts(page(window))
    for fact in ("803 164", "06 164 164", "numero verde gratuito",
                 "a pagamento in base al piano tariffario del gestore telefonico",
                 "Viale Cesare Battisti 23/25, 27100 Pavia (PV)", "800 803 164", "MV35"):
        assert fact in shown, fact


def test_inps_comunica_lists_the_news(qtbot, window):
    go(qtbot, window, "https://www.inps.it/inps-comunica")
    first = portal_content.latest_news(window.world, 1)[0]
    click(qtbot, page(window), first.title)
    assert on_page(qtbot, window, NEWS_URL) == f"{NEWS_URL}?id={first.id}"


# --- Il PIN online ------------------------------------------------------------------------------

PIN_MENU_TEXTS = (
    "Devi richiedere il PIN?",
    "Il PIN è il codice personale che ti consente di accedere ai servizi telematici dell'INPS.",
    "Il PIN iniziale è composto da 16 caratteri. I primi 8 ti sono inviati via SMS, email o posta elettronica "
    "certificata; i secondi 8 con posta ordinaria all'indirizzo di residenza.",
    "Al primo utilizzo, il PIN iniziale di 16 caratteri viene sostituito con uno di 8 caratteri, da conservare "
    "per i successivi utilizzi.",
    "dal 15 marzo 2016 è possibile accedere ai Servizi per il cittadino anche tramite credenziali",
    "/ Prestazioni e Servizi / Richiesta PIN On Line",
)


def test_pin_menu_quotes_the_seed(qtbot, window):
    go(qtbot, window, PIN_MENU_URL)
    menu = page(window)
    shown = texts(menu)
    for text in PIN_MENU_TEXTS:
        assert text in shown, text
    assert "Il PIN online" in shown  # the current item of «Il PIN online | In deutscher Sprache | Supporto tecnico»
    assert tab_text(qtbot, window, "INPS - Richiesta PIN") == "INPS - Richiesta PIN"
    for name in ("RICHIEDI PIN", "VUOI IL PIN DISPOSITIVO?", "HAI SMARRITO IL PIN?", "In deutscher Sprache",
                 "Supporto tecnico", "Consulta come ottenere e gestire il PIN"):
        find(menu, name, QAbstractButton)
    assert find(menu, "RICHIEDI PIN", QAbstractButton).property("role") == "danger"  # «il pulsante in rosso»


@pytest.mark.parametrize("name, url", [
    ("RICHIEDI PIN", PIN_REQUEST_URL),
    ("VUOI IL PIN DISPOSITIVO?", PIN_DISPOSITIVO_URL),
    ("HAI SMARRITO IL PIN?", LOST_PIN_URL),
    ("In deutscher Sprache", PIN_DE_URL),
    ("Supporto tecnico", PIN_SUPPORT_URL),
    ("Consulta come ottenere e gestire il PIN", f"{INSTRUCTIONS_URL}?sezione=pin"),
])
def test_pin_menu_links_go_to_the_right_addresses(qtbot, window, name, url):
    go(qtbot, window, PIN_MENU_URL)
    button = find(page(window), name, QAbstractButton)
    with qtbot.waitSignal(button.navigate, timeout=2000) as signal:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert signal.args == [url, False]
    assert on_page(qtbot, window, url) == url


def test_pin_menu_in_german(qtbot, window):
    go(qtbot, window, PIN_DE_URL)
    assert window.current_tab().url == PIN_DE_URL
    shown = texts(page(window))
    assert "Der PIN online" in shown
    assert "Der anfängliche PIN besteht aus 16 Zeichen." in shown
    assert "803 164" in shown and "06 164 164" in shown
    click(qtbot, page(window), "PIN BEANTRAGEN")
    assert on_page(qtbot, window, PIN_REQUEST_URL) == PIN_REQUEST_URL


def test_instructions_explain_pin_spid_and_cns_and_scroll_to_the_pin_section(qtbot, window):
    go(qtbot, window, f"{INSTRUCTIONS_URL}?sezione=pin")
    shown = texts(page(window))
    for heading in ("Istruzioni per l'accesso", "Entrare con il PIN", "Entrare con SPID",
                    "Entrare con la Carta Nazionale dei Servizi (CNS)", "Come ottenere e gestire il PIN"):
        assert heading in shown, heading
    assert "Premi «Accedi»." in shown
    bar = window.current_tab().scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=2000)
    click(qtbot, page(window), "Vai all'Autenticazione")
    assert on_page(qtbot, window, LOGIN_URL) == LOGIN_URL


def test_support_page_answers_locked_expired_lost(qtbot, window):
    settings.set_value("pin.max_failures", "4")
    go(qtbot, window, PIN_SUPPORT_URL)
    shown = texts(page(window))
    for question in ("Il PIN è bloccato", "Il PIN è scaduto", "Ho smarrito il PIN"):
        assert question in shown
    assert "Dopo 4 tentativi sbagliati di seguito il PIN viene bloccato per la tua sicurezza." in shown
    assert "803 164" in shown and "06 164 164" in shown
    click(qtbot, page(window), "Il PIN online")
    assert on_page(qtbot, window, PIN_MENU_URL) == PIN_MENU_URL


# --- logout --------------------------------------------------------------------------------------

def test_esci_ends_the_session(qtbot, window):
    session = login_as(window, "pensionata")
    go(qtbot, window, HOME_URL)
    assert window.session.logged_in
    go(qtbot, window, PIN_MENU_URL)  # a page with the service bar: Esci
    click(qtbot, page(window), "Esci")
    assert on_page(qtbot, window, LOGOUT_URL) == LOGOUT_URL
    assert not window.session.logged_in
    shown = texts(page(window))
    assert "Uscita effettuata" in shown and session.display_name in shown
    assert find(page(window), "Entra in MyINPS", QAbstractButton)  # the header no longer shows the person
    closed = window.world.events.recent(kind_prefix="session.closed")
    assert closed and closed[0].citizen_id == session.citizen_id
    window.reload()  # reloading the page does not close anything twice
    qtbot.wait(50)
    assert len(window.world.events.recent(kind_prefix="session.closed")) == 1
    assert "Non c'è nessun accesso aperto" in texts(page(window))


# --- the search engine ---------------------------------------------------------------------------

def test_search_results_keep_title_address_and_snippet_together(qtbot, window):
    box = type_into(qtbot, page(window), "Cerca nel web", "inps")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    wait_url(qtbot, window, START_URL + "cerca")
    results = page(window)
    assert len(results.result_blocks) == len(results.results) >= 3
    for block, result in zip(results.result_blocks, results.results):
        labels = [w.text() for w in block.findChildren(QLabel)]
        assert result.title in labels and result.url in labels and result.snippet in labels
        link = find(block, result.title, QAbstractButton)
        assert link.property("role") == "link"  # the first result looks like the others
    assert "10 risultati per «inps»" in texts(results)


def test_a_fantasy_site_opens_as_a_marked_page(qtbot, window):
    go(qtbot, window, START_URL + "cerca?q=come+ottenere+il+pin")
    click(qtbot, page(window), "Come ottenere il PIN INPS: guida passo passo (sito di fantasia)")
    assert on_page(qtbot, window, "https://www.guidefacili.sim/") == "https://www.guidefacili.sim/pin-inps"
    shown = texts(page(window))
    assert "Sito di fantasia" in shown and "803 164" in shown


# --- 200 % zoom: nothing wider than the window ----------------------------------------------------

PUBLIC_PAGES = [HOME_URL, f"{NEWS_URL}?id=pin-rinnovo", f"{UTENTE_URL}?gruppo=pensionato", PIN_MENU_URL, PIN_DE_URL,
                INSTRUCTIONS_URL, PIN_SUPPORT_URL, LOGOUT_URL, START_URL + "cerca?q=inps",
                "https://www.guidefacili.sim/pin-inps"] + [url for _t, url in NAV_ITEMS]


@pytest.mark.parametrize("width", [1300, 900])
def test_public_pages_fit_the_width_at_200_percent(qtbot, window, width):
    for dock in window.docks.values():
        dock.hide()
    window.resize(width, 900)
    problems = []
    for url in PUBLIC_PAGES:
        go(qtbot, window, url)
        tab = window.current_tab()
        tab.set_zoom(200)
        QApplication.processEvents()
        qtbot.wait(30)
        bar = tab.scroll.horizontalScrollBar()
        if bar.maximum() > 0:
            problems.append(f"{url}: {bar.maximum()} px too wide")
        tab.set_zoom(100)
    assert not problems, problems


def test_every_address_the_content_links_to_is_a_page_of_the_simulation(world):
    from ui.browser import router
    from ui.pages import load_all

    load_all()
    missing = sorted(url for url in portal_content.all_urls() if router.resolve(url).route is None)
    assert not missing, missing

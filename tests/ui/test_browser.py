"""The browser shell: tabs, history, zoom, address bar, SIMULAZIONE marker."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tests.helpers import find, make_window, page, tab_text, type_into, wait_url
from ui.browser.router import LOGIN_URL, START_URL


def _go(qtbot, window, text):
    window.address.setText(text)
    qtbot.keyClick(window.address, Qt.Key.Key_Return)


def test_address_bar_has_accessible_name_and_shows_url(qtbot, db_path):
    window = make_window(qtbot, db_path)
    bar = find(window, "Indirizzo", QLineEdit)
    assert bar is window.address
    _go(qtbot, window, "serviziweb2.inps.it/PassiWeb/jsp/login.jsp")
    wait_url(qtbot, window, LOGIN_URL)
    assert window.address.text() == LOGIN_URL
    assert "Autenticazione" in tab_text(qtbot, window, "Autenticazione")


def test_back_and_forward(qtbot, db_path):
    window = make_window(qtbot, db_path)
    _go(qtbot, window, LOGIN_URL)
    wait_url(qtbot, window, LOGIN_URL)
    _go(qtbot, window, "https://www.inps.it/non-esiste")
    wait_url(qtbot, window, "https://www.inps.it/non-esiste")
    assert window.act_back.isEnabled() and not window.act_forward.isEnabled()
    window.act_back.trigger()
    wait_url(qtbot, window, LOGIN_URL)
    window.act_back.trigger()
    wait_url(qtbot, window, START_URL)
    assert not window.act_back.isEnabled()
    window.act_forward.trigger()
    wait_url(qtbot, window, LOGIN_URL)
    # navigating after going back drops the forward entries
    _go(qtbot, window, "https://www.example.com/")
    wait_url(qtbot, window, "https://www.example.com/")
    assert not window.act_forward.isEnabled()


def test_keyboard_shortcuts_for_history(qtbot, db_path):
    window = make_window(qtbot, db_path)
    _go(qtbot, window, LOGIN_URL)
    wait_url(qtbot, window, LOGIN_URL)
    page(window).setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    wait_url(qtbot, window, START_URL)
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    wait_url(qtbot, window, LOGIN_URL)


def test_tabs_new_close_and_per_tab_history(qtbot, db_path):
    window = make_window(qtbot, db_path)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.count() == 2
    _go(qtbot, window, LOGIN_URL)
    wait_url(qtbot, window, LOGIN_URL)
    window.tabs.setCurrentIndex(0)
    assert window.address.text() == START_URL  # only the current tab's address is shown
    assert not window.act_back.isEnabled()
    window.tabs.setCurrentIndex(1)
    assert window.address.text() == LOGIN_URL
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.count() == 1
    # closing the last tab keeps the window with the start page
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.count() == 1
    wait_url(qtbot, window, START_URL)


def test_link_opens_in_new_tab_with_middle_click(qtbot, db_path):
    window = make_window(qtbot, db_path)
    _go(qtbot, window, LOGIN_URL)
    wait_url(qtbot, window, LOGIN_URL)
    link = find(page(window), "Richiedi e gestisci il tuo PIN")
    qtbot.mouseClick(link, Qt.MouseButton.MiddleButton)
    assert window.tabs.count() == 2
    assert window.current_tab().url.startswith("https://serviziweb2.inps.it/RichiestaPin/jsp/menu.jsp")


def test_zoom_from_50_to_200_keeps_typed_text(qtbot, db_path):
    window = make_window(qtbot, db_path)
    box = type_into(qtbot, page(window), "Cerca nel web", "pensione")
    tab = window.current_tab()
    for _ in range(12):
        qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert tab.zoom.percent == 200 and window.zoom_label.text() == "200 %"
    for _ in range(15):
        qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert tab.zoom.percent == 50
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert tab.zoom.percent == 100
    assert box.text() == "pensione"  # zoom never loses what was typed


def test_zoom_scales_the_page_text(qtbot, db_path):
    window = make_window(qtbot, db_path)
    heading = find(page(window), "CercaLibero")
    normal = heading.fontInfo().pixelSize()
    window.current_tab().set_zoom(200)
    qtbot.wait(10)
    assert heading.fontInfo().pixelSize() >= normal * 1.8


def test_simulation_marker_always_visible(qtbot, db_path):
    window = make_window(qtbot, db_path)
    for url in (START_URL, LOGIN_URL, "https://www.inps.it/non-esiste", "https://www.example.com/"):
        _go(qtbot, window, url)
        wait_url(qtbot, window, url)
        assert window.sim_marker.isVisible() and "SIMULAZIONE" in window.sim_marker.text()


def test_outside_address_explains_offline(qtbot, db_path):
    window = make_window(qtbot, db_path)
    _go(qtbot, window, "https://www.google.com/")
    wait_url(qtbot, window, "https://www.google.com/")
    assert type(page(window)).__name__ == "OfflinePage"


def test_address_typed_words_search(qtbot, db_path):
    window = make_window(qtbot, db_path)
    _go(qtbot, window, "inps")
    wait_url(qtbot, window, START_URL + "cerca?q=inps")
    assert page(window).results[0].url == "https://www.inps.it/"


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.text(max_size=200), min_size=25, max_size=25))
def test_any_address_bar_text_is_handled(qtbot, db_path, texts):
    window = make_window(qtbot, db_path)
    for text in texts:
        window.address.setText(text)
        window._address_entered()  # builds the page synchronously; any error fails the test
        assert window.current_tab().page is not None
        assert window.current_tab().url
    window.close()


def test_reload_keeps_address(qtbot, db_path):
    window = make_window(qtbot, db_path)
    _go(qtbot, window, LOGIN_URL + "?tab=SPID")
    wait_url(qtbot, window, LOGIN_URL)
    first = page(window)
    window.act_reload.trigger()
    qtbot.waitUntil(lambda: page(window) is not first)
    assert window.current_tab().url == LOGIN_URL + "?tab=SPID"
    assert page(window).current_tab_name() == "SPID"

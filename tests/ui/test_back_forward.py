"""Indietro / Avanti show the page the learner left, as browsers do: the same page,
with what was typed in it, refreshed if the world changed meanwhile; a few pages per
tab, never across a login or a logout, freed with the tab."""
from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QLineEdit, QWidget

from tests.helpers import login_as, make_window, page, wait_url
from ui.browser.router import HOME_URL, LOGIN_URL, PIN_MENU_URL, START_URL
from ui.urls import FASCICOLO_URL, INSTRUCTIONS_URL, MYINPS_URL, SEARCH_URL


def _go(qtbot, window, url):
    window.current_tab().navigate(url)
    wait_url(qtbot, window, url)


def _back(qtbot, window, url):
    window.act_back.trigger()
    wait_url(qtbot, window, url)


def test_back_and_forward_show_the_same_page_with_what_was_typed(qtbot, db_path):
    window = make_window(qtbot, db_path)
    _go(qtbot, window, PIN_MENU_URL)
    menu = page(window)
    _go(qtbot, window, SEARCH_URL + "?q=pin")
    results = page(window)
    box = next(w for w in results.findChildren(QLineEdit) if w.isVisible() and w is not results.chrome.service.search)
    box.setText("pensione")
    _go(qtbot, window, INSTRUCTIONS_URL)
    _back(qtbot, window, SEARCH_URL)
    assert page(window) is results
    assert box.text() == "pensione" and box.isVisible()
    _back(qtbot, window, PIN_MENU_URL)
    assert page(window) is menu
    window.act_forward.trigger()
    wait_url(qtbot, window, SEARCH_URL)
    assert page(window) is results
    # the portal chrome stays in the tab, around the page shown: nothing was moved or rebuilt
    tab = window.current_tab()
    header = tab.frame.findChild(QWidget, "HeaderBand")
    assert header is results.chrome.header is menu.chrome.header and header.isVisible()
    assert header.parentWidget() is tab.frame and results.findChild(QWidget, "HeaderBand") is None
    parts = [tab.frame.layout().itemAt(i).widget() for i in range(tab.frame.layout().count())]
    assert parts == [*results.chrome.widgets()[:3], results, results.chrome.footer]


def test_a_page_is_refreshed_when_the_world_changed_meanwhile(qtbot, db_path):
    window = make_window(qtbot, db_path)
    login_as(window, "pensionata", "pin_dispositivo")
    _go(qtbot, window, FASCICOLO_URL)
    fascicolo = page(window)
    calls = []
    original = fascicolo.world_changed
    fascicolo.world_changed = lambda: (calls.append(1), original())
    _go(qtbot, window, HOME_URL)
    _back(qtbot, window, FASCICOLO_URL)
    assert page(window) is fascicolo and calls == []  # nothing changed: shown as it was
    _go(qtbot, window, MYINPS_URL)
    myinps = page(window)
    _go(qtbot, window, HOME_URL)
    window.world.clock.advance(weeks=2)
    qtbot.waitUntil(lambda: window.current_tab()._world_generation > 0, timeout=2000)
    _back(qtbot, window, MYINPS_URL)
    assert page(window) is not myinps  # MyINPS has no world_changed(): built anew
    _back(qtbot, window, FASCICOLO_URL)
    assert page(window) is fascicolo and calls == [1]


def test_no_kept_page_across_a_logout(qtbot, db_path):
    window = make_window(qtbot, db_path)
    login_as(window, "pensionata", "pin_dispositivo")
    _go(qtbot, window, MYINPS_URL)
    myinps = page(window)
    _go(qtbot, window, HOME_URL)
    window.session.end()
    window.act_back.trigger()
    wait_url(qtbot, window, LOGIN_URL)  # the private page asks for the login again
    assert page(window) is not myinps


def test_the_cache_is_bounded_and_freed_with_the_tab(qtbot, db_path):
    window = make_window(qtbot, db_path)
    tab = window.current_tab()
    seen = [page(window)]
    for url in (HOME_URL, LOGIN_URL, PIN_MENU_URL, INSTRUCTIONS_URL, SEARCH_URL + "?q=a", SEARCH_URL + "?q=b",
                "https://www.inps.it/non-esiste"):
        _go(qtbot, window, url)
        seen.append(page(window))
    assert len(tab.kept) == tab.kept.size == 4
    qtbot.waitUntil(lambda: not shiboken6.isValid(seen[0]), timeout=2000)  # the oldest are freed
    kept = tab.kept.pages()
    assert all(shiboken6.isValid(p) and not p.isVisible() for p in kept)
    window.new_tab(START_URL)
    window.close_tab(window.tabs.indexOf(tab))
    qtbot.waitUntil(lambda: not any(shiboken6.isValid(p) for p in kept), timeout=2000)


def test_going_somewhere_new_drops_the_forward_pages(qtbot, db_path):
    window = make_window(qtbot, db_path)
    tab = window.current_tab()
    _go(qtbot, window, HOME_URL)
    _go(qtbot, window, LOGIN_URL)
    login = page(window)
    _back(qtbot, window, HOME_URL)
    _go(qtbot, window, PIN_MENU_URL)
    assert login not in tab.kept.pages()
    qtbot.waitUntil(lambda: not shiboken6.isValid(login), timeout=2000)


def test_the_portal_chrome_shows_around_portal_pages_only_and_follows_the_session(qtbot, db_path):
    window = make_window(qtbot, db_path)
    tab = window.current_tab()
    _go(qtbot, window, HOME_URL)
    chrome = tab.chrome
    assert chrome.header.isVisible() and chrome.nav.isVisible() and chrome.footer.isVisible()
    assert not chrome.service.isVisible()  # the home has its own, bigger search bar
    _go(qtbot, window, PIN_MENU_URL)
    assert tab.chrome is chrome and chrome.service.isVisible()
    _go(qtbot, window, START_URL)  # the search engine: not the portal
    assert not any(part.isVisible() for part in chrome.widgets())
    _back(qtbot, window, PIN_MENU_URL)
    assert all(part.isVisible() for part in chrome.widgets())
    login_as(window, "pensionata", "pin_dispositivo")
    _go(qtbot, window, MYINPS_URL)
    assert tab.chrome is not chrome and page(window).chrome is tab.chrome  # the header says who is in
    assert all(part.isVisible() for part in tab.chrome.widgets())
    qtbot.waitUntil(lambda: not shiboken6.isValid(chrome.header), timeout=3000)  # the old one is freed

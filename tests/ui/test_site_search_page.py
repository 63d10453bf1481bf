"""The portal search page: grouped results, «Forse cercavi», suggestions while typing,
schede and notizie opened from their titles."""
from __future__ import annotations

from tests.helpers import click, make_window, page, texts, type_into, wait_url
from ui.browser.router import build_url
from ui.urls import PENSIONE_FUTURA_URL, PORTAL_ITEM_URL, SEARCH_URL


def shows(qtbot, window, *words):
    qtbot.waitUntil(lambda: all(w in texts(page(window)) for w in words), timeout=3000)


def test_results_grouped_and_a_scheda_opens(qtbot, db_path):
    window = make_window(qtbot, db_path)
    window.current_tab().navigate(build_url(SEARCH_URL, q="pensione di vecchiaia"))
    wait_url(qtbot, window, SEARCH_URL)
    shows(qtbot, window, "Servizi (", "Schede prestazioni (", "Notizie (")
    click(qtbot, page(window), "Pensione di vecchiaia")
    wait_url(qtbot, window, PORTAL_ITEM_URL)
    shows(qtbot, window, "66 anni e 7 mesi", "Servizi e informazioni collegati")
    assert window.current_tab().page.title() == "Pensione di vecchiaia - INPS"


def test_nothing_found_and_missing_item(qtbot, db_path):
    window = make_window(qtbot, db_path)
    window.current_tab().navigate(build_url(SEARCH_URL, q="zzzz qqqq"))
    wait_url(qtbot, window, SEARCH_URL)
    shows(qtbot, window, "Nessun risultato per «zzzz qqqq»")
    window.current_tab().navigate(build_url(PORTAL_ITEM_URL, itemDir="1"))
    wait_url(qtbot, window, PORTAL_ITEM_URL)
    shows(qtbot, window, "Pagina non disponibile")


def test_suggestions_while_typing(qtbot, db_path):
    window = make_window(qtbot, db_path)
    window.current_tab().navigate(build_url(SEARCH_URL, q="pin"))
    wait_url(qtbot, window, SEARCH_URL)
    box = type_into(qtbot, page(window), "Cerca nel sito INPS", "la mia pens")
    assert box.suggestions.stringList()[0] == "La mia pensione futura"
    box.completer().activated.emit("La mia pensione futura")
    wait_url(qtbot, window, "https://serviziweb2.inps.it/PassiWeb/jsp/login.jsp")  # reserved: login first
    assert PENSIONE_FUTURA_URL.split("//")[1] in window.current_tab().url.replace("%2F", "/").replace("%3A", ":")

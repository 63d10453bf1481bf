"""Journey: «730 precompilato» (seed 004) is the Agenzia delle Entrate's: searching «730»
in the portal leads to the page that says where the 730 is made and gives the INPS side,
the Certificazione Unica, in one click for a pensioner in MyINPS."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.helpers import click, login_as, make_window, page, type_into, wait_url
from tests.journeys.domanda_kit import pdf_text, shows
from ui.browser.router import LOGIN_URL
from ui.urls import DOMANDE_URL, MYINPS_URL, PRECOMPILATA_730_URL, SEARCH_URL


def test_730_from_the_search_to_the_certificazione_unica(qtbot, db_path):
    window = make_window(qtbot, db_path)
    login_as(window, "pensionata", "pin_ordinario")  # consulting is enough for the CU
    window.current_tab().navigate(MYINPS_URL)
    wait_url(qtbot, window, MYINPS_URL)
    box = type_into(qtbot, page(window), "Cerca in MyINPS", "730 precompilato")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    wait_url(qtbot, window, SEARCH_URL)
    click(qtbot, page(window), "Il 730 precompilato e la Certificazione Unica")
    wait_url(qtbot, window, PRECOMPILATA_730_URL)
    shows(qtbot, window, "Il 730 precompilato", "la prepara l'Agenzia delle Entrate, non l'INPS",
          "Dove si fa il 730 precompilato", "La sua Certificazione Unica", "Redditi dell'anno 2017")
    click(qtbot, page(window), "Apri la Certificazione Unica 2018 (PDF)")
    viewer = window.pdf_viewers[-1]
    text = pdf_text(viewer.data)
    assert "Certificazione Unica" in text and "BNCMRA48C52G388G" in text
    viewer.close()
    # The card of the Domande online page leads here too.
    window.current_tab().navigate(DOMANDE_URL)
    wait_url(qtbot, window, DOMANDE_URL)
    click(qtbot, page(window), "Dove si fa il 730 e dove trovare la Certificazione Unica")
    wait_url(qtbot, window, PRECOMPILATA_730_URL)


def test_730_page_without_login_asks_to_enter(qtbot, db_path):
    window = make_window(qtbot, db_path, "--start", PRECOMPILATA_730_URL)
    wait_url(qtbot, window, PRECOMPILATA_730_URL)
    shows(qtbot, window, "Per scaricare la Certificazione Unica entri in MyINPS")
    click(qtbot, page(window), "Entra in MyINPS")
    wait_url(qtbot, window, LOGIN_URL)

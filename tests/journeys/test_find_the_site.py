"""Seed 000, "Come trovare il sito": search inps -> first result -> home ->
Entra in MyINPS -> Autenticazione."""
from PySide6.QtCore import Qt

from tests.helpers import click, find, make_window, page, type_into, wait_url
from ui.browser.router import HOME_URL, LOGIN_URL, START_URL


def test_search_inps_then_first_result_then_login(qtbot, db_path):
    window = make_window(qtbot, db_path)
    assert window.current_tab().url == START_URL
    box = type_into(qtbot, page(window), "Cerca nel web", "inps")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    wait_url(qtbot, window, START_URL + "cerca")
    first = page(window).results[0]
    assert first.url == HOME_URL
    click(qtbot, page(window), first.title)
    wait_url(qtbot, window, HOME_URL)
    click(qtbot, page(window), "Entra in MyINPS")
    wait_url(qtbot, window, LOGIN_URL)
    assert window.address.text().startswith(LOGIN_URL)
    assert find(page(window), "Codice Fiscale") is not None

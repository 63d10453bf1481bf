"""Modifica contatti: errors next to the fields, typed text kept, nothing half-saved."""
from app.services import contacts
from tests.helpers import click, login_as, make_window, page, texts, type_into, wait_url
from ui.urls import CONTACTS_URL


def test_contacts_update_and_refusal(qtbot, db_path):
    window = make_window(qtbot, db_path)
    session = login_as(window, "dipendente", "pin_ordinario")
    window.navigate(CONTACTS_URL)
    wait_url(qtbot, window, CONTACTS_URL)
    p = page(window)
    type_into(qtbot, p, "Cellulare", "12ab")
    type_into(qtbot, p, "E-mail", "")
    click(qtbot, p, "Salva i contatti")
    assert p.fields["cellulare"].error.isVisible()
    assert p.fields["cellulare"].value() == "12ab"  # what was typed stays
    assert contacts.current(window.world, session.citizen_id).cellulare == "3479876543"  # unchanged
    type_into(qtbot, p, "Cellulare", "347 111 2233")
    type_into(qtbot, p, "E-mail", "luca.nuovo@posta.sim")
    click(qtbot, p, "Salva i contatti")
    qtbot.waitUntil(lambda: "I contatti sono stati aggiornati." in texts(p))
    saved = contacts.current(window.world, session.citizen_id)
    assert saved.cellulare == "3471112233" and saved.email == "luca.nuovo@posta.sim"


def test_contacts_needs_login(qtbot, db_path):
    window = make_window(qtbot, db_path)
    window.navigate(CONTACTS_URL)
    wait_url(qtbot, window, "https://serviziweb2.inps.it/PassiWeb/jsp/login.jsp")

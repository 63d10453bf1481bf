"""Journeys of issue 5 (items 4-6): search «la mia pensione» inside MyINPS and run a
simulation; present a domanda with a dispositivo session, follow it while the clock
moves, read the decision; the same domanda refused with an ordinario PIN."""
from __future__ import annotations

import io

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QComboBox, QRadioButton
from pypdf import PdfReader

from app.services import messages
from tests.helpers import click, find, login_as, make_window, page, texts, type_into, wait_url
from ui.urls import DOMANDE_URL, MYINPS_URL, PENSIONE_FUTURA_URL, PIN_GATE_URL, SEARCH_URL


def shows(qtbot, window, *words: str) -> str:
    """Wait until the page shows every word (new widgets appear on the next event-loop turn)."""
    qtbot.waitUntil(lambda: all(w in texts(page(window)) for w in words), timeout=3000)
    return texts(page(window))


def pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def test_search_la_mia_pensione_then_simulate(qtbot, db_path):
    window = make_window(qtbot, db_path)
    login_as(window, "dipendente", "pin_ordinario")  # consulting is enough for the simulation
    window.current_tab().navigate(MYINPS_URL)
    wait_url(qtbot, window, MYINPS_URL)
    box = type_into(qtbot, page(window), "Cerca in MyINPS", "La mia pensone")  # a typo, on purpose
    qtbot.keyClick(box, Qt.Key.Key_Return)
    wait_url(qtbot, window, SEARCH_URL)
    shown = texts(page(window))
    assert "Servizi (1)" in shown and "Schede prestazioni" in shown and "Notizie" in shown
    assert "Forse cercavi:" in shown
    click(qtbot, page(window), "La mia pensione futura")  # one click on the title opens it
    wait_url(qtbot, window, PENSIONE_FUTURA_URL)

    # The informativa: «Accedi» without the tick says what to do.
    click(qtbot, page(window), "Accedi")
    shows(qtbot, window, "spunti la casella")
    tick = find(page(window), "Dichiaro di aver preso visione dell'informativa", QCheckBox)
    qtbot.mouseClick(tick, Qt.MouseButton.LeftButton)
    click(qtbot, page(window), "Accedi")
    shows(qtbot, window, "Pensione anticipata", "Pensione di vecchiaia", "al mese", "Tasso di sostituzione",
          "moneta costante")
    sim = page(window).simulation
    base_monthly = sim.first.monthly_cents
    assert page(window).chart.points  # the chart of the montante

    # Other hypotheses: pay +3 % a year, GDP 1 %.
    combo = find(page(window), "Crescita annua della sua retribuzione", QComboBox)
    combo.setCurrentIndex(combo.findData("0.03"))
    qtbot.mouseClick(find(page(window), "1 %", QRadioButton), Qt.MouseButton.LeftButton)
    click(qtbot, page(window), "Calcola")
    richer = page(window).simulation
    assert richer.options.salary_growth == 0.03 and richer.options.gdp_growth == 0.01
    assert richer.first.monthly_cents != base_monthly

    # Stop working at the end of 2025: no anticipata any more, and the page says why.
    qtbot.mouseClick(find(page(window), "Fino a una data", QRadioButton), Qt.MouseButton.LeftButton)
    type_into(qtbot, page(window), "Data di cessazione dell'attività", "12/2025")
    click(qtbot, page(window), "Calcola")
    stopped = page(window).simulation
    assert stopped.anticipata is None and stopped.vecchiaia is not None
    shows(qtbot, window, "data di cessazione")
    click(qtbot, page(window), "Mostra i valori in tabella")
    qtbot.waitUntil(page(window).table.isVisible, timeout=3000)
    assert page(window).table.rowCount() == len(stopped.series)


def _fill_versamenti(qtbot, window) -> None:
    p = page(window)
    shows(qtbot, window, "Passo 1 di 3", "Data di cessazione dell'attività lavorativa")
    click(qtbot, p, "Avanti")  # nothing typed: the error is next to the field
    shows(qtbot, window, "Compili il campo «Data di cessazione dell'attività lavorativa».")
    click(qtbot, p, "Aiuto")
    shows(qtbot, window, "L'autorizzazione ai versamenti volontari")
    type_into(qtbot, p, "Data di cessazione dell'attività lavorativa", "31/12/2017")
    click(qtbot, p, "Avanti")
    shows(qtbot, window, "Passo 2 di 3", "Dichiaro di non essere titolare di pensione diretta")
    for name in ("Dichiaro di non svolgere attività lavorativa che comporti l'iscrizione obbligatoria a una "
                 "forma di previdenza", "Dichiaro di non essere titolare di pensione diretta"):
        qtbot.mouseClick(find(p, name, QCheckBox), Qt.MouseButton.LeftButton)
    click(qtbot, p, "Avanti")
    shows(qtbot, window, "Passo 3 di 3", "31/12/2017")
    # The form's own Indietro (not the portal bar's) and back again keeps what was typed.
    qtbot.mouseClick(p.back_button, Qt.MouseButton.LeftButton)
    shows(qtbot, window, "Passo 2 di 3")
    click(qtbot, p, "Avanti")
    shows(qtbot, window, "Passo 3 di 3", "Dichiaro che i dati indicati sono veritieri")
    qtbot.mouseClick(find(p, p.form.steps[-1].fields[0].label, QCheckBox), Qt.MouseButton.LeftButton)
    click(qtbot, p, "Invia domanda")


def test_domanda_with_dispositivo_followed_to_the_decision(qtbot, db_path):
    window = make_window(qtbot, db_path)
    session = login_as(window, "invalidita", "pin_dispositivo")
    window.current_tab().navigate(DOMANDE_URL)
    wait_url(qtbot, window, DOMANDE_URL)
    click(qtbot, page(window), "Versamenti volontari - domanda di autorizzazione")
    wait_url(qtbot, window, DOMANDE_URL + "?servizio=versamenti_volontari")
    _fill_versamenti(qtbot, window)
    p = page(window)
    shows(qtbot, window, "Domanda inviata")
    protocol = p.submission.protocol
    shows(qtbot, window, protocol)
    click(qtbot, p, "Apri la ricevuta (PDF)")
    viewer = window.pdf_viewers[-1]
    assert viewer.page_count() == 1 and protocol in pdf_text(viewer.data)
    viewer.close()

    click(qtbot, p, "Le mie domande")
    wait_url(qtbot, window, DOMANDE_URL)
    shows(qtbot, window, "Stato: Presentata", protocol)

    clock = window.dock_panels["ClockDock"]
    clock.advance("1 settimana")
    qtbot.waitUntil(lambda: "Stato: In istruttoria" in texts(page(window)), timeout=3000)
    clock.advance("2 settimane")
    qtbot.waitUntil(lambda: "Stato: Accolta il 04/11/2018" in texts(page(window)), timeout=3000)

    click(qtbot, page(window), f"Dettaglio della domanda {protocol}")
    wait_url(qtbot, window, DOMANDE_URL + "?domanda=")
    shows(qtbot, window, "Presentata", "In istruttoria", "Accolta", "È autorizzato ai versamenti volontari")
    click(qtbot, page(window), f"Esito {protocol} (PDF)")
    letter = pdf_text(window.pdf_viewers[-1].data)
    assert "ACCOLTA" in letter and protocol in letter
    window.pdf_viewers[-1].close()

    # The letter travels by post: two more weeks and it is in the Cassetta postale.
    assert not [m for m in messages.delivered(window.world, _citizen(session), ("letter",)) if protocol in m.subject]
    clock.advance("2 settimane")
    letters = [m for m in messages.delivered(window.world, _citizen(session), ("letter",)) if protocol in m.subject]
    assert len(letters) == 1 and letters[0].document_id is not None


def _citizen(session):
    from app.services import auth

    return auth.citizen_by_id(session.citizen_id)


def test_same_domanda_refused_with_ordinario_pin(qtbot, db_path):
    window = make_window(qtbot, db_path)
    login_as(window, "dipendente", "pin_ordinario")
    window.current_tab().navigate(DOMANDE_URL)
    wait_url(qtbot, window, DOMANDE_URL)
    shows(qtbot, window, "per presentarne di nuove serve il PIN dispositivo")
    click(qtbot, page(window), "Versamenti volontari - domanda di autorizzazione")
    wait_url(qtbot, window, PIN_GATE_URL)
    shows(qtbot, window, "serve il PIN dispositivo")
    find(page(window), "Vuoi il PIN dispositivo?", QAbstractButton)
    from app.models import Application

    assert not Application.select().where(Application.kind == "versamenti_volontari").exists()

"""Seed 000, MyINPS and the Fascicolo previdenziale: the pensioner logs in, goes from
MyINPS into the Fascicolo, opens every section in the page and as a dock panel,
opens and saves her Certificazione Unica and ObisM."""
from __future__ import annotations

import datetime as dt
import io

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel

from app.pdf.base import euro
from app.services import fascicolo
from tests import timeflow
from tests.helpers import click, find, login_as, make_window, page, texts, type_into, wait_url
from ui.browser.router import build_url
from ui.docks.fascicolo import DOCK_FOR_SECTION, open_section_dock
from ui.pages.fascicolo_views import FullTable
from ui.urls import FASCICOLO_URL, MYINPS_URL, PRECOMPILATA_730_URL, SEARCH_URL
from ui.widgets.reconstruction import reconstruction_notes


def _pdf_text(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(data)).pages)


def _open_fascicolo(qtbot, window):
    window.navigate(MYINPS_URL)
    wait_url(qtbot, window, MYINPS_URL)
    click(qtbot, page(window), "Fascicolo previdenziale del cittadino")
    wait_url(qtbot, window, FASCICOLO_URL)


def _show(qtbot, window, section: str, key: str, title: str):
    p = page(window)
    if not p.menu.is_open(section):
        qtbot.mouseClick(p.menu.section_buttons[section], Qt.MouseButton.LeftButton)
        assert p.menu.is_open(section)
    qtbot.mouseClick(find(p.menu.groups[section], title, QAbstractButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(page(window), "current", None) == key, timeout=3000)
    return page(window)


def _table(widget, name: str):
    return find(widget, name, FullTable)


def _last_row(table) -> list[str]:
    r = table.rowCount() - 1
    return [table.item(r, c).text() for c in range(table.columnCount())]


@pytest.fixture
def maria_window(qtbot, db_path):
    window = make_window(qtbot, db_path)
    session = login_as(window, "pensionata", "pin_dispositivo")
    return window, session.citizen_id


def test_myinps_greets_and_leads_to_the_services(qtbot, maria_window):
    window, cid = maria_window
    window.navigate(MYINPS_URL)
    wait_url(qtbot, window, MYINPS_URL)
    p = page(window)
    shown = texts(p)
    assert "Benvenuta, Maria Bianchi" in shown
    assert "Accesso con PIN dispositivo" in shown
    info = fascicolo.myinps(window.world, cid)
    assert f"importo netto {euro(info.ultimo_pagamento.netto_cents)}" in shown
    for name in ("Certificazione Unica", "Cedolino della pensione", "Certificato di pensione ObisM",
                 "Pagamenti della pensione", "Estratto conto contributivo", "Modifica contatti"):
        assert find(p, name, QAbstractButton)
    click(qtbot, p, "Certificazione Unica")
    wait_url(qtbot, window, build_url(FASCICOLO_URL, sezione="modelli.cu"))
    assert find(page(window), "Apri la Certificazione Unica 2018", QAbstractButton)
    window.navigate(MYINPS_URL)
    wait_url(qtbot, window, MYINPS_URL)
    box = type_into(qtbot, page(window), "Cerca in MyINPS", "la mia pensione")
    qtbot.waitUntil(lambda: _has(page(window), "La mia pensione futura"), timeout=3000)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    wait_url(qtbot, window, SEARCH_URL)
    assert "la+mia+pensione" in window.current_tab().url or "la%20mia%20pensione" in window.current_tab().url


def test_myinps_with_pin_ordinario_explains_what_it_allows(qtbot, db_path):
    window = make_window(qtbot, db_path)
    login_as(window, "dipendente", "pin_ordinario")
    window.navigate(MYINPS_URL)
    wait_url(qtbot, window, MYINPS_URL)
    shown = texts(page(window))
    assert "Benvenuto, Luca Ferrari" in shown
    assert "Con il PIN ordinario può consultare i Suoi dati" in shown
    assert find(page(window), "La mia pensione futura", QAbstractButton)


def test_every_section_of_the_fascicolo_in_the_page(qtbot, maria_window):
    window, cid = maria_window
    _open_fascicolo(qtbot, window)
    data = fascicolo.load(window.world, cid)
    assert "Le sezioni del Fascicolo" in texts(page(window))
    # The menu of seed 000: section titles open their subsections.
    p = page(window)
    assert not p.menu.is_open("domande")
    qtbot.mouseClick(p.menu.section_buttons["domande"], Qt.MouseButton.LeftButton)
    assert p.menu.is_open("domande") and p.menu.sub_buttons["domande.pensione"].isVisible()

    p = _show(qtbot, window, "domande", "domande.pensione", "Pensione")
    dom = data.domande_pensione[0]
    shown = texts(p)
    assert "Domanda di pensione di vecchiaia" in shown and dom.protocol in shown
    assert "Stato: Accolta il 02/03/2013" in shown and "Stato di avanzamento" in shown
    click(qtbot, p, f"Apri il PDF della domanda {dom.protocol}")
    viewer = window.pdf_viewers[-1]
    assert dom.protocol in _pdf_text(viewer.data)
    viewer.close()

    p = _show(qtbot, window, "posizione", "posizione.estratto_conto", "Estratto conto")
    table = _table(p, "Periodi contributivi")
    ec = data.posizione.estratto
    assert table.rowCount() == 46
    assert table.item(0, 0).text() == "dal 01/01/1968\nal 31/12/1968"
    assert _last_row(table)[3:6] == ["2340", "2340", euro(ec.totale.retribuzione_cents)]
    years = _table(p, "Totali per anno")
    assert years.rowCount() == 46 and _last_row(years)[-1] == euro(ec.totale.retribuzione_cents)
    assert "Contributi utili per il diritto: 2340 settimane (45 anni)" in [
        w.accessibleName() for w in p.findChildren(QLabel) if w.isVisible()]

    p = _show(qtbot, window, "posizione", "posizione.parasubordinati", "Estratto conto Parasubordinati")
    assert "Non risultano contributi nella Gestione Separata." in texts(p)

    p = _show(qtbot, window, "prestazioni", "prestazioni.pensione", "Pensione titolare")
    pension = data.pensioni[0]
    names = [w.accessibleName() for w in p.findChildren(QLabel) if w.isVisible()]
    assert f"Numero di certificato: {pension.numero_certificato}" in names
    assert f"Importo mensile lordo attuale: {euro(pension.importo_attuale_cents)}" in names

    p = _show(qtbot, window, "prestazioni", "prestazioni.pagamenti", "Pagamenti")
    t2018 = _table(p, "Pagamenti del 2018")
    assert t2018.rowCount() == 11 and _last_row(t2018)[-1] == euro(data.pagamenti_anno(2018).totale.netto_cents)
    combo = find(p, "Anno", QComboBox)
    combo.setCurrentIndex(combo.findData("2017"))
    qtbot.waitUntil(lambda: _has(p, "Pagamenti del 2017", FullTable), timeout=3000)
    t2017 = _table(p, "Pagamenti del 2017")
    assert t2017.rowCount() == 14
    assert t2017.item(12, 0).text() == "Tredicesima\n01/12/2017"
    assert _last_row(t2017)[1] == euro(data.pagamenti_anno(2017).totale.lordo_cents)

    p = _show(qtbot, window, "prestazioni", "prestazioni.richieste", "Richieste presentate")
    assert "Domanda di pensione di vecchiaia" in texts(p)

    p = _show(qtbot, window, "invalidita", "invalidita.certificati", "Certificato medico introduttivo")
    assert "Non risultano certificati medici introduttivi." in texts(p)
    p = _show(qtbot, window, "invalidita", "invalidita.domande", "Domande presentate")
    assert "Non risultano domande di invalidità civile." in texts(p)

    p = _show(qtbot, window, "modelli", "modelli.cu", "Certificazione Unica (dal 2015)")
    for year in (2018, 2017, 2016, 2015):
        assert find(p, f"Apri la Certificazione Unica {year}", QAbstractButton)
    p = _show(qtbot, window, "modelli", "modelli.obism", "Certificato pensione - ObisM")
    for year in (2018, 2017, 2016):
        assert find(p, f"Apri il certificato ObisM {year}", QAbstractButton)
    p = _show(qtbot, window, "modelli", "modelli.cedolino", "Cedolino pensione")
    click(qtbot, p, "Apri il cedolino di ottobre 2018")
    viewer = window.pdf_viewers[-1]
    ced = fascicolo.cedolino(window.world, cid, 2018, 10)
    assert f"Importo netto pagato {euro(ced.totale.netto_cents)}" in _pdf_text(viewer.data)
    viewer.close()
    # Indietro goes back to the previous section, as on the web.
    window.go_back()
    qtbot.waitUntil(lambda: getattr(page(window), "current", None) == "modelli.obism", timeout=3000)
    kinds = [e.kind for e in window.world.events.recent(200, "fascicolo.")]
    assert len(kinds) >= 12


def test_open_and_save_the_cu_and_the_obism(qtbot, maria_window, tmp_path):
    window, cid = maria_window
    window.navigate(build_url(FASCICOLO_URL, sezione="modelli.cu"))
    wait_url(qtbot, window, FASCICOLO_URL)
    click(qtbot, page(window), "Apri la Certificazione Unica 2018")
    viewer = window.pdf_viewers[-1]
    assert viewer.page_count() >= 1
    saved = viewer.save(str(tmp_path / "cu2018.pdf"))
    assert saved
    text = _pdf_text((tmp_path / "cu2018.pdf").read_bytes())
    cu = fascicolo.certificazione_unica(window.world, cid, 2018)
    assert f"3 Redditi di pensione {euro(cu.punto_3_redditi_pensione_cents)}" in text
    assert f"21 Ritenute Irpef {euro(cu.punto_21_ritenute_irpef_cents)}" in text
    viewer.close()

    window.navigate(build_url(FASCICOLO_URL, sezione="modelli.obism"))
    qtbot.waitUntil(lambda: getattr(page(window), "current", None) == "modelli.obism", timeout=3000)
    click(qtbot, page(window), "Apri il certificato ObisM 2018")
    viewer = window.pdf_viewers[-1]
    assert viewer.page_count() >= 1
    assert viewer.save(str(tmp_path / "obism2018.pdf"))
    text = _pdf_text((tmp_path / "obism2018.pdf").read_bytes())
    o = fascicolo.obism(window.world, cid, 2018)
    assert f"Numero di certificato {o.pensione.numero_certificato}" in text
    assert f"Importo lordo {euro(o.gennaio.lordo_cents)}" in text
    kinds = [e.kind for e in window.world.events.recent(50, "document.")]
    assert "document.generated" in kinds and "document.opened" in kinds


def test_every_section_as_a_dock_side_by_side(qtbot, maria_window):
    window, cid = maria_window
    _open_fascicolo(qtbot, window)
    data = fascicolo.load(window.world, cid)
    expected = {
        "domande.pensione": data.domande_pensione[0].protocol,
        "posizione.estratto_conto": "Periodi contributivi",
        "posizione.parasubordinati": "Non risultano contributi nella Gestione Separata.",
        "prestazioni.pensione": "Pensione: Vecchiaia o anzianità (VO)",
        "prestazioni.pagamenti": f"Nel 2018 l'INPS ha pagato {euro(data.pagamenti_anno(2018).totale.lordo_cents)} lordi",
        "prestazioni.richieste": "Domanda di pensione di vecchiaia",
        "invalidita.certificati": "Non risultano certificati medici introduttivi.",
        "invalidita.domande": "Non risultano domande di invalidità civile.",
        "modelli.cu": "Certificazione Unica 2018",
        "modelli.obism": "Certificato di pensione ObisM 2018",
        "modelli.cedolino": "Anno",
    }
    for key, needle in expected.items():
        panel = open_section_dock(window, key)
        name = DOCK_FOR_SECTION[key.split(".")[0]]
        qtbot.waitUntil(window.docks[name].isVisible, timeout=2000)
        assert panel.current_key == key and panel.section_widget is not None
        qtbot.waitUntil(lambda: needle in panel.text(), timeout=3000)
    # From the page: "Apri in un pannello a lato".
    window.navigate(build_url(FASCICOLO_URL, sezione="modelli.obism"))
    qtbot.waitUntil(lambda: getattr(page(window), "current", None) == "modelli.obism", timeout=3000)
    click(qtbot, page(window), "Apri in un pannello a lato")
    assert window.dock_panels["FascicoloModelliDock"].current_key == "modelli.obism"
    # Two sections side by side, not stacked in tabs.
    prest, modelli = window.docks["FascicoloPrestazioniDock"], window.docks["FascicoloModelliDock"]
    assert prest.isVisible() and modelli.isVisible()
    assert modelli not in window.tabifiedDockWidgets(prest)
    assert prest.geometry().right() <= modelli.geometry().left() or modelli.geometry().right() <= prest.geometry().left()
    # A document opened from a dock.
    panel = window.dock_panels["FascicoloModelliDock"]
    panel.select("modelli.cu")
    qtbot.waitUntil(lambda: _has(panel, "Apri la Certificazione Unica 2017"), timeout=3000)
    qtbot.mouseClick(find(panel, "Apri la Certificazione Unica 2017", QAbstractButton), Qt.MouseButton.LeftButton)
    assert "CERTIFICAZIONE UNICA 2017" in _pdf_text(window.pdf_viewers[-1].data)
    # The dock's own selector.
    combo = find(panel, "Voce del Fascicolo", QComboBox)
    combo.setCurrentIndex(combo.findData("modelli.cedolino"))
    assert panel.current_key == "modelli.cedolino"


def test_docks_need_the_login_of_the_person_shown(qtbot, db_path):
    window = make_window(qtbot, db_path)
    panel = open_section_dock(window, "modelli.cu")
    assert panel.section_widget is None
    qtbot.waitUntil(lambda: "si vede dopo l'accesso a MyINPS" in panel.text(), timeout=3000)
    login_as(window, "pensionata")
    qtbot.waitUntil(lambda: panel.section_widget is not None, timeout=3000)
    qtbot.waitUntil(lambda: "Certificazione Unica 2018" in panel.text(), timeout=3000)
    window.session.end()
    qtbot.waitUntil(lambda: panel.section_widget is None, timeout=3000)


def test_invalidita_civile_shows_the_domanda_and_its_progress(qtbot, db_path):
    window = make_window(qtbot, db_path)
    session = login_as(window, "invalidita")
    window.navigate(build_url(FASCICOLO_URL, sezione="invalidita.domande"))
    qtbot.waitUntil(lambda: getattr(page(window), "current", None) == "invalidita.domande", timeout=3000)
    f = fascicolo.load(window.world, session.citizen_id)
    dom = f.domande_invalidita[0]
    shown = texts(page(window))
    assert dom.protocol in shown and "Stato: In istruttoria" in shown
    assert "In istruttoria: In attesa di convocazione a visita medica" in shown
    assert "La domanda è ancora in lavorazione" in shown
    window.navigate(build_url(FASCICOLO_URL, sezione="invalidita.certificati"))
    qtbot.waitUntil(lambda: getattr(page(window), "current", None) == "invalidita.certificati", timeout=3000)
    names = [w.accessibleName() for w in page(window).findChildren(QLabel) if w.isVisible()]
    assert f"Domanda collegata: {dom.protocol}" in names


def test_the_page_follows_the_clock(qtbot, maria_window):
    window, cid = maria_window
    window.navigate(build_url(FASCICOLO_URL, sezione="modelli.cu"))
    qtbot.waitUntil(lambda: getattr(page(window), "current", None) == "modelli.cu", timeout=3000)
    with pytest.raises(LookupError):
        find(page(window), "Apri la Certificazione Unica 2019", QAbstractButton)
    timeflow.set_time(window.world, dt.datetime(2019, 3, 16, 9, 0))
    qtbot.waitUntil(lambda: _has(page(window), "Apri la Certificazione Unica 2019"), timeout=3000)


def _has(widget, name: str, cls=QAbstractButton) -> bool:
    try:
        find(widget, name, cls)
        return True
    except LookupError:
        return False


def test_modelli_in_the_order_of_seed_000_each_item_does_something(qtbot, maria_window):
    """Seed 000: «la prima è certificazione unica (dal 2015)», «il quinto in ordine è certificato
    pensione – Obis M»; the other items are reconstructed, say so, and each shows or explains something."""
    window, cid = maria_window
    window.navigate(build_url(FASCICOLO_URL, sezione="modelli.cu"))
    qtbot.waitUntil(lambda: getattr(page(window), "current", None) == "modelli.cu", timeout=3000)
    p = page(window)
    group = p.menu.groups["modelli"]
    items = [b.text() for b in group.findChildren(QAbstractButton) if b.isVisible()]
    assert items == ["Certificazione Unica (dal 2015)", "CUD (fino al 2014)", "Modello 730-4",
                     "Modello RED (dichiarazione reddituale)", "Certificato pensione - ObisM", "Cedolino pensione"]
    assert items[4] == "Certificato pensione - ObisM"
    notes = reconstruction_notes(group)
    assert len(notes) == 1 and notes[0].startswith("(ricostruzione) ") and "quinta (ObisM)" in notes[0]
    assert not reconstruction_notes(p.section_widget)  # the CU is in the seed: no mark

    p = _show(qtbot, window, "modelli", "modelli.cud", "CUD (fino al 2014)")
    assert reconstruction_notes(p.section_widget)
    click(qtbot, p, "Apri il CUD 2014")
    viewer = window.pdf_viewers[-1]
    text = _pdf_text(viewer.data)
    cud = fascicolo.certificazione_unica(window.world, cid, 2014)
    assert "CUD 2014" in text and "(ricostruzione)" in text
    assert f"3 Redditi di pensione {euro(cud.punto_3_redditi_pensione_cents)}" in text
    assert "Fascicolo previdenziale del cittadino > Modelli > CUD (fino al 2014)" in text
    viewer.close()

    p = _show(qtbot, window, "modelli", "modelli.red", "Modello RED (dichiarazione reddituale)")
    assert "non è legata al reddito" in texts(p)
    p = _show(qtbot, window, "modelli", "modelli.730", "Modello 730-4")
    assert "Non risultano modelli 730-4" in texts(p)
    click(qtbot, p, "Dove si presenta il 730")
    wait_url(qtbot, window, PRECOMPILATA_730_URL)


@pytest.mark.parametrize("zoom", [100, 200])
def test_a_choice_in_the_menu_keeps_the_place_and_shows_the_item(qtbot, maria_window, zoom):
    """Issue 10: the Fascicolo jumped back to the top after each choice."""
    window, _cid = maria_window
    window.resize(1366, 768)
    tab = window.current_tab()
    tab.set_zoom(zoom)
    window.navigate(build_url(FASCICOLO_URL, sezione="modelli.cu"))
    qtbot.waitUntil(lambda: getattr(page(window), "current", None) == "modelli.cu", timeout=3000)
    bar = tab.scroll.verticalScrollBar()
    target = page(window).menu.sub_buttons["modelli.obism"]
    # The learner has scrolled down to the item (it is in the middle of the view, the page not at the top).
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=3000)
    bar.setValue(max(40, target.mapTo(tab.scroll.widget(), target.rect().topLeft()).y()
                     - tab.scroll.viewport().height() // 2))
    before = bar.value()
    at = target.mapTo(tab.scroll.viewport(), target.rect().topLeft()).y()
    assert before > 0 and 0 <= at <= tab.scroll.viewport().height() - target.height()
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(page(window), "current", None) == "modelli.obism", timeout=3000)
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=3000)
    p = page(window)
    title = find(p.content, "Certificato pensione - ObisM", QLabel)
    y = title.mapTo(tab.scroll.viewport(), title.rect().topLeft()).y()
    assert 0 <= y and y + title.height() <= tab.scroll.viewport().height()  # the chosen item is in view
    assert bar.value() != 0  # not back at the top
    if before <= title.mapTo(p, title.rect().topLeft()).y() <= before + tab.scroll.viewport().height() - title.height():
        assert bar.value() == before  # the title was already in view at the old place: the place is kept

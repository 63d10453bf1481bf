"""One read model of a domanda for the domande pages, the Fascicolo and the PDFs, and one
data file for the 2018 figures of the domande, each with its mark and its source."""
from __future__ import annotations

import importlib.util

from app.services import documents, domande, fascicolo, figures
from tests.unit.domande_kit import citizen, flat, pdf_text, session_for

VERSAMENTI = {"gestione": "FPLD", "data_cessazione": "31/12/2017", "non_occupato": True, "non_pensionato": True,
              "dichiarazione": True}


def test_one_dataclass_built_by_one_function(world):
    assert fascicolo.Domanda is domande.Domanda and domande.ApplicationView is domande.Domanda
    assert fascicolo.StatoDomanda is domande.StatoDomanda
    session = session_for(world, "invalidita")
    result = domande.submit(world, session, "versamenti_volontari", VERSAMENTI)
    page_views = domande.list_applications(world, session.citizen_id)
    fasc_views = fascicolo.load(world, citizen("invalidita")).richieste
    assert page_views == list(fasc_views)  # the same values, from read_domande
    mine = next(v for v in page_views if v.id == result.application_id)
    assert mine.receipt_document_id == result.receipt_document_id and mine.next_state == "in istruttoria"
    assert ("Dati della domanda", "Data di cessazione dell'attività lavorativa", "31/12/2017") in mine.rows
    assert [d.title for d in mine.documents] == [f"Ricevuta - {mine.title} - {mine.protocol}"]
    # The Fascicolo's PDF of the domanda is made from the same read model, by the same PDF module.
    doc = documents.generate(world, citizen("invalidita"), "domanda", application_id=result.application_id)
    text = flat(pdf_text(doc.pdf))
    assert mine.protocol in text and "31/12/2017" in text and "Stato di avanzamento" in text
    assert importlib.util.find_spec("app.pdf.domanda_riepilogo") is None


def test_seeded_domande_are_read_too(world):
    (seeded,) = fascicolo.load(world, citizen("invalidita")).domande_invalidita
    assert seeded.rows == (("Domanda", "Numero del certificato medico introduttivo", "CM2018-0041577"),)
    assert seeded.next_state == "" and not seeded.concluded


def test_every_figure_has_a_mark_and_a_source():
    catalogue = figures.catalogue()
    assert len(catalogue) > 40
    for f in catalogue.values():
        assert f.mark in figures.MARKS and f.source
    assert figures.get("naspi.importo_massimo_cents").value == 131430
    assert not figures.get("naspi.importo_massimo_cents").reconstruction
    assert figures.noted("5 settimane", "naspi.settimane_per_30_giornate") == "5 settimane (ricostruzione)"
    assert figures.noted("1.314,30 €", "naspi.importo_massimo_cents") == "1.314,30 €"


def test_the_catalogue_lists_every_service_of_seeds_003_and_004():
    kinds = set(domande.DOMANDE)
    assert {"naspi", "lavoro_domestico", "maternita", "congedo_parentale", "bonus_bebe", "invalidita_civile",
            "riscatto_laurea", "servizio_militare", "ricostituzione_pensione", "versamenti_volontari",
            "pensione_vecchiaia", "variazione_anagrafica"} == kinds
    groups = [g for g, _items in domande.catalogue_by_group()]
    assert groups[0] == "Anagrafica" and set(groups) == set(domande.GROUPS)

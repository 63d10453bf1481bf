"""The Fascicolo previdenziale's read models agree with the records."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json

import peewee
import pytest

from app.models import Citizen, Contribution, Document, Payment
from app.services import documents, fascicolo
from app.services.errors import ServiceError
from tests import timeflow


def _citizen(key: str) -> Citizen:
    return Citizen.get(Citizen.persona_key == key)


def _payments(citizen: Citizen, year: int) -> list[Payment]:
    return list(Payment.select().where((Payment.citizen == citizen) & (Payment.year == year)))


def _walk(value, seen=None):
    """Every value reachable from a dataclass tree."""
    yield value
    if dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            yield from _walk(getattr(value, f.name))
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _walk(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _walk(item)


def test_load_gives_plain_dataclasses_only(world):
    f = fascicolo.load(world, _citizen("pensionata").id)
    values = list(_walk(f))
    assert len(values) > 500
    assert not [v for v in values if isinstance(v, peewee.Model)]
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.today = dt.date(2000, 1, 1)


def test_sections_follow_seed_000():
    top = [label for _, label, _ in fascicolo.SECTIONS]
    assert top == ["Domande presentate", "Posizione assicurativa", "Prestazioni", "Invalidità civile", "Modelli"]
    assert fascicolo.SUBSECTION_LABELS["domande.pensione"] == "Pensione"
    assert fascicolo.SUBSECTION_LABELS["posizione.estratto_conto"] == "Estratto conto"
    # Seed 000's three items first; the benefits granted by the domande of seed 003 after them.
    assert [label for _key, label in fascicolo.SECTIONS[2][2]] == ["Pensione titolare", "Pagamenti", "Richieste presentate",
                                                                   "Prestazioni a sostegno del reddito"]
    assert fascicolo.SUBSECTION_LABELS["modelli.cu"] == "Certificazione Unica (dal 2015)"
    # Seed 000: of Modelli «la prima è certificazione unica (dal 2015)», «il quinto in ordine è
    # certificato pensione – Obis M»; the others are a reconstruction and say so.
    modelli = fascicolo.sezione("modelli").voci
    assert modelli[0].key == "modelli.cu" and modelli[4].key == "modelli.obism"
    assert modelli[4].label == "Certificato pensione - ObisM"
    assert [v.key for v in modelli if not v.reconstruction] == ["modelli.cu", "modelli.obism"]
    assert fascicolo.sezione("modelli").reconstruction


def test_registry_defines_each_section_once():
    keys = [v.key for s in fascicolo.REGISTRY for v in s.voci]
    assert len(keys) == len(set(keys)) == len(fascicolo.SUBSECTION_LABELS)
    for s in fascicolo.REGISTRY:
        assert s.label and s.description and s.dock.startswith("Fascicolo") and s.voci
        for v in s.voci:
            assert v.key.startswith(s.key + ".") and v.label and v.intro and v.empty
            assert fascicolo.sezione(v.key) is s and fascicolo.voce(v.key) is v
    assert len({s.dock for s in fascicolo.REGISTRY}) == len(fascicolo.REGISTRY)
    assert fascicolo.menu_path("modelli.obism") == (
        "Fascicolo previdenziale del cittadino > Modelli > Certificato pensione - ObisM")
    # The estratti conto take their titles from the registry.
    assert fascicolo.voce("posizione.parasubordinati").label == "Estratto conto Parasubordinati"


def test_modello_red_follows_the_pension(world):
    f = fascicolo.load(world, _citizen("pensionata"))
    assert f.red is not None and not f.red.dovuto
    assert "VO - Vecchiaia o anzianità" in f.red.motivo and "non è legata al reddito" in f.red.motivo
    red = fascicolo._red([dataclasses.replace(f.pensioni[0], categoria="AS", categoria_codice="AS",
                                              categoria_label="Assegno sociale")])
    assert red.dovuto and "AS - Assegno sociale" in red.motivo
    assert not fascicolo._red([]).dovuto


def test_domande_pensione_with_stato_di_avanzamento(world):
    f = fascicolo.load(world, _citizen("pensionata"))
    (dom,) = f.domande_pensione
    assert dom.kind == "pensione_vecchiaia"
    assert dom.accolta and dom.pdf_available and dom.concluded
    assert [s.state for s in dom.history] == ["presentata", "in istruttoria", "accolta"]
    assert dom.stato_label.startswith("Accolta il ")
    assert dom in f.richieste
    assert f.domande_invalidita == ()


def test_estratto_conto_totals_equal_rows(world):
    c = _citizen("pensionata")
    pos = fascicolo.posizione_assicurativa(world, c)
    ec = pos.estratto
    rows = list(Contribution.select().where(Contribution.citizen == c))
    assert len(ec.periodi) == len(rows) == 45
    assert ec.totale.settimane_diritto == sum(p.settimane_diritto for p in ec.periodi) == 45 * 52
    assert ec.totale.settimane_calcolo == sum(p.settimane_calcolo for p in ec.periodi)
    assert ec.totale.retribuzione_cents == sum(r.retribuzione_cents for r in rows)
    assert ec.totale.contributi_cents == sum(r.contributi_cents for r in rows)
    assert [y.anno for y in ec.per_anno] == list(range(1968, 2013))
    for field in ("periodi", "settimane_diritto", "settimane_calcolo", "retribuzione_cents", "contributi_cents"):
        assert sum(getattr(y, field) for y in ec.per_anno) == getattr(ec.totale, field)
    for y in ec.per_anno:
        own = [p for p in ec.periodi if p.dal.year == y.anno]
        assert y.retribuzione_cents == sum(p.retribuzione_cents for p in own)
    assert ec.anzianita == "45 anni"
    assert ec.aggiornato_al == dt.date(2012, 12, 31)
    assert [p.dal for p in ec.periodi] == sorted(p.dal for p in ec.periodi)
    assert pos.parasubordinati.empty and pos.parasubordinati.title == "Estratto conto Parasubordinati"


def test_gestione_separata_is_a_separate_estratto(world):
    c = _citizen("gestione_separata")
    pos = fascicolo.posizione_assicurativa(world, c)
    assert pos.parasubordinati.periodi and all(p.gestione == "GS" for p in pos.parasubordinati.periodi)
    assert all(p.gestione != "GS" for p in pos.estratto.periodi)
    gs_rows = Contribution.select().where((Contribution.citizen == c) & (Contribution.gestione == "GS"))
    assert pos.parasubordinati.totale.contributi_cents == sum(r.contributi_cents for r in gs_rows)
    assert pos.parasubordinati.totale.periodi + pos.estratto.totale.periodi == (
        Contribution.select().where(Contribution.citizen == c).count())


def test_part_time_weeks_for_diritto_and_calcolo(world):
    ec = fascicolo.estratto_conto(world, _citizen("gestione_separata"))
    part = [p for p in ec.periodi if p.note.startswith("Part-time")]
    assert part, "Giulia Romano worked part-time in 2003-2004"
    assert all(p.settimane_calcolo * 2 == p.settimane_diritto for p in part)
    assert ec.totale.settimane_calcolo < ec.totale.settimane_diritto


def test_anni_e_settimane():
    assert fascicolo.anni_e_settimane(0) == "0 settimane"
    assert fascicolo.anni_e_settimane(53) == "1 anno e 1 settimana"
    assert fascicolo.anni_e_settimane(2340) == "45 anni"


def test_pensione_titolare_and_pagamenti(world):
    c = _citizen("pensionata")
    f = fascicolo.load(world, c)
    (p,) = f.pensioni
    assert (p.categoria_codice, p.categoria_label) == ("VO", "Vecchiaia o anzianità")
    assert p.fondo_label == "Fondo pensioni lavoratori dipendenti"
    october = Payment.get((Payment.citizen == c) & (Payment.year == 2018) & (Payment.month == 10))
    assert p.importo_attuale_cents == october.lordo_cents
    assert p.ultimo_pagamento.paid_on == dt.date(2018, 10, 1)
    assert [r.year for r in f.pagamenti] == list(range(2018, 2012, -1))
    for summary in f.pagamenti:
        db = _payments(c, summary.year)
        assert len(summary.rate) == len(db)
        assert summary.totale.lordo_cents == sum(x.lordo_cents for x in db)
        assert summary.totale.netto_cents == sum(x.netto_cents for x in db)
        assert summary.totale.trattenute_cents == sum(
            x.irpef_cents + x.add_regionale_cents + x.add_comunale_cents + x.altre_trattenute_cents for x in db)
        for r in summary.rate:
            assert r.netto_cents == r.lordo_cents - r.trattenute_cents
    assert [r.month for r in f.pagamenti_anno(2018).rate] == list(range(1, 11))
    assert [r.label for r in f.pagamenti_anno(2017).rate][-2:] == ["Dicembre", "Tredicesima"]
    with pytest.raises(ServiceError, match="2010"):
        fascicolo.pagamenti_anno(world, c, 2010)


@pytest.mark.parametrize("anno", [2015, 2016, 2017, 2018])
def test_cu_totals_equal_the_years_payments(world, anno):
    c = _citizen("pensionata")
    cu = fascicolo.certificazione_unica(world, c, anno)
    db = _payments(c, anno - 1)
    assert cu.anno_redditi == anno - 1
    assert cu.punto_3_redditi_pensione_cents == sum(p.lordo_cents for p in db)
    assert cu.punto_21_ritenute_irpef_cents == sum(p.irpef_cents for p in db)
    assert cu.punto_22_addizionale_regionale_cents == sum(p.add_regionale_cents for p in db)
    comunale = sum(p.add_comunale_cents for p in db)
    assert cu.punto_26_acconto_comunale_cents + cu.punto_27_saldo_comunale_cents == comunale
    assert cu.punto_26_acconto_comunale_cents == round(comunale * 0.3)
    assert cu.punto_29_acconto_comunale_successivo_cents == round(comunale * 0.3)
    assert cu.netto_cents == sum(p.netto_cents for p in db)
    assert cu.netto_cents == (cu.punto_3_redditi_pensione_cents - cu.punto_21_ritenute_irpef_cents
                              - cu.punto_22_addizionale_regionale_cents - comunale - cu.altre_trattenute_cents)
    assert cu.punto_7_giorni_pensione == 365
    assert len(cu.rate) == 13


def test_cu_list_from_2015_and_release_date(world):
    c = _citizen("pensionata")
    f = fascicolo.load(world, c)
    assert [m.year for m in f.modelli_cu] == [2018, 2017, 2016, 2015]
    assert f.modelli_cu[0].detail == "Redditi dell'anno 2017"
    with pytest.raises(ServiceError, match="Anni disponibili: 2014, 2015, 2016, 2017, 2018"):
        fascicolo.certificazione_unica(world, c, 2013)  # no pension paid in 2012
    # Before 2015 the same certification was the CUD (Modelli > CUD (fino al 2014)).
    assert [(m.kind, m.year, m.title) for m in f.modelli_cud] == [("cu", 2014, "CUD 2014")]
    cud = fascicolo.certificazione_unica(world, c, 2014)
    assert cud.cud and not fascicolo.certificazione_unica(world, c, 2015).cud
    assert cud.punto_3_redditi_pensione_cents == sum(p.lordo_cents for p in _payments(c, 2013))
    timeflow.set_time(world, dt.datetime(2019, 3, 15, 9, 0))
    assert [m.year for m in fascicolo.load(world, c).modelli_cu][0] == 2018
    timeflow.set_time(world, dt.datetime(2019, 3, 16, 9, 0))
    assert [m.year for m in fascicolo.load(world, c).modelli_cu][0] == 2019
    cu = fascicolo.certificazione_unica(world, c, 2019)
    assert cu.punto_3_redditi_pensione_cents == sum(p.lordo_cents for p in _payments(c, 2018))


def test_cu_days_for_the_first_year_of_pension():
    assert fascicolo._days_of_pension([dt.date(2013, 4, 1)], 2013) == 275
    assert fascicolo._days_of_pension([dt.date(2013, 4, 1)], 2016) == 365  # leap year: at most 365
    assert fascicolo._days_of_pension([dt.date(2013, 4, 1)], 2012) == 0


def test_obism_last_three_years(world):
    c = _citizen("pensionata")
    f = fascicolo.load(world, c)
    assert [m.year for m in f.modelli_obism] == [2018, 2017, 2016]
    with pytest.raises(ServiceError, match="ObisM 2015"):
        fascicolo.obism(world, c, 2015)
    o17 = fascicolo.obism(world, c, 2017)
    db = {p.month: p for p in _payments(c, 2017)}
    assert o17.gennaio.lordo_cents == db[1].lordo_cents and o17.gennaio.netto_cents == db[1].netto_cents
    assert o17.dicembre.netto_cents == db[12].netto_cents and not o17.dicembre.projected
    assert o17.tredicesima.lordo_cents == db[13].lordo_cents
    assert o17.lordo_annuo_cents == sum(p.lordo_cents for p in db.values())
    assert o17.pensione.numero_certificato and o17.pensione.categoria_codice == "VO"


def test_obism_of_the_current_year_projects_december_and_tredicesima(world):
    c = _citizen("pensionata")
    o = fascicolo.obism(world, c, 2018)
    jan = Payment.get((Payment.citizen == c) & (Payment.year == 2018) & (Payment.month == 1))
    assert o.perequazione_percent == 1.1  # FACTS.md section 3: 2018 +1.1 %
    assert o.dicembre.projected and o.tredicesima.projected
    assert o.dicembre.lordo_cents == o.tredicesima.lordo_cents == jan.lordo_cents
    assert o.dicembre.add_regionale_cents == o.dicembre.add_comunale_cents == 0
    assert o.dicembre.netto_cents == jan.lordo_cents - jan.irpef_cents
    assert o.lordo_annuo_cents == 13 * jan.lordo_cents


def test_cedolino_of_each_month(world):
    c = _citizen("pensionata")
    f = fascicolo.load(world, c)
    months = {(m.year, m.month) for m in f.cedolini}
    assert (2018, 10) in months and (2018, 11) not in months and (2013, 4) in months and (2013, 3) not in months
    assert len(f.cedolini) == 9 + 5 * 12 - 2  # April-December 2013, 2014-2017, January-October 2018
    dec = fascicolo.cedolino(world, c, 2017, 12)
    db = [p for p in _payments(c, 2017) if p.month in (12, 13)]
    assert [v.month for v in dec.voci] == [12, 13]
    assert dec.totale.netto_cents == sum(p.netto_cents for p in db)
    with pytest.raises(ServiceError, match="Novembre 2018"):
        fascicolo.cedolino(world, c, 2018, 11)


def test_invalidita_sections(world):
    c = _citizen("invalidita")
    f = fascicolo.load(world, c)
    (cert,) = f.certificati_medici
    (dom,) = f.domande_invalidita
    assert cert.protocollo_domanda == dom.protocol
    assert [s.state for s in dom.history] == ["presentata", "in istruttoria"]
    assert not dom.concluded and not dom.pdf_available and dom.stato_label == "In istruttoria"
    assert f.pensioni == () and f.modelli_cu == () and f.pagamenti == ()
    with pytest.raises(ServiceError, match="Non risultano Certificazioni"):
        fascicolo.certificazione_unica(world, c, 2018)


def test_documents_linked_to_a_domanda(world):
    c = _citizen("pensionata")
    dom = fascicolo.load(world, c).domande_pensione[0]
    Document.create(citizen=c, kind="lettera_esito", title="Lettera di esito", created_at=world.clock.now(),
                    pdf=b"%PDF-1.4 test", meta_json=json.dumps({"protocol": dom.protocol}))
    linked = fascicolo.domanda(world, c, dom.id).documents
    assert [x.title for x in linked] == ["Lettera di esito"]
    doc = documents.generate(world, c, "archived", document_id=linked[0].document_id)
    assert doc.pdf == b"%PDF-1.4 test"
    other = _citizen("dipendente")
    with pytest.raises(ServiceError):
        documents.generate(world, other, "archived", document_id=linked[0].document_id)


def test_record_view_logs_an_event(world):
    c = _citizen("pensionata")
    fascicolo.record_view(world, c.id, "modelli.cu")
    (event,) = world.events.recent(1, "fascicolo.")
    assert event.kind == "fascicolo.viewed" and json.loads(event.detail_json) == {"section": "modelli.cu"}
    with pytest.raises(ServiceError):
        fascicolo.record_view(world, c.id, "nowhere")


def test_unknown_citizen(world):
    with pytest.raises(ServiceError):
        fascicolo.load(world, 99999)


def test_myinps_shortcuts_follow_the_records(world):
    maria = fascicolo.myinps(world, _citizen("pensionata"))
    assert maria.saluto == "Benvenuta" and maria.anagrafica.nome == "Maria"
    keys = [s.key for s in maria.scorciatoie]
    assert keys[:3] == ["modelli.cu", "modelli.cedolino", "modelli.obism"]
    assert "pensione_futura" not in keys and keys[-2:] == ["domande", "contatti"]
    assert maria.ultimo_pagamento.paid_on == dt.date(2018, 10, 1)
    assert "ottobre 2018" in next(s.description for s in maria.scorciatoie if s.key == "modelli.cedolino")
    luca = fascicolo.myinps(world, _citizen("dipendente"))
    assert luca.saluto == "Benvenuto" and luca.ultimo_pagamento is None
    assert [s.key for s in luca.scorciatoie][:2] == ["posizione.estratto_conto", "pensione_futura"]
    antonio = fascicolo.myinps(world, _citizen("invalidita"))
    assert len(antonio.domande_in_corso) == 1 and "invalidita.domande" in [s.key for s in antonio.scorciatoie]


def test_benchmark_hook_reports_both_figures(world):
    from tools.bench_fascicolo import TARGETS_MS, bench_fascicolo

    result = bench_fascicolo(runs=2, world=world)
    assert result["estratto_conto_pages"] >= 3
    for key in ("fascicolo_load_ms", "fascicolo_load_cpu_ms", "estratto_conto_pdf_ms", "estratto_conto_pdf_cpu_ms"):
        assert result[key] > 0
    assert result["targets_ms"] == TARGETS_MS == {"fascicolo_load_ms": 50.0, "estratto_conto_pdf_ms": 150.0}


def test_a_domanda_presented_online_moves_on_in_the_fascicolo(world):
    from app.services import auth
    from app.services import domande as domande_service

    c = _citizen("invalidita")
    session = auth.open_session(world, c, "pin_dispositivo")
    bban = "X0542811101000000123456"
    rem = int("".join(str(int(ch, 36)) for ch in bban + "IT00")) % 97
    values = {"gestione": "FPLD", "decorrenza": "01/03/2019", "pagamento": "conto", "iban": f"IT{98 - rem:02d}{bban}",
              "detrazioni": True, "altri_redditi": "no", "dichiarazione": True}
    result = domande_service.submit(world, session, "pensione_vecchiaia", values)
    (dom,) = fascicolo.load(world, c).domande_pensione
    assert dom.protocol == result.protocol and not dom.concluded and not dom.pdf_available
    assert [d.title for d in dom.documents][0].startswith("Ricevuta")
    assert dom in fascicolo.load(world, c).richieste
    timeflow.advance(world, days=31)
    (dom,) = fascicolo.load(world, c).domande_pensione  # the stato follows the clock
    assert dom.outcome == "respinta" and dom.concluded and not dom.pdf_available
    assert dom.history[-1].state == "respinta"
    esito = next(d for d in dom.documents if d.title.startswith("Esito"))
    pdf = documents.generate(world, c, "archived", document_id=esito.document_id).pdf
    import io

    import pypdf

    text = " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert result.protocol in text


def test_each_document_names_its_place_in_the_fascicolo(world):
    import io

    import pypdf

    c = _citizen("pensionata")
    cases = [("modelli.cu", "cu", {"year": 2018}), ("modelli.cud", "cu", {"year": 2014}),
             ("modelli.obism", "obism", {"year": 2018}), ("modelli.cedolino", "cedolino", {"year": 2018, "month": 10}),
             ("posizione.estratto_conto", "estratto_conto", {})]
    for key, kind, kw in cases:
        pdf = documents.generate(world, c, kind, record=False, **kw).pdf
        text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
        assert fascicolo.menu_path(key) in text, key

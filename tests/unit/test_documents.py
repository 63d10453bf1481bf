"""Every figure in every Fascicolo document agrees with the records.

The PDFs are read back as text (pypdf, and pdftotext when installed) and the
euro strings are compared with sums computed here straight from the database.
"""
from __future__ import annotations

import io
import re
import shutil
import subprocess

import pypdf
import pytest

from app.models import Citizen, Contribution, Payment, Pension
from app.pdf.base import euro
from app.services import documents, fascicolo
from app.services.errors import ServiceError

PDFTOTEXT = shutil.which("pdftotext")


def _citizen(key: str) -> Citizen:
    return Citizen.get(Citizen.persona_key == key)


def _flat(text: str) -> str:
    return " ".join(text.split())


def page_texts(pdf: bytes) -> list[str]:
    return [_flat(p.extract_text()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def text_of(pdf: bytes) -> str:
    return " ".join(page_texts(pdf))


def pdftotext(pdf: bytes) -> str:
    out = subprocess.run([PDFTOTEXT, "-", "-"], input=pdf, capture_output=True, check=True)
    return _flat(out.stdout.decode("utf-8"))


def _payments(c, year, months=None):
    q = Payment.select().where((Payment.citizen == c) & (Payment.year == year))
    rows = list(q.order_by(Payment.month))
    return [p for p in rows if months is None or p.month in months]


def _d(value) -> str:
    return value.strftime("%d/%m/%Y")


def _assert_frame(pdf: bytes) -> None:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    n = len(reader.pages)
    for i, page in enumerate(reader.pages, start=1):
        text = _flat(page.extract_text())
        assert "SIMULAZIONE - documento di fantasia" in text
        assert f"Pagina {i} di {n}" in text
    assert "SIMULAZIONE" in (reader.metadata.subject or "")


# --- estratto conto ------------------------------------------------------------------------


@pytest.fixture
def maria(world):
    return _citizen("pensionata")


def test_estratto_conto_rows_and_totals_as_text(world, maria):
    doc = documents.generate(world, maria.id, "estratto_conto")
    assert doc.filename == f"EstrattoConto_{maria.codice_fiscale}.pdf"
    _assert_frame(doc.pdf)
    text = text_of(doc.pdf)
    assert f"Estratto conto di BIANCHI MARIA {maria.codice_fiscale}" in text
    rows = list(Contribution.select().where(Contribution.citizen == maria).order_by(Contribution.dal))
    assert len(rows) == 45
    position = 0
    for r in rows:
        pattern = (rf"{_d(r.dal)} {_d(r.al)} {re.escape(r.tipo)} {re.escape(r.datore)} "
                   rf"{r.settimane_diritto} {r.settimane_calcolo} {re.escape(euro(r.retribuzione_cents))}")
        found = re.compile(pattern).search(text, position)
        assert found, f"row {r.dal} missing or out of order"
        position = found.end()
    total_weeks = sum(r.settimane_diritto for r in rows)
    total_pay = sum(r.retribuzione_cents for r in rows)
    assert f"Totale 45 periodi {total_weeks} {sum(r.settimane_calcolo for r in rows)} {euro(total_pay)}" in text
    assert f"Totale generale 45 {total_weeks}" in text and text.count(euro(total_pay)) == 3  # summary, table, years
    assert f"{total_weeks} settimane (45 anni)" in text
    for r in rows:  # the per-year table: one row per year here
        assert f"{r.dal.year} 1 {r.settimane_diritto} {r.settimane_calcolo} {euro(r.retribuzione_cents)}" in text


def test_estratto_conto_of_45_years_has_page_numbers_and_repeated_headers(world, maria):
    pdf = documents.pdf_bytes(world, maria.id, "estratto_conto")
    pages = page_texts(pdf)
    assert len(pages) >= 3
    period_row = re.compile(r"\d{2}/\d{2}/\d{4} \d{2}/\d{2}/\d{4} ")
    year_row = re.compile(r"\b(19|20)\d{2} \d+ \d+ \d+ [\d.]+,\d{2} €")
    period_pages = [i for i, t in enumerate(pages) if period_row.search(t)]
    year_pages = [i for i, t in enumerate(pages) if year_row.search(t)]
    assert len(period_pages) >= 2 and len(year_pages) >= 2
    for i in period_pages:
        t = pages[i]
        assert "Dal Al Tipo di contribuzione Datore di lavoro / Fondo Contributi utili (sett.)" in t
        assert "per il diritto per il calcolo" in t
        assert t.index("Datore di lavoro / Fondo") < period_row.search(t).start()
    for i in year_pages:
        t = pages[i]
        assert "Anno Periodi Settimane per il diritto Settimane per il calcolo Retribuzione / Reddito" in t
        assert t.index("Settimane per il diritto") < year_row.search(t).start()
    for i, t in enumerate(pages, start=1):
        assert f"Pagina {i} di {len(pages)}" in t


def test_estratto_conto_parasubordinati(world):
    giulia = _citizen("gestione_separata")
    doc = documents.generate(world, giulia, "estratto_conto_parasubordinati")
    text = text_of(doc.pdf)
    assert "Estratto conto Parasubordinati di ROMANO GIULIA" in text
    gs = list(Contribution.select().where((Contribution.citizen == giulia) & (Contribution.gestione == "GS")))
    assert f"Totale contributi accreditati {euro(sum(r.contributi_cents for r in gs))}" in text
    for r in gs:
        assert f"{euro(r.retribuzione_cents)} {euro(r.contributi_cents)}" in text
    ordinario = text_of(documents.pdf_bytes(world, giulia, "estratto_conto"))
    assert "Collaborazione coordinata" not in ordinario and "Editrice Felsinea" in ordinario
    with pytest.raises(ServiceError, match="Gestione Separata"):
        documents.generate(world, _citizen("pensionata"), "estratto_conto_parasubordinati")


# --- Certificazione Unica ----------------------------------------------------------------


@pytest.mark.parametrize("anno", [2015, 2016, 2017, 2018])
def test_cu_figures_equal_the_payments(world, maria, anno):
    doc = documents.generate(world, maria, "cu", year=anno)
    assert doc.filename == f"CU{anno}_{maria.codice_fiscale}.pdf"
    _assert_frame(doc.pdf)
    text = text_of(doc.pdf)
    pays = _payments(maria, anno - 1)
    lordo = sum(p.lordo_cents for p in pays)
    irpef = sum(p.irpef_cents for p in pays)
    reg = sum(p.add_regionale_cents for p in pays)
    com = sum(p.add_comunale_cents for p in pays)
    acconto = round(com * 0.3)
    assert f"CERTIFICAZIONE UNICA {anno}" in text and f"relativa all'anno {anno - 1}" in text
    assert "DATI FISCALI" in text and maria.codice_fiscale in text
    assert f"3 Redditi di pensione {euro(lordo)}" in text
    assert "7 Numero di giorni per i quali spettano le detrazioni: Pensione 365" in text
    assert f"21 Ritenute Irpef {euro(irpef)}" in text
    assert f"22 Addizionale regionale all'Irpef {euro(reg)}" in text
    assert f"26 Addizionale comunale all'Irpef: acconto {anno - 1} {euro(acconto)}" in text
    assert f"27 Addizionale comunale all'Irpef: saldo {anno - 1} {euro(com - acconto)}" in text
    assert f"29 Addizionale comunale all'Irpef: acconto {anno} {euro(round(com * 0.3))}" in text
    netto = sum(p.netto_cents for p in pays)
    assert f"Totale {euro(lordo)} {euro(irpef)} {euro(reg)} {euro(com)} {euro(0)} {euro(netto)}" in text
    for p in pays:
        label = fascicolo.mese(p.month)
        assert f"{label} {euro(p.lordo_cents)} {euro(p.irpef_cents)} {euro(p.add_regionale_cents)}" in text


def test_cu_not_available(world, maria):
    with pytest.raises(ServiceError, match="non è disponibile"):
        documents.generate(world, maria, "cu", year=2013)
    with pytest.raises(ServiceError, match="anno"):
        documents.generate(world, maria, "cu")


# --- ObisM ---------------------------------------------------------------------------------


def test_obism_figures(world, maria):
    pension = Pension.get(Pension.citizen == maria)
    for anno in (2016, 2017):
        doc = documents.generate(world, maria, "obism", year=anno)
        _assert_frame(doc.pdf)
        text = text_of(doc.pdf)
        db = {p.month: p for p in _payments(maria, anno)}
        assert f"Certificato di pensione (modello ObisM) - anno {anno}" in text
        assert f"Categoria VO - Vecchiaia o anzianità Numero di certificato {pension.numero_certificato}" in text
        assert "Sede INPS Sede di Pavia" in text
        assert "Voce Gennaio Dicembre Tredicesima" in text
        jan, dec, tre = db[1], db[12], db[13]
        assert f"Importo lordo {euro(jan.lordo_cents)} {euro(dec.lordo_cents)} {euro(tre.lordo_cents)}" in text
        assert f"Ritenute erariali (Irpef) {euro(jan.irpef_cents)} {euro(dec.irpef_cents)} {euro(tre.irpef_cents)}" in text
        assert (f"Addizionale regionale {euro(jan.add_regionale_cents)} {euro(dec.add_regionale_cents)} "
                f"{euro(tre.add_regionale_cents)}") in text
        assert (f"Addizionale comunale {euro(jan.add_comunale_cents)} {euro(dec.add_comunale_cents)} "
                f"{euro(tre.add_comunale_cents)}") in text
        assert f"Importo netto {euro(jan.netto_cents)} {euro(dec.netto_cents)} {euro(tre.netto_cents)}" in text
        assert f"Importo lordo annuo {euro(sum(p.lordo_cents for p in db.values()))}" in text
        assert "Importi previsti" not in text


def test_obism_of_2018_shows_perequazione_and_projected_rates(world, maria):
    text = text_of(documents.pdf_bytes(world, maria, "obism", year=2018))
    jan = _payments(maria, 2018, {1})[0]
    assert "Perequazione automatica +1,10 %" in text
    assert f"Importo lordo {euro(jan.lordo_cents)} {euro(jan.lordo_cents)} {euro(jan.lordo_cents)}" in text
    projected_net = euro(jan.lordo_cents - jan.irpef_cents)
    assert f"Importo netto {euro(jan.netto_cents)} {projected_net} {projected_net}" in text
    assert "Importi previsti" in text


# --- cedolini ------------------------------------------------------------------------------


def test_every_cedolino_agrees_with_its_payments(world, maria):
    listed = fascicolo.load(world, maria).cedolini
    assert len(listed) == 67
    for m in listed:
        doc = documents.generate(world, maria, "cedolino", year=m.year, month=m.month, record=False)
        text = text_of(doc.pdf)
        pays = [p for p in _payments(maria, m.year) if p.month == m.month or (m.month == 12 and p.month == 13)]
        assert f"Cedolino della pensione - {fascicolo.MESI[m.month - 1]} {m.year}" in text
        assert f"Rata di {fascicolo.MESI[m.month - 1].lower()} {euro(pays[0].lordo_cents)}" in text
        irpef = sum(p.irpef_cents for p in pays)
        assert f"Ritenuta Irpef {euro(-irpef)}" in text
        assert f"Addizionale regionale all'Irpef {euro(-sum(p.add_regionale_cents for p in pays))}" in text
        assert f"Addizionale comunale all'Irpef {euro(-sum(p.add_comunale_cents for p in pays))}" in text
        assert f"Importo netto pagato {euro(sum(p.netto_cents for p in pays))}" in text
        assert f"Data di pagamento {_d(pays[0].paid_on)}" in text
        if m.month == 12:
            assert f"Tredicesima mensilità {euro(pays[1].lordo_cents)}" in text


def test_cedolino_errors(world, maria):
    with pytest.raises(ServiceError, match="mese"):
        documents.generate(world, maria, "cedolino", year=2018)
    with pytest.raises(ServiceError, match="non è disponibile"):
        documents.generate(world, maria, "cedolino", year=2018, month=12)


# --- domanda, kinds, events --------------------------------------------------------------


def test_domanda_pdf_once_accolta(world, maria):
    dom = fascicolo.load(world, maria).domande_pensione[0]
    doc = documents.generate(world, maria, "domanda", application_id=dom.id)
    text = text_of(doc.pdf)
    pension = Pension.get(Pension.citizen == maria)
    assert f"Numero di protocollo {dom.protocol}" in text
    for step in dom.history:
        assert f"{_d(step.at)} {step.state.capitalize()} {step.note}" in text
    assert f"Importo mensile lordo alla decorrenza {euro(pension.importo_mensile_lordo_cents)}" in text
    assert f"Numero di certificato {pension.numero_certificato}" in text


def test_unknown_kind_and_event(world, maria):
    with pytest.raises(ServiceError, match="sconosciuto"):
        documents.generate(world, maria, "passaporto")
    documents.generate(world, maria, "obism", year=2018)
    (event,) = world.events.recent(1, "document.")
    assert event.kind == "document.generated" and '"kind": "obism"' in event.detail_json


@pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) not installed")
def test_every_kind_reads_in_pdftotext(world, maria):
    cu = fascicolo.certificazione_unica(world, maria, 2018)
    o = fascicolo.obism(world, maria, 2018)
    ced = fascicolo.cedolino(world, maria, 2018, 10)
    ec = fascicolo.estratto_conto(world, maria)
    dom = fascicolo.load(world, maria).domande_pensione[0]
    cases = [
        (("estratto_conto",), {}, [euro(ec.totale.retribuzione_cents), "Pagina 1 di", "Estratto conto di BIANCHI"]),
        (("cu", 2018), {}, [euro(cu.punto_3_redditi_pensione_cents), euro(cu.punto_21_ritenute_irpef_cents),
                            "Redditi di pensione"]),
        (("obism", 2018), {}, [euro(o.gennaio.lordo_cents), o.pensione.numero_certificato, "Tredicesima"]),
        (("cedolino", 2018, 10), {}, [euro(ced.totale.netto_cents), "Importo netto pagato"]),
        (("domanda",), {"application_id": dom.id}, [dom.protocol, "Accolta"]),
    ]
    for args, kw, expected in cases:
        text = pdftotext(documents.pdf_bytes(world, maria, *args, **kw))
        for item in expected:
            assert item in text, (args, item)



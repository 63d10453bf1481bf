"""What people type reaches the PDFs as text, never as markup: every builder of app/pdf
prints «Via <b>Roma» literally, «<font size=200>» changes no size, «&» stays «&».

The values are put where a form or a persona record would put them (the citizen's
record, the contacts, a document, a domanda), then the documents are made through the
services, as the program makes them, and read back with pypdf."""
from __future__ import annotations

import datetime as dt
import io
import json
import math

import pytest
from pypdf import PdfReader

from app.models import Application, ApplicationStatus, Citizen, Contact, Contribution, IdentityDocument, Pension
from app.pdf import base, domande as domande_pdf, pin_documents, pin_forms
from app.services import documents, person_cards, printer_scanner
from app.pdf import scanner

BOLD = "Via <b>Roma"
BIG = "<font size=200>Grande</font>"
AMP = "Rossi & <i>Figli"
HOSTILE = f"{BOLD} {BIG} {AMP}"
NOW = dt.datetime(2018, 10, 15, 9, 0)


def flat(text: str) -> str:
    return " ".join(text.split())


def pdf_text(pdf: bytes) -> str:
    return flat(" ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages))


def text_sizes(pdf: bytes) -> list[tuple[str, float]]:
    """(text, effective font size) of every piece of text drawn."""
    runs: list[tuple[str, float]] = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        def visit(text, cm, tm, font_dict, font_size, runs=runs):
            if text and text.strip():
                runs.append((text, font_size * math.hypot(tm[0], tm[1]) * math.hypot(cm[0], cm[1])))
        page.extract_text(visitor_text=visit)
    return runs


def assert_literal(pdf: bytes, *values: str) -> None:
    text = pdf_text(pdf)
    for value in values:
        assert flat(value) in text, (value, text[:2000])
    biggest = max((size for run, size in text_sizes(pdf) if "Grande" in run or "Roma" in run), default=0)
    assert biggest <= 30, f"a typed value changed the font size to {biggest}"


@pytest.fixture
def hostile_citizen(world):
    """Maria Bianchi (pension, CU, ObisM, cedolini, a pension domanda, a CNS) with markup in
    every field a form or a persona record fills."""
    c = Citizen.get(Citizen.persona_key == "pensionata")
    c.nome, c.cognome = f"Maria {BIG}", f"Bianchi {AMP}"
    c.indirizzo, c.comune = BOLD, "Pavia & <u>dintorni"
    c.luogo_nascita = "Pavia <br/>"
    c.save()
    contact = Contact.get(Contact.citizen == c)
    contact.email = "maria<b>@posta.sim"
    contact.save()
    Pension.update(sede="Pavia <b>centro").where(Pension.citizen == c).execute()
    Contribution.update(datore="Ditta <b>Rossi & Figli").where(Contribution.citizen == c).execute()
    IdentityDocument.update(issuer="Comune di <b>Pavia").where(IdentityDocument.citizen == c).execute()
    app = Application.select().where(Application.citizen == c).first()
    ApplicationStatus.update(note="Nota <b>aperta & <font size=200>x").where(ApplicationStatus.application == app).execute()
    return Citizen.get_by_id(c.id)


# --- the letter of the PIN (the one that crashed) -------------------------------------------------


def test_pin_letter_prints_the_address_as_typed(world, hostile_citizen):
    pdf = pin_documents.pin_letter(hostile_citizen, "ABCDEF12", NOW)
    assert_literal(pdf, BOLD, "Pavia & <u>dintorni", "<font size=200>Grande</font>", "Bianchi Rossi & <i>Figli")


def test_pin_letter_font_markup_changes_no_size(world):
    giovanni = Citizen.get(Citizen.persona_key == "senza_credenziali")
    giovanni.indirizzo = BIG  # well-formed markup: it used to be obeyed (size 200)
    pdf = pin_documents.pin_letter(giovanni, "ABCDEF12", NOW)
    assert_literal(pdf, BIG)


def test_pin_letter_with_an_unclosed_tag_does_not_crash(world, hostile_citizen):
    hostile_citizen.indirizzo = "Via <b>Roma <font"
    pdf = pin_documents.pin_letter(hostile_citizen, "ABCDEF12", NOW)
    assert "Via <b>Roma <font" in pdf_text(pdf)


# --- the Fascicolo's documents --------------------------------------------------------------------


@pytest.mark.parametrize("kind,kw", [
    ("estratto_conto", {}), ("cu", {"year": 2018}), ("obism", {"year": 2018}),
    ("cedolino", {"year": 2018, "month": 10}),
])
def test_fascicolo_documents(world, hostile_citizen, kind, kw):
    pdf = documents.generate(world, hostile_citizen, kind, **kw, record=False).pdf
    expected = [BIG.upper() if kind != "estratto_conto" else BIG]
    if kind in ("estratto_conto", "obism", "cedolino"):
        expected.append(BOLD)  # the address
    if kind in ("obism", "cedolino", "cu"):
        expected.append("Pavia <b>centro")
    if kind == "estratto_conto":
        expected.append("Ditta <b>Rossi & Figli")
    text = pdf_text(pdf)
    for value in expected:
        assert flat(value) in text or flat(value).upper() in text.upper(), (kind, value)
    assert max((s for r, s in text_sizes(pdf) if "Grande" in r.title() or "GRANDE" in r), default=0) <= 30


def test_domanda_summary(world, hostile_citizen):
    app = Application.select().where(Application.citizen == hostile_citizen).first()
    pdf = documents.generate(world, hostile_citizen, "domanda", application_id=app.id, record=False).pdf
    assert_literal(pdf, BOLD, "Nota <b>aperta & <font size=200>x")


def test_person_card(world, hostile_citizen):
    pdf = person_cards.persona_card_pdf(world, hostile_citizen.id)
    assert_literal(pdf, BOLD, "maria<b>@posta.sim", "Comune di <b>Pavia", BIG)


# --- the PIN dispositivo forms, the MV35 and the envelope ------------------------------------------


def test_conversion_form(world):
    data = {"code": "PD-2018-ABC123", "created_at": NOW, "codice_fiscale": "BNCMRA48C52G388G",
            "cognome": f"Bianchi {AMP}", "nome": BIG, "sesso": "F", "data_nascita": dt.date(1948, 3, 12),
            "luogo_nascita": "Pavia <b>", "provincia_nascita": "PV", "address_line": BOLD,
            "cellulare": "3331234567", "telefono_fisso": "", "email": "maria<b>@posta.sim", "pec": "",
            "document": {"kind": "carta_identita", "number": "CA<b>1", "issuer": "Comune di <b>Pavia",
                         "expires": dt.date(2025, 1, 1)}}
    pdf = pin_forms.conversion_form(data)
    assert_literal(pdf, BOLD, "maria<b>@posta.sim", "Comune di <b>Pavia", "Documento: carta d'identità n. CA<b>1",
                   f"Richiedente: {BIG} Bianchi {AMP}")


def test_mv35_and_envelope(world):
    pdf = pin_forms.mv35_form({"code": "MV35-1", "sede": "Sede <b>di Pavia", "codice_fiscale": "X<b>"},
                              [("Sezione <b>1", [("Indirizzo", BOLD), ("E-mail", "a<b>@b.it")])],
                              firma=BIG, luogo_data="Pavia <b>", office=[("Esito", "ok <b>")])
    assert_literal(pdf, "Sede <b>di Pavia", "Sezione <b>1", BOLD, "a<b>@b.it", f"Firma: {BIG}", "Codice fiscale: X<b>")
    envelope = pin_forms.sede_envelope({"nome": BIG, "cognome": AMP, "codice_fiscale": "X<b>",
                                        "sede": "Sede A & B", "pin": "0123456789ABCDEF", "at": NOW,
                                        "code": "MV35-<b>"})
    text = pdf_text(envelope)
    assert "Sede A & B" in text and "&amp;" not in text  # the letterhead is drawn, not markup
    assert "pratica MV35-<b>" in text and "Codice fiscale: X<b>" in text


# --- the domande's receipt and decision ---------------------------------------------------------------


def test_domande_receipt_and_decision(world):
    from app.services.domande import Domanda, StatoDomanda
    from app.services.fascicolo import Anagrafica

    anag = Anagrafica(citizen_id=1, codice_fiscale="X<b>", cognome=BIG, nome="Ada", sesso="F",
                      data_nascita=dt.date(1957, 5, 8), luogo_nascita="<b>", provincia_nascita="", indirizzo=BOLD)
    rows = (("Recapiti", "E-mail", "a<b>@b.it"), ("Dati", "Datore <b>", AMP))
    dom = Domanda(id=1, kind="x", title="Domanda <b>", protocol="INPS.<b>", state="presentata", submitted_at=NOW,
                  decided_at=None, outcome="", history=(StatoDomanda("presentata", NOW, "<b>"),), rows=rows,
                  preview=(("Costo <b>", AMP),), preview_title="Simulazione <i>")
    receipt = domande_pdf.receipt_pdf(dom, anag, method="PIN <b>", next_steps=[("definita", NOW)])
    assert_literal(receipt, BOLD, "a<b>@b.it", AMP, "Domanda <b>", "Codice fiscale X<b>", "Simulazione <i>")
    decided = Domanda(**{**dom.__dict__, "decided_at": NOW, "outcome": "respinta", "motivazione": f"Perché {BIG}",
                         "esito": (("Importo <b>", AMP),)})
    decision = domande_pdf.decision_pdf(decided, anag)
    assert_literal(decision, BOLD, f"Perché {BIG}", "protocollo INPS.<b>", "Importo <b>")
    summary = domande_pdf.summary_pdf(decided, anag, NOW.date())
    assert_literal(summary, "Domanda <b>", "Datore <b>")


# --- the scanner (drawn text, no markup, but the same promise) ----------------------------------------


def test_scanned_identity_copy(world, hostile_citizen):
    doc = IdentityDocument.get(IdentityDocument.citizen == hostile_citizen)
    sheet = printer_scanner.identity_copy(world, hostile_citizen, doc.id)
    pdf = scanner.scan_pdf([sheet], NOW)
    assert "Comune di <b>Pavia" in pdf_text(pdf)


def test_esc_is_the_one_helper():
    assert base.esc("a <b> & c") == "a &lt;b&gt; &amp; c"
    assert base.esc(None) == ""
    assert pdf_text(base.make_document("T", [base.text(HOSTILE)])).count("<b>Roma") == 1
    assert json.dumps(base.esc("x"))  # plain str

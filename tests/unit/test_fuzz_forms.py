"""Every form's service entry point with hostile text (issue 12): markup, RTL and combining
marks, look-alike digits, NUL and control characters, lone surrogates, 10,000 characters.

For each example:

- only the project's refusals escape (app.services.errors.ServiceError and its subclasses:
  ValidationError, PinLoginError, SpidError, UploadRefused...), with messages a person
  can read (no lone surrogate in them);
- a refusal saves nothing: every table but the event log (which records the refusal on
  purpose) is the same before and after, row by row;
- an accepted value is printed as typed in the PDFs that show it (the PIN letter, the
  MV35 and the sede's envelope, the Converti PIN form, the domande's receipt, the
  persona card).

Each example runs inside a transaction rolled back at its end (the services' own
transactions become savepoints), so every example starts from the seeded world.
Examples per form: EXAMPLES (see the figures in the report at the end of a run).
"""
from __future__ import annotations

import datetime as dt
import io
import json
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, event, given, settings, strategies as st
from pypdf import PdfReader

from app.models import ALL_MODELS, Citizen, Document, Event
from app.services import auth, cns, contact_center as cc, contacts, domande, fields, id_documents
from app.services import pension, person_cards, pin as pin_service, pin_conversion as pc, pin_recovery
from app.services import pin_request as R, sede, site_search, spid, web_search
from app.services import codice_fiscale as cfmod
from app.services.errors import ServiceError, ValidationError

EXAMPLES = 40
# A failing example with 10,000 characters has a large repr: let the falsifying example show.
pytestmark = pytest.mark.filterwarnings("ignore::hypothesis.errors.HypothesisWarning")
FUZZ = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large])

MARKUP = ["<b>", "</b>", "</para>", "<font size=200>", "&", "&amp;", "<br/>", '"', "'", "<![CDATA[x]]>", "<", ">"]
RTL = ["\u202e", "\u200f", "\u061c", "مرحبا", "שלום"]
COMBINING = ["e\u0301", "a\u0308\u0323", "\u0301"]
LOOK_ALIKE = ["\uff12", "\uff17", "\u0663", "\u06f3", "\U0001d7d8", "²", "ı", "\uff21"]
CONTROL = ["\x00", "\x07", "\x1b[31m", "\r\n", "\t", "\u2028"]
SURROGATE = ["\ud800", "\udfff", "\udc80x"]
OTHER = ["😀", "Ω", "ß", "’", "Łódź", "Ærø", "€", "SNC", " ", ""]
LONG = ["A" * 10_000, "1" * 10_000, "<b>" * 3_334, "\ud800" * 10_000, "è" * 10_000]
PIECES = MARKUP + RTL + COMBINING + LOOK_ALIKE + CONTROL + SURROGATE + OTHER
# Hostile but printable: a form may well accept these, and then the PDFs must show them as typed.
PRINTABLE = MARKUP + ["’", "Łódź", "Ærø", "ß", "€", "È", "e\u0301", "  "]

piece = st.sampled_from(PIECES)


def _insert(base: str, pieces: list[str]) -> st.SearchStrategy[str]:
    return st.tuples(st.integers(0, len(base)), st.sampled_from(pieces)).map(
        lambda t: base[:t[0]] + t[1] + base[t[0]:])


def hostile(base: str) -> st.SearchStrategy[str]:
    """A hostile variant of a valid value."""
    base = str(base)
    return st.one_of(
        _insert(base, PRINTABLE),
        _insert(base, PIECES),
        piece,
        st.tuples(piece, piece).map(lambda t: base + t[0] + t[1]),
        st.sampled_from(LONG),
        st.text(max_size=12),
    )


def perturbed(good: dict, names=None, most: int = 3) -> st.SearchStrategy[dict]:
    """`good` with 0 to `most` of its fields (of `names`) replaced by hostile text. A value of
    `good` may be a tuple of valid alternatives (one is drawn): hostile but valid values
    (markup in an address, SNC, +39, ...) are accepted and must then print as typed."""
    names = sorted(names or good)
    base = st.fixed_dictionaries({k: st.sampled_from(v) if isinstance(v, tuple) else st.just(v)
                                  for k, v in good.items()})
    counts = [k for k in (0, 1, 1, 1, 2, 3) if k <= min(most, len(names))]
    return st.tuples(base, st.sampled_from(counts)).flatmap(
        lambda t: st.tuples(st.just(t[0]), st.lists(st.sampled_from(names), min_size=t[1], max_size=t[1],
                                                      unique=True))
    ).flatmap(
        lambda t: st.fixed_dictionaries({n: hostile(t[0].get(n, "")) for n in t[1]}).map(
            lambda changes, b=t[0]: {**b, **changes})
    )


# --- the invariants ------------------------------------------------------------------------------------


@contextmanager
def sandbox(world):
    """One example: everything it writes is rolled back at the end."""
    with world.db.atomic() as txn:
        try:
            yield
        finally:
            txn.rollback()


def fingerprint() -> dict:
    """Every table but the event log, row by row."""
    return {m.__name__: hash(tuple(m.select().order_by(m._meta.primary_key).tuples()))
            for m in ALL_MODELS if m is not Event and m._meta.primary_key is not False}


def readable(exc: ServiceError) -> None:
    messages = list(getattr(exc, "errors", {}).values()) or [exc.message]
    for message in messages:
        assert isinstance(message, str) and message.strip(), exc
        assert not fields.has_surrogates(message), message
        assert "Traceback" not in message and len(message) < 2_000, message[:300]


def refused_cleanly(call, before: dict):
    """Run `call`; a refusal must be a ServiceError and change nothing. Returns the result or None."""
    try:
        result = call()
    except ServiceError as exc:
        readable(exc)
        assert fingerprint() == before, f"half-saved after: {exc.message}"
        event(f"refused: {type(exc).__name__}")
        return None
    event("accepted")
    return result


def flat(text: str) -> str:
    return "".join(text.split()).casefold()


def pdf_text(pdf: bytes) -> str:
    return flat(" ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(bytes(pdf))).pages))


def shows(pdf: bytes, *values: str) -> None:
    text = pdf_text(pdf)
    for value in values:
        if value:
            assert flat(value) in text, (value, text[:1500])


def persona(key: str) -> Citizen:
    return Citizen.get(Citizen.persona_key == key)


def latest_document(citizen_id: int, kind: str) -> Document:
    return Document.select().where((Document.citizen == citizen_id) & (Document.kind == kind)).order_by(
        Document.id.desc()).first()


# --- Richiesta PIN online -------------------------------------------------------------------------------


ADDRESSES = ("Via Emilia", "Via dell’Emilia", "Via <b>Emilia & Figli</b>", "Piazza <font size=200>Łódź",
             "Strada Ærø 5/bis", "Via   Emilia  ")
REQUEST = dict(codice_fiscale=("CNTGNN57E08M109W", "cntgnn 57e08 m109w"), residenza="italiana", cognome="Conti",
               nome="Giovanni", sesso="M", data_nascita="08/05/1957", comune_nascita="Voghera", provincia_nascita="PV",
               indirizzo=ADDRESSES, civico=("17", "17/A", "SNC", "s.n.c.", "5 bis"), cap="27058", comune="Voghera",
               provincia=("PV", "pv"), cellulare=("3401239876", "340 123 9876", "+39 340 1239876", "0039-340-1239876"),
               telefono_fisso=("0383445566", "", "0383 44 55 66"), email=("giovanni.conti@posta.sim",
                                                                           "Giovanni.Conti@Posta.SIM"),
               pec=("", "giovanni.conti@pec.sim"), telefono_preferenziale="cellulare", fascia_oraria="9-13")
ABROAD = dict(REQUEST, residenza="estera", indirizzo="", civico="", cap="", comune="", provincia="",
              stato_estero=("Germania", "germany"), citta_estera=("Monaco", "München", "Köln & <b>Bonn"),
              indirizzo_estero=("Leopoldstraße 40, 80802", "Rue de l’Église 3 <i>bis</i>"),
              cellulare=("+491701234567", "0049 170 1234567"))


@FUZZ
@given(form=st.one_of(perturbed(REQUEST), perturbed(ABROAD)), cf=hostile("CNTGNN57E08M109W"),
       residenza=hostile("italiana"))
def test_fuzz_pin_request_online(world, form, cf, residenza):
    with sandbox(world):
        before = fingerprint()
        refused_cleanly(lambda: R.check_step1(world, cf, residenza), before)
        try:
            cleaned, _citizen = R.validate(world, form)
        except ValidationError as exc:
            readable(exc)
            cleaned = None
        outcome = refused_cleanly(lambda: R.submit_request(world, form), before)
        assert (outcome is None) == (cleaned is None)
        if outcome is not None:
            letter = latest_document(outcome.citizen_id, "lettera_pin").pdf
            address = ((cleaned["indirizzo_estero"], cleaned["citta_estera"], cleaned["stato_estero"])
                       if cleaned["residenza"] == "estera" else
                       (cleaned["indirizzo"], cleaned["civico"], cleaned["cap"], cleaned["comune"]))
            shows(letter, cleaned["cognome"], cleaned["nome"], *address)


# --- Contact Center --------------------------------------------------------------------------------------


CALL = ["1", "Giovanni", "Conti", "CNTGNN57E08M109W", "sì", "sì", "Via Emilia", "17", "27058", "Voghera", "PV",
        "3401239876", "nessuno", "giovanni.conti@posta.sim", "nessuna", "sì"]


@FUZZ
@given(changes=st.dictionaries(st.integers(0, len(CALL) - 1), st.sampled_from(PIECES + LONG) | st.text(max_size=8),
                               max_size=3),
       number=st.one_of(st.just("803 164"), hostile("803164")))
def test_fuzz_contact_center_call(world, changes, number):
    giovanni = persona("senza_credenziali")
    answers = [changes.get(i, a) for i, a in enumerate(CALL)]
    with sandbox(world):
        before = fingerprint()
        call = refused_cleanly(lambda: cc.dial(world, giovanni, number, "fisso"), before)
        if call is None:
            return
        for answer in answers + ["sì"] * 4:
            if call.ended:
                break
            call.answer(answer)
        assert all(not fields.has_surrogates(line.text) for line in call.lines)
        if call.outcome == "pin_issued":
            letter = latest_document(giovanni.id, "lettera_pin").pdf
            citizen = Citizen.get_by_id(giovanni.id)
            shows(letter, citizen.indirizzo, citizen.civico, citizen.comune)
        else:
            assert fingerprint() == before


@FUZZ
@given(answers=perturbed({k: v for k, v in REQUEST.items() if k not in ("telefono_preferenziale",)}))
def test_fuzz_contact_center_issue(world, answers):
    with sandbox(world):
        before = fingerprint()
        first = refused_cleanly(lambda: cc.issue_pin(world, answers), before)
        if first is not None:
            citizen = pin_service.citizen_by_cf(answers["codice_fiscale"])
            shows(latest_document(citizen.id, "lettera_pin").pdf, citizen.indirizzo, citizen.cognome)


# --- At the sede: the MV35 and the counter -----------------------------------------------------------------


def mv35_good(citizen) -> dict:
    doc = next(d for d in id_documents.wallet(citizen) if d.number == "AS2345678")
    return {**sede.person_data(citizen), "documento_tipo": doc.kind, "documento_numero": doc.number,
            "documento_rilasciato_da": (doc.issuer, "Comune di Voghera & <b>dintorni", "Comune di Sant’Angelo"),
            "documento_scadenza": doc.expires.strftime("%d/%m/%Y"), "firma": "1", "indirizzo": ADDRESSES,
            "civico": ("17", "SNC", "17/A"), "email": ("giovanni.conti@posta.sim", "G.Conti@Posta.sim")}


@FUZZ
@given(data=st.data())
def test_fuzz_sede_mv35(world, data):
    giovanni = persona("senza_credenziali")
    good = mv35_good(giovanni)
    values = data.draw(perturbed(good, [k for k in good if good[k] or k in ("telefono_fisso", "pec")]), label="mv35")
    doc = next(d for d in id_documents.wallet(giovanni) if d.number == "AS2345678")
    with sandbox(world):
        before = fingerprint()
        visit = sede.start_visit(world, giovanni)
        if refused_cleanly(lambda: sede.fill_mv35(world, visit, values), before) is None:
            assert visit.state == "mv35"
            return
        outcome = sede.show_document(world, visit, doc.id)
        assert outcome.accepted
        v = visit.mv35
        shows(outcome.mv35_pdf, v["indirizzo"], v["civico"], v["cap"], v["comune"], v["email"], v["cellulare"],
              v["document"]["issuer"])
        shows(outcome.envelope_pdf, giovanni.nome, giovanni.cognome)


@FUZZ
@given(key=st.sampled_from([c.key for c in sede.CASES]), reason=st.one_of(
    st.sampled_from(sorted(sede.REFUSAL_REASONS)), hostile("scaduto")), accept=st.booleans())
def test_fuzz_sede_counter(world, key, reason, accept):
    with sandbox(world):
        visit = sede.open_case(world, key)
        before = fingerprint()
        if accept:
            outcome = refused_cleanly(lambda: sede.operator_accept(world, visit), before)
            if outcome is not None:
                assert outcome.accepted and outcome.envelope_pdf
        else:
            refused_cleanly(lambda: sede.operator_refuse(world, visit, reason), before)


# --- Modifica contatti ---------------------------------------------------------------------------------------


CONTACTS = dict(cellulare=("3471112223", "347 111 2223", "+393471112223", "+41791234567", ""),
                telefono_fisso=("0383445566", "", "0383/445566"),
                email=("nuovo@posta.sim", "Nuovo.Indirizzo@Posta.sim", ""), pec=("", "nuovo+co@pec.sim"))


@FUZZ
@given(values=perturbed(CONTACTS))
def test_fuzz_modifica_contatti(world, values):
    giovanni = persona("senza_credenziali")
    with sandbox(world):
        session = auth.open_session(world, giovanni, "pin_ordinario")
        before = fingerprint()
        saved = refused_cleanly(lambda: contacts.update(world, session, **values), before)
        if saved is not None:
            card = person_cards.persona_card_pdf(world, giovanni.id)
            shows(card, saved.cellulare, saved.telefono_fisso, saved.email, saved.pec)


# --- Converti PIN ---------------------------------------------------------------------------------------------


@FUZZ
@given(data=st.data())
def test_fuzz_converti_pin(world, data):
    luca = persona("dipendente")
    with sandbox(world):
        good = pc.prefill(world, luca)
        doc = id_documents.wallet(luca)[0]
        good.update({id_documents.F_KIND: doc.kind, id_documents.F_NUMBER: doc.number,
                     id_documents.F_ISSUER: doc.issuer, id_documents.F_EXPIRES: doc.expires.strftime("%d/%m/%Y"),
                     pc.CONFIRM_FIELD: "1"})
        names = [*pc.CONTACT_FIELDS, id_documents.F_KIND, id_documents.F_NUMBER, id_documents.F_ISSUER,
                 id_documents.F_EXPIRES, pc.CONFIRM_FIELD]
        values = data.draw(perturbed(good, names))
        before = fingerprint()
        prepared = refused_cleanly(lambda: pc.prepare_request(world, luca, values), before)
        if prepared is not None:
            stored = json.loads(Document.get_by_id(prepared.document_id).meta_json)["contacts"]
            shows(prepared.pdf, prepared.id_document.number, prepared.id_document.issuer,
                  *(stored[k] for k in ("cellulare", "email", "pec", "telefono_fisso")))
        number = data.draw(st.one_of(st.just(pc.FAX_NUMBER_SHOWN), hostile(pc.FAX_NUMBER)), label="fax")
        before = fingerprint()
        try:
            pc.send_fax(world, luca, number, [])
        except ServiceError as exc:
            readable(exc)
        assert fingerprint() == before


# --- the domande -----------------------------------------------------------------------------------------------


def child_cf() -> str:
    return cfmod.compute("Esposito", "Luca", "M", dt.date(2015, 5, 12), "Napoli")


DOMANDE_GOOD = {
    "variazione_anagrafica": {"cellulare": "3471112223", "dichiarazione": True},
    "versamenti_volontari": {"gestione": "FPLD", "data_cessazione": "31/12/2017", "non_occupato": True,
                             "non_pensionato": True, "dichiarazione": True},
    "pensione_vecchiaia": {"gestione": "FPLD", "decorrenza": "01/12/2018", "pagamento": "conto",
                           "iban": "IT60X0542811101000000123456", "detrazioni": True, "altri_redditi": "no",
                           "dichiarazione": True},
    "congedo_parentale": {"figlio_cognome": "Esposito", "figlio_nome": "Luca", "figlio_cf": None,
                          "figlio_nascita": "12/05/2015", "dal": "01/11/2018", "al": "30/11/2018",
                          "datore": "Ditta Rossi & Figli", "dichiarazione": True},
    "naspi": {"datore": "Cantieri Navali del Golfo S.p.A.", "data_cessazione": "12/10/2018", "motivo": "licenziamento",
              "pagamento": "conto", "iban": "IT60X0542811101000000123456", "did": True, "non_pensionato": True,
              "dichiarazione": True},
    "lavoro_domestico": {"lav_cognome": "Rossi", "lav_nome": "Anna", "lav_cf": None, "lav_nascita": "10/03/1975",
                         "lav_cittadinanza": "Italiana", "mansione": "colf", "livello": "B", "convivente": "no",
                         "data_inizio": "05/11/2018", "contratto": "indeterminato", "ore": "20", "paga_oraria": "7,50",
                         "dichiarazione": True},
    "maternita": {"data_presunta_parto": "10/12/2018", "certificato_data": "01/10/2018", "evento": "gravidanza",
                  "flessibilita": "no", "categoria": "gs", "pagamento": "conto", "iban": "IT60X0542811101000000123456",
                  "dichiarazione": True},
    "bonus_bebe": {"figlio_cognome": "Esposito", "figlio_nome": "Sofia", "figlio_cf": None,
                   "figlio_nascita": "20/08/2018", "isee": "12.500,00", "dsu": True, "pagamento": "sportello",
                   "convivente": True, "residente": True, "dichiarazione": True},
    "invalidita_civile": {"certificato": "CM2018-0041577", "prestazione": "invalidita", "reddito": "2.000,00",
                          "lavoro": "no", "ricovero": "no", "pagamento": "sportello", "dichiarazione": True},
    "riscatto_laurea": {"titolo": "laurea", "universita": "Università di Napoli", "corso": "Ingegneria",
                        "immatricolazione": "01/11/1978", "data_laurea": "20/07/1984", "durata_legale": "5",
                        "quanto": "tutto", "pagamento": "unica", "dichiarazione": True},
    "servizio_militare": {"servizio": "leva", "forza": "Esercito", "dal": "05/03/1979", "al": "04/03/1980",
                          "distretto": "Distretto militare di Napoli", "non_altra_pensione": True, "foglio": True,
                          "dichiarazione": True},
    "ricostituzione_pensione": {"motivo": "supplemento", "attivita": "Custode", "dichiarazione": True},
}
# Codici fiscali computed in the test (python-codicefiscale), by kind: (field, cognome, nome, sesso, born, comune).
DOMANDE_CF = {
    "lavoro_domestico": ("lav_cf", "Rossi", "Anna", "F", dt.date(1975, 3, 10), "Pavia"),
    "bonus_bebe": ("figlio_cf", "Esposito", "Sofia", "F", dt.date(2018, 8, 20), "Napoli"),
}


@FUZZ
@given(kind=st.sampled_from(sorted(domande.DOMANDE)), data=st.data())
def test_fuzz_domande(world, kind, data):
    antonio = persona("invalidita")
    with sandbox(world):
        session = auth.open_session(world, antonio, "pin_dispositivo")
        form = domande.form_for(world, session, kind)
        good = {**form.initial, **DOMANDE_GOOD[kind]}
        if kind == "congedo_parentale":
            good["figlio_cf"] = child_cf()
        if kind in DOMANDE_CF:
            name, *person = DOMANDE_CF[kind]
            good[name] = cfmod.compute(*person)
        names = [f.name for step in form.steps for f in step.fields if f.kind != "check"]
        values = data.draw(perturbed({k: ("" if v is None else v) for k, v in good.items()}, names))
        before = fingerprint()
        for index in range(len(form.steps)):
            try:
                domande.validate_step(world, session, kind, index, values)
            except ValidationError as exc:
                readable(exc)
        assert fingerprint() == before
        result = refused_cleanly(lambda: domande.submit(world, session, kind, values), before)
        if result is not None:
            rows = domande.summary(world, session, kind, {**values, **_cleaned(world, session, kind, values)})
            shows(result.receipt_pdf, result.protocol, *(value for _step, _label, value in rows if value != "-"))


def _cleaned(world, session, kind, values) -> dict:
    cleaned = {}
    form = domande.form_for(world, session, kind)
    for index in range(len(form.steps)):
        cleaned.update(domande.validate_step(world, session, kind, index, {**values, **cleaned}))
    return cleaned


# --- «Hai smarrito il PIN?» ------------------------------------------------------------------------------------


@FUZZ
@given(cf=hostile("FRRLCU68H20F205K"), cellulare=hostile("3479876543"), email=hostile("luca.ferrari@posta.sim"),
       numero=hostile("80380" + "0" * 15), scadenza=hostile("01/01/2020"), revoca=st.booleans())
def test_fuzz_pin_recovery(world, cf, cellulare, email, numero, scadenza, revoca):
    with sandbox(world):
        before = fingerprint()
        if revoca:
            refused_cleanly(lambda: pin_recovery.revoca(world, cf, numero, scadenza, email), before)
        else:
            refused_cleanly(lambda: pin_recovery.ripristino(world, cf, cellulare, email), before)


# --- the logins: PIN, SPID, CNS ------------------------------------------------------------------------------------


def counts() -> dict:
    return {m.__name__: m.select().count() for m in ALL_MODELS if m is not Event}


@FUZZ
@given(cf=hostile("FRRLCU68H20F205K"), typed=hostile("LUCA1968"), new=hostile("NUOVO123"))
def test_fuzz_pin_login_and_change(world, cf, typed, new):
    with sandbox(world):
        before = counts()
        for call in (lambda: pin_service.login(world, cf, typed),
                     lambda: pin_service.change_pin(world, cf, typed, new, new, open_session=False)):
            try:
                call()
            except ServiceError as exc:
                readable(exc)
        assert counts() == before
        record = pin_service.active_pin(persona("dipendente"))
        assert record.failures <= pin_service.max_failures()


@FUZZ
@given(username=hostile("maria.bianchi"), password=hostile("Girasole.48"), code=hostile("123456"),
       cf=hostile("BNCMRA48C52G388G"))
def test_fuzz_spid(world, username, password, code, cf):
    with sandbox(world):
        for call in (lambda: _spid_login(world, username, password, code),
                     lambda: _spid_recovery(world, username, cf, code, password)):
            try:
                call()
            except ServiceError as exc:
                readable(exc)


def _spid_login(world, username, password, code):
    flow = spid.start_login(world, "aquila")
    spid.submit_credentials(world, flow, username, password)
    spid.send_sms_code(world, flow)
    spid.verify_sms_code(world, flow, code)


def _spid_recovery(world, username, cf, code, password):
    flow = spid.start_recovery(world, "aquila", username, cf)
    spid.complete_recovery(world, flow, code, password, password)


@FUZZ
@given(pin=hostile("12345"), puk=hostile("12345678"), new=hostile("54321"))
def test_fuzz_cns(world, pin, puk, new):
    card = next(c for c in cns.wallet_cards(world, persona("pensionata").id))
    with sandbox(world):
        cns.connect_reader(world)
        cns.insert_card(world, card.id)
        before = counts()
        for call in (lambda: _cns_login(world, pin), lambda: cns.unblock_card(world, puk, new, new)):
            try:
                call()
            except ServiceError as exc:
                readable(exc)
        assert counts() == before


def _cns_login(world, pin):
    flow = cns.start_login(world)
    cns.choose_certificate(world, flow, cns.CERT_AUTH)
    cns.enter_pin(world, flow, pin)


# --- what else takes text: the searches, La mia pensione futura ----------------------------------------------------


@FUZZ
@given(query=st.one_of(hostile("pin"), hostile("estratto conto")), stop=hostile("12/2030"))
def test_fuzz_searches_and_pension_date(world, query, stop):
    with sandbox(world):
        site_search.search(world, query)
        site_search.suggest(query)
        web_search.search(query)
        try:
            day = pension.parse_stop_date(stop)
            assert isinstance(day, dt.date)
        except ValidationError as exc:
            readable(exc)


def test_the_strategies_produce_every_kind_of_hostile_text():
    """The building blocks: markup, RTL, combining marks, look-alike digits, NUL, lone
    surrogates, 10,000 characters."""
    assert {"<b>", "\u202e", "e\u0301", "\uff17", "\x00", "\ud800"} <= set(PIECES)
    assert any(len(t) == 10_000 for t in LONG)

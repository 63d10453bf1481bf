"""Domande: forms with checks, protocol and receipt, states that move with the clock,
the decision letter; refusal with an ordinario PIN session."""
from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from app.models import Application, ApplicationStatus, Citizen, Contact, Document, Message
from app.services import auth, domande, messages
from app.services.domande import DispositivoRequired
from app.services.errors import ServiceError, ValidationError
from tests import timeflow


def session_for(world, key: str, method: str = "pin_dispositivo", spid_level: int = 0):
    citizen = Citizen.get(Citizen.persona_key == key)
    return auth.open_session(world, citizen, method, spid_level=spid_level)


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def valid_iban(bban: str = "X0542811101000000123456") -> str:
    """An Italian IBAN with the right check digits for the BBAN given."""
    rem = int("".join(str(int(ch, 36)) for ch in bban + "IT00")) % 97
    return f"IT{98 - rem:02d}{bban}"


VERSAMENTI = {"gestione": "FPLD", "data_cessazione": "31/12/2017", "non_occupato": True,
              "non_pensionato": True, "dichiarazione": True}


# --- the gate -------------------------------------------------------------------


def test_ordinario_pin_is_refused_with_the_conversion_explained(world):
    session = session_for(world, "dipendente", "pin_ordinario")
    with pytest.raises(DispositivoRequired) as err:
        domande.form_for(world, session, "versamenti_volontari")
    assert "Vuoi il PIN dispositivo?" in err.value.message and "Converti PIN" in err.value.message
    assert err.value.help_url.startswith("https://serviziweb2.inps.it/RichiestaPin/")
    with pytest.raises(DispositivoRequired):
        domande.submit(world, session, "versamenti_volontari", VERSAMENTI)
    assert Application.select().where(Application.citizen == session.citizen_id).count() == 0
    assert world.events.recent(kind_prefix="domanda.refused")


def test_spid_level_1_and_no_session_are_refused(world):
    session = session_for(world, "gestione_separata", "spid", spid_level=1)
    with pytest.raises(DispositivoRequired, match="SPID livello 1"):
        domande.form_for(world, session, "congedo_parentale")
    with pytest.raises(ServiceError, match="entrare in MyINPS"):
        domande.form_for(world, None, "congedo_parentale")
    # SPID level 2 may present requests.
    ok = session_for(world, "gestione_separata", "spid", spid_level=2)
    assert domande.form_for(world, ok, "congedo_parentale").steps


# --- a domanda from submission to decision ------------------------------------------------


def test_versamenti_volontari_moves_with_the_clock(world):
    session = session_for(world, "invalidita")
    form = domande.form_for(world, session, "versamenti_volontari")
    assert [s.title for s in form.steps] == ["Dati della domanda", "Dichiarazioni", "Riepilogo e conferma"]
    result = domande.submit(world, session, "versamenti_volontari", VERSAMENTI)
    assert result.protocol.startswith(f"INPS.{world.clock.now().year}.")
    text = pdf_text(result.receipt_pdf)
    assert result.protocol in text and "Ricevuta di presentazione" in text and "31/12/2017" in text
    views = domande.list_applications(world, session.citizen_id)
    view = next(v for v in views if v.id == result.application_id)
    assert view.state == "presentata" and view.next_state == "in istruttoria"
    assert view.receipt_document_id == result.receipt_document_id

    timeflow.advance(world, days=3)
    view = domande.get_application(world, session.citizen_id, result.application_id)
    assert view.state == "in istruttoria" and not view.concluded and view.next_state == "esito"
    assert view.history[-1].at == result.submitted_at + dt.timedelta(days=3)

    timeflow.advance(world, days=30)
    view = domande.get_application(world, session.citizen_id, result.application_id)
    assert view.outcome == "accolta" and view.concluded
    assert [h.state for h in view.history] == ["presentata", "in istruttoria", "accolta"]
    assert view.decided_at == result.submitted_at + dt.timedelta(days=20)  # when it was due, not when seen
    title, pdf = domande.document_pdf(world, session.citizen_id, view.decision_document_id)
    letter = pdf_text(pdf)
    assert "ACCOLTA" in letter and result.protocol in letter and "settimane" in letter
    # The letter travels by post: posted at the decision, it arrives 14 days later.
    letter_msg = Message.get((Message.citizen == session.citizen_id) & (Message.channel == "letter"))
    assert letter_msg.deliver_at == view.decided_at + dt.timedelta(days=messages.LETTER_DAYS)
    assert letter_msg.document_id == view.decision_document_id
    # The Fascicolo finds the receipt and the letter through the documents' meta.
    metas = [json.loads(d.meta_json) for d in Document.select().where(Document.citizen == session.citizen_id)]
    assert {m.get("role") for m in metas if m.get("application_id") == result.application_id} == {"ricevuta", "esito"}
    # Nothing moves twice.
    assert domande.advance_applications(world) == []


def test_versamenti_refused_for_a_pensioner(world):
    session = session_for(world, "pensionata")
    result = domande.submit(world, session, "versamenti_volontari", VERSAMENTI)
    timeflow.advance(world, days=21)
    view = domande.get_application(world, session.citizen_id, result.application_id)
    assert view.outcome == "respinta" and "pensione" in view.motivazione
    assert "RESPINTA" in pdf_text(domande.document_pdf(world, session.citizen_id, view.decision_document_id)[1])


def test_protocols_are_unique(world):
    session = session_for(world, "invalidita")
    seen = {domande.submit(world, session, "versamenti_volontari", VERSAMENTI).protocol for _ in range(5)}
    assert len(seen) == 5


def test_pension_domanda_refused_for_age(world):
    session = session_for(world, "invalidita")  # born 1960: 58 years old in 2018
    values = {"gestione": "FPLD", "decorrenza": "01/03/2019", "pagamento": "conto", "iban": valid_iban(),
              "detrazioni": True, "altri_redditi": "no", "dichiarazione": True}
    result = domande.submit(world, session, "pensione_vecchiaia", values)
    timeflow.advance(world, days=31)
    view = domande.get_application(world, session.citizen_id, result.application_id)
    assert view.outcome == "respinta" and "67 anni" in view.motivazione and "02/11/2027" in view.motivazione


def test_pension_domanda_accepted_when_the_requirements_are_met(world):
    # Giovanni Conti (born 08/05/1957) is given a PIN dispositivo session here; move the clock to 2024.
    citizen = Citizen.get(Citizen.persona_key == "senza_credenziali")
    timeflow.set_time(world, dt.datetime(2024, 3, 1, 9, 0))
    session = auth.open_session(world, citizen, "pin_dispositivo")
    values = {"gestione": "FPLD", "decorrenza": "01/06/2024", "pagamento": "sportello", "iban": "",
              "detrazioni": True, "altri_redditi": "no", "dichiarazione": True}
    result = domande.submit(world, session, "pensione_vecchiaia", values)
    timeflow.advance(world, days=30)
    view = domande.get_application(world, citizen.id, result.application_id)
    assert view.outcome == "accolta", view.motivazione
    assert "01/06/2024" in view.motivazione and "importo mensile lordo" in view.motivazione
    # The pension exists and its first rate is paid when the clock reaches June 2024.
    from app.models import Payment, Pension
    from app.services import fascicolo

    created = Pension.get(Pension.citizen == citizen)
    assert created.decorrenza == dt.date(2024, 6, 1) and created.categoria == "VO"
    timeflow.set_time(world, dt.datetime(2024, 6, 2, 9, 0))
    assert fascicolo.pensioni(world, citizen.id)
    first = Payment.get((Payment.citizen == citizen) & (Payment.year == 2024) & (Payment.month == 6))
    assert first.lordo_cents == created.importo_mensile_lordo_cents


def test_variazione_changes_the_contacts_when_defined(world):
    session = session_for(world, "invalidita")
    form = domande.form_for(world, session, "variazione_anagrafica")
    values = dict(form.initial)
    values.update(cellulare="347 1112223", email="nuovo.indirizzo@esempio.it", dichiarazione=True)
    result = domande.submit(world, session, "variazione_anagrafica", values)
    contact = Contact.get(Contact.citizen == session.citizen_id)
    assert contact.cellulare != "3471112223"  # not yet: the change is registered when defined
    timeflow.advance(world, days=1)
    domande.advance_applications(world)
    contact = Contact.get(Contact.citizen == session.citizen_id)
    assert contact.cellulare == "3471112223" and contact.email == "nuovo.indirizzo@esempio.it"
    view = domande.get_application(world, session.citizen_id, result.application_id)
    assert [h.state for h in view.history] == ["presentata", "in lavorazione", "accolta"]


def test_variazione_without_changes_is_refused(world):
    session = session_for(world, "invalidita")
    form = domande.form_for(world, session, "variazione_anagrafica")
    with pytest.raises(ValidationError) as err:
        domande.submit(world, session, "variazione_anagrafica", dict(form.initial, dichiarazione=True))
    assert "Non ha modificato nessun dato" in err.value.errors["dichiarazione"]


def test_congedo_parentale(world):
    session = session_for(world, "intermediario")  # Paola Ricci, dipendente with a job going on
    child_cf = "RCCLRA15E52F205D"
    values = {"figlio_cognome": "Ricci", "figlio_nome": "Laura", "figlio_cf": child_cf,
              "figlio_nascita": "12/05/2015", "dal": "05/11/2018", "al": "04/01/2019",
              "datore": "CAF Lombardia Servizi S.r.l.", "dichiarazione": True}
    from app.services import codice_fiscale as cf

    assert cf.check_error(child_cf) == "", cf.check_error(child_cf)
    result = domande.submit(world, session, "congedo_parentale", values)
    timeflow.advance(world, days=7)
    view = domande.get_application(world, session.citizen_id, result.application_id)
    assert view.outcome == "accolta" and "05/11/2018" in view.motivazione and "61 giorni" in view.motivazione


def test_congedo_checks(world):
    session = session_for(world, "intermediario")
    with pytest.raises(ValidationError) as err:
        domande.validate_step(world, session, "congedo_parentale", 0, {
            "figlio_cognome": "Ricci", "figlio_nome": "Laura", "figlio_cf": "RCCLRA15E52F205D",
            "figlio_nascita": "13/05/2015"})
    assert "12/05/2015" in err.value.errors["figlio_nascita"]
    with pytest.raises(ValidationError) as err:
        domande.validate_step(world, session, "congedo_parentale", 1, {
            "figlio_nascita": "12/05/2015", "dal": "01/10/2018", "al": "01/09/2019", "datore": "X"})
    assert "prima dell'inizio" in err.value.errors["dal"]
    with pytest.raises(ValidationError) as err:
        domande.validate_step(world, session, "congedo_parentale", 1, {
            "figlio_nascita": "12/05/2015", "dal": "01/11/2018", "al": "01/09/2019", "datore": "X"})
    assert "6 mesi" in err.value.errors["al"]


def test_step_messages_are_per_field_and_italian(world):
    session = session_for(world, "invalidita")
    with pytest.raises(ValidationError) as err:
        domande.validate_step(world, session, "pensione_vecchiaia", 0, {"gestione": "", "decorrenza": "15/3/2019"})
    assert err.value.errors == {"gestione": "Scelga una voce per «Gestione».",
                                "decorrenza": err.value.errors["decorrenza"]}
    with pytest.raises(ValidationError) as err:
        domande.validate_step(world, session, "pensione_vecchiaia", 0, {"gestione": "FPLD", "decorrenza": "15/03/2019"})
    assert "primo giorno di un mese" in err.value.errors["decorrenza"]
    with pytest.raises(ValidationError) as err:
        domande.validate_step(world, session, "pensione_vecchiaia", 1, {"pagamento": "conto", "iban": ""})
    assert "IBAN" in err.value.errors["iban"]
    bad = valid_iban()[:-1] + ("7" if valid_iban()[-1] != "7" else "8")
    with pytest.raises(ValidationError, match="carattere è sbagliato"):
        domande.validate_step(world, session, "pensione_vecchiaia", 1, {"pagamento": "conto", "iban": bad})
    assert domande.validate_step(world, session, "pensione_vecchiaia", 1,
                                 {"pagamento": "conto", "iban": valid_iban()})["iban"] == valid_iban()


def test_submit_never_half_saves(world):
    session = session_for(world, "invalidita")
    before = (Application.select().count(), ApplicationStatus.select().count(), Document.select().count(),
              Message.select().count())
    with pytest.raises(ValidationError) as err:
        domande.submit(world, session, "versamenti_volontari", dict(VERSAMENTI, non_pensionato=False, data_cessazione="x"))
    assert set(err.value.errors) == {"data_cessazione", "non_pensionato"}
    after = (Application.select().count(), ApplicationStatus.select().count(), Document.select().count(),
             Message.select().count())
    assert before == after


# --- hypothesis on the forms --------------------------------------------------------------

TEXT = st.one_of(st.text(max_size=40), st.sampled_from(["", " ", "01/01/2019", "31/02/2019", "IT60X0542811101000000123456",
                                                          "a@b.it", "347 1234567", "27100", "PV", "FPLD", "conto"]),
                 st.booleans(), st.none())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(sorted(domande.DOMANDE)), data=st.data())
def test_any_input_gets_a_clean_answer(world, kind, data):
    session = auth.open_session(world, Citizen.get(Citizen.persona_key == "invalidita"), "pin_dispositivo")
    form = domande.form_for(world, session, kind)
    names = [f.name for s in form.steps for f in s.fields]
    values = {n: data.draw(TEXT, label=n) for n in names}
    count = Application.select().count()
    for index in range(len(form.steps)):
        try:
            cleaned = domande.validate_step(world, session, kind, index, values)
            assert set(cleaned) == {f.name for f in form.steps[index].fields}
        except ValidationError as exc:
            assert exc.errors and all(isinstance(m, str) and m.strip() for m in exc.errors.values())
            assert set(exc.errors) <= set(names)
    try:
        domande.submit(world, session, kind, values)
        assert Application.select().count() == count + 1
    except ValidationError:
        assert Application.select().count() == count


@settings(max_examples=80, deadline=None)
@given(bban=st.from_regex(r"[A-Z][0-9]{10}[0-9A-Z]{12}", fullmatch=True), pos=st.integers(4, 26),
       digit=st.sampled_from("0123456789"))
def test_iban_check(bban, pos, digit):
    good = valid_iban(bban)
    assert domande.iban_error(good) == ""
    assert domande.iban_error(" ".join(good[i:i + 4] for i in range(0, 27, 4)).lower()) == ""
    if good[pos].isdigit() and good[pos] != digit:
        typo = good[:pos] + digit + good[pos + 1:]
        assert domande.iban_error(typo) != ""  # mod 97 catches every single-digit change


@given(day=st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))
def test_dates_round_trip(day):
    assert domande.parse_date(f"{day:%d/%m/%Y}") == day
    assert domande.parse_date(day.isoformat()) == day


def test_every_text_of_every_domanda_is_marked_for_translation(world):
    """What the domande pages show goes through service_text: each text must be an
    app.i18n.Text (its template is what tools/translations.py extracts), for every person."""
    from app.i18n import Text

    unmarked = []
    for citizen in Citizen.select():
        for dtype in domande.catalogue():
            texts = [dtype.title, dtype.description, dtype.group]
            texts += [t for tr in dtype.schedule for t in (tr.state, tr.note)]
            for step in dtype.build_steps(citizen):
                texts += [step.title, step.help] + ([step.intro] if step.intro else [])
                for f in step.fields:
                    texts.append(f.label)
                    texts += [f.help] if f.help else []
                    texts += [shown for _value, shown in f.choices]
            unmarked += [(dtype.kind, t) for t in texts if not isinstance(t, Text)]
    assert not unmarked, sorted(set(unmarked))[:10]

"""At the Sede INPS di Pavia: the MV35, the document at the counter, the sealed envelope
with a PIN dispositivo, and the counter operator's role (issue 3, item 10)."""
from __future__ import annotations

import io
import re

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st
from pypdf import PdfReader

from app.models import Citizen, Document, Message, Pin
from app.services import id_documents, messages, pin as pinmod, sede
from app.services.errors import ServiceError, ValidationError

from .test_pin_conversion import looks_italian


def persona(key: str) -> Citizen:
    return Citizen.get(Citizen.persona_key == key)


@pytest.fixture
def giovanni(world):
    return persona("senza_credenziali")  # carta d'identità AS2345678 valid, AH9876543 expired in 2011


def documents(citizen):
    wallet = id_documents.wallet(citizen)
    return [d for d in wallet if d.expires >= d.expires.today().replace(year=2018)][0], wallet[-1]


def mv35_data(citizen, doc, **overrides) -> dict:
    data = sede.person_data(citizen)
    data.update({"documento_tipo": doc.kind, "documento_numero": doc.number, "documento_rilasciato_da": doc.issuer,
                 "documento_scadenza": doc.expires.strftime("%d/%m/%Y"), "firma": "1"})
    data.update(overrides)
    return data


def valid_doc(citizen):
    return next(d for d in id_documents.wallet(citizen) if d.number == "AS2345678")


def expired_doc(citizen):
    return next(d for d in id_documents.wallet(citizen) if d.number == "AH9876543")


def pdf_text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def no_pin_saved(citizen) -> bool:
    return Pin.select().where(Pin.citizen == citizen).count() == 0


# --- the citizen at the counter -------------------------------------------------------------


def test_sede_address_from_seed_000():
    assert sede.SEDE_FULL == "Sede INPS di Pavia, Viale Cesare Battisti 23/25, 27100 Pavia (PV)"


def test_someone_with_a_pin_dispositivo_is_told_so(world):
    with pytest.raises(ServiceError, match="già un PIN dispositivo"):
        sede.start_visit(world, persona("pensionata"))


def test_mv35_must_be_signed(world, giovanni):
    visit = sede.start_visit(world, giovanni)
    with pytest.raises(ValidationError) as info:
        sede.fill_mv35(world, visit, mv35_data(giovanni, valid_doc(giovanni), firma=""))
    assert info.value.errors == {"firma": "Firmi il modulo MV35 prima di consegnarlo allo sportello."}
    assert visit.state == "mv35"


def test_mv35_of_another_person_no_delegates(world, giovanni):
    luca = persona("dipendente")
    visit = sede.start_visit(world, giovanni)
    data = mv35_data(luca, id_documents.wallet(luca)[0])
    with pytest.raises(ValidationError) as info:
        sede.fill_mv35(world, visit, data)
    assert "non sono ammesse deleghe" in info.value.errors["codice_fiscale"]


def test_mv35_checks_every_field_like_the_online_request(world, giovanni):
    visit = sede.start_visit(world, giovanni)
    data = mv35_data(giovanni, expired_doc(giovanni), cap="270", email="", pec="", cognome="Conte")
    with pytest.raises(ValidationError) as info:
        sede.fill_mv35(world, visit, data)
    errors = info.value.errors
    assert "5 cifre" in errors["cap"]
    assert "almeno un contatto telefonico e di un contatto email" in errors["email"]
    assert "non corrispondono a quelli presenti negli archivi INPS" in errors["cognome"]  # Conte is not Conti
    assert "scaduto il 08/05/2011" in errors["documento_scadenza"]
    assert all(looks_italian(m) for m in errors.values())


def test_document_before_the_mv35_is_refused(world, giovanni):
    visit = sede.start_visit(world, giovanni)
    with pytest.raises(ServiceError, match="Prima compili"):
        sede.show_document(world, visit, valid_doc(giovanni).id)


def test_expired_document_refused_then_valid_one_gets_the_envelope(world, giovanni):
    visit = sede.fill_mv35(world, sede.start_visit(world, giovanni), mv35_data(giovanni, valid_doc(giovanni)))
    refused = sede.show_document(world, visit, expired_doc(giovanni).id)
    assert not refused.accepted and "La carta d'identità è scaduta il 08/05/2011." in refused.message
    assert "n. AS2345678" in refused.message  # not the document written on the MV35
    assert visit.state == "document" and no_pin_saved(giovanni)
    assert Document.select().where(Document.kind == sede.ENVELOPE_KIND).count() == 0

    outcome = sede.show_document(world, visit, valid_doc(giovanni).id)
    assert outcome.accepted and visit.state == "done"
    record = pinmod.active_pin(giovanni)
    assert (record.kind, record.channel, record.state, record.initial) == ("dispositivo", "sede", "complete", True)
    # the envelope holds the whole PIN, usable at once: first access asks for the new PIN
    text = pdf_text(outcome.envelope_pdf)
    assert "BUSTA CHIUSA - PIN DISPOSITIVO" in text and "già operativo" in text
    spaced = re.search(r"((?:[0-9A-F] ){15}[0-9A-F])", text).group(1)
    secret = spaced.replace(" ", "")
    assert pinmod.login(world, giovanni.codice_fiscale, secret).status == "must_change"
    result = pinmod.change_pin(world, giovanni.codice_fiscale, secret, "VOGHERA1", "VOGHERA1")
    assert result.session.method == "pin_dispositivo" and result.session.can_submit_requests
    # the MV35 shows the data and the office's outcome
    mv35 = pdf_text(outcome.mv35_pdf)
    assert "Mod. MV35 - Richiesta assegnazione PIN dispositivo per il cittadino in sede" in mv35.replace("\n", " ")
    assert "Firma: Giovanni Conti" in mv35 and "AS2345678" in mv35
    # handed over: in the letterbox at once, opened in the viewer
    letters = messages.delivered(world, giovanni, ("letter",))
    assert len(letters) == 1 and letters[0].document_id == outcome.envelope_document_id
    assert messages.meta(letters[0])["hand_delivered"] is True
    with pytest.raises(ServiceError, match="già stato consegnato"):
        sede.show_document(world, visit, valid_doc(giovanni).id)


def test_a_pin_ordinario_is_replaced(world):
    luca = persona("dipendente")
    patente = id_documents.wallet(luca)[0]
    visit = sede.fill_mv35(world, sede.start_visit(world, luca), mv35_data(luca, patente))
    assert sede.show_document(world, visit, patente.id).accepted
    kinds = sorted((p.kind, p.state) for p in luca.pins)
    assert kinds == [("dispositivo", "complete"), ("ordinario", "revoked")]
    with pytest.raises(pinmod.PinLoginError):
        pinmod.login(world, luca.codice_fiscale, "LUCA1968")


def test_only_own_documents_can_be_shown(world, giovanni):
    luca = persona("dipendente")
    visit = sede.fill_mv35(world, sede.start_visit(world, giovanni), mv35_data(giovanni, valid_doc(giovanni)))
    with pytest.raises(ServiceError, match="portafoglio"):
        sede.show_document(world, visit, id_documents.wallet(luca)[0].id)


# --- the counter operator ---------------------------------------------------------------------


def test_counter_cases_available(world):
    keys = [c["key"] for c in sede.counter_cases(world)]
    assert keys == ["scaduto", "valido", "altra_persona", "ordinario"]


def test_operator_must_refuse_an_expired_document(world, giovanni):
    visit = sede.open_case(world, "scaduto")
    view = sede.case_view(world, visit)
    assert view["documento"]["scadenza"] == "08/05/2011" and view["oggi"] == "15/10/2018"
    assert view["documento"]["intestatario"] == "Giovanni Conti"
    with pytest.raises(sede.OperatorMistake) as info:
        sede.operator_accept(world, visit, "Anna")
    assert "non può assegnare il PIN" in info.value.message and "scaduta il 08/05/2011" in info.value.message
    assert no_pin_saved(giovanni)
    with pytest.raises(sede.OperatorMistake, match="non è quello giusto"):
        sede.operator_refuse(world, visit, "non_corrisponde", "Anna")
    outcome = sede.operator_refuse(world, visit, "scaduto", "Anna")
    assert not outcome.accepted and "Documento scaduto" in outcome.message and visit.state == "refused"
    assert no_pin_saved(giovanni)
    with pytest.raises(ServiceError, match="Non c'è una richiesta"):
        sede.operator_accept(world, visit)
    assert world.events.recent(1, "sede.operator.mistake")


def test_operator_must_refuse_a_document_of_another_person(world, giovanni):
    visit = sede.open_case(world, "altra_persona")
    view = sede.case_view(world, visit)
    assert view["persona"]["aspetto"] == "Giovanni Conti" and view["documento"]["intestatario"] == "Luca Ferrari"
    with pytest.raises(sede.OperatorMistake, match="intestato a Luca Ferrari"):
        sede.operator_accept(world, visit)
    assert sede.operator_refuse(world, visit, "non_corrisponde").accepted is False


def test_operator_must_not_refuse_a_valid_document(world, giovanni):
    visit = sede.open_case(world, "valido")
    with pytest.raises(sede.OperatorMistake, match="non c'è motivo di rifiutare"):
        sede.operator_refuse(world, visit, "scaduto")
    with pytest.raises(ServiceError, match="motivo"):
        sede.operator_refuse(world, visit, "antipatia")
    outcome = sede.operator_accept(world, visit, "Anna")
    assert outcome.accepted and pinmod.active_pin(giovanni).kind == "dispositivo"
    office = " ".join(pdf_text(outcome.mv35_pdf).split())
    assert "Documento verificato da Anna" in office


def test_operator_case_for_a_pin_ordinario(world):
    luca = persona("dipendente")
    assert sede.operator_accept(world, sede.open_case(world, "ordinario")).accepted
    assert pinmod.active_pin(luca).kind == "dispositivo"


def test_operator_cannot_use_citizen_actions(world):
    visit = sede.open_case(world, "valido")
    with pytest.raises(ServiceError):
        sede.show_document(world, visit, visit.document_id)
    with pytest.raises(ServiceError):
        sede.fill_mv35(world, visit, {})
    with pytest.raises(ServiceError, match="sconosciuta"):
        sede.open_case(world, "nessuno")


def test_citizen_visit_cannot_be_decided_as_operator(world, giovanni):
    visit = sede.fill_mv35(world, sede.start_visit(world, giovanni), mv35_data(giovanni, valid_doc(giovanni)))
    with pytest.raises(ServiceError):
        sede.operator_accept(world, visit)


MV35_KEYS = ("cognome", "nome", "codice_fiscale", "sesso", "data_nascita", "comune_nascita", "provincia_nascita",
             "indirizzo", "civico", "cap", "comune", "provincia", "cellulare", "telefono_fisso", "email", "pec",
             "documento_tipo", "documento_numero", "documento_rilasciato_da", "documento_scadenza", "firma",
             "residenza", "nato_estero")


@hsettings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(st.sampled_from(MV35_KEYS), st.one_of(st.text(max_size=30), st.none(), st.sampled_from(
    ["", "1", "estera", "si", "carta_identita", "AS2345678", "08/05/2011", "99/99/9999"]))))
def test_fuzz_mv35(world, giovanni, overrides):
    visit = sede.start_visit(world, giovanni)
    before = (Document.select().count(), Message.select().count())
    try:
        sede.fill_mv35(world, visit, {**mv35_data(giovanni, valid_doc(giovanni)), **overrides})
    except ValidationError as exc:
        assert all(looks_italian(m) for m in exc.errors.values()), exc.errors
        assert visit.state == "mv35"
    else:
        assert visit.state == "document"
    assert (Document.select().count(), Message.select().count()) == before
    assert no_pin_saved(giovanni)

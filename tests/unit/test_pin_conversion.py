"""Converti PIN: identity documents, the citizen's printer/scanner, the upload and fax review,
the delayed confirmation (issue 3, item 7)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st
from pypdf import PdfReader, PdfWriter

from app.models import Citizen, Contact, Document, IdentityDocument, Message
from app.pdf import pin_forms
from app.services import fields, id_documents, pin as pinmod, pin_conversion as pc, pin_request
from app.services import printer_scanner as ps, settings
from app.services.errors import ServiceError, ValidationError
from tests import timeflow

ITALIAN_WORDS = (" il ", " la ", " di ", " è ", " un", " per ", " non ", " del", " le ", " lo ", " con ", " che ",
                 " al ", " da ", " in ")


def looks_italian(message: str) -> bool:
    text = f" {message.lower()} "
    return len(message) > 10 and "Traceback" not in message and any(w in text for w in ITALIAN_WORDS)


def persona(key: str) -> Citizen:
    return Citizen.get(Citizen.persona_key == key)


@pytest.fixture
def luca(world):
    return persona("dipendente")  # PIN ordinario LUCA1968, patente U1M68F902K valid to 2025


@pytest.fixture
def giulia(world):
    return persona("gestione_separata")  # PIN ordinario BOLOGNA7, passaporto YA1234567


def form_data(world, citizen, **overrides) -> dict:
    data = pc.prefill(world, citizen)
    doc = id_documents.wallet(citizen)[0]
    data.update({
        "documento_tipo": doc.kind, "documento_numero": doc.number, "documento_rilasciato_da": doc.issuer,
        "documento_scadenza": doc.expires.strftime("%d/%m/%Y"), "conferma_dati": "1",
    })
    data.update(overrides)
    return data


def prepare(world, citizen, **overrides) -> pc.PreparedRequest:
    return pc.prepare_request(world, citizen, form_data(world, citizen, **overrides))


def good_scan(world, citizen, prepared=None, *, doc=None, sides=ps.SIDES) -> bytes:
    prepared = prepared or prepare(world, citizen)
    signed = ps.sign_and_date(world, ps.print_pdf(world, prepared.pdf)[0], citizen)
    doc = doc or id_documents.wallet(citizen)[0]
    return ps.scan(world, [signed, ps.identity_copy(world, citizen, doc.id, sides)])


def texts(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def refusal(world, citizen, files) -> list[str]:
    with pytest.raises(pc.UploadRefused) as info:
        pc.submit_upload(world, citizen, files)
    assert all(looks_italian(r) for r in info.value.reasons), info.value.reasons
    return info.value.reasons


def snapshot(citizen) -> tuple:
    record = pinmod.active_pin(citizen)
    return (Document.select().count(), Message.select().count(), record.kind, record.conversion_pending,
            tuple(getattr(Contact.get(Contact.citizen == citizen), k) for k in pc.CONTACT_FIELDS))


# --- identity documents ----------------------------------------------------------------


@pytest.mark.parametrize("kind,number,ok", [
    ("carta_identita", "CA12345AB", True),  # CIE
    ("carta_identita", "ax 1234567", True),  # paper card, typed with a space, lower case
    ("carta_identita", "A1234567", False),
    ("carta_identita", "CA1234AB", False),
    ("patente", "U1M68F902K", True),
    ("patente", "U1L69I902B", True),
    ("patente", "U1M68F9021", False),  # must end with a letter
    ("patente", "X1M68F902K", False),
    ("patente", "U1M68F902", False),
    ("passaporto", "YA1234567", True),
    ("passaporto", "Y12345678", False),
    ("tessera", "YA1234567", False),
    ("patente", "", False),
])
def test_document_number_formats(kind, number, ok):
    message = id_documents.number_error(kind, number)
    assert (message == "") is ok
    if not ok:
        assert looks_italian(message)


def test_document_validation_collects_every_problem(world):
    with pytest.raises(ValidationError) as info:
        id_documents.validate(world, {"documento_tipo": "patente", "documento_numero": "123",
                                      "documento_rilasciato_da": "4", "documento_scadenza": "31/02/2020"})
    assert set(info.value.errors) == {"documento_numero", "documento_rilasciato_da", "documento_scadenza"}
    assert "gg/mm/aaaa" in info.value.errors["documento_scadenza"]


def test_expired_document_refused_with_the_date(world):
    with pytest.raises(ValidationError) as info:
        id_documents.validate(world, {"documento_tipo": "carta_identita", "documento_numero": "AH9876543",
                                      "documento_rilasciato_da": "Comune di Voghera",
                                      "documento_scadenza": "08/05/2011"})
    assert info.value.errors["documento_scadenza"].startswith("Il documento è scaduto il 08/05/2011")


def test_expiry_too_far_and_missing(world):
    assert "troppo lontana" in id_documents.expiry_error(world.clock.today(), dt.date(2040, 1, 1))
    assert "gg/mm/aaaa" in id_documents.expiry_error(world.clock.today(), None)
    assert id_documents.expiry_error(world.clock.today(), world.clock.today()) == ""  # expires today: still valid


def test_document_validation_normalizes(world):
    doc = id_documents.validate(world, {"documento_tipo": "passaporto", "documento_numero": " ya 1234567 ",
                                        "documento_rilasciato_da": "  Questura   di Bologna ",
                                        "documento_scadenza": "1/2/2026"})
    assert (doc.number, doc.issuer, doc.expires) == ("YA1234567", "Questura di Bologna", dt.date(2026, 2, 1))
    assert id_documents.describe(doc) == "Passaporto n. YA1234567, rilasciato da Questura di Bologna, scade il 01/02/2026"


def test_parse_date_variants():
    assert id_documents.parse_date("08/05/2011") == dt.date(2011, 5, 8)
    assert id_documents.parse_date("8-5-2011") == dt.date(2011, 5, 8)
    assert id_documents.parse_date("2011-05-08") == dt.date(2011, 5, 8)
    assert id_documents.parse_date("31/02/2011") is None
    assert id_documents.parse_date("ieri") is None


def test_wallet_document_of_someone_else_refused(world, luca, giulia):
    with pytest.raises(ServiceError):
        id_documents.wallet_document(luca, id_documents.wallet(giulia)[0].id)


# --- printer, pen, scanner ---------------------------------------------------------------


def test_printer_refuses_what_is_not_a_pdf(world):
    with pytest.raises(ServiceError, match="non è un PDF"):
        ps.print_pdf(world, b"ciao")
    with pytest.raises(ServiceError, match="non è un PDF valido"):
        ps.print_pdf(world, b"%PDF-1.4 rotto")


def test_printed_form_can_be_dated_and_signed_once(world, luca):
    sheets = ps.print_pdf(world, prepare(world, luca).pdf)
    assert len(sheets) == 1 and sheets[0].signable and not sheets[0].signed
    signed = ps.sign_and_date(world, sheets[0], luca)
    assert signed.signature == "Luca Ferrari" and signed.signed_on == world.clock.today()
    assert "firmato da Luca Ferrari" in signed.describe()
    with pytest.raises(ServiceError, match="già firmato"):
        ps.sign(world, signed, luca)
    with pytest.raises(ServiceError, match="già scritta"):
        ps.write_date(world, signed)


def test_identity_copy_cannot_be_signed_and_needs_a_side(world, luca):
    copy = ps.identity_copy(world, luca, id_documents.wallet(luca)[0].id)
    with pytest.raises(ServiceError):
        ps.sign(world, copy, luca)
    with pytest.raises(ServiceError, match="lato"):
        ps.identity_copy(world, luca, id_documents.wallet(luca)[0].id, sides=())


def test_scan_makes_one_pdf_with_machine_readable_pages(world, luca):
    pdf = good_scan(world, luca)
    form, copy = texts(pdf)
    assert "MODULO RICHIESTA PIN DISPOSITIVO" in form
    assert f"Codice fiscale: {luca.codice_fiscale}" in form
    assert "Firma: Luca Ferrari" in form and "Data: 15/10/2018" in form
    assert "COPIA DOCUMENTO DI IDENTITÀ" in copy and "Lato: FRONTE" in copy and "Lato: RETRO" in copy
    assert "Numero: U1M68F902K" in copy and f"Codice fiscale: {luca.codice_fiscale}" in copy


def test_scan_formats(world, luca):
    copy = ps.identity_copy(world, luca, id_documents.wallet(luca)[0].id)
    assert ps.scan(world, [copy], fmt="jpg")[:3] == b"\xff\xd8\xff"
    assert ps.scan(world, [copy], fmt="png")[:4] == b"\x89PNG"
    with pytest.raises(ServiceError, match="un solo foglio"):
        ps.scan(world, [copy, copy], fmt="jpg")
    with pytest.raises(ServiceError, match="Formato"):
        ps.scan(world, [copy], fmt="tiff")
    with pytest.raises(ServiceError, match="almeno un foglio"):
        ps.scan(world, [])


def test_reprinted_signed_scan_cannot_be_signed_again(world, luca):
    sheets = ps.print_pdf(world, good_scan(world, luca))
    assert not sheets[0].signable and "già firmato" in sheets[0].title


# --- login and status --------------------------------------------------------------------


def test_login_with_ordinario_then_prefill(world, luca):
    result = pc.login(world, luca.codice_fiscale, "luca1968")
    assert result.status == "ok" and result.session.method == "pin_ordinario"
    data = pc.prefill(world, pc.citizen_of(result.session))
    assert data["indirizzo_residenza"] == "Via Padova 88, 20127 Milano (MI)"
    assert data["cellulare"] == "3479876543" and data["documento_numero"] == ""


def test_login_with_a_dispositivo_pin_says_already_dispositivo(world):
    maria = persona("pensionata")
    with pytest.raises(ServiceError) as info:
        pc.login(world, maria.codice_fiscale, "ROSA2018")
    assert info.value.message == pc.ALREADY_DISPOSITIVO


def test_login_wrong_pin_counts_attempts(world, luca):
    with pytest.raises(pinmod.PinLoginError) as info:
        pc.login(world, luca.codice_fiscale, "SBAGLIATO")
    assert info.value.attempts_left == pinmod.max_failures() - 1


def test_session_by_spid_is_not_for_conversion(world, luca):
    from app.services import auth

    with pytest.raises(ServiceError, match="SPID"):
        pc.citizen_of(auth.open_session(world, luca, "spid", spid_level=2))


def test_status_of_people_without_a_usable_pin(world, luca):
    assert pc.status(world, persona("senza_credenziali")).code == "no_pin"
    pinmod.lock(world, pinmod.active_pin(luca), "prova")
    assert pc.status(world, luca).code == "locked"
    with pytest.raises(ServiceError, match="bloccato"):
        pc.prefill(world, luca)


# --- the request form ---------------------------------------------------------------------


def test_prepare_request_makes_and_stores_the_form(world, luca):
    prepared = prepare(world, luca)
    assert prepared.code.startswith("PD-2018-") and prepared.filename.endswith(".pdf")
    stored = Document.get_by_id(prepared.document_id)
    assert stored.kind == pc.FORM_KIND and stored.citizen_id == luca.id
    text = texts(prepared.pdf)[0]
    assert f"Codice richiesta: {prepared.code}" in text and "Documento: patente di guida n. U1M68F902K" in text
    assert "800 803 164" in text


def test_prepare_request_refuses_everything_at_once_and_saves_nothing(world, luca):
    before = Document.select().count()
    with pytest.raises(ValidationError) as info:
        prepare(world, luca, cellulare="12", telefono_fisso="", email="", pec="", conferma_dati="",
                documento_scadenza="01/01/2017")
    errors = info.value.errors
    assert set(errors) >= {"cellulare", "email", "conferma_dati", "documento_scadenza"}
    assert errors["email"].startswith(pin_request.CONTACTS_MANDATORY)
    assert "scaduto" in errors["documento_scadenza"]
    assert Document.select().count() == before


def test_contacts_use_the_online_request_rules(world, luca):
    with pytest.raises(ValidationError) as info:
        prepare(world, luca, email="luca.ferrari@", telefono_preferenziale="fisso")
    # the very messages of the online request (app.services.fields)
    assert info.value.errors["email"] == fields.email_error("luca.ferrari@", "e-mail")
    assert "telefono_preferenziale" in info.value.errors


def test_document_type_must_match_number(world, luca):
    with pytest.raises(ValidationError) as info:
        prepare(world, luca, documento_tipo="passaporto")
    assert "passaporto" in info.value.errors["documento_numero"]


# --- the review: every refusal ------------------------------------------------------------


def test_upload_of_the_unsigned_form_alone(world, luca):
    reasons = refusal(world, luca, [("modulo.pdf", prepare(world, luca).pdf)])
    assert any("non è firmato" in r for r in reasons)
    assert any("manca la data" in r for r in reasons)
    assert any("manca la copia del documento" in r for r in reasons)


def test_signed_but_undated_form(world, luca):
    signed = ps.sign(world, ps.print_pdf(world, prepare(world, luca).pdf)[0], luca)
    copy = ps.identity_copy(world, luca, id_documents.wallet(luca)[0].id)
    reasons = refusal(world, luca, [("a.pdf", ps.scan(world, [signed, copy]))])
    assert reasons == ["Sul modulo manca la data: accanto a «Luogo e data» scriva la data di oggi."]


def test_form_signed_by_someone_else(world, luca):
    sheet = ps.sign_and_date(world, ps.print_pdf(world, prepare(world, luca).pdf)[0], luca)
    forged = dataclasses.replace(sheet, signature="Mario Rossi")
    copy = ps.identity_copy(world, luca, id_documents.wallet(luca)[0].id)
    reasons = refusal(world, luca, [("a.pdf", ps.scan(world, [forged, copy]))])
    assert any("La firma sul modulo (Mario Rossi)" in r for r in reasons)


def test_two_separate_files(world, luca):
    signed = ps.sign_and_date(world, ps.print_pdf(world, prepare(world, luca).pdf)[0], luca)
    copy = ps.identity_copy(world, luca, id_documents.wallet(luca)[0].id)
    reasons = refusal(world, luca, [("modulo.pdf", ps.scan(world, [signed])), ("documento.pdf", ps.scan(world, [copy]))])
    assert "Ha scelto 2 file («modulo.pdf», «documento.pdf»)" in reasons[0] and "unico file PDF" in reasons[0]


def test_missing_document_copy(world, luca):
    signed = ps.sign_and_date(world, ps.print_pdf(world, prepare(world, luca).pdf)[0], luca)
    assert refusal(world, luca, [("a.pdf", ps.scan(world, [signed]))]) == [
        "Nel file manca la copia del documento di identità: scansioni il documento (fronte e retro) nello stesso "
        "PDF del modulo firmato."]


def test_document_copy_without_the_back(world, luca):
    reasons = refusal(world, luca, [("a.pdf", good_scan(world, luca, sides=("fronte",)))])
    assert reasons == ["Nella copia del documento manca il retro: serve la copia fronte/retro."]


def test_missing_form(world, luca):
    copy = ps.identity_copy(world, luca, id_documents.wallet(luca)[0].id)
    reasons = refusal(world, luca, [("a.pdf", ps.scan(world, [copy]))])
    assert reasons[0].startswith("Nel file non c'è il modulo di richiesta")


def test_form_of_another_person(world, luca, giulia):
    her_scan = good_scan(world, giulia)
    reasons = refusal(world, luca, [("giulia.pdf", her_scan)])
    assert any(f"intestato a un'altra persona (codice fiscale {giulia.codice_fiscale})" in r for r in reasons)
    assert any("La copia del documento è di un'altra persona" in r for r in reasons)


def test_document_copy_of_another_person(world, luca, giulia):
    signed = ps.sign_and_date(world, ps.print_pdf(world, prepare(world, luca).pdf)[0], luca)
    her_copy = ps.identity_copy(world, giulia, id_documents.wallet(giulia)[0].id)
    reasons = refusal(world, luca, [("a.pdf", ps.scan(world, [signed, her_copy]))])
    assert any("La copia del documento è di un'altra persona" in r for r in reasons)
    assert any("non è quello indicato nel modulo" in r for r in reasons)


def test_document_copy_not_the_one_in_the_form_and_expired(world, luca):
    old = IdentityDocument.create(citizen=luca, kind="carta_identita", number="AZ1111111", issuer="Comune di Milano",
                                  issued=dt.date(2007, 1, 1), expires=dt.date(2017, 1, 1))
    reasons = refusal(world, luca, [("a.pdf", good_scan(world, luca, doc=old))])
    assert any("Il documento allegato (n. AZ1111111) non è quello indicato nel modulo (n. U1M68F902K)" in r for r in reasons)
    assert any("scaduto il 01/01/2017" in r for r in reasons)


def test_form_not_made_by_the_procedure(world, luca):
    fake = pin_forms.conversion_form({
        "code": "PD-2018-FAKE00", "created_at": world.clock.now(), "codice_fiscale": luca.codice_fiscale,
        "cognome": "Ferrari", "nome": "Luca", "sesso": "M", "data_nascita": luca.data_nascita,
        "luogo_nascita": "Milano", "provincia_nascita": "MI", "address_line": luca.address_line(),
        "document": {"kind": "patente", "number": "U1M68F902K", "issuer": "MIT-UCO", "expires": dt.date(2025, 6, 20)}})
    reasons = refusal(world, luca, [("a.pdf", good_scan(world, luca, prepared=pc.PreparedRequest(
        "PD-2018-FAKE00", fake, 0, "x.pdf", None)))])
    assert any("non è stato prodotto dalla procedura" in r for r in reasons)


@pytest.mark.parametrize("name,data,expected", [
    ("foto.jpg", b"\xff\xd8\xff\xe0" + b"0" * 100, "è un'immagine (JPG)"),
    ("foto.png", b"\x89PNG\r\n\x1a\n" + b"0" * 100, "è un'immagine (PNG)"),
    ("modulo.docx", b"PK\x03\x04 word document", "non è un PDF né un'immagine"),
    ("finto.pdf", b"questo non e' un pdf", "non è un PDF né un'immagine"),
    ("vuoto.pdf", b"", "è vuoto"),
    ("rotto.pdf", b"%PDF-1.4\n garbage garbage", "danneggiato"),
])
def test_file_level_refusals(world, luca, name, data, expected):
    reasons = refusal(world, luca, [(name, data)])
    assert len(reasons) == 1 and expected in reasons[0]


def test_image_of_the_signed_form_is_refused_with_the_single_file_reason(world, luca):
    signed = ps.sign_and_date(world, ps.print_pdf(world, prepare(world, luca).pdf)[0], luca)
    reasons = refusal(world, luca, [("modulo.jpg", ps.scan(world, [signed], fmt="jpg"))])
    assert "un'immagine contiene un solo foglio" in reasons[0]


def test_no_file(world, luca):
    assert refusal(world, luca, [])[0].startswith("Scelga il file da caricare")


def test_too_large_file_and_the_setting(world, luca):
    big = b"%PDF-1.4\n" + b"0" * (5 * 1024 * 1024)
    reasons = refusal(world, luca, [("grande.pdf", big)])
    assert "pesa 5,0 MB: il limite è 5 MB" in reasons[0]
    settings.set_value("pin.conversion.max_upload_mb", "1")
    reasons = refusal(world, luca, [("medio.pdf", b"%PDF-1.4\n" + b"0" * (1024 * 1024 + 10))])
    assert "il limite è 1 MB" in reasons[0]


def test_password_protected_pdf(world, luca):
    writer = PdfWriter(clone_from=io.BytesIO(good_scan(world, luca)))
    writer.encrypt("segreta")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert "protetto da password" in refusal(world, luca, [("a.pdf", buffer.getvalue())])[0]


def test_too_many_pages(world, luca):
    pdf = good_scan(world, luca)
    writer = PdfWriter()
    for _ in range(6):
        writer.append(io.BytesIO(pdf))
    buffer = io.BytesIO()
    writer.write(buffer)
    assert "12 pagine" in refusal(world, luca, [("a.pdf", buffer.getvalue())])[0]


def test_refusals_save_nothing(world, luca):
    prepared = prepare(world, luca)
    before = snapshot(luca)
    for files in ([("a.pdf", prepared.pdf)], [("b.jpg", b"\xff\xd8\xff" + b"1" * 10)], []):
        with pytest.raises(pc.UploadRefused):
            pc.submit_upload(world, luca, files)
    assert snapshot(luca) == before
    assert world.events.recent(1, "pin.conversion.refused")


# --- acceptance and the delayed confirmation ---------------------------------------------


def test_accepted_upload_then_email_then_dispositivo(world, luca):
    prepared = prepare(world, luca, email="luca.nuova@posta.sim")
    outcome = pc.submit_upload(world, luca, [("richiesta.pdf", good_scan(world, luca, prepared))])
    assert "luca.nuova@posta.sim" in outcome.message and outcome.code == prepared.code
    assert outcome.confirm_at == world.clock.now() + dt.timedelta(hours=pc.REVIEW_HOURS)
    record = pinmod.active_pin(luca)
    assert record.conversion_pending and record.kind == "ordinario"
    assert Contact.get(Contact.citizen == luca).email == "luca.nuova@posta.sim"
    assert Document.select().where(Document.kind == pc.UPLOAD_KIND).count() == 1
    # before the review is over: pending, and a second upload is refused with that message
    assert pc.status(world, luca).code == "pending"
    with pytest.raises(ServiceError) as info:
        pc.submit_upload(world, luca, [("richiesta.pdf", b"%PDF-")])
    assert info.value.message == pc.PENDING
    with pytest.raises(ServiceError):
        pc.login(world, luca.codice_fiscale, "LUCA1968")
    # the e-mail is not delivered yet
    from app.services import messages

    assert not [m for m in messages.delivered(world, luca, ("email",)) if "dispositivo" in m.subject]
    timeflow.advance(world, hours=pc.REVIEW_HOURS)
    mails = [m for m in messages.delivered(world, luca, ("email",)) if "dispositivo" in m.subject]
    assert len(mails) == 1 and prepared.code in mails[0].body and mails[0].address == "luca.nuova@posta.sim"
    # the ordinary login now opens a dispositivo session (the time rule converted it when the clock moved)
    result = pinmod.login(world, luca.codice_fiscale, "LUCA1968")
    assert result.session.method == "pin_dispositivo" and result.session.can_submit_requests
    assert pinmod.active_pin(luca).kind == "dispositivo" and not pinmod.active_pin(luca).conversion_pending
    # seed 003: repeating the procedure says the PIN is already dispositivo
    with pytest.raises(ServiceError) as info:
        pc.login(world, luca.codice_fiscale, "LUCA1968")
    assert info.value.message == pc.ALREADY_DISPOSITIVO
    assert world.events.recent(1, "pin.kind.dispositivo")


def test_apply_due_converts_once_the_email_is_due_and_is_idempotent(world, luca):
    pc.submit_upload(world, luca, [("r.pdf", good_scan(world, luca))])
    assert pc.apply_due(world) == []
    with timeflow.hands_only(world):
        world.clock.advance(hours=pc.REVIEW_HOURS + 1)
    assert [p.citizen_id for p in pc.apply_due(world)] == [luca.id]
    assert pc.apply_due(world) == []


def test_upload_from_paths(world, luca, tmp_path):
    path = tmp_path / "richiesta.pdf"
    path.write_bytes(good_scan(world, luca))
    assert pc.submit_upload_paths(world, luca, [path]).code


def test_upload_from_paths_refusals(world, luca, tmp_path):
    settings.set_value("pin.conversion.max_upload_mb", "1")
    big = tmp_path / "grande.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"0" * (2 * 1024 * 1024))
    with pytest.raises(pc.UploadRefused, match="grande.pdf"):
        pc.submit_upload_paths(world, luca, [big])
    with pytest.raises(pc.UploadRefused, match="non si può leggere"):
        pc.submit_upload_paths(world, luca, [tmp_path / "manca.pdf"])


# --- the fax -------------------------------------------------------------------------------


def sheets_for_fax(world, citizen, *, signed=True):
    sheet = ps.print_pdf(world, prepare(world, citizen).pdf)[0]
    if signed:
        sheet = ps.sign_and_date(world, sheet, citizen)
    return [sheet, ps.identity_copy(world, citizen, id_documents.wallet(citizen)[0].id)]


def test_fax_to_a_wrong_number(world, luca):
    before = Message.select().count()
    with pytest.raises(ServiceError, match="800 803 164"):
        pc.send_fax(world, luca, "06 164 164", sheets_for_fax(world, luca))
    with pytest.raises(ServiceError, match="numero di fax"):
        pc.send_fax(world, luca, "", sheets_for_fax(world, luca))
    with pytest.raises(ServiceError, match="almeno un foglio"):
        pc.send_fax(world, luca, pc.FAX_NUMBER, [])
    assert Message.select().count() == before


def test_fax_accepted_goes_the_same_way(world, luca):
    outcome = pc.send_fax(world, luca, "800.803.164", sheets_for_fax(world, luca))
    assert outcome.transmitted and outcome.accepted and "Trasmissione completata (2 pagine)" in outcome.message
    assert pinmod.active_pin(luca).conversion_pending
    timeflow.advance(world, hours=pc.REVIEW_HOURS)
    assert pc.status(world, luca).code == "dispositivo"


def test_fax_refused_answers_by_email_with_the_reasons(world, luca):
    from app.services import messages

    before = snapshot(luca)
    outcome = pc.send_fax(world, luca, "800803164", sheets_for_fax(world, luca, signed=False))
    assert outcome.transmitted and not outcome.accepted
    assert any("non è firmato" in r for r in outcome.reasons)
    assert not pinmod.active_pin(luca).conversion_pending
    timeflow.advance(world, hours=pc.FAX_REPLY_HOURS)
    reply = [m for m in messages.delivered(world, luca, ("email",)) if "fax" in m.subject]
    assert len(reply) == 1 and "non è firmato" in reply[0].body
    assert snapshot(luca)[2:] == before[2:]


def test_fax_from_someone_already_dispositivo(world):
    maria = persona("pensionata")
    outcome = pc.send_fax(world, maria, pc.FAX_NUMBER, [ps.identity_copy(world, maria, id_documents.wallet(maria)[0].id)])
    assert not outcome.accepted and outcome.reasons == [pc.ALREADY_DISPOSITIVO]


# --- fuzzing ---------------------------------------------------------------------------------

FIELDS = ("cellulare", "telefono_fisso", "email", "pec", "telefono_preferenziale", "fascia_oraria",
          "documento_tipo", "documento_numero", "documento_rilasciato_da", "documento_scadenza", "conferma_dati")
texty = st.one_of(st.text(max_size=40), st.sampled_from(["", "1", "patente", "carta_identita", "passaporto",
                                                          "U1M68F902K", "20/06/2025", "31/13/2020", "fisso",
                                                          "3479876543", "a@b.it", "9-13", "\x00", "  "]))


@hsettings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(st.sampled_from(FIELDS), st.one_of(texty, st.none(), st.integers())))
def test_fuzz_conversion_form(world, luca, overrides):
    before = Document.select().count()
    try:
        prepared = pc.prepare_request(world, luca, {**pc.prefill(world, luca), **overrides})
    except ValidationError as exc:
        assert exc.errors and all(looks_italian(m) for m in exc.errors.values()), exc.errors
        assert Document.select().count() == before
    except ServiceError as exc:  # pragma: no cover - no other refusal is expected here
        assert looks_italian(exc.message)
        assert Document.select().count() == before
    else:
        assert Document.select().count() == before + 1
        assert texts(prepared.pdf)[0].count(prepared.code) >= 1


@hsettings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.text(max_size=20), st.one_of(
    st.binary(max_size=300),
    st.builds(lambda tail: b"%PDF-1.4\n" + tail, st.binary(max_size=300)),
    st.builds(lambda t: b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n" + t.encode("utf-8", "replace"),
              st.text(max_size=200)))), max_size=3))
def test_fuzz_upload(world, luca, files):
    before = snapshot(luca)
    with pytest.raises(pc.UploadRefused) as info:
        pc.submit_upload(world, luca, files)
    assert info.value.reasons and all(looks_italian(r) for r in info.value.reasons)
    assert snapshot(luca) == before


@hsettings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_fuzz_scanned_pages(world, luca, data):
    """Whatever text the pages carry, the review either accepts or refuses with reasons."""
    pages = data.draw(st.lists(st.text(max_size=120).map(lambda t: t.replace("\x00", "")), max_size=3))
    marker = data.draw(st.sampled_from(["", "MODULO RICHIESTA PIN DISPOSITIVO\n", "COPIA DOCUMENTO DI IDENTITÀ\n"]))
    with pytest.raises(pc.UploadRefused) as info:
        pc.review_pages(world, luca, [marker + p for p in pages])
    assert all(looks_italian(r) for r in info.value.reasons)

"""Converti PIN: from PIN ordinario to PIN dispositivo (issue 3, item 7; seeds 000, 002, 003, 004).

The procedure, as the seeds describe it:

1. "Vuoi il PIN dispositivo?" -> "Converti PIN" -> login with codice fiscale and PIN
   ordinario (:func:`login`, which uses app.services.pin.login);
2. confirm anagrafica, address and contacts and enter a valid identity document
   (:func:`prefill`, :func:`prepare_request`): the contacts are checked with the same
   rules as the online PIN request (app.services.pin_request), the document with
   app.services.id_documents (an expired one is refused);
3. the prefilled request form is a PDF to save (app.pdf.pin_forms.conversion_form);
4. in the citizen's world the form is printed, dated and signed, and scanned together
   with the identity document into ONE PDF (app.services.printer_scanner);
5. the upload (:func:`submit_upload`) is reviewed (:func:`review_files`) and refused with
   the reason when the form is unsigned or undated, the document copy is missing or
   incomplete (fronte/retro) or of someone else or expired, the form and the document are
   two separate files, the file is not a PDF or an image, too large, or the form is another
   person's. A JPG/PNG is a file type the portal takes, but an image holds a single sheet,
   so it can never contain both the form and the document: it is refused with that reason.
6. accepted: the PIN is "conversion pending" and an e-mail is scheduled a few simulated hours
   later (seed 003: "dopo qualche ora"); when the clock passes that moment the PIN becomes
   dispositivo (:func:`apply_due`, a time rule run when the clock moves:
   app.services.time_rules). Repeating the procedure then says that the PIN is already
   dispositivo (seed 003).

The fax alternative (seeds 002, 003: "inviare il modulo con una fotocopia del proprio
documento di riconoscimento fronte/retro al numero verde 800.803.164") goes through the same
review: :func:`send_fax`. A fax machine cannot tell whether the content is right: INPS answers
by e-mail some hours later, with the reason when the request is refused.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
from dataclasses import dataclass, field

from app.i18n import _t
from app.models import Citizen, Contact, Document, Message, Pin

from . import fields as fieldmod
from . import id_documents, messages, pin as pinmod, pin_request, security, settings
from .errors import ServiceError, ValidationError

FORM_KIND = "modulo_pin_dispositivo"
UPLOAD_KIND = "allegato_pin_dispositivo"
REVIEW_HOURS = 4  # seed 003: "dopo qualche ora provare a ripetere la procedura"
FAX_REPLY_HOURS = 3
MAX_UPLOAD_MB = 5  # a setting may override it: "pin.conversion.max_upload_mb"
FAX_NUMBER = "800803164"  # seed 003: "al numero verde 800.803.164"
FAX_NUMBER_SHOWN = "800 803 164"
CODE_ALPHABET = "0123456789ABCDEF"
MAX_PDF_PAGES = 10

ALREADY_DISPOSITIVO = (  # seed 003: "apparirà un messaggio che indica che il PIN è già di tipo dispositivo"
    _t("Il suo PIN è già di tipo dispositivo: con questo PIN può già richiedere le prestazioni "
    "all'INPS. Non serve convertirlo.")
)
PENDING = (
    _t("La sua richiesta di PIN dispositivo è stata ricevuta ed è in lavorazione: entro qualche ora "
    "riceverà un'e-mail di conferma. Non serve ripetere l'invio; se vuole, riprovi la procedura più tardi.")
)
ACCEPTED = (
    _t("Il file è stato caricato correttamente. La sua richiesta di PIN dispositivo è in lavorazione: "
    "entro qualche ora riceverà un'e-mail di conferma all'indirizzo {address}. Da quel momento il suo "
    "PIN sarà dispositivo e potrà presentare domande all'INPS.")
)
NEED_PDF_NOTE = (  # seed 000
    _t("N.B. è necessario avere una scansione/foto di un documento di identità valido sul PC per poterla "
    "poi inviare a INPS unitamente alla richiesta che si scarica durante la procedura.")
)
SINGLE_FILE_NOTE = (  # seed 004
    _t("Attenzione! Il file pdf che andrete a generare dovrà essere unico e comprendere entrambi i "
    "documenti (richiesta + copia del documento di riconoscimento).")
)
CONTACT_FIELDS = ("cellulare", "telefono_fisso", "email", "pec", "telefono_preferenziale", "fascia_oraria")
CONFIRM_FIELD = "conferma_dati"


# --- status ----------------------------------------------------------------------------


def _conversion_messages(citizen_id: int | None = None):
    query = Message.select().where((Message.channel.in_(("email", "pec")))
                                   & (Message.meta_json.contains('"pin_conversion"')))
    if citizen_id is not None:
        query = query.where(Message.citizen == citizen_id)
    return query


def apply_due(world, now: dt.datetime | None = None, citizen: Citizen | None = None) -> list[Pin]:
    """Time rule: the review's outcome is due. Every PIN with a conversion pending whose
    confirmation e-mail has reached the citizen by `now` (default: the clock's time)
    becomes dispositivo (event ``pin.kind.dispositivo``). Idempotent."""
    now = now if now is not None else world.clock.now()
    pending = Pin.select().where(Pin.conversion_pending == True)  # noqa: E712 (peewee)
    if citizen is not None:
        pending = pending.where(Pin.citizen == citizen)
    converted = []
    for record in list(pending):
        for message in _conversion_messages(record.citizen_id).where(Message.deliver_at <= now):
            meta = messages.meta(message)
            if meta.get("pin_conversion") == record.id and meta.get("outcome") == "accepted":
                try:
                    converted.append(pinmod.make_dispositivo(
                        world, record.citizen, reason=f"richiesta {meta.get('code', '')} verificata"))
                except ServiceError:
                    pass  # revoked or already dispositivo in the meantime: nothing to do
                break
    return converted


def due_at(citizen: Citizen) -> dt.datetime | None:
    """When the pending conversion of the citizen's PIN will be confirmed (or None)."""
    record = pinmod.active_pin(citizen)
    if record is None or not record.conversion_pending:
        return None
    for message in _conversion_messages(citizen.id).order_by(Message.id.desc()):
        meta = messages.meta(message)
        if meta.get("pin_conversion") == record.id and meta.get("outcome") == "accepted":
            return message.deliver_at
    return None


@dataclass
class Status:
    """code: "no_pin", "not_ready" (PIN not active yet), "locked", "ordinario", "pending",
    "dispositivo"; message: what to tell the learner ('' for "ordinario")."""

    code: str
    message: str
    due: dt.datetime | None = None


def status(world, citizen: Citizen) -> Status:
    """Where the citizen's PIN stands for the conversion (a pure read)."""
    record = pinmod.active_pin(citizen)
    if record is None:
        return Status("no_pin", _t("Per questo codice fiscale non risulta un PIN INPS da convertire: prima "
                                "richieda il PIN con «Richiedi PIN»."))
    if record.kind == "dispositivo":
        return Status("dispositivo", ALREADY_DISPOSITIVO)
    if record.conversion_pending:
        return Status("pending", PENDING, due_at(citizen))
    if record.state == "locked":
        return Status("locked", _t("Il suo PIN è bloccato: prima di convertirlo deve riavere l'accesso. {ways_out}", ways_out=pinmod.WAYS_OUT))
    if record.state != "active":
        return Status("not_ready", _t("Il suo PIN non è ancora attivo: completi prima il primo accesso con il "
                                   "PIN di 16 caratteri e scelga il nuovo PIN di 8 caratteri."))
    return Status("ordinario", "")


def _require_convertible(world, citizen: Citizen) -> Pin:
    current = status(world, citizen)
    if current.code != "ordinario":
        raise ServiceError(current.message, "pin")
    return pinmod.active_pin(citizen, world)


def login(world, codice_fiscale: str, pin: str) -> pinmod.LoginResult:
    """"Converti PIN" asks for codice fiscale and PIN ordinario. Returns pin.login's result
    ("ok" with a session, or "must_change": the new PIN must be chosen first). Raises
    PinLoginError, or ServiceError(ALREADY_DISPOSITIVO / PENDING) after a correct login."""
    result = pinmod.login(world, codice_fiscale, pin)
    if result.status == "ok":
        citizen = Citizen.get_by_id(result.citizen_id)
        current = status(world, citizen)
        world.events.record("pin.conversion.login", citizen, status=current.code)
        if current.code in ("dispositivo", "pending"):
            raise ServiceError(current.message, "pin")
    return result


def citizen_of(session) -> Citizen:
    citizen = Citizen.get_or_none(Citizen.id == getattr(session, "citizen_id", None))
    if citizen is None:
        raise ServiceError(_t("Per convertire il PIN deve prima entrare con codice fiscale e PIN."), "codice_fiscale")
    if getattr(session, "method", "") not in ("pin_ordinario", "pin_dispositivo"):
        raise ServiceError(_t("La conversione riguarda il PIN INPS: entri con codice fiscale e PIN ordinario "
                           "(con SPID o CNS può già presentare domande)."), "pin")
    return citizen


# --- step 2: the data and the document ----------------------------------------------------


def prefill(world, citizen: Citizen) -> dict:
    """What INPS holds, to confirm (anagrafica, address) or correct (contacts)."""
    _require_convertible(world, citizen)
    contact = Contact.get_or_none(Contact.citizen == citizen)
    data = {
        "codice_fiscale": citizen.codice_fiscale,
        "cognome": citizen.cognome,
        "nome": citizen.nome,
        "sesso": citizen.sesso,
        "data_nascita": citizen.data_nascita.strftime("%d/%m/%Y"),
        "luogo_nascita": citizen.luogo_nascita,
        "provincia_nascita": citizen.provincia_nascita,
        "indirizzo_residenza": citizen.address_line(),
        "residenza_estera": citizen.residenza_estera,
    }
    for key in CONTACT_FIELDS:
        data[key] = getattr(contact, key) if contact else ""
    data.update({id_documents.F_KIND: "", id_documents.F_NUMBER: "", id_documents.F_ISSUER: "",
                 id_documents.F_EXPIRES: "", CONFIRM_FIELD: ""})
    return data


def _archive_form(citizen: Citizen, contacts: dict) -> pin_request.PinRequestForm:
    """The citizen's archive data plus the contacts typed, as a PIN request form, so that the
    contacts are checked by exactly the rules of the online request."""
    abroad = citizen.provincia_nascita == "EE"
    return pin_request.PinRequestForm(
        codice_fiscale=citizen.codice_fiscale,
        residenza="estera" if citizen.residenza_estera else "italiana",
        cognome=citizen.cognome, nome=citizen.nome, sesso=citizen.sesso,
        data_nascita=citizen.data_nascita.strftime("%d/%m/%Y"),
        nato_estero="si" if abroad else "",
        comune_nascita="" if abroad else citizen.luogo_nascita,
        provincia_nascita="" if abroad else citizen.provincia_nascita,
        stato_nascita=citizen.luogo_nascita if abroad else "",
        indirizzo=citizen.indirizzo, civico=citizen.civico, cap=citizen.cap, comune=citizen.comune,
        provincia=citizen.provincia, stato_estero=citizen.stato_estero, citta_estera=citizen.citta_estera,
        indirizzo_estero=citizen.indirizzo_estero,
        **{k: str(contacts.get(k) or "") for k in CONTACT_FIELDS},
    )


def validate_contacts(world, citizen: Citizen, data: dict) -> dict:
    """The contacts, cleaned, or ValidationError with the online request's messages."""
    try:
        cleaned, _ = pin_request.validate(world, _archive_form(citizen, data))
    except ValidationError as exc:
        contact_errors = {k: v for k, v in exc.errors.items() if k in CONTACT_FIELDS}
        if contact_errors:
            raise ValidationError(contact_errors) from None
        raise ServiceError(_t("I dati anagrafici o l'indirizzo presenti negli archivi INPS non sono completi: "
                           "chiami il Contact Center (803 164) per correggerli."), "") from None
    return {k: cleaned[k] for k in CONTACT_FIELDS}


@dataclass
class PreparedRequest:
    code: str
    pdf: bytes
    document_id: int  # the stored form (Document)
    filename: str
    id_document: id_documents.IdDocumentData


def _text(value, limit: int = 200) -> str:
    return str(value if value is not None else "")[:limit]


def prepare_request(world, citizen: Citizen, data: dict) -> PreparedRequest:
    """Check the confirmed data and the identity document and produce the request form
    (PDF, also stored). Raises ValidationError with every field problem at once."""
    from app.pdf import pin_forms

    _require_convertible(world, citizen)
    data = {k: _text(v) for k, v in dict(data or {}).items()}
    errors: dict[str, str] = {}
    contacts: dict = {}
    try:
        contacts = validate_contacts(world, citizen, data)
    except ValidationError as exc:
        errors.update(exc.errors)
    document = None
    try:
        document = id_documents.validate(world, data)
    except ValidationError as exc:
        errors.update(exc.errors)
    if str(data.get(CONFIRM_FIELD, "")).strip().lower() not in ("1", "si", "sì", "true", "yes", "on"):
        errors[CONFIRM_FIELD] = (_t("Confermi che i dati anagrafici e l'indirizzo di residenza sono corretti. Se "
                                 "non lo sono, li faccia correggere prima chiamando il Contact Center (803 164)."))
    if errors:
        world.events.record("pin.conversion.form_refused", citizen, fields=sorted(errors))
        raise ValidationError(errors)
    assert document is not None
    now = world.clock.now()
    code = f"PD-{now:%Y}-{security.random_code(6, CODE_ALPHABET)}"
    form_data = {
        "code": code, "created_at": now, "codice_fiscale": citizen.codice_fiscale,
        "cognome": citizen.cognome, "nome": citizen.nome, "sesso": citizen.sesso,
        "data_nascita": citizen.data_nascita, "luogo_nascita": citizen.luogo_nascita,
        "provincia_nascita": "" if citizen.provincia_nascita == "EE" else citizen.provincia_nascita,
        "address_line": citizen.address_line(),
        **contacts,
        "document": {"kind": document.kind, "number": document.number, "issuer": document.issuer,
                     "expires": document.expires},
    }
    pdf = pin_forms.conversion_form(form_data)
    with world.db.atomic():
        stored = messages.store_document(
            world, citizen, FORM_KIND, f"Richiesta PIN dispositivo {code}", pdf,
            meta={"code": code, "codice_fiscale": citizen.codice_fiscale, "document": document.as_dict(),
                  "contacts": contacts},
        )
        world.events.record("pin.conversion.form_prepared", citizen, code=code, document_kind=document.kind)
    return PreparedRequest(code, pdf, stored.id, f"richiesta_pin_dispositivo_{code}.pdf", document)


def prepared_forms(citizen: Citizen) -> list[dict]:
    """The request forms the procedure made for the citizen, newest first (the desk's
    printer offers to print them): [{"id", "code", "title", "created_at"}]."""
    rows = (Document.select().where((Document.kind == FORM_KIND) & (Document.citizen == citizen))
            .order_by(Document.created_at.desc(), Document.id.desc()))
    return [{"id": d.id, "code": json.loads(d.meta_json or "{}").get("code", ""), "title": d.title,
             "created_at": d.created_at} for d in rows]


def form_pdf(citizen: Citizen, document_id: int) -> bytes:
    doc = Document.get_or_none((Document.id == document_id) & (Document.kind == FORM_KIND)
                               & (Document.citizen == citizen))
    if doc is None or not doc.pdf:
        raise ServiceError(_t("Modulo non trovato: lo scarichi di nuovo con la procedura «Converti PIN»."))
    return bytes(doc.pdf)


def _form_record(code: str) -> Document | None:
    for doc in Document.select().where((Document.kind == FORM_KIND) & (Document.meta_json.contains(code))):
        try:
            if json.loads(doc.meta_json or "{}").get("code") == code:
                return doc
        except ValueError:
            continue
    return None


# --- the review of what arrives ------------------------------------------------------------


class UploadRefused(ServiceError):
    """The upload (or the fax) cannot be accepted. `reasons`: every problem found, in Italian."""

    def __init__(self, reasons: list[str]):
        self.reasons = list(reasons)
        if len(self.reasons) == 1:
            message = self.reasons[0]
        else:
            message = _t("Il file non può essere accettato: {valore}", valore=' '.join((f'{i}) {r}' for i, r in enumerate(self.reasons, start=1))))
        super().__init__(message, "file")


@dataclass
class ReviewResult:
    code: str
    codice_fiscale: str
    document_number: str
    pages: int
    form_record_id: int
    contacts: dict = field(default_factory=dict)


def max_upload_bytes() -> int:
    try:
        mb = int(settings.get("pin.conversion.max_upload_mb") or MAX_UPLOAD_MB)
    except ValueError:
        mb = MAX_UPLOAD_MB
    return max(1, mb) * 1024 * 1024


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".replace(".", ",") + " MB"


def _too_large(name: str, size: int, limit: int) -> str:
    return (_t("Il file «{name}» pesa {mb}: il limite è {replace}. Lo scansioni di "
            "nuovo in bianco e nero o con una risoluzione più bassa (150-200 dpi).", name=name, mb=_mb(size), replace=_mb(limit).replace(',0', '')))


def sniff(data: bytes) -> str:
    """"pdf", "jpg", "png" or "" from the file's first bytes (the name may lie)."""
    head = bytes(data[:1024])
    if head.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if head[:3] == b"\xff\xd8\xff":
        return "jpg"
    if head[:8] == b"\x89PNG\r\n\x1a\n":
        return "png"
    return ""


def _read_pdf_pages(name: str, data: bytes) -> list[str]:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise UploadRefused([_t("Il PDF «{name}» è protetto da password: lo salvi di nuovo senza password "
                                 "e lo carichi.", name=name)])
        pages = list(reader.pages)
        if not pages:
            raise UploadRefused([_t("Il PDF «{name}» non ha pagine.", name=name)])
        if len(pages) > MAX_PDF_PAGES:
            raise UploadRefused([_t("Il PDF ha {n_pages} pagine: bastano il modulo firmato e la copia "
                                 "fronte/retro del documento.", n_pages=len(pages))])
        return [page.extract_text() or "" for page in pages]
    except UploadRefused:
        raise
    except Exception:  # noqa: BLE001 - any parser failure on a user file is "damaged"
        raise UploadRefused([_t("Il file «{name}» non si apre: il PDF è danneggiato. Lo scansioni di nuovo "
                             "e lo salvi in formato PDF.", name=name)]) from None


def _value(text: str, label: str) -> str:
    match = re.search(rf"^\s*{re.escape(label)}:[ \t]*(.*?)\s*$", text, re.MULTILINE)
    return match.group(1).strip() if match else ""


def _check_files(files: list[tuple[str, bytes]]) -> tuple[str, bytes]:
    """File-level rules: exactly one file, not empty, not too large, a PDF (an image is
    refused with its own reason). Returns the one (name, data)."""
    files = [(str(name or "file"), bytes(data or b"")) for name, data in (files or [])]
    if not files:
        raise UploadRefused([_t("Scelga il file da caricare: il PDF con il modulo firmato e la copia del documento.")])
    if len(files) > 1:
        names = ", ".join(f"«{n.rsplit('/', 1)[-1]}»" for n, _ in files[:5])
        raise UploadRefused([
            _t("Ha scelto {n_files} file ({names}): il modulo firmato e la copia del documento di identità "
            "devono stare in un unico file PDF. Li scansioni insieme, uno dopo l'altro, nello stesso PDF.", n_files=len(files), names=names)])
    name, data = files[0]
    short = name.replace("\\", "/").rsplit("/", 1)[-1]
    if not data:
        raise UploadRefused([_t("Il file «{short}» è vuoto: lo scansioni di nuovo.", short=short)])
    limit = max_upload_bytes()
    if len(data) > limit:
        raise UploadRefused([_too_large(short, len(data), limit)])
    kind = sniff(data)
    if kind in ("jpg", "png"):
        raise UploadRefused([
            _t("Il file «{short}» è un'immagine ({upper}): un'immagine contiene un solo foglio, mentre "
            "il modulo firmato e la copia fronte/retro del documento devono stare insieme in un unico file "
            "PDF. Scansioni entrambi in un solo PDF.", short=short, upper=kind.upper())])
    if kind != "pdf":
        raise UploadRefused([
            _t("Il file «{short}» non è un PDF né un'immagine: si possono caricare solo file PDF. Scansioni il "
            "modulo firmato e il documento in un unico PDF.", short=short)])
    return short, data


def review_pages(world, citizen: Citizen, pages: list[str]) -> ReviewResult:
    """Read the pages' text as INPS's operator would and list every problem."""
    today = world.clock.today()
    form_pages = [p for p in pages if "MODULO RICHIESTA PIN DISPOSITIVO" in p]
    copy_pages = [p for p in pages if "COPIA DOCUMENTO DI IDENTITÀ" in p]
    reasons: list[str] = []
    record = None
    declared = None
    code = ""
    if not form_pages:
        reasons.append(_t("Nel file non c'è il modulo di richiesta del PIN dispositivo: stampi il modulo "
                       "scaricato con «Converti PIN», lo firmi e lo scansioni insieme al documento."))
    else:
        form = form_pages[0]
        form_cf = _value(form, "Codice fiscale")
        code = _value(form, "Codice richiesta")
        if form_cf and form_cf != citizen.codice_fiscale:
            reasons.append(_t("Il modulo è intestato a un'altra persona (codice fiscale {form_cf}): carichi il "
                           "modulo che ha scaricato entrando con il suo codice fiscale e il suo PIN.", form_cf=form_cf))
        else:
            record = _form_record(code) if code else None
            if record is None or record.citizen_id != citizen.id:
                reasons.append(_t("Il modulo non è stato prodotto dalla procedura «Converti PIN» per lei: lo "
                               "scarichi di nuovo dalla procedura, senza modificarlo."))
                record = None
            else:
                declared = json.loads(record.meta_json or "{}").get("document") or None
        signature = _value(form, "Firma")
        signed_on = id_documents.parse_date(_value(form, "Data"))
        if not signature:
            reasons.append(_t("Il modulo non è firmato: lo stampi, scriva la data, lo firmi e lo scansioni di "
                           "nuovo insieme al documento."))
        elif " ".join(signature.split()).casefold() != f"{citizen.nome} {citizen.cognome}".casefold():
            reasons.append(_t("La firma sul modulo ({signature}) non è quella del richiedente "
                           "{nome} {cognome}: il modulo va firmato dall'interessato.", signature=signature, nome=citizen.nome, cognome=citizen.cognome))
        if signed_on is None:
            reasons.append(_t("Sul modulo manca la data: accanto a «Luogo e data» scriva la data di oggi."))
        elif signed_on > today:
            reasons.append(_t("La data scritta sul modulo è nel futuro: scriva la data di oggi."))
    if not copy_pages:
        reasons.append(_t("Nel file manca la copia del documento di identità: scansioni il documento (fronte e "
                       "retro) nello stesso PDF del modulo firmato."))
    else:
        copy = "\n".join(copy_pages)
        sides = {s.lower() for s in re.findall(r"^\s*Lato:\s*(FRONTE|RETRO)\s*$", copy, re.MULTILINE | re.I)}
        holder_cf = _value(copy, "Codice fiscale")
        number = _value(copy, "Numero")
        expires = id_documents.parse_date(_value(copy, "Scadenza"))
        if holder_cf and holder_cf != citizen.codice_fiscale:
            reasons.append(_t("La copia del documento è di un'altra persona: alleghi il suo documento di identità."))
        if declared and number and number != declared.get("number"):
            reasons.append(_t("Il documento allegato (n. {number}) non è quello indicato nel modulo "
                           "(n. {declared}): alleghi lo stesso documento, oppure rifaccia il "
                           "modulo con i dati del documento che allega.", number=number, declared=declared.get('number')))
        missing = [s for s in ("fronte", "retro") if s not in sides]
        if missing:
            reasons.append(_t("Nella copia del documento manca il {missing}: serve la copia "
                           "fronte/retro.", missing=' e il '.join(missing)))
        if expires is not None and expires < today:
            reasons.append(_t("Il documento allegato è scaduto il {expires:%d/%m/%Y}: serve un documento di "
                           "identità in corso di validità.", expires=expires))
    if reasons:
        raise UploadRefused(reasons)
    meta = json.loads(record.meta_json or "{}")
    return ReviewResult(code=code, codice_fiscale=citizen.codice_fiscale,
                        document_number=(declared or {}).get("number", ""), pages=len(pages),
                        form_record_id=record.id, contacts=meta.get("contacts") or {})


def review_files(world, citizen: Citizen, files: list[tuple[str, bytes]]) -> ReviewResult:
    """The whole review of an upload: file rules, then the content. Writes nothing."""
    name, data = _check_files(files)
    return review_pages(world, citizen, _read_pdf_pages(name, data))


# --- accepting ------------------------------------------------------------------------------


@dataclass
class SubmitOutcome:
    message: str
    code: str
    confirm_at: dt.datetime
    email: str


def _reply_address(citizen: Citizen, contacts: dict) -> tuple[str, str]:
    contact = Contact.get_or_none(Contact.citizen == citizen)
    email = contacts.get("email") or (contact.email if contact else "")
    if email:
        return "email", email
    pec = contacts.get("pec") or (contact.pec if contact else "")
    return "pec", pec


def _accept(world, citizen: Citizen, review: ReviewResult, *, channel: str, filename: str, data: bytes) -> SubmitOutcome:
    """Conversion pending + the confirmation e-mail due in REVIEW_HOURS; the contacts
    confirmed in the form become the registered ones. One transaction."""
    now = world.clock.now()
    confirm_at = now + dt.timedelta(hours=REVIEW_HOURS)
    with world.db.atomic():
        record = pinmod.set_conversion_pending(world, citizen, True, reason=f"richiesta {review.code} via {channel}")
        if review.contacts:
            contact = Contact.get_or_none(Contact.citizen == citizen)
            if contact is not None:
                for key, value in review.contacts.items():
                    if key in CONTACT_FIELDS:
                        setattr(contact, key, value)
                contact.updated_at = now
                contact.verified_at = now
                contact.save()
        messages.store_document(world, citizen, UPLOAD_KIND, f"Allegato richiesta PIN dispositivo {review.code}",
                                data, meta={"code": review.code, "channel": channel, "filename": filename})
        mail_channel, address = _reply_address(citizen, review.contacts)
        messages.send(
            world, citizen, mail_channel,
            sender=messages.SENDER_INPS_MAIL if mail_channel == "email" else messages.SENDER_INPS_PEC,
            address=address, subject="PIN INPS - il suo PIN è ora dispositivo",
            body=(f"Gentile {citizen.nome} {citizen.cognome},\n\n"
                  f"la sua richiesta di PIN dispositivo n. {review.code} è stata verificata: il suo PIN INPS "
                  "da ordinario è diventato dispositivo. Da ora può usarlo anche per richiedere "
                  "all'Istituto le prestazioni e i benefici economici (domande online).\n\n"
                  "Il PIN resta lo stesso: continui a usare il PIN di 8 caratteri che ha scelto.\n\n"
                  "InpsInforma - messaggio automatico, non rispondere."),
            delay=confirm_at - now,
            meta={"pin_conversion": record.id, "code": review.code, "outcome": "accepted"},
        )
        world.events.record("pin.conversion.accepted", citizen, pin=record.id, code=review.code,
                            channel=channel, confirm_at=confirm_at)
    return SubmitOutcome(_t(ACCEPTED, address=address), review.code, confirm_at, address)


def submit_upload(world, citizen: Citizen, files: list[tuple[str, bytes]]) -> SubmitOutcome:
    """The upload step: review, then (accepted) conversion pending. Raises UploadRefused
    (with every reason) or ServiceError (already dispositivo, pending, ...)."""
    _require_convertible(world, citizen)
    try:
        review = review_files(world, citizen, files)
    except UploadRefused as exc:
        world.events.record("pin.conversion.refused", citizen, channel="upload", reasons=exc.reasons)
        raise
    name, data = _check_files(files)
    return _accept(world, citizen, review, channel="upload", filename=name, data=data)


def submit_upload_paths(world, citizen: Citizen, paths: list) -> SubmitOutcome:
    """The same, reading the files the learner chose (the UI's file chooser gives paths)."""
    import os

    files = []
    limit = max_upload_bytes()
    for path in paths:
        short = str(path).replace("\\", "/").rsplit("/", 1)[-1]
        try:
            size = os.path.getsize(path)
            if size > limit:
                _require_convertible(world, citizen)
                reason = _too_large(short, size, limit)
                world.events.record("pin.conversion.refused", citizen, channel="upload", reasons=[reason])
                raise UploadRefused([reason])
            with open(path, "rb") as fh:
                files.append((str(path), fh.read()))
        except OSError:
            raise UploadRefused([_t("Il file «{short}» non si può leggere: controlli di averlo scelto bene.", short=short)]) from None
    return submit_upload(world, citizen, files)


# --- the fax -----------------------------------------------------------------------------------


@dataclass
class FaxOutcome:
    transmitted: bool
    accepted: bool
    reasons: list[str]
    reply_at: dt.datetime
    message: str  # what the fax machine / the page says now


def normalize_number(text: str) -> str:
    return re.sub(r"[^0-9+]", "", str(text or ""))


def send_fax(world, citizen: Citizen, number: str, sheets: list) -> FaxOutcome:
    """Send sheets of paper (printer_scanner.Sheet) by fax. The machine transmits anything to
    the right number; INPS reviews it like an upload and answers by e-mail: a confirmation
    (and the PIN becomes dispositivo) or a refusal with the reasons."""
    from app.pdf import scanner

    if not sheets:
        raise ServiceError(_t("Metta nel fax almeno un foglio: il modulo firmato e la copia del documento."), "fogli")
    try:
        number = fieldmod.clean_text(number, label="Numero di fax", max_length=40)
    except fieldmod.FieldError as exc:
        raise ServiceError(exc.message, "numero") from None
    dialed = normalize_number(number)
    if not dialed:
        raise ServiceError(_t("Scriva il numero di fax: per la conversione del PIN è {fax_number_shown}.", fax_number_shown=FAX_NUMBER_SHOWN), "numero")
    if dialed != FAX_NUMBER:
        world.events.record("pin.conversion.fax_failed", citizen, number=dialed)
        raise ServiceError(_t("Il fax non è partito: al numero {number} non risponde un fax. Il numero per inviare "
                           "la richiesta di PIN dispositivo è {fax_number_shown}.", number=number, fax_number_shown=FAX_NUMBER_SHOWN), "numero")
    now = world.clock.now()
    pdf = scanner.scan_pdf(list(sheets), now)  # what arrives at INPS's fax server
    reply_at = now + dt.timedelta(hours=FAX_REPLY_HOURS)
    current = status(world, citizen)
    try:
        if current.code != "ordinario":
            raise UploadRefused([current.message])
        review = review_pages(world, citizen, _read_pdf_pages("fax", pdf))
    except UploadRefused as exc:
        mail_channel, address = _reply_address(citizen, {})
        with world.db.atomic():
            if address:
                messages.send(
                    world, citizen, mail_channel,
                    sender=messages.SENDER_INPS_MAIL if mail_channel == "email" else messages.SENDER_INPS_PEC,
                    address=address, subject="PIN INPS - richiesta di PIN dispositivo inviata via fax",
                    body=(f"Gentile {citizen.nome} {citizen.cognome},\n\n"
                          "la richiesta di PIN dispositivo ricevuta via fax non può essere accolta:\n\n"
                          + "\n".join(f"- {r}" for r in exc.reasons)
                          + "\n\nCorregga e invii di nuovo modulo e copia del documento, via fax al numero "
                            f"{FAX_NUMBER_SHOWN} o caricandoli con la procedura «Converti PIN».\n\n"
                            "InpsInforma - messaggio automatico, non rispondere."),
                    delay=reply_at - now, meta={"pin_conversion_fax": True, "outcome": "refused"},
                )
            world.events.record("pin.conversion.refused", citizen, channel="fax", reasons=exc.reasons)
        return FaxOutcome(True, False, exc.reasons, reply_at,
                          _t("Trasmissione completata ({n_sheets} pagine). L'INPS le risponderà per e-mail.", n_sheets=len(sheets)))
    outcome = _accept(world, citizen, review, channel="fax", filename="fax.pdf", data=pdf)
    return FaxOutcome(True, True, [], outcome.confirm_at,
                      _t("Trasmissione completata ({n_sheets} pagine). L'INPS le risponderà per e-mail.", n_sheets=len(sheets)))


__all__ = [
    "ALREADY_DISPOSITIVO", "PENDING", "ACCEPTED", "NEED_PDF_NOTE", "SINGLE_FILE_NOTE", "FAX_NUMBER",
    "FAX_NUMBER_SHOWN", "REVIEW_HOURS", "MAX_UPLOAD_MB", "CONFIRM_FIELD", "CONTACT_FIELDS",
    "Status", "PreparedRequest", "ReviewResult", "SubmitOutcome", "FaxOutcome", "UploadRefused",
    "apply_due", "due_at", "status", "login", "citizen_of", "prefill", "validate_contacts",
    "prepare_request", "review_pages", "review_files", "submit_upload", "submit_upload_paths",
    "send_fax", "sniff", "max_upload_bytes", "prepared_forms", "form_pdf",
]

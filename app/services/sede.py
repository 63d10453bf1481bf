"""At the sede: the PIN dispositivo issued at the counter (issue 3, item 10; seeds 000, 001).

"presso la sede INPS Viale Cesare Battisti, 23/25, 27100 Pavia PV" (seed 000). "Si compila il
modulo di richiesta del PIN (il modello MV35 “Richiesta assegnazione PIN dispositivo per il
cittadino in sede”); si consegna il modulo compilato unitamente al proprio documento di
identità; l'operatore INPS allo sportello verifica l'identità e avvia la procedura di
assegnazione del PIN; l'operatore consegna il PIN in busta chiusa al richiedente" (seed 001).

Two roles:

- the citizen (:func:`start_visit`, :func:`fill_mv35`, :func:`show_document`): fills the MV35,
  signs it, shows one of the documents in the wallet; the counter checks it and either refuses
  (expired, another person's, not the one written on the MV35) or hands over the envelope;
- the counter operator, for CAF trainees (:func:`counter_cases`, :func:`open_case`,
  :func:`operator_accept`, :func:`operator_refuse`): a visitor brings an MV35 and a document;
  the trainee compares document and person and decides. Accepting a document that must be
  refused, or refusing for a reason that is not true, is stopped with an explanation
  (:class:`OperatorMistake`): the PIN Provisioning system does not issue on a bad check.

Decisions (FACTS section 5: "busta chiusa contenente il PIN che risulterà già operativo e di
tipo dispositivo"; the MV35 field list and the letter text are not verified):
- the envelope holds the whole initial PIN of 16 characters (digits and A-F), kind
  dispositivo, state "complete": usable at once, and at the first access the citizen chooses
  the 8-character PIN as with every initial PIN (Dlgs 196/2003, seed 002);
- a citizen who already has a PIN dispositivo that works is told so and gets nothing new; a
  PIN ordinario (or one still in delivery, or locked) is revoked and replaced by the new one;
- the MV35 field list is a plausible reconstruction (see MV35_SECTIONS);
- the envelope is handed over: it is stored as a document and also put in the citizen's
  letterbox (channel "letter", delivered at once, marked as handed over) so that it can be
  opened again in the viewer.
A visit lives in memory until the envelope is handed over: a refusal saves nothing but events.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.i18n import N_, _t
from app.models import Citizen, IdentityDocument

from . import id_documents, messages, pin as pinmod, pin_request, security
from .errors import ServiceError, ValidationError

SEDE_NAME = "Sede INPS di Pavia"
SEDE_ADDRESS = "Viale Cesare Battisti 23/25, 27100 Pavia (PV)"  # seed 000
SEDE_FULL = f"{SEDE_NAME}, {SEDE_ADDRESS}"
ENVELOPE_KIND = "busta_pin_sede"
MV35_KIND = "modulo_mv35"
DEFAULT_OPERATOR = "Operatore di sportello"
FIRMA_FIELD = "firma"
CODE_ALPHABET = "0123456789ABCDEF"

# MV35 field list: NOT verified (FACTS 5 "Field list ❌"). A plausible reconstruction that
# mirrors the online request (same names as app.services.pin_request.PinRequestForm, so the
# same rules check them) plus the identity document and the signature.
MV35_SECTIONS = (
    (N_("Sezione 1 - Dati anagrafici del richiedente"),
     ("cognome", "nome", "codice_fiscale", "sesso", "data_nascita", "comune_nascita", "provincia_nascita",
      "stato_nascita")),
    (N_("Sezione 2 - Residenza"), ("residenza", "indirizzo", "civico", "cap", "comune", "provincia", "stato_estero",
                               "citta_estera", "indirizzo_estero")),
    (N_("Sezione 3 - Recapiti"), ("cellulare", "telefono_fisso", "email", "pec")),
    (N_("Sezione 4 - Documento di riconoscimento"), (id_documents.F_KIND, id_documents.F_NUMBER,
                                                 id_documents.F_ISSUER, id_documents.F_EXPIRES)),
)
MV35_FIELDS = tuple(name for _, names in MV35_SECTIONS for name in names) + ("nato_estero", FIRMA_FIELD)
LABELS = {
    **pin_request.FIELD_LABELS,
    **id_documents.FIELD_LABELS,
    FIRMA_FIELD: N_("Firma"),
}

REFUSAL_REASONS = {
    "scaduto": N_("Documento scaduto"),
    "non_corrisponde": N_("Il documento non corrisponde alla persona"),
    "dati_modulo": N_("Il documento non è quello scritto nel modulo MV35"),
}


class OperatorMistake(ServiceError):
    """The trainee's decision at the counter is wrong; the message says why."""


@dataclass(frozen=True)
class Finding:
    code: str  # one of REFUSAL_REASONS
    text: str  # for the operator / the citizen


@dataclass
class Visit:
    """A visit at the counter. mode "citizen" (the learner is the citizen) or "operator"
    (the learner is behind the counter). state: "mv35" (to fill), "document" (to show /
    to check), "refused", "done"."""

    visitor_id: int
    mode: str
    code: str
    state: str = "mv35"
    mv35: dict = field(default_factory=dict)  # the cleaned MV35 values
    document_id: int | None = None
    findings: list[Finding] = field(default_factory=list)
    refusals: list[str] = field(default_factory=list)
    outcome: "SedeOutcome | None" = None
    title: str = ""

    @property
    def visitor(self) -> Citizen:
        return Citizen.get_by_id(self.visitor_id)


@dataclass
class SedeOutcome:
    accepted: bool
    message: str
    envelope_document_id: int | None = None
    envelope_pdf: bytes = b""
    mv35_pdf: bytes = b""
    pin_id: int | None = None


# --- starting --------------------------------------------------------------------------


def _new_code(world) -> str:
    return f"MV35-{world.clock.now():%Y}-{security.random_code(6, CODE_ALPHABET)}"


def _joined(texts: list[str]) -> str:
    """Sentences one after the other, each still translatable (a Text of Texts)."""
    if not texts:
        return ""
    out = texts[0]
    for text in texts[1:]:
        out = _t("{prima} {poi}", prima=out, poi=text)
    return out


def _existing_dispositivo_refusal(world, citizen: Citizen) -> str:
    record = pinmod.active_pin(citizen, world)
    if record is not None and record.kind == "dispositivo" and record.state != "locked":
        return _t("Lei ha già un PIN dispositivo: non serve richiederne un altro. Se non lo ricorda usi «Hai "
                  "smarrito il PIN?»; se è scaduto, entri con il vecchio PIN e ne sceglierà uno nuovo.")
    return ""


def start_visit(world, citizen: Citizen) -> Visit:
    """The citizen arrives at the counter of the Sede INPS di Pavia."""
    refusal = _existing_dispositivo_refusal(world, citizen)
    if refusal:
        world.events.record("sede.visit.refused", citizen, reason="pin_dispositivo_esistente")
        raise ServiceError(refusal, "codice_fiscale")
    visit = Visit(visitor_id=citizen.id, mode="citizen", code=_new_code(world),
                  title=f"{citizen.nome} {citizen.cognome}")
    world.events.record("sede.visit.started", citizen, code=visit.code, sede=SEDE_NAME)
    return visit


def person_data(citizen: Citizen) -> dict:
    """The citizen's own data, to copy into the MV35 (the learner may look it up)."""
    from app.models import Contact

    contact = Contact.get_or_none(Contact.citizen == citizen)
    abroad = citizen.provincia_nascita == "EE"
    data = {
        "codice_fiscale": citizen.codice_fiscale, "cognome": citizen.cognome, "nome": citizen.nome,
        "sesso": citizen.sesso, "data_nascita": citizen.data_nascita.strftime("%d/%m/%Y"),
        "nato_estero": "si" if abroad else "",
        "comune_nascita": "" if abroad else citizen.luogo_nascita,
        "provincia_nascita": "" if abroad else citizen.provincia_nascita,
        "stato_nascita": citizen.luogo_nascita if abroad else "",
        "residenza": "estera" if citizen.residenza_estera else "italiana",
        "indirizzo": citizen.indirizzo, "civico": citizen.civico, "cap": citizen.cap, "comune": citizen.comune,
        "provincia": citizen.provincia, "stato_estero": citizen.stato_estero, "citta_estera": citizen.citta_estera,
        "indirizzo_estero": citizen.indirizzo_estero,
    }
    for key in ("cellulare", "telefono_fisso", "email", "pec"):
        data[key] = getattr(contact, key) if contact else ""
    return data


# --- the MV35 ------------------------------------------------------------------------------


def validate_mv35(world, citizen: Citizen, data: dict) -> dict:
    """Check the MV35 as the counter would: the anagrafica, residence and contacts with the
    online request's rules, the identity document (valid, not expired), the signature, and
    that the form is the visitor's own (no delegates). Returns the cleaned values or raises
    ValidationError with every problem."""
    data = {k: str(v if v is not None else "")[:200] for k, v in dict(data or {}).items()}
    errors: dict[str, str] = {}
    form = pin_request.PinRequestForm.from_dict({
        **data, "telefono_preferenziale": "", "fascia_oraria": "9-13"})
    cleaned: dict = {}
    try:
        cleaned, _ = pin_request.validate(world, form)
    except ValidationError as exc:
        errors.update({k: v for k, v in exc.errors.items() if k in MV35_FIELDS})
        if not errors:
            errors.update(exc.errors)
    if "codice_fiscale" not in errors and cleaned and cleaned["codice_fiscale"] != citizen.codice_fiscale:
        errors["codice_fiscale"] = (_t("Il modulo MV35 va compilato e presentato personalmente dall'interessato: "
                                    "non sono ammesse deleghe. Scriva il suo codice fiscale."))
    document = None
    try:
        document = id_documents.validate(world, data)
    except ValidationError as exc:
        errors.update(exc.errors)
    if data.get(FIRMA_FIELD, "").strip().lower() not in ("1", "si", "sì", "true", "on", "yes"):
        errors[FIRMA_FIELD] = _t("Firmi il modulo MV35 prima di consegnarlo allo sportello.")
    if errors:
        raise ValidationError(errors)
    assert document is not None
    cleaned = dict(cleaned)
    cleaned["document"] = document.as_dict()
    cleaned["firma"] = f"{citizen.nome} {citizen.cognome}"
    return cleaned


def fill_mv35(world, visit: Visit, data: dict) -> Visit:
    """The citizen hands in the filled and signed MV35 (citizen mode)."""
    if visit.mode != "citizen" or visit.state not in ("mv35", "document"):
        raise ServiceError(_t("Il modulo MV35 è già stato consegnato."))
    citizen = visit.visitor
    try:
        cleaned = validate_mv35(world, citizen, data)
    except ValidationError as exc:
        world.events.record("sede.mv35.refused", citizen, code=visit.code, fields=sorted(exc.errors))
        raise
    visit.mv35 = cleaned
    visit.state = "document"
    world.events.record("sede.mv35.filled", citizen, code=visit.code)
    return visit


def _display_value(key: str, values: dict) -> str:
    value = values.get(key, "")
    if key == id_documents.F_KIND:
        return id_documents.KIND_LABELS.get(values.get("document", {}).get("kind", ""), "")
    if key == id_documents.F_NUMBER:
        return values.get("document", {}).get("number", "")
    if key == id_documents.F_ISSUER:
        return values.get("document", {}).get("issuer", "")
    if key == id_documents.F_EXPIRES:
        expires = values.get("document", {}).get("expires", "")
        return id_documents.it_date(dt.date.fromisoformat(expires)) if expires else ""
    if key == "residenza":
        return "Estera" if value == "estera" else "Italiana"
    if key == "data_nascita" and values.get("data_nascita_date"):
        return values["data_nascita_date"].strftime("%d/%m/%Y")
    return str(value or "")


def _mv35_sections(values: dict) -> list[tuple[str, list[tuple[str, str]]]]:
    sections = []
    abroad_res = values.get("residenza") == "estera"
    born_abroad = bool(values.get("stato_nascita")) and not values.get("comune_nascita")
    for title, names in MV35_SECTIONS:
        rows = []
        for key in names:
            if key in ("indirizzo", "civico", "cap", "comune", "provincia") and abroad_res:
                continue
            if key in ("stato_estero", "citta_estera", "indirizzo_estero") and not abroad_res:
                continue
            if key in ("comune_nascita", "provincia_nascita") and born_abroad:
                continue
            if key == "stato_nascita" and not born_abroad:
                continue
            rows.append((LABELS.get(key, key), _display_value(key, values)))
        sections.append((title, rows))
    return sections


def mv35_pdf(world, visit: Visit, *, operator: str = "", esito: str = "") -> bytes:
    from app.pdf import pin_forms

    return pin_forms.mv35_form(
        {"code": visit.code, "sede": SEDE_FULL, "codice_fiscale": visit.mv35.get("codice_fiscale", "")},
        _mv35_sections(visit.mv35), firma=visit.mv35.get("firma", ""),
        luogo_data=f"Pavia, {world.clock.now():%d/%m/%Y}",
        office=[("Documento verificato da", operator), ("Esito", esito)],
    )


# --- the document and the check --------------------------------------------------------------


def document_card(document: IdentityDocument) -> dict:
    """What the operator sees on the card: the holder's data as printed on it."""
    holder = document.citizen
    return {
        "tipo": id_documents.KIND_LABELS.get(document.kind, document.kind),
        "numero": document.number,
        "intestatario": f"{holder.nome} {holder.cognome}",
        "nato_il": holder.data_nascita.strftime("%d/%m/%Y"),
        "luogo_nascita": holder.luogo_nascita,
        "codice_fiscale": holder.codice_fiscale,
        "rilasciato_da": document.issuer,
        "rilasciato_il": document.issued.strftime("%d/%m/%Y"),
        "scadenza": document.expires.strftime("%d/%m/%Y"),
    }


def check_document(world, visit: Visit, document: IdentityDocument) -> list[Finding]:
    """What is wrong with `document` for this visitor and this MV35 (empty: all right)."""
    visitor = visit.visitor
    findings = []
    today = world.clock.today()
    label = id_documents.KIND_LABELS.get(document.kind, document.kind)
    if document.expires < today:
        findings.append(Finding("scaduto", _t("La {documento} è scaduta il {scadenza:%d/%m/%Y}.", documento=label,
                                              scadenza=document.expires)
                                if document.kind != "passaporto" else
                                _t("Il passaporto è scaduto il {scadenza:%d/%m/%Y}.", scadenza=document.expires)))
    holder = document.citizen
    if holder.id != visitor.id:
        findings.append(Finding("non_corrisponde",
                                _t("Il documento è intestato a {nome} {cognome} (nato/a il {nascita:%d/%m/%Y}), "
                                   "non a {nome2} {cognome2}.", nome=holder.nome, cognome=holder.cognome,
                                   nascita=holder.data_nascita, nome2=visitor.nome, cognome2=visitor.cognome)))
    declared = visit.mv35.get("document", {})
    if declared and (declared.get("number") != document.number or declared.get("kind") != document.kind):
        findings.append(Finding("dati_modulo",
                                _t("Nel modulo MV35 è scritto il documento n. {scritto}, ma è stato esibito il "
                                   "documento n. {esibito}.", scritto=declared.get("number"), esibito=document.number)))
    return findings


def _document(document_id: int) -> IdentityDocument:
    doc = IdentityDocument.get_or_none(IdentityDocument.id == document_id)
    if doc is None:
        raise ServiceError(_t("Documento non trovato."), "documento")
    return doc


def show_document(world, visit: Visit, document_id: int) -> SedeOutcome:
    """Citizen mode: show one of the documents in the wallet. The counter checks it: a
    refusal says why (the visit stays open: another document may be shown); a good document
    gets the sealed envelope."""
    if visit.mode != "citizen":
        raise ServiceError(_t("In questa visita il documento lo controlla lei, come operatore."))
    if visit.state == "mv35":
        raise ServiceError(_t("Prima compili e firmi il modulo MV35: lo consegnerà insieme al documento."))
    if visit.state == "done":
        raise ServiceError(_t("Il PIN le è già stato consegnato in busta chiusa."))
    citizen = visit.visitor
    document = id_documents.wallet_document(citizen, document_id)
    visit.document_id = document.id
    findings = check_document(world, visit, document)
    if findings:
        text = _joined([f.text for f in findings])
        visit.refusals.append(text)
        visit.state = "document"
        world.events.record("sede.document.refused", citizen, code=visit.code, document=document.number,
                            reasons=[f.code for f in findings], by="sportello")
        return SedeOutcome(False, _t("L'operatore le restituisce il documento: «Mi dispiace, non posso assegnarle il "
                                     "PIN. {motivi} Mi mostri un documento di identità valido.»", motivi=text))
    return _hand_over(world, visit, document, operator=DEFAULT_OPERATOR)


# --- the operator's role ----------------------------------------------------------------------


@dataclass(frozen=True)
class CaseSpec:
    key: str
    title: str
    visitor_persona: str
    document_persona: str  # whose document the visitor shows
    document_kind: str
    expired: bool | None  # None: any; True: the expired one; False: a valid one


# Situations for CAF trainees. Personas from data/personas.json: "senza_credenziali"
# carries an expired carta d'identità and a valid one.
CASES = (
    CaseSpec("scaduto", "Giovanni Conti con una carta d'identità", "senza_credenziali", "senza_credenziali",
             "carta_identita", True),
    CaseSpec("valido", "Giovanni Conti con un'altra carta d'identità", "senza_credenziali", "senza_credenziali",
             "carta_identita", False),
    CaseSpec("altra_persona", "Giovanni Conti con una patente", "senza_credenziali", "dipendente",
             "patente", False),
    CaseSpec("ordinario", "Luca Ferrari con la patente", "dipendente", "dipendente", "patente", False),
)


def _case_document(world, spec: CaseSpec) -> IdentityDocument | None:
    from app.models import Citizen as C

    owner = C.get_or_none(C.persona_key == spec.document_persona)
    if owner is None:
        return None
    for doc in id_documents.wallet(owner):
        if doc.kind != spec.document_kind:
            continue
        if spec.expired is None or (doc.expires < world.clock.today()) == spec.expired:
            return doc
    return None


def counter_cases(world) -> list[dict]:
    """The visitors waiting at the counter (those the world can stage)."""
    from app.models import Citizen as C

    result = []
    for spec in CASES:
        visitor = C.get_or_none(C.persona_key == spec.visitor_persona)
        if visitor is None or _case_document(world, spec) is None:
            continue
        result.append({"key": spec.key, "title": spec.title, "visitor": f"{visitor.nome} {visitor.cognome}"})
    return result


def start_operator(world) -> list[dict]:
    """Operator mode: the trainee sits behind the counter (recorded); returns the visitors
    waiting, as :func:`counter_cases`."""
    world.events.record("sede.operator.started")
    return counter_cases(world)


def open_case(world, key: str) -> Visit:
    """Operator mode: the next visitor hands over an MV35 (filled with their own data and
    the document they show) and the document."""
    from app.models import Citizen as C

    spec = next((s for s in CASES if s.key == key), None)
    if spec is None:
        raise ServiceError(_t("Situazione sconosciuta."))
    visitor = C.get_or_none(C.persona_key == spec.visitor_persona)
    document = _case_document(world, spec)
    if visitor is None or document is None:
        raise ServiceError(_t("Questa situazione non è disponibile nel mondo attuale."))
    values = person_data(visitor)
    values.update({"document": {"kind": document.kind, "number": document.number, "issuer": document.issuer,
                                "expires": document.expires.isoformat()},
                   "firma": f"{visitor.nome} {visitor.cognome}"})
    visit = Visit(visitor_id=visitor.id, mode="operator", code=_new_code(world), state="document",
                  mv35=values, document_id=document.id, title=spec.title)
    world.events.record("sede.case.opened", visitor, code=visit.code, case=key)
    return visit


def case_view(world, visit: Visit) -> dict:
    """What the operator has in front of them: the person, the MV35, the document."""
    visitor = visit.visitor
    document = _document(visit.document_id) if visit.document_id else None
    return {
        "persona": {"aspetto": f"{visitor.nome} {visitor.cognome}", "dice_di_essere": f"{visitor.nome} {visitor.cognome}",
                    "nato_il": visitor.data_nascita.strftime("%d/%m/%Y")},
        "mv35": _mv35_sections(visit.mv35),
        "documento": document_card(document) if document else {},
        "oggi": world.clock.today().strftime("%d/%m/%Y"),
    }


def operator_accept(world, visit: Visit, operator: str = DEFAULT_OPERATOR) -> SedeOutcome:
    """The operator accepts the document and assigns the PIN. Refused (OperatorMistake) when
    the document must not be accepted."""
    if visit.mode != "operator" or visit.state != "document":
        raise ServiceError(_t("Non c'è una richiesta da decidere."))
    document = _document(visit.document_id)
    findings = check_document(world, visit, document)
    if findings:
        world.events.record("sede.operator.mistake", visit.visitor, code=visit.code, decision="accept",
                            reasons=[f.code for f in findings])
        raise OperatorMistake(_t("Attenzione: non può assegnare il PIN. {motivi} Rifiuti la richiesta e chieda un "
                                 "documento di identità valido.", motivi=_joined([f.text for f in findings])),
                              "decisione")
    refusal = _existing_dispositivo_refusal(world, visit.visitor)
    if refusal:
        raise ServiceError(refusal)
    return _hand_over(world, visit, document, operator=operator or DEFAULT_OPERATOR)


def operator_refuse(world, visit: Visit, reason: str, operator: str = DEFAULT_OPERATOR) -> SedeOutcome:
    """The operator refuses, choosing the reason (REFUSAL_REASONS). A reason that is not true
    is an OperatorMistake with the explanation."""
    if visit.mode != "operator" or visit.state != "document":
        raise ServiceError(_t("Non c'è una richiesta da decidere."))
    if reason not in REFUSAL_REASONS:
        raise ServiceError(_t("Scelga il motivo del rifiuto."), "motivo")
    document = _document(visit.document_id)
    findings = check_document(world, visit, document)
    codes = {f.code for f in findings}
    if reason not in codes:
        world.events.record("sede.operator.mistake", visit.visitor, code=visit.code, decision="refuse",
                            reason=reason, actual=sorted(codes))
        if not findings:
            card = document_card(document)
            raise OperatorMistake(
                _t("Il documento è valido (scade il {scadenza}), è intestato a {intestatario} e corrisponde al "
                   "modulo MV35: non c'è motivo di rifiutare. Assegni il PIN.", scadenza=card["scadenza"],
                   intestatario=card["intestatario"]), "motivo")
        raise OperatorMistake(_t("Il motivo scelto non è quello giusto: {motivi}",
                                 motivi=_joined([f.text for f in findings])), "motivo")
    visit.state = "refused"
    text = _joined([f.text for f in findings])
    visit.refusals.append(text)
    world.events.record("sede.document.refused", visit.visitor, code=visit.code, document=document.number,
                        reasons=sorted(codes), by=operator or DEFAULT_OPERATOR)
    visit.outcome = SedeOutcome(False, _t("Richiesta rifiutata ({motivo}). Al cittadino: «Mi dispiace, non posso "
                                          "assegnarle il PIN. {motivi} Torni con un documento di identità valido.»",
                                          motivo=REFUSAL_REASONS[reason], motivi=text))
    return visit.outcome


# --- handing over the envelope -------------------------------------------------------------------


def _hand_over(world, visit: Visit, document: IdentityDocument, *, operator: str) -> SedeOutcome:
    """One transaction: old PIN (ordinario / in delivery / locked) revoked, a new PIN
    dispositivo issued and complete, MV35 and envelope stored, the envelope handed over."""
    from app.pdf import pin_forms

    citizen = visit.visitor
    refusal = _existing_dispositivo_refusal(world, citizen)
    if refusal:
        raise ServiceError(refusal)
    now = world.clock.now()
    with world.db.atomic():
        old = pinmod.active_pin(citizen, world)
        if old is not None:
            pinmod.revoke(world, old, reason=f"sostituito dal PIN dispositivo rilasciato in sede ({visit.code})")
        secret = pinmod.issue_initial_pin(world, citizen, channel="sede", kind="dispositivo", deliver=False)
        record = pinmod.active_pin(citizen)
        pinmod.mark_complete(world, record, reason="busta chiusa consegnata in sede")
        mv35 = mv35_pdf(world, visit, operator=operator, esito="Identità verificata, PIN dispositivo assegnato")
        messages.store_document(world, citizen, MV35_KIND, f"Modulo MV35 {visit.code}", mv35,
                                meta={"code": visit.code, "document": document.number})
        envelope = pin_forms.sede_envelope({
            "nome": citizen.nome, "cognome": citizen.cognome, "codice_fiscale": citizen.codice_fiscale,
            "sede": SEDE_FULL, "pin": pinmod.normalize_pin(secret), "at": now, "code": visit.code})
        stored = messages.store_document(world, citizen, ENVELOPE_KIND, "Busta chiusa con il PIN dispositivo",
                                         envelope, meta={"code": visit.code, "pin_id": record.id})
        messages.send(world, citizen, "letter", sender=f"{SEDE_NAME} (consegnata a mano allo sportello)",
                      subject="Busta chiusa con il PIN dispositivo",
                      body=("Busta chiusa consegnata allo sportello della Sede INPS di Pavia. Contiene il PIN "
                            "dispositivo di 16 caratteri, già operativo. Apra la busta per leggerlo."),
                      address=SEDE_FULL, document=stored,
                      meta={"pin_id": record.id, "hand_delivered": True, "code": visit.code})
        world.events.record("sede.pin.issued", citizen, code=visit.code, pin=record.id, document=document.number,
                            by=operator, mode=visit.mode)
    del secret  # it is in the envelope only
    visit.state = "done"
    visit.outcome = SedeOutcome(
        True,
        _t("L'operatore verifica il documento e le consegna una busta chiusa: contiene il PIN di 16 caratteri, già "
           "operativo e di tipo dispositivo. Al primo accesso le sarà chiesto di scegliere un nuovo PIN di 8 "
           "caratteri.") if visit.mode == "citizen" else
        _t("Identità verificata: PIN dispositivo assegnato a {nome} {cognome} e consegnato in busta chiusa.",
           nome=citizen.nome, cognome=citizen.cognome),
        envelope_document_id=stored.id, envelope_pdf=envelope, mv35_pdf=mv35, pin_id=record.id)
    return visit.outcome


__all__ = [
    "SEDE_NAME", "SEDE_ADDRESS", "SEDE_FULL", "MV35_SECTIONS", "MV35_FIELDS", "LABELS", "REFUSAL_REASONS",
    "OperatorMistake", "Finding", "Visit", "SedeOutcome", "CaseSpec", "CASES", "start_visit", "person_data",
    "validate_mv35", "fill_mv35", "mv35_pdf", "document_card", "check_document", "show_document",
    "counter_cases", "start_operator", "open_case", "case_view", "operator_accept", "operator_refuse",
]

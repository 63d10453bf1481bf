"""The domanda di invalidità civile (seed 004), with the number of the certificato medico
introduttivo that the doctor sent to INPS and that the Fascicolo shows (Invalidità civile
> Certificato medico introduttivo). Figures of 2018 from data/domande_2018.json.

The rules followed: the certificate is the citizen's, at most 90 days old and not yet
used for another domanda (at submission it is linked to the new one); the domanda moves
on to the convocation, the visit of the medical commission and the decision. The
percentage the commission recognises comes from a simplified table keyed by the
certificate's diagnosis (a reconstruction, said so on the letter). With the 2018 amounts:
from 74 % (18 years to 66 years and 7 months, not working, personal income up to
4.853,29 euro) the assegno mensile; at 100 % the pensione di inabilità (income up to
16.664,36 euro) and, when asked for, the indennità di accompagnamento (any age, no
income limit). An accolta domanda shows in the Fascicolo, Invalidità civile > Domande
presentate, with the percentage and the benefit; the certificate shows the domanda.
"""
from __future__ import annotations

import datetime as dt

from app.i18n import _t
from app.money import euro
from app.models import Application, Citizen, MedicalCertificate

from . import figures as fig
from . import pension
from .domande import (
    DAY,
    SUMMARY_STEP,
    DomandaType,
    Field,
    Step,
    Transition,
    payment_errors,
    payment_fields,
    payment_text,
    today_of,
)

KIND = "invalidita_civile"
PRESTAZIONI = (
    ("invalidita", _t("Riconoscimento dell'invalidità civile (assegno o pensione)")),
    ("accompagnamento", _t("Invalidità civile e indennità di accompagnamento")),
)
SI_NO = (("no", _t("No")), ("si", _t("Sì")))


def normalize_number(text) -> str:
    return "".join(str(text or "").split()).upper()


def certificate(citizen: Citizen, number: str) -> MedicalCertificate | None:
    return MedicalCertificate.get_or_none((MedicalCertificate.citizen == citizen)
                                          & (MedicalCertificate.numero == normalize_number(number)))


def _steps(citizen: Citizen) -> tuple[Step, ...]:
    return (
        Step(
            _t("Certificato medico introduttivo"),
            (Field("certificato", _t("Numero del certificato medico introduttivo"), "code", max_length=30,
                   help=_t("Per esempio CM2018-0041577: è sulla ricevuta del medico e nel Fascicolo previdenziale.")),),
            help=(_t("Prima della domanda il medico certificatore invia all'INPS il certificato medico introduttivo e le "
                  "consegna la ricevuta con il numero del certificato. Il numero si trova anche nel Fascicolo "
                  "previdenziale del cittadino, sezione «Invalidità civile», voce «Certificato medico "
                  "introduttivo». Il certificato vale 90 giorni: entro questo tempo va presentata la domanda.")),
            intro=_t("Tenga a portata di mano il numero del certificato medico introduttivo."),
        ),
        Step(
            _t("Che cosa chiede"),
            (
                Field("prestazione", _t("Prestazione richiesta"), "choice", choices=PRESTAZIONI),
                Field("handicap", _t("Chiedo anche l'accertamento dell'handicap (legge 104/1992)"), "check",
                      required=False),
            ),
            help=(_t("La commissione medica valuta la percentuale di invalidità. Dal 74% (tra 18 anni e 66 anni e 7 "
                  "mesi) spetta l'assegno mensile, al 100% la pensione di inabilità; l'indennità di "
                  "accompagnamento spetta, senza limiti di età e di reddito, a chi non può camminare o compiere "
                  "gli atti quotidiani senza aiuto.")),
        ),
        Step(
            _t("Dati socio-economici e pagamento"),
            (
                Field("reddito", _t("Reddito personale annuo (euro)"), "money", max_length=14, minimum=0,
                      maximum=100_000_000, help=_t("Scriva 0 se non ha redditi. Per esempio 3.200,00.")),
                Field("lavoro", _t("Svolge un'attività lavorativa?"), "choice", choices=SI_NO),
                Field("ricovero", _t("È ricoverato gratuitamente in un istituto?"), "choice", choices=SI_NO),
                *payment_fields(),
            ),
            help=(_t("L'assegno mensile spetta a chi non lavora e ha un reddito personale fino a 4.853,29 euro "
                  "l'anno (2018); la pensione di inabilità con un reddito fino a 16.664,36 euro. "
                  "L'indennità di accompagnamento non spetta durante un ricovero gratuito. Scelga poi dove ricevere "
                  "i pagamenti: per il conto scriva l'IBAN.")),
        ),
        SUMMARY_STEP,
    )


def _initial(citizen: Citizen) -> dict:
    return {"prestazione": "invalidita", "lavoro": "no", "ricovero": "no", "pagamento": "conto"}


def _checks(world, citizen: Citizen, index: int, values: dict) -> dict:
    errors = {}
    if index == 0 and values.get("certificato"):
        number = normalize_number(values["certificato"])
        cert = certificate(citizen, number)
        if cert is None:
            return {"certificato": (_t("Il certificato «{number}» non risulta tra i suoi certificati medici "
                                    "introduttivi: controlli il numero sulla ricevuta del medico o nel Fascicolo "
                                    "previdenziale, sezione «Invalidità civile».", number=number))}
        days = fig.value("invciv.validita_certificato_giorni")
        issued = cert.issued_at.date()
        if (today_of(world) - issued).days > days:
            return {"certificato": (_t("Il certificato {number} è del {issued:%d/%m/%Y} ed è scaduto: vale {days} "
                                    "giorni. Chieda al medico un nuovo certificato medico introduttivo.", number=number, issued=issued, days=days))}
        if cert.application_id is not None:
            app = Application.get_or_none(Application.id == cert.application_id)
            if app is not None:
                return {"certificato": (_t("Il certificato {number} è già abbinato alla domanda protocollo "
                                        "{protocol} del {submitted_at:%d/%m/%Y}: lo stato di quella domanda "
                                        "si segue nel Fascicolo, sezione «Invalidità civile», voce «Domande "
                                        "presentate». Per una nuova domanda serve un nuovo certificato.", number=number, protocol=app.protocol, submitted_at=app.submitted_at))}
    if index == 2:
        errors.update(payment_errors(values))
    return errors


def _on_submit(world, app: Application, fields: dict) -> None:
    cert = certificate(app.citizen, fields.get("certificato", ""))
    cert.application = app
    cert.save()


def commission_percentage(diagnosi: str) -> int:
    """The percentage the simulated medical commission recognises (a reconstruction)."""
    table = fig.value("invciv.percentuale_commissione")
    text = (diagnosi or "").lower()
    for key, pct in table.items():
        if key != "*" and key in text:
            return int(pct)
    return int(table["*"])


def _age_months(born: dt.date, day: dt.date) -> int:
    years, months = pension.age_on(born, day)
    return years * 12 + months


def _decide(world, app: Application, fields: dict) -> tuple:
    citizen = app.citizen
    cert = certificate(citizen, fields.get("certificato", ""))
    diagnosi = cert.diagnosi if cert is not None else ""
    pct = commission_percentage(diagnosi)
    decorrenza = pension.next_month_start(app.submitted_at.date())
    age = _age_months(citizen.data_nascita, decorrenza)
    working_age = fig.value("invciv.eta_minima") * 12 <= age < fig.value("invciv.eta_massima_mesi")
    income = int(fields.get("reddito") or 0)
    pct_text = fig.noted(f"{pct}%", "invciv.percentuale_commissione")
    esito = [(_t("Percentuale di invalidità riconosciuta"), pct_text)]
    if pct < 34:
        return "respinta", (_t("La commissione medica ha riconosciuto una riduzione della capacità lavorativa del "
                            "{pct}% (ricostruzione): sotto il 34% l'invalidità civile non è riconosciuta.", pct=pct)), esito
    benefits: list[tuple[str, int, int]] = []  # (name, monthly cents, months a year)
    notes: list[str] = []
    if pct >= fig.value("invciv.percentuale_inabilita"):
        if working_age and income <= fig.value("invciv.limite_reddito_inabilita_cents"):
            benefits.append((_t("Pensione di inabilità civile"), fig.value("invciv.pensione_inabilita_cents"),
                             fig.value("invciv.mensilita_assegno")))
        if fields.get("prestazione") == "accompagnamento":
            if fields.get("ricovero") == "si":
                notes.append(_t("L'indennità di accompagnamento non si paga durante il ricovero gratuito."))
            else:
                benefits.append((_t("Indennità di accompagnamento"), fig.value("invciv.accompagnamento_cents"), 12))
    elif pct >= fig.value("invciv.percentuale_assegno"):
        limit = fig.value("invciv.limite_reddito_assegno_cents")
        if not working_age:
            notes.append(_t("L'assegno mensile spetta tra 18 anni e 66 anni e 7 mesi."))
        elif fields.get("lavoro") == "si":
            notes.append(_t("L'assegno mensile spetta a chi non svolge attività lavorativa."))
        elif income > limit:
            notes.append(_t("Il reddito indicato ({euro}) supera il limite di {euro2} per l'assegno mensile.", euro=euro(income), euro2=euro(limit)))
        else:
            benefits.append((_t("Assegno mensile di assistenza"), fig.value("invciv.assegno_mensile_cents"),
                             fig.value("invciv.mensilita_assegno")))
        if fields.get("prestazione") == "accompagnamento":
            notes.append(_t("L'indennità di accompagnamento spetta solo con l'invalidità totale (100%) e "
                         "l'impossibilità di camminare o di compiere da soli gli atti quotidiani."))
    else:
        notes.append(_t("Le prestazioni economiche spettano dal 74%: con questa percentuale restano gli altri "
                     "benefici (per esempio, dal 46%, l'iscrizione alle liste del collocamento mirato)."))
    for name, cents, months in benefits:
        esito.append((name, _t("{importo} al mese per {mesi} mensilità, dal {dal:%d/%m/%Y}", importo=euro(cents),
                               mesi=months, dal=decorrenza)))
    if benefits:
        esito.append((_t("Pagamento"), payment_text(fields)))
    else:
        esito.append((_t("Prestazione economica"), _t("nessuna")))
    if fields.get("handicap"):
        esito.append((_t("Handicap (legge 104/1992)"), _t("accertamento eseguito nella stessa visita")))
    granted = [_t("{prestazione}: {importo} al mese", prestazione=name, importo=euro(cents))
               for name, cents, _ in benefits]
    text = _t("La commissione medica ha riconosciuto l'invalidità civile con una riduzione della capacità "
              "lavorativa del {pct}% (percentuale simulata, ricostruzione).", pct=pct)
    if benefits:
        text = _t("{testo} Le spetta: {prestazioni}, dal {dal:%d/%m/%Y}.", testo=text,
                  prestazioni=_chain(granted, "; "), dal=decorrenza)
    else:
        text = _t("{testo} Non spettano prestazioni economiche.", testo=text)
    for note in notes:
        text = _t("{testo} {nota}", testo=text, nota=note)
    return "accolta", text, esito


def _chain(texts: list, separator: str):
    """Texts joined by `separator`, each still translatable (a Text of Texts)."""
    out = texts[0]
    for text in texts[1:]:
        out = _t("{prima}{separatore}{poi}", prima=out, separatore=separator, poi=text)
    return out


INVALIDITA = DomandaType(
    KIND, _t("Domanda di invalidità civile"),
    _t("Dopo il certificato medico introduttivo inviato dal medico, chiedere il riconoscimento dell'invalidità "
    "civile e delle prestazioni economiche (assegno, pensione, indennità di accompagnamento)."),
    _t("Invalidità civile"),
    (Transition(_t("convocato a visita"), 5 * DAY, _t("Convocazione a visita presso la commissione medica ASL/INPS "
                                               "(i tempi sono una ricostruzione)")),
     Transition(_t("visita effettuata"), 30 * DAY, _t("Visita medica effettuata: il verbale è in preparazione")),
     Transition(_t("definita"), 45 * DAY, _t("Domanda definita"))),
    _steps, _initial, _checks, _decide, on_submit=_on_submit,
)

TYPES = (INVALIDITA,)


def scenario_certificate_to_use(world, citizen: Citizen) -> str:
    """The starting state of a lesson on this domanda: the doctor has just sent the
    certificato medico introduttivo and the domanda is still to be presented. The
    citizen's domanda of invalidità civile already in the archives (it never moves:
    not made with this module) is taken away, the certificate is freed and dated a few
    days ago."""
    from .errors import ServiceError

    cert = (MedicalCertificate.select().where(MedicalCertificate.citizen == citizen)
            .order_by(MedicalCertificate.issued_at.desc()).first())
    if cert is None:
        raise ServiceError(_t("{nome} {cognome} non ha un certificato medico introduttivo.", nome=citizen.nome, cognome=citizen.cognome))
    if cert.application_id is not None:
        app = Application.get_or_none(Application.id == cert.application_id)
        cert.application = None
        cert.save()
        if app is not None and app.kind == KIND and not app.outcome:
            app.delete_instance(recursive=True)
    issued = world.clock.now() - dt.timedelta(days=5)
    if cert.issued_at < issued - dt.timedelta(days=60):
        cert.issued_at = issued.replace(hour=10, minute=30, second=0, microsecond=0)
        cert.save()
    return (_t("Il medico ha inviato il certificato medico introduttivo n. {numero}: la domanda di invalidità "
            "civile è da presentare.", numero=cert.numero))

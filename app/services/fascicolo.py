"""The Fascicolo previdenziale del cittadino (Cassetto previdenziale), section by section.

Seed 000 describes the left menu of the real page:

1. Domande presentate > Pensione: the pension requests with their stato di
   avanzamento, and the PDF once the request is accolta;
2. Posizione assicurativa > Estratto conto: the contributions credited;
3. Prestazioni > Pensione titolare, Pagamenti (a yearly summary), Richieste presentate;
4. Invalidità civile > Certificato medico introduttivo, Domande presentate;
5. Modelli > Certificazione Unica (dal 2015) first, Certificato pensione - ObisM (last 3
   years) fifth; the other items (CUD, 730-4, RED, cedolino) are a reconstruction.

The sections and their items are defined once, in REGISTRY below (docs/RECONSTRUCTIONS.md
for what is reconstructed).

Everything here is a read model: plain frozen dataclasses built from the
citizen's records, so pages, docks and PDFs show the same figures and never
touch peewee objects. Money is in euro cents. Reading writes nothing: the rates
are paid and the domande move on when the clock moves (app.services.time_rules).

Rules of the documents (FACTS.md sections 2-4):
- the Certificazione Unica of year Y certifies the income of Y-1 (punto 3
  Redditi di pensione, 7 giorni di pensione, 21 ritenute Irpef, 22 addizionale
  regionale, 26/27 addizionale comunale acconto/saldo, 29 acconto of the next
  year); its totals are the sums of the rates paid in Y-1;
- the addizionale comunale is split into acconto (30 %) and saldo (70 %), the
  acconto share of D.Lgs. 360/1998 art. 1 c. 4 (as amended in 2011);
- the ObisM of a year shows the January, December and tredicesima rates;
  rates of that year not yet paid are projected with the rules the payments
  follow (same gross and Irpef as January; addizionali withheld January-November
  only, FACTS.md section 2);
- the estratto conto of the Gestione Separata is a separate "Estratto conto
  Parasubordinati" (FACTS.md section 4).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable

from peewee import JOIN

from app.i18n import _t
from app.models import (
    Application,
    Citizen,
    Contribution,
    MedicalCertificate,
    Payment,
    Pension,
)

from .domande import DocumentoCollegato, Domanda, StatoDomanda, read_domande  # noqa: F401 (the one read model)
from .errors import ServiceError

MESI = (
    "Gennaio", "Febbraio", "Marzo", "Aprile", "Maggio", "Giugno",
    "Luglio", "Agosto", "Settembre", "Ottobre", "Novembre", "Dicembre",
)
TREDICESIMA = 13

# --- the sections, defined once ------------------------------------------------------
#
# Every section of the menu is one `Sezione` of REGISTRY, each item one `Voce`: its key
# (the address ?sezione=<key>, the event fascicolo.viewed, the lessons), its label, the
# intro and the empty text the page and the docks show, the dock panel it opens in. The
# widgets are in ui/pages/fascicolo_views.py (BUILDERS, keyed by the same key); the
# dock panels in ui/docks/fascicolo.py are made from this list; the PDFs name their
# place with `menu_path`. Adding a section is one entry here and one builder there.
#
# Seed 000 names the five sections and, in order, the first items of each; of Modelli
# only the first (Certificazione Unica) and the fifth (certificato pensione - ObisM).
# The other items of Modelli are a reconstruction (no 2018 list was found in the stored
# pages): `reconstruction` says why, and the page shows it (docs/RECONSTRUCTIONS.md).


@dataclass(frozen=True)
class Voce:
    key: str  # "<section>.<item>"
    label: str
    intro: str
    empty: str
    reconstruction: str = ""  # why this item is a reconstruction (shown to the learner); "" = in the seeds


@dataclass(frozen=True)
class Sezione:
    key: str
    label: str
    description: str  # the card of the overview
    dock: str  # object name of its dock panel (ui/docks/fascicolo.py)
    voci: tuple[Voce, ...]
    reconstruction: str = ""  # a note about the order or the list of its items


MODELLI_RECONSTRUCTION = _t(
    "Le guide citano solo la prima voce (Certificazione Unica) e la quinta (ObisM): le altre e il loro "
    "ordine sono ricostruiti.")

REGISTRY: tuple[Sezione, ...] = (
    Sezione("domande", _t("Domande presentate"), _t(
        "Le richieste di pensione inoltrate all'INPS, con lo stato di avanzamento e il PDF, e i "
        "rapporti di lavoro domestico che ha comunicato."), "FascicoloDomandeDock", (
        Voce("domande.pensione", _t("Pensione"), _t(
            "Qui trova le richieste di pensione inoltrate all'INPS, con lo stato di avanzamento. "
            "Quando una richiesta è accolta, può aprirne il PDF."),
            _t("Non risultano domande di pensione presentate.")),
        Voce("domande.lavoro_domestico", _t("Lavoro domestico (datore di lavoro)"), _t(
            "I rapporti di lavoro domestico (colf, badante, baby sitter) che Lei ha comunicato "
            "come datore di lavoro, con i contributi da versare ogni trimestre."),
            _t("Non risultano rapporti di lavoro domestico comunicati da Lei come datore di lavoro.")),
    )),
    Sezione("posizione", _t("Posizione assicurativa"), _t(
        "L'estratto conto previdenziale con i contributi versati."), "FascicoloPosizioneDock", (
        Voce("posizione.estratto_conto", _t("Estratto conto"), _t(
            "L'estratto conto previdenziale riporta i contributi versati: per ogni periodo il "
            "datore di lavoro o il fondo, le settimane di contributi e la retribuzione."),
            _t("Non risultano contributi accreditati.")),
        Voce("posizione.parasubordinati", _t("Estratto conto Parasubordinati"), _t(
            "I contributi della Gestione Separata (collaborazioni, professionisti senza cassa) "
            "sono in un estratto conto a parte, l'Estratto conto Parasubordinati."),
            _t("Non risultano contributi nella Gestione Separata.")),
    )),
    Sezione("prestazioni", _t("Prestazioni"), _t(
        "La pensione che riceve, il riepilogo dei pagamenti, le richieste presentate e le "
        "prestazioni a sostegno del reddito."), "FascicoloPrestazioniDock", (
        Voce("prestazioni.pensione", _t("Pensione titolare"), _t(
            "Le pensioni che Lei percepisce, con il numero di certificato e gli importi."),
            _t("Non risultano pensioni a Suo nome.")),
        Voce("prestazioni.pagamenti", _t("Pagamenti"), _t(
            "Il riepilogo dei pagamenti eseguiti dall'INPS in un anno, mese per mese: "
            "importo lordo, trattenute e importo netto."),
            _t("Non risultano pagamenti di pensioni a Suo nome.")),
        Voce("prestazioni.richieste", _t("Richieste presentate"), _t(
            "Tutte le richieste presentate all'INPS, con il loro stato."),
            _t("Non risultano richieste presentate.")),
        # Seed 003 («Invio domande di prestazioni a sostegno del reddito»): the benefits granted.
        Voce("prestazioni.sostegno", _t("Prestazioni a sostegno del reddito"), _t(
            "Le prestazioni a sostegno del reddito che l'INPS le ha riconosciuto (disoccupazione "
            "NASpI, maternità, congedo parentale, bonus bebè), con gli importi e i periodi."),
            _t("Non risultano prestazioni a sostegno del reddito riconosciute.")),
    )),
    Sezione("invalidita", _t("Invalidità civile"), _t(
        "Il certificato medico introduttivo e le domande di invalidità civile."), "FascicoloInvaliditaDock", (
        Voce("invalidita.certificati", _t("Certificato medico introduttivo"), _t(
            "I certificati medici introduttivi inviati all'INPS dal medico certificatore."),
            _t("Non risultano certificati medici introduttivi.")),
        Voce("invalidita.domande", _t("Domande presentate"), _t(
            "Le domande di invalidità civile presentate, con lo stato di avanzamento."),
            _t("Non risultano domande di invalidità civile.")),
    )),
    Sezione("modelli", _t("Modelli"), _t(
        "Certificazione Unica (dal 2015), CUD degli anni prima, modelli 730-4 e RED, certificato di "
        "pensione ObisM, cedolino della pensione."), "FascicoloModelliDock", (
        Voce("modelli.cu", _t("Certificazione Unica (dal 2015)"), _t(
            "Le Certificazioni Uniche dal 2015 a oggi. La Certificazione Unica di un anno riporta i "
            "redditi dell'anno prima: la CU 2018 contiene la pensione pagata nel 2017."),
            _t("Non risultano Certificazioni Uniche: l'INPS non Le ha pagato redditi dal 2014 in poi.")),
        Voce("modelli.cud", _t("CUD (fino al 2014)"), _t(
            "Fino al 2014 la certificazione dei redditi si chiamava CUD (Certificazione unica dipendente): "
            "il CUD di un anno riporta la pensione pagata nell'anno prima."),
            _t("Non risultano CUD: l'INPS non Le ha pagato redditi negli anni fino al 2013."),
            _t("Il CUD è esistito fino al 2014, ma la posizione di questa voce nel menù non è documentata.")),
        Voce("modelli.730", _t("Modello 730-4"), _t(
            "Il modello 730-4 è il prospetto di liquidazione del 730: dice all'INPS, come sostituto "
            "d'imposta, quanto rimborsare o trattenere sulla pensione. Il 730 si presenta all'Agenzia "
            "delle Entrate, non all'INPS."),
            _t("Non risultano modelli 730-4: per gli anni del Fascicolo non è arrivato all'INPS alcun 730 "
               "con l'INPS indicato come sostituto d'imposta."),
            _t("Il contenuto e la posizione di questa voce nel menù non sono documentati dalle guide.")),
        Voce("modelli.red", _t("Modello RED (dichiarazione reddituale)"), _t(
            "Il modello RED è la dichiarazione dei redditi che serve a chi riceve prestazioni legate al "
            "reddito (per esempio integrazione al minimo, maggiorazioni sociali, assegno sociale)."),
            _t("Non risultano pensioni a Suo nome: il modello RED non La riguarda."),
            _t("Il contenuto e la posizione di questa voce nel menù non sono documentati dalle guide.")),
        Voce("modelli.obism", _t("Certificato pensione - ObisM"), _t(
            "Il certificato di pensione (modello ObisM) riassume gli importi della pensione di un "
            "anno: rata di gennaio, di dicembre e tredicesima. Qui trova quelli degli ultimi 3 anni."),
            _t("Non risultano certificati di pensione: nessuna pensione in pagamento.")),
        Voce("modelli.cedolino", _t("Cedolino pensione"), _t(
            "Il cedolino di ogni mese: importo lordo, trattenute e importo netto pagato."),
            _t("Non risultano cedolini: nessuna pensione in pagamento."),
            _t("Il cedolino esisteva, ma la posizione di questa voce nel menù non è documentata.")),
    ), reconstruction=MODELLI_RECONSTRUCTION),
)

_SEZIONI = {s.key: s for s in REGISTRY}
_VOCI = {v.key: v for s in REGISTRY for v in s.voci}


def sezione(key: str) -> Sezione:
    """The section of `key` (a section key or an item key)."""
    return _SEZIONI[key.split(".", 1)[0]]


def voce(key: str) -> Voce:
    return _VOCI[key]


def menu_path(key: str) -> str:
    """Where an item is, as the PDFs and the texts name it:
    "Fascicolo previdenziale del cittadino > Modelli > Certificato pensione - ObisM"."""
    return f"Fascicolo previdenziale del cittadino > {sezione(key).label} > {voce(key).label}"


# The same menu as plain tuples (section key, label, [(item key, label)]), for the callers of
# before the registry (lessons' tests, MyINPS).
SECTIONS: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = tuple(
    (s.key, s.label, tuple((v.key, v.label) for v in s.voci)) for s in REGISTRY)
SUBSECTION_LABELS = {v.key: v.label for v in _VOCI.values()}

CATEGORIE = {
    "VO": "Vecchiaia o anzianità",
    "IO": "Invalidità",
    "SO": "Superstiti",
    "INVCIV": "Invalidità civile",
    "AS": "Assegno sociale",
    "PS": "Pensione sociale",
}
FONDI = {
    "FPLD": "Fondo pensioni lavoratori dipendenti",
    "COM": "Gestione commercianti",
    "ART": "Gestione artigiani",
    "GS": "Gestione separata",
}
GESTIONI_PARASUBORDINATI = ("GS",)
ACCONTO_COMUNALE = 0.30  # D.Lgs. 360/1998 art. 1 c. 4: acconto = 30 % of the addizionale comunale
FIRST_CU_YEAR = 2015  # seed 000: "certificazione unica (dal 2015)"
FIRST_CUD_YEAR = 2009  # the CUD kept in the Fascicolo: from 2009 to 2014 (ricostruzione, docs/RECONSTRUCTIONS.md)
# Prestazioni legate al reddito, for which the pensioner sends the modello RED every year.
RED_CATEGORIE = ("AS", "PS", "INVCIV")
CU_RELEASE = (3, 16)  # the CU of year Y is available from 16 March of Y
OBISM_YEARS = 3  # seed 000: "i prospetti riepilogativi delle pensioni degli ultimi 3 anni"

PENSION_KIND_PREFIX = "pensione"
INVALIDITA_KIND = "invalidita_civile"
# Seed 003: «Invio domande di prestazioni a sostegno del reddito»; accolte, they are listed there.
SOSTEGNO_KINDS = ("naspi", "maternita", "bonus_bebe", "congedo_parentale")
LAVORO_DOMESTICO_KIND = "lavoro_domestico"


def mese(month: int) -> str:
    return "Tredicesima" if month == TREDICESIMA else MESI[month - 1]


# --- read models ----------------------------------------------------------------


@dataclass(frozen=True)
class Anagrafica:
    citizen_id: int
    codice_fiscale: str
    cognome: str
    nome: str
    sesso: str
    data_nascita: dt.date
    luogo_nascita: str
    provincia_nascita: str
    indirizzo: str

    @property
    def nome_completo(self) -> str:
        return f"{self.nome} {self.cognome}"


@dataclass(frozen=True)
class Periodo:
    """One row of the estratto conto."""

    dal: dt.date
    al: dt.date
    tipo: str
    gestione: str
    datore: str
    settimane_diritto: int
    settimane_calcolo: int
    retribuzione_cents: int
    contributi_cents: int
    note: str


@dataclass(frozen=True)
class Totale:
    """Totals of a year (anno set) or of the whole estratto conto (anno None)."""

    anno: int | None
    periodi: int
    settimane_diritto: int
    settimane_calcolo: int
    retribuzione_cents: int
    contributi_cents: int


def anni_e_settimane(weeks: int) -> str:
    years, rest = divmod(weeks, 52)
    parts = []
    if years:
        parts.append(f"{years} ann{'o' if years == 1 else 'i'}")
    if rest or not years:
        parts.append(f"{rest} settiman{'a' if rest == 1 else 'e'}")
    return " e ".join(parts)


@dataclass(frozen=True)
class EstrattoConto:
    title: str  # "Estratto conto" or "Estratto conto Parasubordinati"
    parasubordinati: bool
    periodi: tuple[Periodo, ...]
    per_anno: tuple[Totale, ...]
    totale: Totale

    @property
    def empty(self) -> bool:
        return not self.periodi

    @property
    def aggiornato_al(self) -> dt.date | None:
        return max((p.al for p in self.periodi), default=None)

    @property
    def anzianita(self) -> str:
        return anni_e_settimane(self.totale.settimane_diritto)


@dataclass(frozen=True)
class PosizioneAssicurativa:
    estratto: EstrattoConto
    parasubordinati: EstrattoConto


@dataclass(frozen=True)
class Rata:
    """One paid (or, for ObisM, projected) rate. month 13 = tredicesima."""

    year: int
    month: int
    paid_on: dt.date | None
    lordo_cents: int
    irpef_cents: int
    add_regionale_cents: int
    add_comunale_cents: int
    altre_trattenute_cents: int
    netto_cents: int
    projected: bool = False

    @property
    def label(self) -> str:
        return mese(self.month)

    @property
    def trattenute_cents(self) -> int:
        return self.irpef_cents + self.add_regionale_cents + self.add_comunale_cents + self.altre_trattenute_cents


def _sum_rates(year: int, month: int, rates: Iterable[Rata]) -> Rata:
    rates = list(rates)
    return Rata(
        year=year, month=month, paid_on=None,
        lordo_cents=sum(r.lordo_cents for r in rates),
        irpef_cents=sum(r.irpef_cents for r in rates),
        add_regionale_cents=sum(r.add_regionale_cents for r in rates),
        add_comunale_cents=sum(r.add_comunale_cents for r in rates),
        altre_trattenute_cents=sum(r.altre_trattenute_cents for r in rates),
        netto_cents=sum(r.netto_cents for r in rates),
    )


@dataclass(frozen=True)
class RiepilogoAnnuo:
    """Pagamenti: the yearly summary, month by month."""

    year: int
    rate: tuple[Rata, ...]
    totale: Rata


@dataclass(frozen=True)
class PensioneTitolare:
    id: int
    categoria: str
    fondo: str
    categoria_codice: str  # e.g. "VO", "VOCOM"
    categoria_label: str
    fondo_label: str
    numero_certificato: str
    sede: str
    decorrenza: dt.date
    importo_iniziale_cents: int
    importo_attuale_cents: int  # the last regular monthly gross rate paid
    stato: str
    ultimo_pagamento: Rata | None


@dataclass(frozen=True)
class CertificatoMedico:
    numero: str
    medico: str
    issued_at: dt.datetime
    diagnosi: str
    protocollo_domanda: str


@dataclass(frozen=True)
class CertificazioneUnica:
    anno: int  # the CU's year ("Certificazione Unica 2018")
    anno_redditi: int  # the income year it certifies (2017)
    anagrafica: Anagrafica
    punto_3_redditi_pensione_cents: int
    punto_7_giorni_pensione: int
    punto_21_ritenute_irpef_cents: int
    punto_22_addizionale_regionale_cents: int
    punto_26_acconto_comunale_cents: int
    punto_27_saldo_comunale_cents: int
    punto_29_acconto_comunale_successivo_cents: int
    altre_trattenute_cents: int
    netto_cents: int
    rate: tuple[Rata, ...]
    pensioni: tuple[PensioneTitolare, ...]

    @property
    def addizionale_comunale_cents(self) -> int:
        return self.punto_26_acconto_comunale_cents + self.punto_27_saldo_comunale_cents

    @property
    def cud(self) -> bool:
        """Before 2015 the certification was the CUD (same figures, another form)."""
        return self.anno < FIRST_CU_YEAR


@dataclass(frozen=True)
class ObisM:
    anno: int
    anagrafica: Anagrafica
    pensione: PensioneTitolare
    gennaio: Rata
    dicembre: Rata
    tredicesima: Rata | None
    perequazione_percent: float | None  # January's rate over the previous year's last regular rate
    lordo_annuo_cents: int  # 12 monthly rates + tredicesima (as in the certificate)


@dataclass(frozen=True)
class Cedolino:
    year: int
    month: int
    anagrafica: Anagrafica
    pensione: PensioneTitolare
    voci: tuple[Rata, ...]  # the monthly rate, and in December the tredicesima too
    totale: Rata

    @property
    def label(self) -> str:
        return f"{MESI[self.month - 1]} {self.year}"


@dataclass(frozen=True)
class ModelloDisponibile:
    kind: str  # "cu", "obism", "cedolino"
    year: int
    month: int | None
    title: str
    detail: str


@dataclass(frozen=True)
class ModelloRed:
    """Modelli > Modello RED: whether this pensioner has to send it, and why."""

    dovuto: bool
    motivo: str  # Italian, for the learner
    pensioni: tuple[str, ...]  # "VO - Vecchiaia o anzianità", ...


@dataclass(frozen=True)
class Fascicolo:
    """Every section at once (what the page and the docks show)."""

    anagrafica: Anagrafica
    today: dt.date
    domande_pensione: tuple[Domanda, ...]
    posizione: PosizioneAssicurativa
    pensioni: tuple[PensioneTitolare, ...]
    pagamenti: tuple[RiepilogoAnnuo, ...]  # newest year first
    richieste: tuple[Domanda, ...]
    certificati_medici: tuple[CertificatoMedico, ...]
    domande_invalidita: tuple[Domanda, ...]
    modelli_cu: tuple[ModelloDisponibile, ...]
    modelli_obism: tuple[ModelloDisponibile, ...]
    cedolini: tuple[ModelloDisponibile, ...]
    prestazioni_sostegno: tuple[Domanda, ...] = ()  # accolte: NASpI, maternità, bonus bebè, congedo parentale
    rapporti_domestici: tuple[Domanda, ...] = ()  # registered hirings of a colf or badante (the employer's)
    modelli_cud: tuple[ModelloDisponibile, ...] = ()  # the CUD up to 2014 (income up to 2013)
    red: ModelloRed | None = None

    def pagamenti_anno(self, year: int) -> RiepilogoAnnuo | None:
        return next((r for r in self.pagamenti if r.year == year), None)


# --- loading ----------------------------------------------------------------------


def citizen_record(citizen) -> Citizen:
    """The Citizen for a Citizen or an id (ServiceError if the archives do not have it)."""
    if isinstance(citizen, Citizen):
        return citizen
    found = Citizen.get_or_none(Citizen.id == int(citizen))
    if found is None:
        raise ServiceError(_t("Il cittadino richiesto non è presente negli archivi della simulazione."))
    return found


def _citizen_id(citizen) -> int:
    return citizen.id if isinstance(citizen, Citizen) else int(citizen)


def citizen_id_for(world, codice_fiscale: str) -> int:
    """The id of the citizen with this codice fiscale (ServiceError if INPS does not know it)."""
    row = Citizen.select(Citizen.id).where(Citizen.codice_fiscale == codice_fiscale.strip().upper()).first()
    if row is None:
        raise ServiceError(_t("Il codice fiscale indicato non risulta negli archivi della simulazione."))
    return row.id


def anagrafica(world, citizen) -> Anagrafica:
    c = citizen_record(citizen)
    return Anagrafica(
        citizen_id=c.id,
        codice_fiscale=c.codice_fiscale,
        cognome=c.cognome,
        nome=c.nome,
        sesso=c.sesso,
        data_nascita=c.data_nascita,
        luogo_nascita=c.luogo_nascita,
        provincia_nascita=c.provincia_nascita,
        indirizzo=c.address_line(),
    )


# Estratto conto ---------------------------------------------------------------------


def _periodi(citizen_id: int) -> list[Periodo]:
    q = (
        Contribution.select(
            Contribution.dal, Contribution.al, Contribution.tipo, Contribution.gestione,
            Contribution.datore, Contribution.settimane_diritto, Contribution.settimane_calcolo,
            Contribution.retribuzione_cents, Contribution.contributi_cents, Contribution.note,
        )
        .where(Contribution.citizen == citizen_id)
        .order_by(Contribution.dal, Contribution.id)
        .tuples()
    )
    return [Periodo(*row) for row in q]


def _totale(anno: int | None, periodi: list[Periodo]) -> Totale:
    return Totale(
        anno=anno,
        periodi=len(periodi),
        settimane_diritto=sum(p.settimane_diritto for p in periodi),
        settimane_calcolo=sum(p.settimane_calcolo for p in periodi),
        retribuzione_cents=sum(p.retribuzione_cents for p in periodi),
        contributi_cents=sum(p.contributi_cents for p in periodi),
    )


def _estratto(title: str, parasubordinati: bool, periodi: list[Periodo]) -> EstrattoConto:
    by_year: dict[int, list[Periodo]] = {}
    for p in periodi:
        by_year.setdefault(p.dal.year, []).append(p)
    return EstrattoConto(
        title=title,
        parasubordinati=parasubordinati,
        periodi=tuple(periodi),
        per_anno=tuple(_totale(year, rows) for year, rows in sorted(by_year.items())),
        totale=_totale(None, periodi),
    )


def _posizione_from(periodi: list[Periodo]) -> PosizioneAssicurativa:
    ordinari = [p for p in periodi if p.gestione not in GESTIONI_PARASUBORDINATI]
    para = [p for p in periodi if p.gestione in GESTIONI_PARASUBORDINATI]
    return PosizioneAssicurativa(
        estratto=_estratto(voce("posizione.estratto_conto").label, False, ordinari),
        parasubordinati=_estratto(voce("posizione.parasubordinati").label, True, para),
    )


def posizione_assicurativa(world, citizen) -> PosizioneAssicurativa:
    return _posizione_from(_periodi(_citizen_id(citizen)))


def estratto_conto(world, citizen, parasubordinati: bool = False) -> EstrattoConto:
    pos = posizione_assicurativa(world, citizen)
    return pos.parasubordinati if parasubordinati else pos.estratto


# Pensions and payments -----------------------------------------------------------


def _rate(citizen_id: int, pension_id: int | None = None) -> list[tuple[int, Rata]]:
    q = Payment.select(
        Payment.pension, Payment.year, Payment.month, Payment.paid_on, Payment.lordo_cents,
        Payment.irpef_cents, Payment.add_regionale_cents, Payment.add_comunale_cents,
        Payment.altre_trattenute_cents, Payment.netto_cents,
    ).where(Payment.citizen == citizen_id)
    if pension_id is not None:
        q = q.where(Payment.pension == pension_id)
    rows = q.order_by(Payment.year, Payment.month, Payment.pension).tuples()
    return [(row[0], Rata(*row[1:])) for row in rows]


def _categoria_codice(categoria: str, fondo: str) -> str:
    # FACTS.md section 3: the fund is appended to the category ("VOCOM"); FPLD pensions keep "VO".
    return categoria if fondo in ("", "FPLD") else f"{categoria}{fondo}"


def _pensioni_from(pension_rows: list[tuple], rates: list[tuple[int, Rata]]) -> list[PensioneTitolare]:
    out = []
    for pid, categoria, fondo, numero, sede, decorrenza, iniziale, stato in pension_rows:
        own = [r for p, r in rates if p == pid]
        regular = [r for r in own if r.month != TREDICESIMA]
        out.append(
            PensioneTitolare(
                id=pid,
                categoria=categoria,
                fondo=fondo,
                categoria_codice=_categoria_codice(categoria, fondo),
                categoria_label=CATEGORIE.get(categoria, categoria),
                fondo_label=FONDI.get(fondo, fondo),
                numero_certificato=numero,
                sede=sede,
                decorrenza=decorrenza,
                importo_iniziale_cents=iniziale,
                importo_attuale_cents=regular[-1].lordo_cents if regular else iniziale,
                stato=stato,
                ultimo_pagamento=own[-1] if own else None,
            )
        )
    return out


def _pension_rows(citizen_id: int) -> list[tuple]:
    return list(
        Pension.select(
            Pension.id, Pension.categoria, Pension.fondo, Pension.numero_certificato, Pension.sede,
            Pension.decorrenza, Pension.importo_mensile_lordo_cents, Pension.stato,
        )
        .where(Pension.citizen == citizen_id)
        .order_by(Pension.decorrenza, Pension.id)
        .tuples()
    )


def pensioni(world, citizen) -> tuple[PensioneTitolare, ...]:
    cid = _citizen_id(citizen)
    return tuple(_pensioni_from(_pension_rows(cid), _rate(cid)))


def _riepiloghi(rates: list[Rata]) -> list[RiepilogoAnnuo]:
    by_year: dict[int, list[Rata]] = {}
    for r in rates:
        by_year.setdefault(r.year, []).append(r)
    return [
        RiepilogoAnnuo(year=year, rate=tuple(rows), totale=_sum_rates(year, 0, rows))
        for year, rows in sorted(by_year.items(), reverse=True)
    ]


def pagamenti(world, citizen) -> tuple[RiepilogoAnnuo, ...]:
    """Prestazioni > Pagamenti: each year's rates month by month, newest year first."""
    today = world.clock.today()
    rates = [r for _, r in _rate(_citizen_id(citizen)) if r.paid_on is None or r.paid_on <= today]
    return tuple(_riepiloghi(rates))


def pagamenti_anno(world, citizen, year: int) -> RiepilogoAnnuo:
    for r in pagamenti(world, citizen):
        if r.year == year:
            return r
    raise ServiceError(_t("Non risultano pagamenti di pensione nell'anno {year}.", year=year))


# Domande -----------------------------------------------------------------------------


def _domande(citizen_id: int) -> list[Domanda]:
    return read_domande(citizen_id)


def domande(world, citizen) -> tuple[Domanda, ...]:
    cid = _citizen_id(citizen)
    return tuple(_domande(cid))


def domanda(world, citizen, application_id: int) -> Domanda:
    cid = _citizen_id(citizen)
    for d in _domande(cid):
        if d.id == application_id:
            return d
    raise ServiceError(_t("La domanda richiesta non risulta tra quelle presentate da questo cittadino."))


def is_pension_kind(kind: str) -> bool:
    return kind.startswith(PENSION_KIND_PREFIX)


# Invalidità civile --------------------------------------------------------------------


def _certificati(citizen_id: int) -> list[CertificatoMedico]:
    q = (
        MedicalCertificate.select(
            MedicalCertificate.numero, MedicalCertificate.medico, MedicalCertificate.issued_at,
            MedicalCertificate.diagnosi, Application.protocol,
        )
        .join(Application, join_type=JOIN.LEFT_OUTER, on=(MedicalCertificate.application == Application.id))
        .where(MedicalCertificate.citizen == citizen_id)
        .order_by(MedicalCertificate.issued_at.desc())
        .tuples()
    )
    return [CertificatoMedico(n, m, i, d, p or "") for n, m, i, d, p in q]


# Modelli ---------------------------------------------------------------------------------


def _cu_years(years_paid: set[int], today: dt.date) -> list[int]:
    """CU years (newest first): from 2015, for income years with payments, once released."""
    out = []
    for income_year in sorted(years_paid, reverse=True):
        cu_year = income_year + 1
        if cu_year < FIRST_CU_YEAR:
            continue
        if today < dt.date(cu_year, *CU_RELEASE):
            continue
        out.append(cu_year)
    return out


def _cud_years(years_paid: set[int], today: dt.date) -> list[int]:
    """CUD years (newest first): before the CU, from FIRST_CUD_YEAR, for income years with payments."""
    return [income_year + 1 for income_year in sorted(years_paid, reverse=True)
            if FIRST_CUD_YEAR <= income_year + 1 < FIRST_CU_YEAR and today >= dt.date(income_year + 1, *CU_RELEASE)]


def _obism_years(rates: list[Rata], today: dt.date) -> list[int]:
    """The last 3 years whose first rate has been paid (the ObisM comes with January's rate)."""
    years = sorted({r.year for r in rates if r.paid_on is not None and r.paid_on <= today}, reverse=True)
    return years[:OBISM_YEARS]


def _modelli(rates: list[Rata], today: dt.date) -> tuple[list[ModelloDisponibile], ...]:
    paid = [r for r in rates if r.paid_on is None or r.paid_on <= today]
    years_paid = {r.year for r in paid}
    cu = [
        ModelloDisponibile("cu", y, None, f"Certificazione Unica {y}", f"Redditi dell'anno {y - 1}")
        for y in _cu_years(years_paid, today)
    ]
    cud = [
        ModelloDisponibile("cu", y, None, f"CUD {y}", f"Redditi dell'anno {y - 1}")
        for y in _cud_years(years_paid, today)
    ]
    obism = [
        ModelloDisponibile("obism", y, None, f"Certificato di pensione ObisM {y}", f"Importi delle rate dell'anno {y}")
        for y in _obism_years(paid, today)
    ]
    months = sorted({(r.year, r.month) for r in paid if r.month != TREDICESIMA}, reverse=True)
    cedolini = [
        ModelloDisponibile("cedolino", y, m, f"Cedolino pensione {MESI[m - 1]} {y}",
                           "Rata mensile e tredicesima" if m == 12 and any(
                               r.year == y and r.month == TREDICESIMA for r in paid) else "Rata mensile")
        for y, m in months
    ]
    return cu, obism, cedolini, cud


def _red(pensions: list[PensioneTitolare]) -> ModelloRed:
    """The modello RED is due for the prestazioni legate al reddito (RED_CATEGORIE)."""
    names = tuple(f"{p.categoria_codice} - {p.categoria_label}" for p in pensions)
    linked = [p for p in pensions if p.categoria in RED_CATEGORIE]
    if not pensions:
        return ModelloRed(False, _t("Non risultano pensioni a Suo nome: il modello RED non La riguarda."), names)
    if linked:
        return ModelloRed(True, _t(
            "La prestazione {name} è legata al reddito: ogni anno va dichiarato il reddito con il modello "
            "RED, tramite un CAF o un patronato. Nella simulazione non risultano modelli RED trasmessi.",
            name=f"{linked[0].categoria_codice} - {linked[0].categoria_label}"), names)
    return ModelloRed(False, _t(
        "La Sua pensione ({names}) non è legata al reddito: il modello RED non Le è richiesto e qui non "
        "c'è alcun modello da scaricare.", names=", ".join(names)), names)


def load(world, citizen) -> Fascicolo:
    """Every section of the Fascicolo previdenziale for one citizen (a handful of queries)."""
    c = citizen_record(citizen)
    cid = c.id
    today = world.clock.today()
    rates_with_pension = _rate(cid)
    all_rates = [r for _, r in rates_with_pension]
    paid = [r for r in all_rates if r.paid_on is None or r.paid_on <= today]
    all_domande = _domande(cid)
    cu, obism, cedolini, cud = _modelli(all_rates, today)
    pensions = _pensioni_from(
        _pension_rows(cid), [(p, r) for p, r in rates_with_pension if r.paid_on is None or r.paid_on <= today])
    return Fascicolo(
        anagrafica=anagrafica(world, c),
        today=today,
        domande_pensione=tuple(d for d in all_domande if is_pension_kind(d.kind)),
        posizione=_posizione_from(_periodi(cid)),
        pensioni=tuple(pensions),
        pagamenti=tuple(_riepiloghi(paid)),
        richieste=tuple(all_domande),
        certificati_medici=tuple(_certificati(cid)),
        domande_invalidita=tuple(d for d in all_domande if d.kind == INVALIDITA_KIND),
        modelli_cu=tuple(cu),
        modelli_obism=tuple(obism),
        cedolini=tuple(cedolini),
        prestazioni_sostegno=tuple(d for d in all_domande if d.kind in SOSTEGNO_KINDS and d.accolta),
        rapporti_domestici=tuple(d for d in all_domande if d.kind == LAVORO_DOMESTICO_KIND),
        modelli_cud=tuple(cud),
        red=_red(pensions),
    )


def record_view(world, citizen, section: str) -> None:
    """The learner opened a section (for the lesson engine and the trainer's report)."""
    if section not in _VOCI and section not in _SEZIONI and section != "fascicolo":
        raise ServiceError(_t("La sezione «{section}» non esiste nel Fascicolo previdenziale.", section=section))
    world.events.record("fascicolo.viewed", citizen_record(citizen), section=section)


# Documents' read models -----------------------------------------------------------------


def _split_comunale(total_cents: int) -> tuple[int, int]:
    acconto = round(total_cents * ACCONTO_COMUNALE)
    return acconto, total_cents - acconto


def _days_of_pension(decorrenze: list[dt.date], year: int) -> int:
    """Punto 7: days of the year covered by a pension (at most 365, as the detrazione counts)."""
    start = min((d for d in decorrenze), default=None)
    if start is None:
        return 0
    first = max(start, dt.date(year, 1, 1))
    last = dt.date(year, 12, 31)
    if first > last:
        return 0
    return min(365, (last - first).days + 1)


def certificazione_unica(world, citizen, anno: int) -> CertificazioneUnica:
    """The CU of year `anno` (income of anno-1): its totals are the sums of that year's rates."""
    c = citizen_record(citizen)
    today = world.clock.today()
    rates_with_pension = _rate(c.id)
    rates = [r for _, r in rates_with_pension]
    years_paid = {r.year for r in rates if r.paid_on is None or r.paid_on <= today}
    available = _cu_years(years_paid, today) + _cud_years(years_paid, today)
    if anno not in available:
        if not available:
            raise ServiceError(_t("Non risultano Certificazioni Uniche: nessuna pensione pagata negli anni dal 2014."))
        listed = ", ".join(str(y) for y in sorted(available))
        raise ServiceError(_t("La Certificazione Unica {anno} non è disponibile. Anni disponibili: {listed}.", anno=anno, listed=listed))
    year = anno - 1
    own = [r for r in rates if r.year == year]
    total = _sum_rates(year, 0, own)
    acconto, saldo = _split_comunale(total.add_comunale_cents)
    pension_rows = _pension_rows(c.id)
    pens = _pensioni_from(pension_rows, rates_with_pension)
    return CertificazioneUnica(
        anno=anno,
        anno_redditi=year,
        anagrafica=anagrafica(world, c),
        punto_3_redditi_pensione_cents=total.lordo_cents,
        punto_7_giorni_pensione=_days_of_pension([p.decorrenza for p in pens], year),
        punto_21_ritenute_irpef_cents=total.irpef_cents,
        punto_22_addizionale_regionale_cents=total.add_regionale_cents,
        punto_26_acconto_comunale_cents=acconto,
        punto_27_saldo_comunale_cents=saldo,
        # Punto 29: the acconto for the next year is 30 % of this year's addizionale comunale.
        punto_29_acconto_comunale_successivo_cents=round(total.add_comunale_cents * ACCONTO_COMUNALE),
        altre_trattenute_cents=total.altre_trattenute_cents,
        netto_cents=total.netto_cents,
        rate=tuple(own),
        pensioni=tuple(pens),
    )


def _project(january: Rata, month: int) -> Rata:
    """A rate of the year not yet paid: same gross and Irpef as January; the
    addizionali are withheld January-November only (FACTS.md section 2)."""
    reg = january.add_regionale_cents if month <= 11 else 0
    com = january.add_comunale_cents if month <= 11 else 0
    netto = january.lordo_cents - january.irpef_cents - reg - com - january.altre_trattenute_cents
    return Rata(
        year=january.year, month=month, paid_on=None, lordo_cents=january.lordo_cents,
        irpef_cents=january.irpef_cents, add_regionale_cents=reg, add_comunale_cents=com,
        altre_trattenute_cents=january.altre_trattenute_cents, netto_cents=netto, projected=True,
    )


def obism(world, citizen, anno: int) -> ObisM:
    c = citizen_record(citizen)
    today = world.clock.today()
    rates_with_pension = _rate(c.id)
    rates = [r for _, r in rates_with_pension]
    available = _obism_years([r for r in rates if r.paid_on is None or r.paid_on <= today], today)
    if anno not in available:
        if not available:
            raise ServiceError(_t("Non risulta alcuna pensione in pagamento: il certificato ObisM non è disponibile."))
        listed = ", ".join(str(y) for y in sorted(available))
        raise ServiceError(_t("Il certificato di pensione ObisM {anno} non è disponibile. Anni disponibili: {listed}.", anno=anno, listed=listed))
    pension_rows = _pension_rows(c.id)
    pens = _pensioni_from(pension_rows, rates_with_pension)
    # The certificate of the (first) pension paid in that year.
    pid = next(p for p, r in rates_with_pension if r.year == anno)
    pension = next(p for p in pens if p.id == pid)
    own = {r.month: r for p, r in rates_with_pension if p == pid and r.year == anno}
    first = own[min(own)]
    dicembre = own.get(12) or _project(first, 12)
    tredicesima = own.get(TREDICESIMA)
    if tredicesima is None and 12 not in own:
        # Not yet paid: one twelfth of the monthly rate for each month of pension in the year.
        months_in_year = 12 - first.month + 1
        lordo = round(first.lordo_cents * months_in_year / 12)
        irpef = round(first.irpef_cents * months_in_year / 12)
        altre = round(first.altre_trattenute_cents * months_in_year / 12)
        tredicesima = Rata(anno, TREDICESIMA, None, lordo, irpef, 0, 0, altre, lordo - irpef - altre, projected=True)
    previous = [r for p, r in rates_with_pension if p == pid and r.year == anno - 1 and r.month != TREDICESIMA]
    perequazione = None
    if previous and first.month == 1:
        base = previous[-1].lordo_cents
        perequazione = round((first.lordo_cents - base) * 100 / base, 2) if base else None
    regular = [own.get(m) or _project(first, m) for m in range(first.month, 13)]
    lordo_annuo = sum(r.lordo_cents for r in regular) + (tredicesima.lordo_cents if tredicesima else 0)
    return ObisM(
        anno=anno,
        anagrafica=anagrafica(world, c),
        pensione=pension,
        gennaio=first,
        dicembre=dicembre,
        tredicesima=tredicesima,
        perequazione_percent=perequazione,
        lordo_annuo_cents=lordo_annuo,
    )


def cedolino(world, citizen, anno: int, mese_: int) -> Cedolino:
    c = citizen_record(citizen)
    today = world.clock.today()
    rates_with_pension = _rate(c.id)
    paid = [(p, r) for p, r in rates_with_pension if r.paid_on is None or r.paid_on <= today]
    voci = [r for _, r in paid if r.year == anno and (r.month == mese_ or (mese_ == 12 and r.month == TREDICESIMA))]
    if not 1 <= mese_ <= 12 or not voci:
        raise ServiceError(
            _t("Il cedolino di {valore} {anno} non è disponibile: "
            "non risulta alcuna rata di pensione pagata in quel mese.", valore=MESI[mese_ - 1] if 1 <= mese_ <= 12 else mese_, anno=anno)
        )
    pid = next(p for p, r in paid if r is voci[0])
    pens = _pensioni_from(_pension_rows(c.id), rates_with_pension)
    return Cedolino(
        year=anno,
        month=mese_,
        anagrafica=anagrafica(world, c),
        pensione=next(p for p in pens if p.id == pid),
        voci=tuple(voci),
        totale=_sum_rates(anno, mese_, voci),
    )


# MyINPS -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scorciatoia:
    """A shortcut on the MyINPS page. `key` is a Fascicolo subsection key
    (e.g. "modelli.cu") or one of "fascicolo", "pensione_futura", "domande", "contatti"."""

    key: str
    title: str
    description: str


@dataclass(frozen=True)
class MyInps:
    anagrafica: Anagrafica
    saluto: str  # "Benvenuta" / "Benvenuto"
    domande_in_corso: tuple[Domanda, ...]
    ultimo_pagamento: Rata | None
    scorciatoie: tuple[Scorciatoia, ...]


def myinps(world, citizen) -> MyInps:
    """What the MyINPS page shows: greeting, domande in corso, the last payment and the
    shortcuts to the services this citizen uses most (a pensioner's documents first)."""
    f = load(world, citizen)
    shortcuts: list[Scorciatoia] = []
    if f.pensioni:
        if f.modelli_cu:
            cu = f.modelli_cu[0]
            shortcuts.append(Scorciatoia("modelli.cu", "Certificazione Unica",
                                         f"La {cu.title} ({cu.detail.lower()}) e quelle degli anni precedenti"))
        if f.cedolini:
            shortcuts.append(Scorciatoia("modelli.cedolino", "Cedolino della pensione",
                                         f"L'ultimo è quello di {MESI[f.cedolini[0].month - 1].lower()} "
                                         f"{f.cedolini[0].year}"))
        if f.modelli_obism:
            shortcuts.append(Scorciatoia("modelli.obism", "Certificato di pensione ObisM",
                                         "Gli importi della pensione degli ultimi 3 anni"))
        shortcuts.append(Scorciatoia("prestazioni.pagamenti", "Pagamenti della pensione",
                                     "Il riepilogo dell'anno, mese per mese: lordo, trattenute, netto"))
    if not f.posizione.estratto.empty or not f.posizione.parasubordinati.empty:
        shortcuts.append(Scorciatoia("posizione.estratto_conto", "Estratto conto contributivo",
                                     "I contributi versati, anno per anno"))
    if not f.pensioni:
        shortcuts.append(Scorciatoia("pensione_futura", "La mia pensione futura",
                                     "Simula quando andrà in pensione e con quale importo"))
    if f.domande_invalidita or f.certificati_medici:
        shortcuts.append(Scorciatoia("invalidita.domande", "Invalidità civile",
                                     "Lo stato della domanda e il certificato medico introduttivo"))
    shortcuts.append(Scorciatoia("domande", "Presentare una domanda",
                                 "Domande online (serve il PIN dispositivo, SPID o CNS)"))
    shortcuts.append(Scorciatoia("contatti", "Modifica contatti",
                                 "Cellulare, e-mail e PEC per ricevere le comunicazioni"))
    last = f.pensioni[0].ultimo_pagamento if f.pensioni else None
    return MyInps(
        anagrafica=f.anagrafica,
        saluto="Benvenuta" if f.anagrafica.sesso == "F" else "Benvenuto",
        domande_in_corso=tuple(d for d in f.richieste if not d.concluded),
        ultimo_pagamento=last,
        scorciatoie=tuple(shortcuts),
    )

"""Ricostituzione e supplemento di pensione (seed 003: «supplementi o ricostituzione
Pensioni»), for someone who already has a pension. Figures from data/domande_2018.json.

- Supplemento: the contributions paid after the decorrenza of the pension (work done as
  a pensioner) add a quota to it, asked for at least 5 years after the decorrenza or the
  previous supplemento (once, after 2 years, at the age of the pensione di vecchiaia);
  computed with the contributivo method (montante x coefficiente di trasformazione / 13)
  and paid from the first day of the month after the domanda, with the pension (no new
  certificate). Accolto, the monthly amount of Prestazioni > Pensione titolare grows from
  the next rate.
- Ricostituzione contributiva: periods credited after the pension was liquidated (an
  accredito del servizio militare, a riscatto) recompute it from its decorrenza, with the
  arrears. The increase is estimated (a reconstruction: the real calculation depends on
  the method of the pension), in proportion to the weeks, up to 40 years.
"""
from __future__ import annotations

import datetime as dt
import json

from app.i18n import _t
from app.money import euro
from app.models import Application, Citizen, Contribution, Pension

from . import figures as fig
from . import payroll, pension
from .domande import (
    DAY,
    SUMMARY_STEP,
    DomandaType,
    Field,
    Step,
    number_text,
    parse_date,
    review,
)

KIND = "ricostituzione_pensione"
MOTIVI = (
    ("supplemento", _t("Supplemento: ho versato contributi dopo la decorrenza della pensione")),
    ("contributiva", _t("Ricostituzione: periodi accreditati dopo la liquidazione (leva, riscatto)")),
)
CATEGORIA_LABELS = {"VO": _t("Vecchiaia o anzianità"), "IO": _t("Invalidità"), "SO": _t("Superstiti")}
LATER_CREDITS = ("Figurativo - domanda", "Riscatto accolto")  # notes of the periods credited by a domanda
MAX_WEEKS = 2080  # 40 years: the retributivo quota does not grow beyond them


def _pensions(citizen: Citizen) -> list[Pension]:
    return list(Pension.select().where((Pension.citizen == citizen) & (Pension.stato == "in pagamento"))
                .order_by(Pension.decorrenza))


def _choices(citizen: Citizen) -> tuple[tuple[str, str], ...]:
    found = tuple((str(p.id), _t("{categoria}, certificato n. {numero}, dal {decorrenza:%d/%m/%Y}",
                                 categoria=CATEGORIA_LABELS.get(p.categoria, p.categoria), numero=p.numero_certificato,
                                 decorrenza=p.decorrenza)) for p in _pensions(citizen))
    return found or (("nessuna", _t("Nessuna pensione a mio nome")),)


def _steps(citizen: Citizen) -> tuple[Step, ...]:
    return (
        Step(
            _t("La pensione"),
            (
                Field("pensione", _t("Pensione"), "choice", choices=_choices(citizen)),
                Field("motivo", _t("Che cosa chiede"), "choice", choices=MOTIVI),
            ),
            help=(_t("Il supplemento spetta a chi, già in pensione, ha lavorato versando altri contributi: si chiede "
                  "dopo 5 anni dalla decorrenza della pensione (una sola volta anche dopo 2 anni, se ha l'età della "
                  "pensione di vecchiaia). La ricostituzione ricalcola la pensione quando si aggiungono periodi "
                  "accreditati dopo la liquidazione, per esempio il servizio militare.")),
            intro=(_t("Questa domanda è per chi è già titolare di una pensione INPS.") if _pensions(citizen) else
                   _t("Per lei non risulta una pensione INPS in pagamento: il supplemento e la ricostituzione si "
                   "chiedono per una pensione già in pagamento. Se pensa che sia un errore, chiami il Contact "
                   "Center.")),
        ),
        Step(
            _t("I contributi"),
            (
                Field("attivita", _t("Attività svolta dopo la pensione"), max_length=80,
                      shown_if=("motivo", ("supplemento",)),
                      help=_t("Per esempio «commessa part-time in farmacia».")),
                Field("dal", _t("Periodo da considerare: dal giorno"), "date", max_length=10,
                      shown_if=("motivo", ("contributiva",))),
                Field("al", _t("Al giorno"), "date", max_length=10, shown_if=("motivo", ("contributiva",))),
            ),
            help=(_t("Per il supplemento descriva il lavoro fatto dopo la pensione: i contributi versati li trova l'INPS "
                  "nell'estratto conto. Per la ricostituzione indichi il periodo accreditato dopo la liquidazione "
                  "(lo vede nel Fascicolo, Posizione assicurativa > Estratto conto).")),
        ),
        SUMMARY_STEP,
    )


def _initial(citizen: Citizen) -> dict:
    choices = _choices(citizen)
    return {"pensione": choices[0][0], "motivo": "supplemento"}


def _checks(world, citizen: Citizen, index: int, values: dict) -> dict:
    errors = {}
    if index == 0 and values.get("pensione") == "nessuna":
        errors["pensione"] = (_t("Non risulta una pensione INPS a suo nome: il supplemento e la ricostituzione si "
                              "chiedono per una pensione già in pagamento."))
    if index == 1 and values.get("motivo") == "contributiva":
        start, end = parse_date(values.get("dal")), parse_date(values.get("al"))
        if start and end and end < start:
            errors["al"] = _t("La data di fine deve essere uguale o successiva alla data di inizio.")
    return errors


def _pension_of(citizen: Citizen, fields: dict) -> Pension | None:
    try:
        return Pension.get_or_none((Pension.id == int(fields.get("pensione"))) & (Pension.citizen == citizen))
    except (TypeError, ValueError):
        return None


def _previous_supplementi(citizen: Citizen, pension_id: int, before: int) -> list[Application]:
    out = []
    for app in Application.select().where((Application.citizen == citizen) & (Application.kind == KIND)
                                           & (Application.outcome == "accolta") & (Application.id != before)):
        try:
            fields = json.loads(app.data_json or "{}").get("fields", {})
        except ValueError:
            continue
        if fields.get("motivo") == "supplemento" and str(fields.get("pensione")) == str(pension_id):
            out.append(app)
    return out


def _raise_base(p: Pension, year: int, monthly_extra: int) -> tuple[int, int]:
    """Add `monthly_extra` (cents, in `year`) to the pension's rate; returns (old, new) rate
    of that year. The base is the rate at the decorrenza, perequated every year after it."""
    old = payroll.monthly_gross(p, year)
    factor = payroll.monthly_gross(p, year) / p.importo_mensile_lordo_cents if p.importo_mensile_lordo_cents else 1.0
    p.importo_mensile_lordo_cents += round(monthly_extra / factor)
    p.save()
    return old, payroll.monthly_gross(p, year)


def _supplemento(world, app: Application, citizen: Citizen, p: Pension) -> tuple:
    submitted = app.submitted_at.date()
    previous = _previous_supplementi(citizen, p.id, app.id)
    since = max([p.decorrenza] + [a.decided_at.date() for a in previous])
    years, _months = pension.age_on(since, submitted)
    wait, once = fig.value("supplemento.anni_attesa"), fig.value("supplemento.anni_attesa_una_volta")
    age = pension.age_on(citizen.data_nascita, submitted)
    old_enough = age >= pension.vecchiaia_age(submitted.year)
    if years < wait and not (years >= once and old_enough and not previous):
        first = pension.add_months_date(since, 12 * (once if old_enough and not previous else wait))
        return "respinta", (_t("Il supplemento si può chiedere {wait} anni dopo la decorrenza della pensione o del "
                            "supplemento precedente ({since:%d/%m/%Y}); una sola volta dopo {once} anni, avendo "
                            "l'età della pensione di vecchiaia. Potrà chiederlo dal {first:%d/%m/%Y}.", wait=wait, since=since, once=once, first=first))
    rows = list(Contribution.select().where(
        (Contribution.citizen == citizen) & (Contribution.dal >= since)
        & Contribution.tipo.not_in(pension.FIGURATIVE_TYPES)).order_by(Contribution.dal))
    if not rows:
        return "respinta", (_t("Non risultano contributi versati dopo il {since:%d/%m/%Y} (decorrenza della pensione "
                            "o del supplemento precedente): il supplemento spetta solo per i contributi successivi.", since=since))
    montante = sum(r.contributi_cents for r in rows)
    decorrenza = pension.next_month_start(submitted)
    y, m = pension.age_on(citizen.data_nascita, decorrenza)
    coeff = pension.coefficiente_trasformazione(y, m, decorrenza.year)
    monthly = round(montante * coeff / 100 / 13)
    old, new = _raise_base(p, decorrenza.year, monthly)
    weeks = sum(r.settimane_diritto for r in rows)
    esito = [
        (_t("Contributi considerati"), _t("dal {dal:%d/%m/%Y} al {al:%d/%m/%Y}, {weeks} settimane", dal=rows[0].dal, al=rows[-1].al, weeks=weeks)),
        (_t("Montante contributivo"), euro(montante)),
        (_t("Coefficiente di trasformazione"), f"{coeff:.3f}% (età {y} anni e {m} mesi)".replace(".", ",")),
        (_t("Supplemento mensile lordo"), _t("{euro} dal {decorrenza:%d/%m/%Y}", euro=euro(monthly), decorrenza=decorrenza)),
        (_t("Pensione mensile lorda"), _t("da {euro} a {euro2}", euro=euro(old), euro2=euro(new))),
    ]
    return "accolta", (
        _t("Il supplemento di pensione è liquidato dal {decorrenza:%d/%m/%Y}: {euro} lordi al mese per 13 "
        "mensilità, calcolati sui contributi versati dopo la pensione ({number_text} settimane, montante "
        "{euro2}) con il coefficiente di trasformazione per la sua età. Si somma alla pensione, che passa "
        "da {euro3} a {euro4} al mese; le rate già pagate dalla decorrenza saranno conguagliate.", decorrenza=decorrenza, euro=euro(monthly), number_text=number_text(weeks), euro2=euro(montante), euro3=euro(old), euro4=euro(new))), esito


def _contributiva(world, app: Application, citizen: Citizen, p: Pension, fields: dict) -> tuple:
    start, end = parse_date(fields.get("dal")), parse_date(fields.get("al"))
    in_period = list(Contribution.select().where(
        (Contribution.citizen == citizen) & (Contribution.dal <= end) & (Contribution.al >= start)
        & (Contribution.dal < p.decorrenza)))
    later = [r for r in in_period if r.note.startswith(LATER_CREDITS)]
    if not in_period:
        return "respinta", (_t("Nel periodo indicato l'estratto conto non ha contributi prima della decorrenza della "
                            "pensione: chieda prima l'accredito del periodo (per esempio del servizio militare) o "
                            "la correzione dell'estratto conto, poi la ricostituzione."))
    if not later:
        return "respinta", (_t("I contributi del periodo indicato risultano nell'estratto conto da prima della "
                            "liquidazione e sono già stati considerati nel calcolo della pensione."))
    added = sum(r.settimane_diritto for r in later)
    before = sum(r.settimane_diritto for r in Contribution.select().where(
        (Contribution.citizen == citizen) & (Contribution.dal < p.decorrenza)) if r not in later)
    counted_before, counted_after = min(MAX_WEEKS, before), min(MAX_WEEKS, before + added)
    if counted_after <= counted_before:
        return "respinta", (_t("La pensione è già calcolata sul massimo di 40 anni di contributi ({max_weeks} "
                            "settimane; ne risultano {number_text}): le {added} settimane accreditate dopo "
                            "non ne aumentano l'importo.", max_weeks=MAX_WEEKS, number_text=number_text(before), added=added))
    factor = counted_after / counted_before
    year = app.submitted_at.year
    old = payroll.monthly_gross(p, year)
    p.importo_mensile_lordo_cents = round(p.importo_mensile_lordo_cents * factor)
    p.save()
    new = payroll.monthly_gross(p, year)
    months = min(120, (year - p.decorrenza.year) * 12 + app.submitted_at.month - p.decorrenza.month)
    arrears = round((new - old) * months * 13 / 12)
    esito = [
        (_t("Periodi aggiunti"), _t("{added} settimane accreditate dopo la liquidazione", added=added)),
        (_t("Pensione mensile lorda"), _t("da {euro} a {euro2} (ricostruzione)", euro=euro(old), euro2=euro(new))),
        (_t("Arretrati dalla decorrenza"), _t("circa {euro}, pagati con la prossima rata (ricostruzione)", euro=euro(arrears))),
    ]
    return "accolta", (
        _t("La pensione è ricostituita dalla decorrenza originaria ({decorrenza:%d/%m/%Y}) con {added} settimane "
        "accreditate dopo la liquidazione: l'importo mensile lordo passa da {euro} a {euro2} (stima "
        "proporzionale alle settimane, ricostruzione). Gli arretrati, circa {euro3}, sono pagati con la "
        "prossima rata.", decorrenza=p.decorrenza, added=added, euro=euro(old), euro2=euro(new), euro3=euro(arrears))), esito


def _decide(world, app: Application, fields: dict) -> tuple:
    citizen = app.citizen
    p = _pension_of(citizen, fields)
    if p is None or p.stato != "in pagamento":
        return "respinta", _t("Non risulta in pagamento la pensione indicata nella domanda.")
    if fields.get("motivo") == "supplemento":
        return _supplemento(world, app, citizen, p)
    return _contributiva(world, app, citizen, p, fields)


RICOSTITUZIONE = DomandaType(
    KIND, _t("Ricostituzione o supplemento di pensione"),
    _t("Per chi è già in pensione: il supplemento per i contributi versati dopo la pensione, o la ricostituzione "
    "per i periodi accreditati dopo la liquidazione."),
    _t("Pensione"),
    review(_t("in istruttoria"), 5 * DAY, _t("Verifica dei contributi e ricalcolo della pensione"), 30 * DAY),
    _steps, _initial, _checks, _decide,
)

TYPES = (RICOSTITUZIONE,)

__all__ = ["TYPES", "RICOSTITUZIONE", "KIND"]


def scenario_work_after_pension(world, citizen: Citizen) -> str:
    """The starting state of a lesson on the supplemento: the pensioner worked part-time
    after the decorrenza of the pension (from the January after it, four years), with
    contributions in the estratto conto."""
    from .errors import ServiceError

    pensions = _pensions(citizen)
    if not pensions:
        raise ServiceError(_t("{nome} {cognome} non è titolare di pensione.", nome=citizen.nome, cognome=citizen.cognome))
    first_year = pensions[0].decorrenza.year + 1
    if Contribution.select().where((Contribution.citizen == citizen)
                                   & (Contribution.dal >= pensions[0].decorrenza)).exists():
        return _t("I contributi versati dopo la pensione erano già nell'estratto conto.")
    last = (Contribution.select().where(Contribution.citizen == citizen).order_by(Contribution.al.desc()).first())
    datore = last.datore if last is not None else "Datore di lavoro"
    for year in range(first_year, first_year + 4):
        pay = 700000 + (year - first_year) * 15000
        Contribution.create(citizen=citizen, dal=dt.date(year, 1, 1), al=dt.date(year, 12, 31),
                            tipo="Lavoro dipendente", gestione=pensions[0].fondo or "FPLD", datore=datore,
                            settimane_diritto=52, settimane_calcolo=26, retribuzione_cents=pay,
                            contributi_cents=round(pay * 0.33), note="Part-time 50% - dopo la pensione")
    return (_t("{nome} {cognome} ha lavorato part-time dal {first_year} al {valore}, dopo la "
            "pensione: i contributi sono nell'estratto conto.", nome=citizen.nome, cognome=citizen.cognome, first_year=first_year, valore=first_year + 3))

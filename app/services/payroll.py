"""Pension rates paid as simulated time passes.

INPS pays each monthly rate on the 1st of the month (the tredicesima with
December). Rates are generated for every month whose 1st has come, so moving the
Orologio forward adds the new cedolini and payments (the time rule
:func:`accrue_all`, run when the clock moves: app.services.time_rules); a month's figures depend
only on the pension and the year, so paying month by month gives exactly what
paying a whole year at once gives.

Perequazione automatica by year: 2018 +1.1 % (FACTS.md section 3, verified);
2023 +8.1 %, 2024 +5.4 %, 2025 +0.8 % (FACTS, verified); 2026 +1.4 % (FACTS ⚠).
2014-2017 and 2019-2022 are the provisional indices of those years as commonly
published (not in FACTS: approximations for the simulation).
"""
from __future__ import annotations

import datetime as dt

from app.models import Payment, Pension

from . import taxes

PEREQUAZIONE = {
    2014: 0.012, 2015: 0.003, 2016: 0.0, 2017: 0.0, 2018: 0.011,
    2019: 0.011, 2020: 0.004, 2021: 0.0, 2022: 0.017,
    2023: 0.081, 2024: 0.054, 2025: 0.008, 2026: 0.014,
}


def monthly_gross(pension: Pension, year: int) -> int:
    """The monthly gross rate (cents) in `year`, perequated every January after the decorrenza."""
    amount = pension.importo_mensile_lordo_cents
    for y in range(pension.decorrenza.year + 1, year + 1):
        amount = round(amount * (1 + PEREQUAZIONE.get(y, 0.0)))
    return amount


def _months_in_year(pension: Pension, year: int) -> list[int]:
    first = pension.decorrenza.month if year == pension.decorrenza.year else 1
    return list(range(first, 13))


def rate(pension: Pension, year: int, month: int) -> dict:
    """The row of one rate (month 13 = tredicesima). Taxes are computed on the whole
    year's pension and spread over its rates; the addizionali over January-November."""
    monthly = monthly_gross(pension, year)
    months = _months_in_year(pension, year)
    lordo = round(monthly * len(months) / 12) if month == 13 else monthly
    full_year = monthly * 13
    tax = taxes.pension_withholdings(full_year, year)
    irpef = round(tax["irpef"] * lordo / full_year)
    reg = round(tax["add_regionale"] / 11) if month <= 11 else 0
    com = round(tax["add_comunale"] / 11) if month <= 11 else 0
    return dict(
        pension=pension.id, citizen=pension.citizen_id, year=year, month=month,
        paid_on=dt.date(year, 12 if month == 13 else month, 1),
        lordo_cents=lordo, irpef_cents=irpef, add_regionale_cents=reg, add_comunale_cents=com,
        altre_trattenute_cents=0, netto_cents=lordo - irpef - reg - com,
    )


def _due(pension: Pension, after: tuple[int, int] | None, today: dt.date) -> list[tuple[int, int]]:
    """(year, month) of the rates due up to `today` and not yet paid after `after`."""
    due = []
    for year in range(pension.decorrenza.year, today.year + 1):
        for month in _months_in_year(pension, year):
            if dt.date(year, month, 1) > today:
                break
            keys = [(year, month)] + ([(year, 13)] if month == 12 else [])
            for key in keys:
                if after is None or key > after:
                    due.append(key)
    return due


def pay_pension(pension: Pension, today: dt.date) -> int:
    """Insert the rates of `pension` due up to `today`; returns how many were added."""
    if pension.stato != "in pagamento":
        return 0
    last = (
        Payment.select(Payment.year, Payment.month)
        .where(Payment.pension == pension)
        .order_by(Payment.year.desc(), Payment.month.desc())
        .first()
    )
    rows = [rate(pension, y, m) for y, m in _due(pension, (last.year, last.month) if last else None, today)]
    if rows:
        Payment.insert_many(rows).execute()
    return len(rows)


def accrue(world, citizen_id: int, today: dt.date | None = None) -> int:
    """Pay every rate of the citizen's pensions due by `today` (default: the simulated
    clock's day); records ``pension.rates_paid`` when some were added. Idempotent."""
    today = today if today is not None else world.clock.today()
    added = 0
    with world.db.atomic():
        for pension in Pension.select().where(Pension.citizen == citizen_id):
            added += pay_pension(pension, today)
        if added:
            world.events.record("pension.rates_paid", citizen_id, rates=added, until=today)
    return added


def accrue_all(world, now: dt.datetime) -> int:
    """Time rule (app.services.time_rules): pay the rates every pension has reached by
    `now`, one ``pension.rates_paid`` event per citizen paid. Returns the rates added."""
    citizens = (Pension.select(Pension.citizen).where(Pension.stato == "in pagamento")
                .distinct().order_by(Pension.citizen).tuples())
    return sum(accrue(world, citizen_id, now.date()) for (citizen_id,) in citizens)

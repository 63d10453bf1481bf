"""Withholdings on a pension (FACTS.md section 2).

IRPEF brackets 2007-2021 (verified for 2018): 23 % to 15,000; 27 % to 28,000;
38 % to 55,000; 41 % to 75,000; 43 % above. Detrazione per redditi di pensione,
art. 13 c. 3 TUIR, 2017-2021 formula (used for the simulated years up to 2021;
for 2015-2016 it is an approximation). Addizionale regionale 1.23 % (Lombardia's
base rate) and comunale 0.8 % (the maximum), withheld in 11 rates (January-November).
All amounts in euro cents.
"""
from __future__ import annotations

BRACKETS_2018 = ((15_000, 0.23), (28_000, 0.27), (55_000, 0.38), (75_000, 0.41), (None, 0.43))
ADD_REGIONALE = 0.0123
ADD_COMUNALE = 0.008


def irpef_lorda(income_eur: float) -> float:
    tax, lower = 0.0, 0.0
    for upper, rate in BRACKETS_2018:
        top = income_eur if upper is None else min(income_eur, upper)
        if top > lower:
            tax += (top - lower) * rate
        if upper is None or income_eur <= upper:
            break
        lower = upper
    return tax


def detrazione_pensione(income_eur: float, days: int = 365) -> float:
    if income_eur <= 8_000:
        amount = 1_880.0
    elif income_eur <= 15_000:
        amount = 1_297 + 583 * (15_000 - income_eur) / 7_000
    elif income_eur <= 55_000:
        amount = 1_297 * (55_000 - income_eur) / 40_000
    else:
        amount = 0.0
    return amount * days / 365


def pension_withholdings(annual_gross_cents: int, year: int) -> dict[str, int]:
    income = annual_gross_cents / 100
    irpef = max(0.0, irpef_lorda(income) - detrazione_pensione(income))
    return {
        "irpef": round(irpef * 100),
        "add_regionale": round(income * ADD_REGIONALE * 100) if irpef > 0 else 0,
        "add_comunale": round(income * ADD_COMUNALE * 100) if irpef > 0 else 0,
    }

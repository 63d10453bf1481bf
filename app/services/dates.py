"""Dates as Italians type and read them: dd/mm/yyyy."""
from __future__ import annotations

import datetime as dt
import re

# ASCII digits only: \d alone also matches "０８" or "٠٨", which int() would accept.
_TYPED = re.compile(r"([0-9]{1,2})[/.\-]([0-9]{1,2})[/.\-]([0-9]{4})", re.ASCII)
_ISO = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})", re.ASCII)


def parse_date(value, *, allow_iso: bool = True) -> dt.date | None:
    """A date typed as dd/mm/yyyy (also d/m/yyyy, with - or .), ISO yyyy-mm-dd as stored
    (unless `allow_iso` is False: a form that teaches gg/mm/aaaa), or a date; None if it
    is not a real date."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = " ".join(str(value or "").split())
    typed = _TYPED.fullmatch(text)
    iso = None if typed or not allow_iso else _ISO.fullmatch(text)
    try:
        if typed:
            day, month, year = (int(g) for g in typed.groups())
            return dt.date(year, month, day)
        if iso:
            year, month, day = (int(g) for g in iso.groups())
            return dt.date(year, month, day)
    except ValueError:
        return None
    return None


def it_date(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""

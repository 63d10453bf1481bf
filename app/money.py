"""Money as shown to Italians: euro cents (integers) to "1.234,56 €"."""
from __future__ import annotations


def euro(cents: int) -> str:
    """Italian money format: 1.234,56 €."""
    sign = "-" if cents < 0 else ""
    cents = abs(int(cents))
    whole, dec = divmod(cents, 100)
    return f"{sign}{whole:,}".replace(",", ".") + f",{dec:02d} €"
